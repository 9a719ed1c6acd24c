import re
from pathlib import Path

import pytest

from kg.clean import clean
from kg.extract import dates, directives, documents, meetings, people, speeches
from kg.extract.prefilter import Prefiltered, made_by, prefiltered, required_literals

GOLD = Path(__file__).resolve().parent.parent / "gold"


@pytest.mark.parametrize(
    "pattern, required",
    [
        (r"(?i)\bquorum\b", {"quorum"}),
        (r"(?i)\bit\s+is\s+(?:necessary|essential)\s+to\b", {"necessary", "essential"}),
        # the longest literal wins over a shorter one
        (r"\bthere\s+(?:should|must)\s+be\s+\d+", {"there"}),
        # an optional letter: both spellings
        (r"colou?r", {"color", "colour"}),
        # a text holding "chairman" holds "chair": one string answers for both
        (r"\b(?:chair|chairman)\s+\w+", {"chair"}),
        # case folded, so a case-sensitive rule's words are asked case-insensitively too
        (r"General Secretary", {"general secretary"}),
        (r"[’']s speech", {"’s speech", "'s speech"}),
        # nothing literal every match holds
        (r"[A-Z][a-z]+", None),
        (r"(?:speech)?\s+\d+", None),
        (r"a|\d", None),
    ],
)
def test_required_literals(pattern: str, required: set[str] | None) -> None:
    found = required_literals(pattern)
    assert (None if found is None else set(found)) == required


def test_a_guard_skips_texts_without_the_words_and_answers_the_same_elsewhere() -> None:
    rule = prefiltered(re.compile(r"(?i)\bimportant\s+(?P<kind>speech|instructions)\b"))
    assert isinstance(rule, Prefiltered)
    assert rule.search("The meeting studied the report.") is None
    found = rule.search("It studied the IMPORTANT Speech.")
    assert found is not None and found["kind"] == "Speech"
    assert found.re is rule.regex
    assert [m.span() for m in rule.finditer("important speech; important instructions")] == [
        (0, 16),
        (18, 40),
    ]


def _module_rules(module) -> list[tuple[str, Prefiltered]]:
    out = []
    for name, value in vars(module).items():
        values = value.values() if isinstance(value, dict) else value
        for item in values if isinstance(value, (tuple, list, dict)) else [value]:
            item = item[-1] if isinstance(item, tuple) and item else item
            if isinstance(item, Prefiltered):
                out.append((f"{module.__name__}.{name}", item))
    return out


RULES = [
    rule
    for module in (dates, directives, documents, meetings, people, speeches)
    for rule in _module_rules(module)
]


def test_the_extractors_rules_are_guarded() -> None:
    assert len(RULES) > 100


def test_guarded_rules_find_what_unguarded_ones_find_on_the_team_gold() -> None:
    """Every guarded rule of the extractors, scanned over every line of every team gold
    article, finds what the bare pattern finds."""
    lines = [
        line
        for path in sorted(GOLD.glob("*.txt"))
        for line in clean(path.read_text(encoding="utf-8")).text.splitlines()
    ]
    found = 0
    for name, rule in RULES:
        for line in lines:
            bare = [m.span() for m in rule.regex.finditer(line)]
            assert [m.span() for m in rule.finditer(line)] == bare, (name, line)
            found += len(bare)
            window = (len(line) // 4, len(line) - len(line) // 4)  # lookbehinds see outside
            bare = [m.span() for m in rule.regex.finditer(line, *window)]
            assert [m.span() for m in rule.finditer(line, *window)] == bare, (name, line)
    assert found > 1000


def test_a_guard_asks_only_of_the_window_searched() -> None:
    rule = prefiltered(re.compile(r"(?<=the )important speech"))
    text = "He read the important speech. Then he read a report."
    assert rule.search(text, 30) is None
    assert rule.search(text, 12, 28) is not None  # the lookbehind sees "the " before the window
    assert rule.search(text, 0, 20) is None


@pytest.mark.parametrize("module", [dates, directives, documents, meetings, people, speeches])
def test_rules_are_told_apart_by_made_by_not_by_identity(module) -> None:
    """``match.re`` is the bare pattern, not the module's guarded rule: ``match.re is NAME``
    would never hold for a guarded NAME (``made_by`` answers for both)."""
    source = Path(module.__file__).read_text(encoding="utf-8")
    for operand in re.findall(r"\.re\s+(?:is\s+not|is|in|==|!=)\s+(\([^)]*\)|[A-Z_]+)", source):
        for name in re.findall(r"[A-Z_]{3,}", operand):
            assert isinstance(getattr(module, name), re.Pattern), (module.__name__, name)


def test_made_by_answers_for_guarded_and_bare_rules() -> None:
    guarded = speeches.KIND_SERIES
    assert isinstance(guarded, Prefiltered)
    found = guarded.regex.search("the important speeches, instructions and letters of the Premier")
    assert found is not None
    assert made_by(found, guarded) and made_by(found, guarded.regex)
    assert not made_by(found, speeches.UNOWNED_KIND)
