from pathlib import Path

import pytest
from spacy.matcher import DependencyMatcher

from kg.nlp.paths import PathMatcher, path_rule
from kg.nlp.rules import rules

GOLD = Path(__file__).resolve().parents[1] / "gold"

SPIRIT_OF = [
    {"RIGHT_ID": "spirit", "RIGHT_ATTRS": {"LEMMA": {"IN": ["spirit", "principle"]}}},
    {"LEFT_ID": "spirit", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"DEP": "prep"}},
    {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "item", "RIGHT_ATTRS": {"DEP": "pobj"}},
]


@pytest.mark.parametrize(
    "pattern, is_path",
    [
        (SPIRIT_OF, True),
        # another relation than the immediate head
        ([SPIRIT_OF[0], {**SPIRIT_OF[1], "REL_OP": ">>"}], False),
        # a node hanging off an earlier node than the one before it
        ([*SPIRIT_OF[:2], {**SPIRIT_OF[2], "LEFT_ID": "spirit"}], False),
        # an attribute a path does not read, an operator
        ([{"RIGHT_ID": "a", "RIGHT_ATTRS": {"ENT_TYPE": "PERSON"}}], False),
        ([{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LENGTH": {">=": 3}}}], False),
    ],
)
def test_what_counts_as_a_path(pattern, is_path: bool) -> None:
    assert (path_rule(pattern) is not None) is is_path


def _dependency_rules() -> list[list[dict]]:
    return [
        rule.pattern
        for element in ("cited", "directives", "documents", "people")
        for rule in rules(element)
        if rule.kind == "dependency"
    ] + [SPIRIT_OF]


def test_paths_match_what_spacys_dependency_matcher_matches_on_the_team_gold(nlp) -> None:
    spacy_matcher, paths = DependencyMatcher(nlp.vocab), PathMatcher()
    patterns = [p for p in _dependency_rules() if path_rule(p) is not None]
    assert patterns
    for number, pattern in enumerate(patterns):
        key = nlp.vocab.strings.add(f"rule{number}")
        spacy_matcher.add(f"rule{number}", [pattern])
        paths.add(key, path_rule(pattern))
    found = 0
    for doc in nlp.pipe(p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))):
        expected = sorted((key, tuple(tokens)) for key, tokens in spacy_matcher(doc))
        assert sorted((key, tuple(tokens)) for key, tokens in paths(doc)) == expected
        found += len(expected)
    assert found > 20
