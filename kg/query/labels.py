"""Parameters matched ignoring case: a place's name or a policy area's label, as users type them.

A query compares a bound parameter with stored labels exactly, which is what keeps it fast
(Oxigraph starts from the label's index entry). So a ``place`` or ``topic`` parameter is first
turned into the spellings the data holds that equal the value ignoring case, and those are
bound. Filtering every label with ``LCASE`` inside the query would read each one from disk:
measured on one million quads, a lookup scoped to places costs 8 ms next to
``city-directives``' 600 ms, while a lookup of topic labels in the store (156 ms) would double
``topic-directives`` (150 ms); topic labels are those of ``ontology/topics.ttl``, so they are
looked up there instead, at no cost.
"""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox

from kg.store.base import Store, Term

#: The spellings of place names in the store equal to ``?key`` ignoring case. Per graph: the
#: union of all graphs would remove duplicates across thousands of articles (405 ms, not 8).
PLACE_SPELLINGS = """
SELECT DISTINCT ?label ?key WHERE {
  GRAPH ?g { ?place a pol:Place ; rdfs:label ?label }
  FILTER(LCASE(STR(?label)) = ?key)
}
"""


def place_spellings(store: Store, value: str) -> list[Term]:
    rows = store.query(PLACE_SPELLINGS, {"key": ox.Literal(value.lower())})
    return sorted({row["label"] for row in rows}, key=str)


def topic_spellings(store: Store, value: str) -> list[Term]:
    from kg.extract.vocabularies import policy_areas

    labels = {t.label for t in policy_areas() if t.label.lower() == value.lower()}
    return [ox.Literal(label) for label in sorted(labels)]


#: Parameter types matched ignoring case, and where the spellings of each are looked up.
SPELLINGS: dict[str, Callable[[Store, str], list[Term]]] = {
    "place": place_spellings,
    "topic": topic_spellings,
}
