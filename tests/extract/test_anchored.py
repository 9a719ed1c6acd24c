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


#: The people extractor's anchored scans: (pattern, anchor) by name.
PEOPLE_SCANS = [
    ("TITLE_THEN_NAME", "ROLE_ANCHOR"),
    ("ONE_WORD_NAME_THEN_POST", "ROLE_ANCHOR"),
    ("TITLE_LIST", "PLURAL_WORD"),
]


@pytest.mark.parametrize("pattern, anchor", PEOPLE_SCANS)
def test_people_scans_find_what_a_scan_of_the_whole_text_finds(pattern: str, anchor: str) -> None:
    """Each anchored scan of the people extractor finds what a scan of the whole text finds,
    on every team gold article."""
    rule, anchor_rule = getattr(people, pattern), getattr(people, anchor)
    bare = getattr(rule, "regex", rule)
    scanned = 0
    for path in sorted(GOLD.glob("*.txt")):
        text = clean(path.read_text(encoding="utf-8")).text
        whole = [m.span() for m in bare.finditer(text)]
        anchored = anchored_finditer(rule, anchor_rule, people.TITLE_BREAKS, text)
        assert [m.span() for m in anchored] == whole, path.name
        scanned += len(whole)
    assert scanned > 0  # matches the comparison covered
