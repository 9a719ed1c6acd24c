"""Oxigraph against rdflib on the same million quads: bulk load, and every named query.

    .venv/bin/python benchmarks/store_vs_rdflib.py [--quads 1000000] [--cap 20]

The dataset is the seeds' graphs built once and copied under new article ids until it
holds ``--quads`` quads (shared nodes such as people and places stay shared, as in a real
corpus). Oxigraph bulk-loads it into an on-disk store; rdflib parses it into an in-memory
Dataset. Each named query (with the example parameters below) runs on both; rdflib gets
``--cap`` seconds per query. Targets (issue 5): every query under 100 ms on Oxigraph,
loading at least 200k quads/s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.pipeline import build
from kg.query import bind, list_queries
from kg.rdf.iris import ID
from kg.rdf.namespaces import PREFIXES
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
MEETING = f"{ID}meeting/"


def dataset(target: int, reports_per_meeting: int = 2) -> list[ox.Quad]:
    """The seeds' quads as if built again under new article ids: every IRI that carries an
    article id (the article, its mentions, directives, local speeches) gets the new id, and
    shared nodes (people, places, organisations, registered speeches) stay shared. A dated
    meeting is shared by ``reports_per_meeting`` consecutive copies, as when a city's paper
    and its government site report the same meeting; one meeting reported by every copy
    would be a corpus of one meeting repeated, not a corpus."""
    seed = open_store(None)
    build([ROOT / "seeds"], seed)
    base = list(seed.quads())
    ids = sorted({p.stem for p in (ROOT / "seeds").glob("*.txt")})

    def renamed(term: ox.NamedNode | ox.Literal | ox.BlankNode, suffix: str, group: str):
        if isinstance(term, ox.NamedNode):
            for article_id in ids:
                if article_id in term.value:
                    return ox.NamedNode(term.value.replace(article_id, article_id + suffix))
            if term.value.startswith(MEETING):
                return ox.NamedNode(term.value + group)
        return term

    quads: list[ox.Quad] = []
    copy = 0
    while len(quads) < target:
        suffix, group = f"-copy{copy}", f"-reported{copy // reports_per_meeting}"
        for q in base:
            quads.append(
                ox.Quad(
                    renamed(q.subject, suffix, group),
                    q.predicate,
                    renamed(q.object, suffix, group),
                    renamed(q.graph_name, suffix, group),
                )
            )
        copy += 1
    return quads[:target]


def timed(function, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def with_cap(function, cap: float) -> float | None:
    result: dict[str, float] = {}

    def run() -> None:
        started = time.perf_counter()
        function()
        result["seconds"] = time.perf_counter() - started

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(cap)
    return result.get("seconds")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument("--cap", type=float, default=20.0)
    parser.add_argument("--reports-per-meeting", type=int, default=2)
    args = parser.parse_args()
    quads = dataset(args.quads, args.reports_per_meeting)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "data.nq"
        ox.serialize(quads, str(dump), ox.RdfFormat.N_QUADS)
        store = ox.Store(str(Path(tmp) / "store"))
        started = time.perf_counter()
        store.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        load = time.perf_counter() - started
        print(f"{len(store)} quads in {len(list(store.named_graphs()))} graphs")
        print(
            f"oxigraph bulk load, on-disk store: {load:.1f} s = {len(store) / load:,.0f} quads/s "
            "(target >= 200,000)"
        )
        started = time.perf_counter()
        ox.Store().bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        memory_load = time.perf_counter() - started
        print(
            f"oxigraph bulk load, in-memory store: {memory_load:.1f} s = "
            f"{args.quads / memory_load:,.0f} quads/s"
        )
        started = time.perf_counter()
        graph = rdflib.Dataset(default_union=True)
        graph.parse(dump, format="nquads")
        rdf_load = time.perf_counter() - started
        print(
            f"rdflib parse:       {rdf_load:.1f} s = {args.quads / rdf_load:,.0f} quads/s "
            f"(ratio oxigraph/rdflib {rdf_load / load:.1f}x)"
        )
        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
        queries = list_queries()
        # Oxigraph first, for every query: an rdflib query stopped at its cap keeps running in
        # a thread and holds the GIL, which would slow whatever is timed after it.
        oxigraph_ms = {q.name: timed(_on_oxigraph(store, q)) * 1000 for q in queries}
        rdflib_ms = {q.name: with_cap(_on_rdflib(graph, q, prologue), args.cap) for q in queries}
        rows = {q.name: len(_on_oxigraph(store, q)()) for q in queries}
        print(
            f"\n{'named query':22}{'rows':>7}{'oxigraph ms':>13}{'µs/row':>8}{'rdflib ms':>11}"
            f"{'speed-up':>10}  target <100 ms"
        )
        for q in queries:
            ox_ms, rdf = oxigraph_ms[q.name], rdflib_ms[q.name]
            rdf_text = (
                f"{rdf * 1000:11.0f}"
                if rdf is not None
                else f"{'>' + str(int(args.cap * 1000)):>11}"
            )
            ratio = (
                f"{rdf * 1000 / ox_ms:9.0f}x"
                if rdf is not None
                else f"{'>' + str(int(args.cap * 1000 / ox_ms)) + 'x':>10}"
            )
            per_row = ox_ms * 1000 / max(rows[q.name], 1)
            print(
                f"{q.name:22}{rows[q.name]:7}{ox_ms:13.1f}{per_row:8.0f}{rdf_text}{ratio}"
                f"  {'ok' if ox_ms < 100 else 'SLOW'}"
            )


def _on_oxigraph(store: ox.Store, query):
    substitutions = {ox.Variable(k): v for k, v in _examples(query).items()}
    return lambda: list(
        store.query(
            query.text,
            prefixes=PREFIXES,
            use_default_graph_as_union=True,
            substitutions=substitutions,
        )
    )


def _examples(query) -> dict:
    """Each parameter bound to the example its header gives, as a typed term."""
    return bind(query, {p.name: p.example for p in query.params})


def _on_rdflib(graph: rdflib.Dataset, query, prologue: str):
    init = {
        name: rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
        if term.datatype.value != str(rdflib.XSD.string)
        else rdflib.Literal(term.value)
        for name, term in _examples(query).items()
    }
    return lambda: list(graph.query(prologue + query.text, initBindings=init))


if __name__ == "__main__":
    main()
