"""The seam between the pipeline and wherever the graph lives."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

import pyoxigraph as ox
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, QuerySolutions, QueryTriples

if TYPE_CHECKING:
    import rdflib

#: An RDF term as a query result or parameter holds it.
Term = NamedNode | BlankNode | Literal


class Store(Protocol):
    """A quad store holding one named graph per article."""

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        """Replace ``graph`` with ``quads`` in one transaction (all or nothing)."""

    def remove_graph(self, graph: NamedNode) -> bool:
        """Drop ``graph``; return whether it existed."""

    def graphs(self) -> Iterator[NamedNode]: ...

    def query(
        self,
        sparql: str,
        substitutions: Mapping[str, Term] | None = None,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        base_iri: str | None = None,
    ) -> QuerySolutions | QueryTriples | bool:
        """Run a read-only SPARQL query.

        ``default_graphs`` / ``named_graphs`` (IRIs) are the protocol's ``default-graph-uri`` /
        ``named-graph-uri``: given, they define the dataset over any ``FROM`` / ``FROM NAMED``;
        else the query's own dataset clauses do; else the default graph is the union of all
        graphs (see :mod:`kg.store.dataset`). Relative IRIs resolve against ``base_iri``
        (default: :data:`kg.store.dataset.DEFAULT_BASE_IRI`); a ``BASE`` in the query wins.
        """

    def quads(self) -> Iterator[Quad]: ...

    def close(self) -> None: ...


def rdflib_dataset(store: Store) -> rdflib.Dataset:
    """The store's quads as an rdflib ``Dataset`` (a copy in memory, for rdflib users)."""
    import rdflib  # imported here: it takes a second of every command's start-up

    dataset = rdflib.Dataset()
    data = ox.serialize(store.quads(), format=ox.RdfFormat.N_QUADS)
    dataset.parse(data=data.decode("utf-8"), format="nquads")
    return dataset
