"""Gephi views: the graph cut to one research question, as networkx graphs.

Every node carries ``label``, ``type`` and ``iri`` (strings), and ``city`` and ``date``
(ISO ``YYYY-MM-DD`` strings) where they apply; counts are ints and lags are ints, so the
GraphML key declarations and GEXF attribute types let Gephi filter and partition on them.
An attribute is absent rather than empty when it does not apply: an empty string would
declare a number column as text.

- ``full``: every entity and every object property between entities (see ``graph.py``).
- ``people``: officials linked by co-presence (presiding or attending) in a meeting.
- ``speeches``: cities and the central speeches their meetings studied (bipartite).
- ``concepts``: cities and the slogans or concepts their meetings, speeches and
  directives mention.

Each view's facts are joined inside one article graph (``GRAPH ?g``): the union of all
graphs repeats a shared label once per article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from itertools import combinations
from typing import TYPE_CHECKING

from kg.export.graph import entity_graph
from kg.store.base import Store

if TYPE_CHECKING:
    import networkx as nx

PEOPLE_IN_MEETINGS = """
SELECT DISTINCT ?meeting ?person ?name ?presided ?date WHERE {
  GRAPH ?g {
    ?meeting a pol:Meeting .
    { ?meeting pol:presidedBy ?person BIND(true AS ?presided) }
    UNION { ?meeting pol:attendedBy ?person BIND(false AS ?presided) }
    ?person a pol:Official ; rdfs:label ?name .
    OPTIONAL { ?meeting pol:date ?date }
  }
}"""
PEOPLE_DETAILS = """
SELECT DISTINCT ?person ?post ?city WHERE {
  GRAPH ?g {
    ?person a pol:Official .
    OPTIONAL { ?person pol:holdsPost/rdfs:label ?post }
    OPTIONAL { ?person pol:jurisdiction/rdfs:label ?city }
  }
}"""
CITIES_AND_SPEECHES = """
SELECT DISTINCT ?meeting ?city ?cityName ?speech ?speechName ?kind ?given ?date WHERE {
  GRAPH ?g {
    ?meeting pol:studied ?speech ; pol:city ?city .
    ?city rdfs:label ?cityName .
    ?speech rdfs:label ?speechName .
    OPTIONAL { ?speech pol:speechKind ?kind }
    OPTIONAL { ?speech pol:givenOn ?given }
    OPTIONAL { ?meeting pol:date ?date }
  }
}"""
#: What a meeting's concept mentions hang on: the meeting itself, its directives, the
#: speeches it studied (``pol:mentions`` has all three as subjects).
CITIES_AND_CONCEPTS = """
SELECT DISTINCT ?g ?mentioner ?city ?cityName ?concept ?conceptName ?date WHERE {
  GRAPH ?g {
    ?meeting a pol:Meeting ; pol:city ?city .
    ?city rdfs:label ?cityName .
    { BIND(?meeting AS ?mentioner) }
    UNION { ?meeting pol:issued ?mentioner }
    UNION { ?meeting pol:studied ?mentioner }
    ?mentioner pol:mentions ?concept .
    ?concept rdfs:label ?conceptName .
    OPTIONAL { ?meeting pol:date ?date }
  }
}"""


def full_view(store: Store, *, with_provenance: bool = False) -> nx.MultiDiGraph:
    return entity_graph(store, with_provenance=with_provenance)


def people_view(store: Store, *, with_provenance: bool = False) -> nx.Graph:
    """Officials; an edge when two were present at the same meeting, weighted by how often."""
    import networkx as nx

    graph = nx.Graph(view="people")
    attendance: dict[str, set[str]] = defaultdict(set)
    presided: dict[str, set[str]] = defaultdict(set)
    meeting_dates: dict[str, str] = {}
    for row in store.query(PEOPLE_IN_MEETINGS):
        meeting, person = row["meeting"].value, row["person"].value
        attendance[meeting].add(person)
        if row["presided"].value == "true":
            presided[person].add(meeting)
        if row["date"] is not None:
            meeting_dates[meeting] = row["date"].value
        graph.add_node(person, label=row["name"].value, type="Official", iri=person)
    posts: dict[str, set[str]] = defaultdict(set)
    for row in store.query(PEOPLE_DETAILS):
        person = row["person"].value
        if person not in graph:
            continue
        if row["post"] is not None:
            posts[person].add(row["post"].value)
        if row["city"] is not None:
            graph.nodes[person]["city"] = row["city"].value
    meetings_of: dict[str, set[str]] = defaultdict(set)
    for meeting, people in attendance.items():
        for person in people:
            meetings_of[person].add(meeting)
        for a, b in combinations(sorted(people), 2):
            _count_edge(graph, a, b, meeting_dates.get(meeting))
    for person, data in graph.nodes(data=True):
        data["posts"] = "; ".join(sorted(posts[person]))
        data["meetings"] = len(meetings_of[person])
        data["meetings_presided"] = len(presided[person])
        _set_earliest(data, [meeting_dates.get(m) for m in meetings_of[person]])
    return graph


def speeches_view(store: Store, *, with_provenance: bool = False) -> nx.Graph:
    """Cities and cited speeches; an edge when a meeting in the city studied the speech,
    dated by the first such meeting, with the lag in days from the speech."""
    import networkx as nx

    graph = nx.Graph(view="speeches")
    meetings: dict[tuple[str, str], dict[str, str | None]] = defaultdict(dict)
    for row in store.query(CITIES_AND_SPEECHES):
        city, speech = _add_city(graph, row), row["speech"].value
        graph.add_node(
            speech, label=row["speechName"].value, type="CitedSpeech", iri=speech, bipartite=1
        )
        if row["kind"] is not None:
            graph.nodes[speech]["kind"] = row["kind"].value
        if row["given"] is not None:
            graph.nodes[speech]["date"] = row["given"].value
        meetings[(city, speech)][row["meeting"].value] = _value(row["date"])
    for (city, speech), dated in meetings.items():
        edge = {"label": "studied", "meetings": len(dated), "weight": len(dated)}
        _set_earliest(edge, list(dated.values()))
        given = graph.nodes[speech].get("date")
        if "date" in edge and given:
            edge["lag_days"] = (date.fromisoformat(edge["date"]) - date.fromisoformat(given)).days
        graph.add_edge(city, speech, **edge)
    for node, data in graph.nodes(data=True):
        if data["type"] == "Place":
            _set_earliest(data, [graph.edges[node, s].get("date") for s in graph[node]])
    return graph


def concepts_view(store: Store, *, with_provenance: bool = False) -> nx.Graph:
    """Cities and concepts; an edge weighted by the number of mentions in the city's meetings."""
    import networkx as nx

    graph = nx.Graph(view="concepts")
    mentions: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    dates: dict[tuple[str, str], list[str | None]] = defaultdict(list)
    for row in store.query(CITIES_AND_CONCEPTS):
        city, concept = _add_city(graph, row), row["concept"].value
        graph.add_node(
            concept, label=row["conceptName"].value, type="Concept", iri=concept, bipartite=1
        )
        mentions[(city, concept)].add((row["g"].value, row["mentioner"].value))
        dates[(city, concept)].append(_value(row["date"]))
    for (city, concept), said in mentions.items():
        edge = {"label": "mentions", "mentions": len(said), "weight": len(said)}
        _set_earliest(edge, dates[(city, concept)])
        graph.add_edge(city, concept, **edge)
    for node, data in graph.nodes(data=True):
        _set_earliest(data, [d.get("date") for d in graph[node].values()])
    return graph


#: View name -> builder. Each takes the store and ``with_provenance`` (only ``full`` uses it).
VIEWS: dict[str, Callable[..., nx.Graph]] = {
    "full": full_view,
    "people": people_view,
    "speeches": speeches_view,
    "concepts": concepts_view,
}


def _add_city(graph: nx.Graph, row) -> str:
    """The row's city as a node of the bipartite views' first kind; returns its IRI."""
    city, name = row["city"].value, row["cityName"].value
    graph.add_node(city, label=name, type="Place", iri=city, city=name, bipartite=0)
    return city


def _count_edge(graph: nx.Graph, a: str, b: str, when: str | None) -> None:
    if graph.has_edge(a, b):
        edge = graph.edges[a, b]
        edge["weight"] += 1
        edge["meetings"] += 1
    else:
        graph.add_edge(a, b, label="co-present", weight=1, meetings=1)
        edge = graph.edges[a, b]
    _set_earliest(edge, [edge.get("date"), when])


def _set_earliest(data: dict, dates: list[str | None]) -> None:
    known = sorted(d for d in dates if d)
    if known:
        data["date"] = known[0]


def _value(term) -> str | None:
    return None if term is None else term.value
