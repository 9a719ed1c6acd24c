"""Export: the graph as GraphML for Gephi, or as RDF in a standard serialisation."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.errors import ExportError
from kg.export.graph import entity_graph
from kg.rdf.namespaces import PREFIXES
from kg.store.base import Store

__all__ = ["EXPORTERS", "export"]

#: Quad formats keep one named graph per article; triple formats merge all articles.
RDF_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def export_graphml(store: Store, out: Path, *, with_provenance: bool = False) -> int:
    graph = entity_graph(store, with_provenance=with_provenance)
    nx.write_graphml(graph, out, named_key_ids=True)
    return graph.number_of_nodes()


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


EXPORTERS = ("graphml", *RDF_FORMATS)


def export(store: Store, out: Path, fmt: str, *, with_provenance: bool = False) -> int:
    """Write the graph to ``out`` in ``fmt``; return the number of nodes or statements written."""
    try:
        if fmt == "graphml":
            return export_graphml(store, out, with_provenance=with_provenance)
        if fmt in RDF_FORMATS:
            return export_rdf(store, out, RDF_FORMATS[fmt])
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc}") from exc
    raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORTERS)})")
