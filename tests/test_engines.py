"""The same graph whatever runs the extraction: this process, local processes, a Dask cluster."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.engines import EngineError, ProcessEngine, engine_for
from kg.ingest import expand_paths
from kg.pipeline import build
from kg.store import open_store

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
