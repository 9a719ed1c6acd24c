"""Policy areas of a directive, from the keyword lists of ``ontology/topics.ttl``."""

from __future__ import annotations

from functools import lru_cache

from kg.extract.vocabularies import policy_area_index


def topics_of(action: str, sentence: str) -> tuple[str, ...]:
    """IRIs of the policy areas the action names; if it names none, those its sentence names."""
    return _named(action) or _named(sentence)


@lru_cache(maxsize=1024)  # a sentence of several actions is asked about once per action
def _named(text: str) -> tuple[str, ...]:
    return tuple(term.iri for term in policy_area_index().named_in(text))
