"""The SKOS schemes in ``ontology/`` that extraction reads as data: policy areas and concepts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.extract.phrases import phrase_trie
from kg.resources import ontology_file

SKOS = "http://www.w3.org/2004/02/skos/core#"


@dataclass(frozen=True)
class Term:
    """A concept of a scheme and the compiled pattern of the words that name it."""

    iri: str
    label: str
    pattern: re.Pattern[str]
    phrases: tuple[str, ...] = ()


def phrases_pattern(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(_BEFORE + _alternation(phrases) + _AFTER)


def _alternation(phrases: list[str]) -> str:
    # longest first so "work safety" wins over "safety"; spacing free
    escaped = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")"


# Words are bounded: "safety" is not found in "unsafety" or "safety-first".
_BEFORE = r"(?i)(?<![\w-])"
_AFTER = r"(?![\w-])"


class TermIndex:
    """A scheme's terms with one pattern for all of them, so a text is scanned once.

    Scanning a text with each term's pattern in turn cost more than parsing it; here one
    zero-width pattern finds the places where some term starts, and only there is each
    term's own pattern tried. The matches are those of each ``term.pattern.finditer``."""

    def __init__(self, terms: tuple[Term, ...]) -> None:
        self.terms = terms
        phrases = [phrase for term in terms for phrase in term.phrases]
        self._starts = re.compile(_BEFORE + "(?=" + phrase_trie(phrases) + _AFTER + ")")

    def finditer(self, text: str) -> Iterator[tuple[Term, re.Match[str]]]:
        """Every term's non-overlapping matches, term by term, each in reading order."""
        starts = [m.start() for m in self._starts.finditer(text)]
        for term in self.terms:
            end = 0
            for start in starts:
                if start >= end and (match := term.pattern.match(text, start)):
                    yield term, match
                    end = max(match.end(), start + 1)

    def named_in(self, text: str) -> tuple[Term, ...]:
        """The terms named anywhere in ``text``, in scheme order."""
        starts = [m.start() for m in self._starts.finditer(text)]
        if not starts:
            return ()
        return tuple(t for t in self.terms if any(t.pattern.match(text, s) for s in starts))


def _load(path: Path, label_properties: tuple[str, ...]) -> tuple[Term, ...]:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    words: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    for quad in store:
        prop = quad.predicate.value.removeprefix(SKOS)
        if prop == "prefLabel":
            labels[quad.subject.value] = quad.object.value
        if prop in label_properties:
            words.setdefault(quad.subject.value, []).append(quad.object.value)
    return tuple(
        Term(iri, labels.get(iri, iri.rsplit("/", 1)[-1]), phrases_pattern(phrases), tuple(phrases))
        for iri, phrases in sorted(words.items())
    )


@lru_cache(maxsize=4)
def policy_areas(directory: Path | None = None) -> tuple[Term, ...]:
    """Topics of ``ontology/topics.ttl``, matched by their hidden labels (keywords)."""
    path = ontology_file("topics.ttl", directory)
    return _load(path, ("hiddenLabel",))


@lru_cache(maxsize=4)
def known_concepts(directory: Path | None = None) -> tuple[Term, ...]:
    """Concepts of ``ontology/concepts.ttl``, matched by their preferred and other labels."""
    path = ontology_file("concepts.ttl", directory)
    return _load(path, ("prefLabel", "altLabel"))


@lru_cache(maxsize=4)
def policy_area_index(directory: Path | None = None) -> TermIndex:
    return TermIndex(policy_areas(directory))


@lru_cache(maxsize=4)
def known_concept_index(directory: Path | None = None) -> TermIndex:
    return TermIndex(known_concepts(directory))
