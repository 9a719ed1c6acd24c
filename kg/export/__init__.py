"""Export: the graph as GraphML or GEXF for Gephi (in one of four views), or as RDF."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import ExportError
from kg.export.views import VIEWS
from kg.rdf.namespaces import PREFIXES
from kg.store.base import Store

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EXPORTERS", "VIEWS", "export", "view_graph"]

#: Quad formats keep one named graph per article; triple formats merge all articles.
RDF_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def view_graph(store: Store, view: str = "full", *, with_provenance: bool = False) -> nx.Graph:
    """The networkx graph of one view (``full``, ``people``, ``speeches``, ``concepts``)."""
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r} (choose from {', '.join(VIEWS)})")
    return VIEWS[view](store, with_provenance=with_provenance)


def with_file_ids(graph: nx.Graph) -> nx.Graph:
    """The graph with ids a file can carry: ``n0, n1, ...`` for nodes (in IRI order, so the
    same graph gives the same file) and ``e0, e1, ...`` for parallel edges. GraphML ids are
    XML name tokens, which an IRI's ``/`` and ``#`` are not; each node keeps its ``iri``."""
    ids = {node: f"n{i}" for i, node in enumerate(sorted(graph))}
    renamed = graph.__class__(**graph.graph)
    renamed.add_nodes_from((ids[n], _xml_safe(data)) for n, data in sorted(graph.nodes(data=True)))
    if graph.is_multigraph():
        edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
        renamed.add_edges_from(
            (ids[u], ids[v], f"e{i}", _xml_safe(data)) for i, (u, v, _, data) in enumerate(edges)
        )
    else:
        renamed.add_edges_from(
            (ids[u], ids[v], _xml_safe(data)) for u, v, data in graph.edges(data=True)
        )
    return renamed


#: Characters XML 1.0 cannot carry at all, not even as references: most C0 controls, lone
#: surrogates, U+FFFE and U+FFFF. A label holding one (RDF allows them) would make the file
#: unreadable, so each becomes U+FFFD; every other character is written as it is.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(data: dict) -> dict:
    return {
        name: NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value
        for name, value in data.items()
    }


def export_graphml(graph: nx.Graph, out: Path) -> None:
    import networkx as nx  # imported here: RDF exports and the CLI's start-up skip it

    nx.write_graphml(with_file_ids(graph), out)


def export_gexf(graph: nx.Graph, out: Path) -> None:
    """GEXF with time: a node or edge starts on its ``date``, so Gephi's timeline replays
    the graph day by day (networkx turns ``start`` into a dynamic graph with ISO dates)."""
    import networkx as nx  # imported here: RDF exports and the CLI's start-up skip it

    timed = with_file_ids(graph)
    for _, data in timed.nodes(data=True):
        if "date" in data:
            data["start"] = data["date"]
    for *_, data in timed.edges(data=True):
        if "date" in data:
            data["start"] = data["date"]
    nx.write_gexf(timed, out)


GRAPH_FORMATS = {"graphml": export_graphml, "gexf": export_gexf}


def export_rdf(store: Store, out: Path, rdf_format: ox.RdfFormat) -> int:
    """Stream the dataset (quad formats) or the merged graph (triple formats) to ``out``."""
    count = 0

    def counted(items: Iterable[ox.Quad | ox.Triple]) -> Iterator[ox.Quad | ox.Triple]:
        nonlocal count
        for item in items:
            count += 1
            yield item

    if rdf_format.supports_datasets:
        items: Iterable[ox.Quad | ox.Triple] = store.quads()
    else:  # the union of article graphs holds a shared label once per article: merge them
        items = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")  # type: ignore[assignment]
        items = dict.fromkeys(items)
    ox.serialize(counted(items), str(out), rdf_format, prefixes=dict(PREFIXES))
    return count


EXPORTERS = (*GRAPH_FORMATS, *RDF_FORMATS)


def export(
    store: Store, out: Path, fmt: str, *, view: str = "full", with_provenance: bool = False
) -> int:
    """Write the graph to ``out`` in ``fmt``; return the number of nodes or statements written.

    ``view`` and ``with_provenance`` apply to the Gephi formats (GraphML, GEXF)."""
    try:
        if fmt in GRAPH_FORMATS:
            graph = view_graph(store, view, with_provenance=with_provenance)
            GRAPH_FORMATS[fmt](graph, out)
            return graph.number_of_nodes()
        if fmt in RDF_FORMATS:
            return export_rdf(store, out, RDF_FORMATS[fmt])
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc}") from exc
    raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORTERS)})")
