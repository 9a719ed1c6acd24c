"""The bulk path: extract to N-Quads files without a store, and load such files into one.

For very large runs, and for loading into another server with its own bulk loader:
``kg extract corpus/ --out parts/`` writes ``part-00000.nq``, ``part-00001.nq``, ... (each
file holds whole article graphs, and appears only once complete, so an interrupted run leaves
no partial file), and ``kg load parts/`` puts them into the store.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox

from kg.engines import engine_for
from kg.errors import KgError, StoreError
from kg.ingest import read_articles
from kg.pipeline import BuildReport, Extracted, extract_stream
from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore

__all__ = ["ARTICLES_PER_FILE", "LoadReport", "extract_to_files", "load_files"]

#: Articles per N-Quads file: large enough for a bulk loader, small enough to resume by file.
ARTICLES_PER_FILE = 256


def extract_to_files(
    paths: Iterable[Path | str],
    out: Path,
    *,
    model: str | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    on_article: Callable[[str], None] | None = None,
    articles_per_file: int = ARTICLES_PER_FILE,
    include: Sequence[str] = (),
) -> BuildReport:
    """Extract every article under ``paths`` into N-Quads files in ``out`` (``include``: glob
    patterns of files to read in folders besides articles, as for ``kg build``)."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"cannot create {out}: {exc}") from exc
    report = BuildReport()
    tick = on_article or (lambda _name: None)
    engine = engine_for(workers, scheduler)
    part = _next_part(out)
    pending: list[bytes] = []
    try:
        for outcome in extract_stream(
            read_articles(paths, include), report, tick, model=model, engine=engine
        ):
            pending.append(_nquads(outcome))
            report.built.append(outcome.summary)
            tick(outcome.source)
            if len(pending) >= articles_per_file:
                _write_part(out, part, pending)
                part, pending = part + 1, []
        if pending:
            _write_part(out, part, pending)
    finally:
        engine.close()
    return report


@dataclass
class LoadReport:
    files: list[str] = field(default_factory=list)
    graphs: int = 0
    quads: int = 0
    bulk: bool = False  # True when the store was empty and Oxigraph's bulk loader was used


def load_files(store: Store, paths: Iterable[Path | str]) -> LoadReport:
    """Load N-Quads files (or folders of ``*.nq``) into ``store``.

    Into an empty embedded store the files go through Oxigraph's bulk loader; otherwise each
    article graph replaces its old version in one transaction, as ``kg build`` does."""
    files = _nquads_files(paths)
    report = LoadReport(files=[str(f) for f in files])
    bulk = isinstance(store, OxigraphStore) and len(store) == 0
    report.bulk = bulk
    for path in files:
        try:
            if bulk:
                before = len(store)
                store.bulk_load(path)
                report.quads += len(store) - before
            else:
                for graph, quads in _graphs(path):
                    store.replace_graph(graph, quads)
                    report.quads += len(quads)
        except SyntaxError as exc:
            raise StoreError(f"{path}: not valid N-Quads ({exc})") from exc
        except OSError as exc:
            raise StoreError(f"{path}: cannot be loaded ({exc})") from exc
    report.graphs = sum(1 for _ in store.graphs())
    return report


def _graphs(path: Path) -> Iterator[tuple[ox.NamedNode, list[ox.Quad]]]:
    quads = ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
    for graph, group in groupby(quads, key=lambda q: q.graph_name):
        if not isinstance(graph, ox.NamedNode):
            raise StoreError(f"{path}: a quad outside any article graph ({graph})")
        yield graph, list(group)


def _nquads_files(paths: Iterable[Path | str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(path.glob("*.nq"))
            if not found:
                raise StoreError(f"{path}: holds no .nq files")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise StoreError(f"{path}: no such file or folder")
    return files


def _nquads(outcome: Extracted) -> bytes:
    """The article's graph as N-Quads (already so when it came from a worker process)."""
    if outcome.nquads is not None:
        return outcome.nquads
    return ox.serialize(outcome.quad_list(), format=ox.RdfFormat.N_QUADS) or b""


def _next_part(out: Path) -> int:
    numbers = [int(p.stem.split("-")[1]) for p in out.glob("part-*.nq") if p.stem[5:].isdigit()]
    return max(numbers, default=-1) + 1


def _write_part(out: Path, number: int, graphs: list[bytes]) -> None:
    final = out / f"part-{number:05d}.nq"
    partial = final.with_suffix(".nq.partial")
    with open(partial, "wb") as handle:
        for nquads in graphs:
            handle.write(nquads)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(final)  # appears whole or not at all
