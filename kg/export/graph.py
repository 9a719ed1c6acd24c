"""The entity graph as networkx sees it: one node per entity, one edge per object property.

Provenance (mentions) and articles are left out by default: Gephi users want the
meetings, people and speeches, not the bookkeeping.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.rdf.namespaces import POL, RDF
from kg.store.base import Store

if TYPE_CHECKING:
    import networkx as nx

#: Most specific first: a node typed both Person and Official is shown as an Official.
TYPE_PRIORITY = (
    "Official",
    "Person",
    "Meeting",
    "CitedSpeech",
    "PolicyDocument",
    "Directive",
    "Organization",
    "Post",
    "Place",
    "Concept",
    "Article",
    "Mention",
)
#: Classes left out unless asked for.
BOOKKEEPING_TYPES = frozenset({"Mention", "Article"})
#: Literal properties copied onto nodes as attributes (name in the file -> property).
NODE_ATTRIBUTES = {
    "date": POL.date,
    "text": POL.text,
    "kind": POL.speechKind,
    "modality": POL.modality,
    "verb": POL.verb,
    "occasion": POL.occasion,
}
#: Where a node's city comes from: a meeting's or organisation's city, an official's
#: jurisdiction; a place is its own city.
CITY_PATTERNS = (
    "?s pol:city/rdfs:label ?v",
    "?s pol:jurisdiction/rdfs:label ?v",
    "?s a pol:Place ; rdfs:label ?v",
)
#: A speech is dated by the day it was given (meetings carry ``pol:date`` already).
DATE_PATTERNS = ("?s pol:givenOn ?v",)


def entity_graph(store: Store, *, with_provenance: bool = False) -> nx.MultiDiGraph:
    import networkx as nx

    graph = nx.MultiDiGraph()
    types: dict[str, set[str]] = {}
    for row in store.query("SELECT DISTINCT ?s ?t WHERE { ?s a ?t }"):
        iri, cls = row["s"], row["t"]
        if isinstance(iri, ox.NamedNode) and cls.value.startswith(str(POL)):
            types.setdefault(iri.value, set()).add(cls.value.removeprefix(str(POL)))
    skipped = set() if with_provenance else BOOKKEEPING_TYPES
    for iri, classes in types.items():
        node_type = next((t for t in TYPE_PRIORITY if t in classes), sorted(classes)[0])
        if node_type not in skipped:
            graph.add_node(iri, type=node_type, label=_local(iri), iri=iri)
    _set_labels(graph, store.query("SELECT DISTINCT ?s ?l WHERE { ?s rdfs:label ?l }"))
    for name, prop in NODE_ATTRIBUTES.items():
        for row in store.query(f"SELECT DISTINCT ?s ?v WHERE {{ ?s {prop} ?v }}"):
            if row["s"].value in graph:
                graph.nodes[row["s"].value][name] = row["v"].value
    for name, patterns in (("city", CITY_PATTERNS), ("date", DATE_PATTERNS)):
        for pattern in patterns:
            query = f"SELECT DISTINCT ?s ?v WHERE {{ GRAPH ?g {{ {pattern} }} }} ORDER BY ?v"
            for row in store.query(query):
                node = graph.nodes.get(row["s"].value)
                if node is not None and name not in node:
                    node[name] = row["v"].value
    for row in store.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o)) }"):
        s, p, o = row["s"].value, row["p"], row["o"].value
        if s in graph and o in graph and p != RDF.type:
            graph.add_edge(s, o, key=p.value, label=_local(p.value), iri=p.value)
    return graph


def _set_labels(graph: nx.MultiDiGraph, rows: Iterable[ox.QuerySolution]) -> None:
    for row in rows:
        node = row["s"].value
        if node in graph and graph.nodes[node]["label"] == _local(node):
            graph.nodes[node]["label"] = row["l"].value


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
