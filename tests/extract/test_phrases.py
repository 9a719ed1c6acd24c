"""The phrase trie matches what an alternation sorted longest first matches."""

from __future__ import annotations

import re

import pytest

from kg.extract.phrases import phrase_trie
from kg.extract.vocabularies import TermIndex, known_concepts, policy_areas

from ..conftest import GOLD

PHRASES = [
    "work safety",
    "work style",
    "safety",
    "Secretary",
    "Deputy Secretary",
    "Secretary-General",
]
TEXTS = [
    "Improve WORK  SAFETY and work style.",
    "Deputy Secretary-General Li Wei; Secretary Wang; deputy secretary Zhao",
    "unsafety, safety-first, worksafety",
    "",
]


def alternation(phrases: list[str]) -> str:
    escaped = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return "(?i:" + "|".join(escaped) + ")"


@pytest.mark.parametrize("text", TEXTS)
def test_trie_finds_the_same_matches_as_a_longest_first_alternation(text):
    trie = re.compile(r"\b" + phrase_trie(PHRASES) + r"\b")
    plain = re.compile(r"\b" + alternation(PHRASES) + r"\b")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_no_phrases_match_nothing():
    assert re.search(phrase_trie([]), "anything") is None


@pytest.mark.parametrize("terms", [policy_areas, known_concepts], ids=["areas", "concepts"])
def test_term_index_equals_each_term_scanned_in_turn(terms):
    index = TermIndex(terms())
    texts = [path.read_text(encoding="utf-8") for path in sorted(GOLD.glob("*.txt"))]
    texts += ["work safety", "-work safety-", "unsafe production"]
    found = 0
    for text in texts:
        expected = [(t.iri, m.span()) for t in terms() for m in t.pattern.finditer(text)]
        assert [(t.iri, m.span()) for t, m in index.finditer(text)] == expected
        assert index.named_in(text) == tuple(t for t in terms() if t.pattern.search(text))
        found += len(expected)
    assert found > 20  # the comparison saw real matches
