"""The embedded, persistent store: Oxigraph (RocksDB on disk, or in memory)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf.namespaces import PREFIXES
from kg.store.base import Term
from kg.store.dataset import DEFAULT_BASE_IRI, Dataset, declares_dataset

#: Article graphs written between flushes of RocksDB's in-memory write buffers to disk.
#: Without it the process grows with the corpus (about 0.2 MB an article, measured by
#: ``benchmarks/scale.py``); flushing every 100 articles kept a 1,200-article build flat.
FLUSH_EVERY = 100


class OxigraphStore:
    """An Oxigraph store at ``path`` (``None``: in memory, for tests and notebooks)."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._unflushed = 0
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path} (run `kg build` first)")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        # One Oxigraph transaction either way: a new graph is one `extend`; an old one is
        # dropped and inserted by one SPARQL update, so it is never half-replaced.
        try:
            if self._store.contains_named_graph(graph):
                body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
                self._store.update(
                    f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
                )
            else:
                quads = list(quads)
                if not all(q.graph_name == graph for q in quads):
                    quads = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
                self._store.extend(quads)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graph {graph.value}: {exc}") from exc
        self._unflushed += 1
        if self.path is not None and self._unflushed >= FLUSH_EVERY:
            self._store.flush()
            self._unflushed = 0

    def remove_graph(self, graph: ox.NamedNode) -> bool:
        if not self._store.contains_named_graph(graph):
            return False
        self._store.remove_graph(graph)
        return True

    def graphs(self) -> Iterator[ox.NamedNode]:
        for graph in self._store.named_graphs():
            if isinstance(graph, ox.NamedNode):
                yield graph

    def query(
        self,
        sparql: str,
        substitutions: Mapping[str, Term] | None = None,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        base_iri: str | None = None,
    ) -> ox.QuerySolutions | ox.QueryTriples | bool:
        """See :meth:`kg.store.base.Store.query`."""
        dataset = _dataset_options(sparql, Dataset.of(default_graphs, named_graphs))
        try:
            result = self._store.query(
                sparql,
                base_iri=base_iri or DEFAULT_BASE_IRI,
                prefixes=PREFIXES,
                substitutions={ox.Variable(k): v for k, v in (substitutions or {}).items()},
                **dataset,
            )
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from exc
        return bool(result) if isinstance(result, ox.QueryBoolean) else result

    def bulk_load(self, path: Path) -> None:
        """Oxigraph's bulk loader: fast, not transactional (for filling an empty store)."""
        self._store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store)

    def dump(self, output: Path, rdf_format: ox.RdfFormat) -> None:
        self._store.dump(str(output), rdf_format)

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        """Flush writes to disk; the store object must not be used afterwards."""
        if self.path is not None and not self.read_only:
            self._store.flush()
        del self._store


def _dataset_options(sparql: str, dataset: Dataset) -> dict:
    """Oxigraph's keyword arguments for the dataset rules of :mod:`kg.store.dataset`."""
    if dataset:
        # both lists, always: Oxigraph keeps every named graph when only the default is given
        return {
            "default_graph": list(dataset.default_graphs),
            "named_graphs": list(dataset.named_graphs),
        }
    if declares_dataset(sparql):
        return {}  # Oxigraph honours FROM / FROM NAMED when nothing overrides them
    return {"use_default_graph_as_union": True}
