"""Records keep original offsets and the parse has cleaned ones: a rule reading the cleaned
text around a record must map its span first. Characters the cleaner removes before the text
shift every cleaned offset against the original one, and must change nothing found."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.article import article_from_text
from kg.pipeline import process

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
#: Removed by the cleaner's first step: every cleaned offset is then 40 less than the original.
SHIFT = "\u200b" * 40


def _found(text: str) -> dict[str, list[str]]:
    resolved = process(article_from_text("t", text, source="t"))
    return {
        "officials": sorted(f"{p.name}: {'; '.join(p.posts)}" for p in resolved.people.values()),
        "cited": [s.label for s in resolved.speeches],
        "documents": [d.title for d in resolved.documents],
        "directives": [d.text for d in resolved.directives],
        "meetings": [
            f"{m.record.body} {m.chair.name if m.chair else None}" for m in resolved.meetings
        ],
    }


@pytest.mark.parametrize(
    "text",
    [
        # the event's name before "the spirit of the meeting" is read from the cleaned text
        "On May 6, the Standing Committee of the Qingshan Municipal Party Committee held a "
        "meeting to study and implement the provincial rural revitalization work the spirit of "
        "the meeting.",
        *(path.read_text(encoding="utf-8") for path in SEEDS),
    ],
)
def test_text_removed_before_the_report_changes_nothing_found(text):
    assert _found(SHIFT + text) == _found(text)
