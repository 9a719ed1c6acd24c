"""Policy areas of a directive, from the keyword lists of ``ontology/topics.ttl``."""

from __future__ import annotations

from kg.extract.vocabularies import policy_area_index


def topics_of(action: str, sentence: str) -> tuple[str, ...]:
    """IRIs of the policy areas the action names; if it names none, those its sentence names."""
    for text in (action, sentence):
        found = tuple(term.iri for term in policy_area_index().named_in(text))
        if found:
            return found
    return ()
