"""Extraction quality on the hand-made gold set, and the matcher the score relies on."""

from __future__ import annotations

import json
import shutil

import pytest

from kg.errors import KgError
from kg.evaluate import TARGETS, Score, _post_key, _sentence_similarity, _similar, evaluate

from ..conftest import ROOT

GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def gold_report():
    return evaluate(GOLD)


def test_gold_set_is_large_enough():
    texts = sorted(GOLD.glob("*.txt"))
    assert len(texts) >= 20 and all(t.with_suffix(".json").exists() for t in texts)
    assert {t.name for t in (ROOT / "seeds").glob("*.txt")} <= {t.name for t in texts}


@pytest.mark.parametrize("element", sorted(TARGETS))
def test_extraction_meets_its_target_on_the_gold_set(gold_report, element):
    score = gold_report.scores[element]
    assert score.f1 >= TARGETS[element], (
        f"{element}: F1 {score.f1:.3f} < {TARGETS[element]}; misses {score.misses[:5]}, "
        f"false hits {score.false_hits[:5]}"
    )


def test_a_wrong_gold_annotation_is_caught(tmp_path):
    """The evaluation can fail: a gold file claiming another chair scores a miss and a false hit."""
    shutil.copy(GOLD / "003_b713ebd0c8636235.txt", tmp_path)
    gold = json.loads((GOLD / "003_b713ebd0c8636235.json").read_text(encoding="utf-8"))
    gold["meetings"][0]["chair"] = "Somebody Else"
    (tmp_path / "003_b713ebd0c8636235.json").write_text(json.dumps(gold), encoding="utf-8")
    chairs = evaluate(tmp_path).scores["chairs"]
    assert (chairs.true_positives, chairs.false_positives, chairs.false_negatives) == (0, 1, 1)
    assert chairs.misses == ["003_b713ebd0c8636235: Somebody Else"]


def test_an_empty_gold_folder_is_an_error(tmp_path):
    with pytest.raises(KgError, match="no gold articles"):
        evaluate(tmp_path)


def test_similarity_matching_is_one_to_one():
    score = Score()
    _similar(
        score,
        "a",
        ["alpha beta gamma", "delta"],
        ["alpha beta gamma", "alpha beta gamma"],
        lambda x, y: 1.0 if x == y else 0.0,
        0.5,
    )
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 1)


@pytest.mark.parametrize(
    "a, b, same",
    [
        (
            "Wang Ming | Secretary of the CPC Xiangyang Municipal Committee",
            "Wang Ming | Secretary of the Xiangyang Municipal Party Committee",
            True,
        ),
        (
            "Li Hua | Mayor of the Hangzhou Municipal People's Government",
            "Li Hua | Mayor of the Hangzhou Municipal Government",
            True,
        ),
        (
            "Li Hua | Deputy Secretary of the Hangzhou Municipal Party Committee",
            "Li Hua | Secretary of the Hangzhou Municipal Party Committee",
            False,
        ),
    ],
)
def test_post_keys(a, b, same):
    assert (_post_key(a) == _post_key(b)) is same


def test_sentence_similarity_accepts_restated_sentences_only():
    gold = "It is necessary to tighten the responsibility chain of safety production."
    assert (
        _sentence_similarity(
            gold, "It is necessary to tighten the responsibility chain of safety production."
        )
        == 1.0
    )
    assert (
        _sentence_similarity(gold, "It is necessary to do a good job in publicity and guidance.")
        < 0.75
    )
