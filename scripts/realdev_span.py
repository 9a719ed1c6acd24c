#!/usr/bin/env python3
"""Character spans of passages in the real development corpus, for gold annotation.

The gold in ``tests/realdev/`` points into ``../shared/realdev/docs/<id>.txt`` (third-party
text that is never committed) by offsets; this finds them and reads them back.

usage: realdev_span.py DOC "first words" "last words"   -> {"start": S, "end": E} and the passage
       realdev_span.py DOC "exact passage" [--nth K]    -> the same; K-th occurrence (0-based)
       realdev_span.py --check GOLD.json ...            -> checks the schema, prints every span
Set REALDEV_DOCS to read the texts from elsewhere.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

DOCS = Path(
    os.environ.get("REALDEV_DOCS", Path(__file__).resolve().parents[2] / "shared/realdev/docs")
)
#: The schema's closed lists (../shared/realdev/README.md).
MEETING_TYPES = {
    "standing committee meeting", "enlarged meeting", "plenary session", "study session",
    "party group meeting", "work conference", "inspection", "seminar", "other",
}  # fmt: skip
CITED_KINDS = {
    "speech", "instructions", "letter", "expositions", "plenary session", "conference spirit",
    "other",
}  # fmt: skip
KEYS = {"doc", "city", "meetings", "officials", "non_officials", "cited", "documents", "directives"}


def text_of(doc: str) -> str:
    return (DOCS / f"{doc}.txt").read_text(encoding="utf-8")


def find(doc: str, first: str, last: str | None = None, nth: int = 0) -> tuple[dict, str]:
    text = text_of(doc)
    start = -1
    for _ in range(nth + 1):
        start = text.find(first, start + 1)
        if start < 0:
            sys.exit(f"not found: {first!r}")
    end = start + len(first)
    if last:
        at = text.find(last, start)
        if at < 0:
            sys.exit(f"not found after the start: {last!r}")
        end = at + len(last)
    return {"start": start, "end": end}, text[start:end]


def check(path: str) -> None:
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    text = text_of(gold["doc"])
    assert set(gold) >= KEYS, f"{path}: missing {KEYS - set(gold)}"
    for meeting in gold["meetings"]:
        assert meeting["type"] in MEETING_TYPES, f"{path}: type {meeting['type']!r}"
        date = meeting["date"]
        assert date is None or (len(date) == 10 and date[4] == "-"), f"{path}: date {date!r}"
    for official in gold["officials"]:
        assert isinstance(official["name"], str) and isinstance(official["posts"], list), official
    for cited in gold["cited"]:
        assert cited["kind"] in CITED_KINDS, f"{path}: kind {cited['kind']!r}"
    for key in ("documents", "directives"):
        for span in gold[key]:
            assert 0 <= span["start"] < span["end"] <= len(text), f"{path}: {span}"
            print(f"{key[:3]} {span['start']}-{span['end']}: {text[span['start'] : span['end']]!r}")
    print("ok", gold["doc"])


def main(args: list[str]) -> None:
    if args and args[0] == "--check":
        for path in args[1:]:
            check(path)
        return
    nth = 0
    if "--nth" in args:
        at = args.index("--nth")
        nth = int(args[at + 1])
        del args[at : at + 2]
    span, passage = find(args[0], args[1], args[2] if len(args) > 2 else None, nth=nth)
    print(json.dumps(span))
    print(repr(passage))


if __name__ == "__main__":
    main(sys.argv[1:])
