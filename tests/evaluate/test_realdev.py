"""Scoring real-report gold as the maintainers' score.py does, and the dev split's figures.

The real reports are third-party texts outside the repository (``../shared/realdev``); the
dev-split test skips where they are absent, and runs in CI, which has them. The scorer's own
tests use a report invented here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.evaluate.realdev import REAL_ELEMENTS, REAL_TARGETS, evaluate_real, split_ids

from ..conftest import ROOT

GOLD = ROOT / "tests" / "realdev"
REALDEV = ROOT.parent / "shared" / "realdev"
NEEDS_REALDEV = pytest.mark.skipif(
    not (REALDEV / "docs").is_dir(),
    reason=f"the real development corpus is not here ({REALDEV}); CI has it",
)

#: What the dev split scored when these lines were last raised; a change that drops an
#: element below its floor is a regression on real text. Raise them as extraction improves.
DEV_FLOORS = {
    "officials": 0.97,
    "posts": 0.96,
    "cited": 0.93,
    "documents": 0.95,
    "directives": 0.975,
    "date": 0.96,
    "chair": 0.97,
    "city": 0.955,
    "macro": 0.965,
}

INVENTED = (
    "Release time: 2023-05-05\n"
    "On the morning of May 4, the Standing Committee of the Suzhou Municipal Party Committee "
    "held a meeting to study the spirit of the 20th National Congress of the Communist Party "
    "of China. Secretary Cao Lubao presided over the meeting. Vice Mayor Li Hong attended.\n"
    "The meeting pointed out that it is necessary to strengthen work safety.\n"
    "The meeting reviewed the Suzhou Plan for Clean Air.\n"
)


def _span(text: str, part: str) -> dict[str, int]:
    start = text.index(part)
    return {"start": start, "end": start + len(part)}


@pytest.fixture()
def invented(tmp_path: Path) -> tuple[Path, Path]:
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "x1.txt").write_text(INVENTED, encoding="utf-8")
    annotation = {
        "doc": "x1",
        "city": "Suzhou",
        "meetings": [
            {
                "date": "2023-05-04",
                "body": "Standing Committee of the Suzhou Municipal Party Committee",
                "type": "standing committee meeting",
                "chair": "Cao Lubao",
                "speakers": [],
            }
        ],
        "officials": [
            {"name": "Cao Lubao", "posts": ["Secretary of the Suzhou Municipal Party Committee"]},
            {"name": "Li Hong", "posts": ["Vice Mayor of Suzhou"]},
            {"name": "Wang Nobody", "posts": []},  # not in the text: one miss, on purpose
        ],
        "non_officials": [],
        "cited": [
            {
                "speaker": None,
                "kind": "conference spirit",
                "occasion": "20th National Congress of the Communist Party of China",
            }
        ],
        "documents": [_span(INVENTED, "Suzhou Plan for Clean Air")],
        "directives": [
            _span(
                INVENTED,
                "The meeting pointed out that it is necessary to strengthen work safety.",
            )
        ],
    }
    (gold / "x1.json").write_text(json.dumps(annotation), encoding="utf-8")
    return gold, docs


def test_an_invented_report_scores_what_it_holds_and_names_its_miss(invented):
    gold, docs = invented
    report = evaluate_real(gold, docs)
    scores = report.scores
    assert report.articles == 1 and not report.failures
    assert (scores["officials"].wanted, scores["officials"].wanted_found) == (3, 2)
    assert scores["officials"].misses == ["x1: Wang Nobody"]
    assert scores["officials"].precision == 1.0
    for element in ("cited", "directives", "date", "chair", "city"):
        assert scores[element].recall == 1.0, (element, scores[element].misses)
    assert report.summary_line().startswith("macro=")


def test_split_ids_read_the_splits_table(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "splits.tsv").write_text("id\tsplit\na\tdev\nb\ttest\nc\tdev\n")
    assert split_ids(tmp_path / "docs", "dev") == {"a", "c"}
    with pytest.raises(KgError, match=r"no split named .tune.*dev, test"):
        split_ids(tmp_path / "docs", "tune")
    assert split_ids(tmp_path / "docs", "dev/a") == {"a"}
    assert split_ids(tmp_path / "docs", "dev/b") == {"c"}
    with pytest.raises(KgError, match="dev/a or dev/b"):
        split_ids(tmp_path / "docs", "dev/c")


@pytest.fixture(scope="module")
def dev_report():
    docs = REALDEV / "docs"
    return evaluate_real(GOLD, docs, only=split_ids(docs, "dev"))


def _value(report, element: str) -> float:
    return report.macro if element == "macro" else report.value(element)


@NEEDS_REALDEV
@pytest.mark.slow
@pytest.mark.parametrize("element", sorted(DEV_FLOORS))
def test_dev_split_holds_its_floor(dev_report, element):
    assert not dev_report.failures, dev_report.failures
    value = _value(dev_report, element)
    misses = dev_report.scores[element].misses[:10] if element != "macro" else []
    assert value >= DEV_FLOORS[element], f"{element} {value:.3f}; first misses: {misses}"


@NEEDS_REALDEV
@pytest.mark.slow
@pytest.mark.xfail(
    reason="issue 14's dev target (every element and the macro ≥ 0.95) is not reached yet: "
    "cited items (0.94) in garbled translation (untranslated Chinese, gold wording not in "
    "the text: an epidemic's 'prevention and control' for 'after the outbreak of ...')",
    strict=True,
)
def test_dev_split_reaches_the_targets(dev_report):
    below = dev_report.below({e: 0.95 for e in (*REAL_ELEMENTS, "macro")})
    assert not below, below


def test_targets_cover_every_element():
    assert set(REAL_TARGETS) == {*REAL_ELEMENTS, "macro"}


def test_kg_eval_reads_real_gold_with_its_texts(invented):
    from typer.testing import CliRunner

    from kg.cli import app

    gold, docs = invented
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(gold), "--texts", str(docs)])
    assert result.exit_code == 0, result.output
    assert "miss officials: x1: Wang Nobody" in result.output
    assert result.output.strip().splitlines()[-1].startswith("macro=")
    missing = runner.invoke(app, ["eval", str(gold)])
    assert missing.exit_code == 1 and "--texts" in missing.output
    checked = runner.invoke(app, ["eval", str(gold), "--texts", str(docs), "--check"])
    assert checked.exit_code == 1 and "below target: officials" in checked.output
