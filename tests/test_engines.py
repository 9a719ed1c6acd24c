"""The same graph whatever runs the extraction: this process, local processes, a Dask cluster."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.engines import EngineError, ProcessEngine, engine_for
from kg.ingest import expand_paths, read_articles
from kg.pipeline import build, build_articles
from kg.store import open_store
from kg.types import Article

from .events import HANG_GUARD, journal_lines, wait_until

ROOT = Path(__file__).resolve().parent.parent
#: The gold articles (the seeds among them): several batches, every extraction rule exercised.
CORPUS = [ROOT / "tests" / "gold"]
ARTICLES = sum(1 for _ in expand_paths(CORPUS))
INTERRUPT_AFTER = 5  # articles stored before Ctrl-C


@pytest.fixture(scope="module")
def serial_quads():
    store = open_store(None)
    report = build(CORPUS, store)
    assert report.ok and len(report.built) == ARTICLES
    return set(store.quads())


def test_two_local_processes_build_the_same_graph(serial_quads):
    store = open_store(None)
    report = build(CORPUS, store, workers=2)
    assert report.ok
    assert set(store.quads()) == serial_quads


def test_a_dask_cluster_builds_the_same_graph(serial_quads):
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        store = open_store(None)
        report = build(CORPUS, store, scheduler=cluster.scheduler_address)
    assert report.ok
    assert set(store.quads()) == serial_quads


def _die_on_three(batch: list[int]) -> list[int]:
    if 3 in batch:
        os._exit(1)  # a worker killed mid-build
    return batch


def test_a_dead_worker_is_a_clear_error():
    engine = ProcessEngine(2)
    try:
        with pytest.raises(EngineError, match="worker process died"):
            list(engine.map(_die_on_three, [[1], [2], [3], [4]]))
    finally:
        engine.close()


def test_workers_must_be_positive():
    with pytest.raises(EngineError, match="at least 1"):
        engine_for(workers=0)


def test_an_interrupted_build_resumes_without_duplicates_or_gaps(tmp_path, serial_quads):
    store_path, journal = tmp_path / "store", tmp_path / "journal.tsv"
    kg = Path(sys.executable).parent / "kg"
    command = [str(kg), "build", *map(str, CORPUS), "--store", str(store_path)]
    process = subprocess.Popen(
        [*command, "--journal", str(journal)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    # Ctrl-C once the journal shows articles stored (its output until then fits in the pipes)
    if not wait_until(lambda: journal_lines(journal) >= INTERRUPT_AFTER, process):
        pytest.fail("the build finished before it could be interrupted")
    process.send_signal(signal.SIGINT)  # Ctrl-C
    _, stderr = process.communicate(timeout=HANG_GUARD)
    assert process.returncode == 130, stderr.decode()
    assert "run the same command again to resume" in stderr.decode()
    stored = _stored_articles(store_path)
    assert INTERRUPT_AFTER <= journal_lines(journal) <= stored < ARTICLES

    rerun = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=HANG_GUARD)
    assert rerun.returncode == 0, rerun.stderr
    skipped = re.search(r"unchanged \(skipped\)\s*│\s*(\d+)", rerun.stdout)
    assert skipped and int(skipped[1]) == stored  # resumed: nothing stored is extracted again
    store = ox.Store.read_only(str(store_path))
    assert set(store) == serial_quads


def _stored_articles(path: Path) -> int:
    try:
        store = ox.Store.read_only(str(path))
    except OSError:
        return 0
    return sum(1 for _ in store.named_graphs())


# A batch that raises, here or in a worker, fails alone (issue 13, point 3)


def _engines():
    """Each engine in turn (a local two-worker Dask cluster for the last), closed after use."""
    from dask.distributed import LocalCluster

    yield "serial", engine_for(1)
    yield "processes", engine_for(2)
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield "dask", engine_for(scheduler=cluster.scheduler_address)


def _each_engine(check) -> None:
    for name, engine in _engines():
        try:
            check(name, engine)
        finally:
            engine.close()


def test_a_raising_batch_gets_its_error_result_on_every_engine():
    def check(name, engine):
        results = engine.map(
            json.loads, ["[1]", "{broken", "[3]"], on_error=lambda b, e: type(e).__name__
        )
        assert list(results) == [[1], "JSONDecodeError", [3]], name

    _each_engine(check)


def test_an_article_spacy_refuses_fails_alone_on_every_engine():
    """An article over spaCy's length limit (no reader made it: it came through the API)
    makes ``nlp.pipe`` raise in the worker; the other articles of its batch are built."""
    seeds = [a for a in read_articles([ROOT / "seeds"]) if isinstance(a, Article)]
    huge = Article(id="huge", source="<huge>", text="word " * 200_001, content_hash="0")
    articles = [*seeds[:2], huge, *seeds[2:]]  # one batch: two parsed before it, three after

    def check(name, engine):
        store = open_store(None)
        report = build_articles(articles, store, engine=engine)
        assert sorted(a.id for a in report.built) == sorted(a.id for a in seeds), name
        [failure] = report.failures
        assert failure.source == "<huge>"
        assert failure.reason.startswith("extraction failed (ValueError: [E088]"), name
        assert sum(1 for _ in store.graphs()) == len(seeds)

    _each_engine(check)
