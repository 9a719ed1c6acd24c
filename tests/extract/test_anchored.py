import re
from pathlib import Path

import pytest

from kg.clean import clean
from kg.extract import people
from kg.extract.anchored import anchored_finditer

GOLD = Path(__file__).resolve().parent.parent / "gold"

WORD = re.compile(r"\bab+\b")
ANCHOR = re.compile(r"b")
BREAKS = re.compile(r"[.;]+")


@pytest.mark.parametrize(
    "text",
    [
        "ab abb. ab; x ab",
        ".ab",  # a break before the first piece
        "ab.",  # a break at the end
        "x; y. ab;; abbb",  # two breaks together, pieces without an anchor
        "",
        "no anchor here",
    ],
)
def test_same_matches_as_a_full_scan(text: str) -> None:
    expected = [m.span() for m in WORD.finditer(text)]
    assert [m.span() for m in anchored_finditer(WORD, ANCHOR, BREAKS, text)] == expected


def test_lookbehind_sees_the_text_before_a_piece() -> None:
    after_x = re.compile(r"(?<=x\.)ab")
    assert [m.span() for m in anchored_finditer(after_x, ANCHOR, BREAKS, "x.ab")] == [(2, 4)]


def test_titles_before_names_scan_as_the_whole_text_would() -> None:
    """The people extractor's anchored scan finds what a scan of the whole text finds, on
    every team gold article."""
    scanned = 0
    for path in sorted(GOLD.glob("*.txt")):
        text = clean(path.read_text(encoding="utf-8")).text
        whole = [m.span() for m in people.TITLE_THEN_NAME.finditer(text)]
        anchored = anchored_finditer(
            people.TITLE_THEN_NAME, people.ROLE_ANCHOR, people.TITLE_BREAKS, text
        )
        assert [m.span() for m in anchored] == whole, path.name
        scanned += len(whole)
    assert scanned > 100  # titles before names the comparison covered
