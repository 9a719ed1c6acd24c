"""Policy areas of a directive, from the keyword lists of ``ontology/topics.ttl``."""

from __future__ import annotations

from kg.extract.vocabularies import policy_areas


def topics_of(action: str, sentence: str) -> tuple[str, ...]:
    """IRIs of the policy areas the action names; if it names none, those its sentence names."""
    for text in (action, sentence):
        found = tuple(term.iri for term in policy_areas() if term.pattern.search(text))
        if found:
            return found
    return ()
