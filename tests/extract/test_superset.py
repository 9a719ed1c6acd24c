import re
from pathlib import Path

import pytest

from kg.clean import clean
from kg.extract import dates, directives, documents, meetings, people, places, speeches
from kg.extract.prefilter import Prefiltered
from kg.extract.superset import AVAILABLE, Automaton, automaton_for, superset_source

pytestmark = pytest.mark.skipif(not AVAILABLE, reason="google-re2 is not installed")

GOLD = Path(__file__).resolve().parents[1] / "gold"


@pytest.mark.parametrize(
    "pattern, matching, not_matching",
    [
        # lookarounds and word boundaries are dropped: the superset matches more
        (r"(?<![\w-])Mayor\s+(?=[A-Z])", ["Mayor Li", "Vice-Mayor Li", "Mayor li"], ["Mayo"]),
        (r"\bspirit\b", ["the spirit of", "spirited"], ["spirt"]),
        # Python's \s and \w are Unicode's, not ASCII's
        (r"Secretary\sLi", ["Secretary\u3000Li", "Secretary\xa0Li"], ["SecretaryLi"]),
        (r"\w+市", ["苏州市", "Suzhou市"], ["市"]),
        # a scoped flag stays scoped
        (r"(?i)the (?-i:Plan)", ["THE Plan"], ["THE PLAN"]),
        # a long counted repeat is opened up
        (r"Plan[^;]{3,300};", ["Plan for roads;", "Plan" + "x" * 400 + ";"], ["Plan;"]),
        # a class with a negated category is any character
        (r"a[^\W\d]b", ["axb", "a b", "a1b"], ["ab"]),
    ],
)
def test_the_superset_matches_what_the_rule_matches(
    pattern: str, matching: list[str], not_matching: list[str]
) -> None:
    automaton = Automaton(superset_source(re.compile(pattern)))
    for text in matching:
        assert automaton.may_match(text, ()), (pattern, text)
    for text in not_matching:
        assert not automaton.may_match(text, ()), (pattern, text)


def test_windows_are_counted_in_characters_not_bytes() -> None:
    automaton = Automaton(superset_source(re.compile(r"Plan")))
    text = "“Review” the “Plan” now"  # curly quotes: three bytes each in UTF-8
    start = text.index("Plan")
    assert automaton.may_match(text, (start, start + 4))
    assert not automaton.may_match(text, (start + 1, len(text)))
    assert not automaton.may_match(text, (0, start + 3))
    assert automaton.may_match(text, (start,), at_start=True)
    assert not automaton.may_match(text, (start - 2,), at_start=True)


def test_a_superset_matching_nothing_at_all_lets_every_text_through() -> None:
    automaton = Automaton(superset_source(re.compile(r"(?:the\s+)?")))
    assert automaton.may_match("anything", ())


def _module_rules(module) -> list[tuple[str, re.Pattern[str]]]:
    found = []

    def collect(value, name: str) -> None:
        if isinstance(value, Prefiltered):
            value = value.regex
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found.append((name, value))
        elif isinstance(value, tuple | list):
            for index, item in enumerate(value):
                collect(item, f"{name}[{index}]")
        elif isinstance(value, dict):
            for key, item in value.items():
                collect(item, f"{name}[{key}]")

    for name, value in vars(module).items():
        collect(value, f"{module.__name__}.{name}")
    return found


RULES = [
    (name, rule, automaton_for(rule))
    for module in (dates, directives, documents, meetings, people, places, speeches)
    for name, rule in _module_rules(module)
]


def test_every_rule_of_the_extractors_has_an_automaton() -> None:
    assert len(RULES) > 200
    assert all(automaton is not None for _, _, automaton in RULES)


def test_every_rules_superset_matches_wherever_the_rule_does_on_the_team_gold() -> None:
    """The automata may only ever answer "perhaps": wherever a rule of the extractors
    matches a line of the team gold, whole or in a window, and at each match's start, its
    superset matches too."""
    lines = [
        line
        for path in sorted(GOLD.glob("*.txt"))
        for line in clean(path.read_text(encoding="utf-8")).text.splitlines()
        if line.strip()
    ]
    checked = 0
    for name, rule, automaton in RULES:
        for line in lines:
            window = (len(line) // 4, len(line) - len(line) // 4)
            for bounds in ((), window):
                for match in rule.finditer(line, *bounds):
                    checked += 1
                    assert automaton.may_match(line, bounds), (name, line)
                    assert automaton.may_match(line, (match.start(),), at_start=True), (name, line)
    assert checked > 1000
