"""The SKOS schemes in ``ontology/`` that extraction reads as data: policy areas and concepts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.config import settings

SKOS = "http://www.w3.org/2004/02/skos/core#"


@dataclass(frozen=True)
class Term:
    """A concept of a scheme and the compiled pattern of the words that name it."""

    iri: str
    label: str
    pattern: re.Pattern[str]


def phrases_pattern(phrases: list[str]) -> re.Pattern[str]:
    # longest first so "work safety" wins over "safety"; words bounded, spacing free
    escaped = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(escaped) + r")(?![\w-])")


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
        Term(iri, labels.get(iri, iri.rsplit("/", 1)[-1]), phrases_pattern(phrases))
        for iri, phrases in sorted(words.items())
    )


@lru_cache(maxsize=4)
def policy_areas(directory: Path | None = None) -> tuple[Term, ...]:
    """Topics of ``ontology/topics.ttl``, matched by their hidden labels (keywords)."""
    path = (directory or settings().ontology_dir) / "topics.ttl"
    return _load(path, ("hiddenLabel",))


@lru_cache(maxsize=4)
def known_concepts(directory: Path | None = None) -> tuple[Term, ...]:
    """Concepts of ``ontology/concepts.ttl``, matched by their preferred and other labels."""
    path = (directory or settings().ontology_dir) / "concepts.ttl"
    return _load(path, ("prefLabel", "altLabel"))
