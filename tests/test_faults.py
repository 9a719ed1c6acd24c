"""Nothing lost on faults: `kg build` killed with SIGKILL at random moments, over and over.

Each kill lands somewhere else: while the model loads, mid-batch, while a graph is written,
while one is replaced (most runs use --rebuild, so there is always work to interrupt),
during a flush. After every kill the store must open, hold every article the journal says
was stored, and hold each stored article's graph whole (equal to a clean build's); the next
run goes on from there, and a last uninterrupted run completes the store.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import build
from kg.rdf.iris import article_iri
from kg.store import open_store

from .conftest import GOLD, ROOT

KILLS = 20
COPIES = 3  # the gold articles three times over: a build long enough to be cut anywhere


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("faults") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for copy in range(COPIES):
            for source in sorted(GOLD.glob("*.txt")):
                text = source.read_text(encoding="utf-8")
                out.write(json.dumps({"id": f"c{copy}-{source.stem}", "text": text}) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(corpus) -> dict[str, set[ox.Quad]]:
    store = open_store(None)
    assert build([corpus], store).ok
    graphs: dict[str, set[ox.Quad]] = {}
    for quad in store.quads():
        graphs.setdefault(quad.graph_name.value, set()).add(quad)
    return graphs


def stored_graphs(path: Path) -> dict[str, set[ox.Quad]]:
    store = open_store(path)  # read-write: a crashed store must open for writing again
    try:
        graphs: dict[str, set[ox.Quad]] = {}
        for quad in store.quads():
            graphs.setdefault(quad.graph_name.value, set()).add(quad)
        return graphs
    finally:
        store.close()


def journal_ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {article_iri(line.split("\t")[0]).value for line in lines if line}


def test_kill_9_at_random_moments_loses_nothing_and_half_writes_nothing(
    tmp_path, corpus, reference
):
    store_path, journal = tmp_path / "store", tmp_path / "journal.tsv"
    kg = Path(sys.executable).parent / "kg"
    command = [str(kg), "build", str(corpus), "--store", str(store_path), "--journal", str(journal)]
    rng = random.Random(20261122)
    kills, finished, moments, mid_build = 0, 0, [], 0
    while kills < KILLS:
        lines_before = _lines(journal)
        rebuild = ["--rebuild"] if rng.random() < 0.75 else []
        process = subprocess.Popen(
            command + rebuild,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        moment = rng.uniform(0.5, 6.0)
        time.sleep(moment)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            kills += 1
            moments.append(round(moment, 3))
            mid_build += _lines(journal) > lines_before  # it was storing articles when killed
        else:
            finished += 1
            assert process.returncode == 0
            assert finished < 15, "runs keep finishing before the kill: make the corpus larger"

        graphs = stored_graphs(store_path) if store_path.exists() else {}
        reported = journal_ids(journal)
        assert reported <= set(graphs), f"after a kill at {moment:.1f} s: reported, not stored"
        for name, quads in graphs.items():
            assert quads == reference[name], (
                f"{name} is half-written after a kill at {moment:.1f} s"
            )

    assert len(set(moments)) == KILLS  # every kill at a different moment
    assert mid_build >= KILLS // 2  # and most of them while articles were being stored
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert stored_graphs(store_path) == reference


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0
