"""Nothing lost on faults: `kg build` killed with SIGKILL at chosen moments, over and over.

Each kill lands at an event of the build, never at a guessed time, so the test means the same
on a fast machine and a loaded one: at process start, once the run has opened the store (its
model still loading), and after the run's journal shows N articles stored, at N from the first
article to late in the build. Most runs use --rebuild, so most kills land while a stored graph
is being replaced. After every kill the store must open read-write, hold every article the
journals say was stored, and hold each stored article's graph whole (equal to a clean build's);
the next run goes on from there, and a last uninterrupted run completes the store.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import build
from kg.rdf.iris import article_iri
from kg.store import open_store

from .conftest import GOLD, ROOT
from .events import HANG_GUARD, journal_lines, wait_until

COPIES = 3  # the gold articles three times over: a build long enough to be cut anywhere
#: Kills before anything is stored: the moment the process starts, and as soon as the run has
#: created its journal (store open, model loading).
BEFORE_STORING = ("start", "start", "journal created", "journal created")
#: Kills after the run's journal shows this share of the corpus stored (at least one article):
#: early, middle and late in a build, the last still a batch before its end.
STORED_SHARES = (
    0,
    0.01,
    0.03,
    0.06,
    0.1,
    0.15,
    0.22,
    0.3,
    0.4,
    0.5,
    0.6,
    0.68,
    0.75,
    0.8,
    0.85,
    0.9,
)
#: A run that resumes (no --rebuild) is used only when it has this many articles left beyond its
#: kill point, so that it cannot finish first.
SPARE = 20
#: How many runs may finish before their kill lands (a late kill racing the end of a build).
FINISHES_ALLOWED = 3


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
    if not path.exists():
        return {}
    store = open_store(path)  # read-write: a crashed store must open for writing again
    try:
        graphs: dict[str, set[ox.Quad]] = {}
        for quad in store.quads():
            graphs.setdefault(quad.graph_name.value, set()).add(quad)
        return graphs
    finally:
        store.close()


def journal_ids(journals: list[Path]) -> set[str]:
    ids = set()
    for journal in journals:
        if journal.exists():
            lines = journal.read_text(encoding="utf-8").splitlines()
            ids |= {article_iri(line.split("\t")[0]).value for line in lines if line}
    return ids


def kill_events(total: int) -> list[str | int]:
    """Every round's kill event, in a fixed shuffled order: a name, or a number of articles."""
    stored = [max(1, round(share * total)) for share in STORED_SHARES]
    events: list[str | int] = [*BEFORE_STORING, *stored]
    random.Random(20261122).shuffle(events)
    return events


def test_kill_9_at_build_events_loses_nothing_and_half_writes_nothing(tmp_path, corpus, reference):
    store_path = tmp_path / "store"
    kg = Path(sys.executable).parent / "kg"
    command = [str(kg), "build", str(corpus), "--store", str(store_path)]
    events = kill_events(len(reference))
    rng = random.Random(7)
    journals: list[Path] = []
    stored_at_kill: list[int] = []  # articles the killed run had stored, kill by kill
    finished = 0
    for event in events:
        killed = False
        while not killed:
            journal = tmp_path / f"journal-{len(journals):02}.tsv"
            journals.append(journal)
            needed = event if isinstance(event, int) else 0
            left = len(reference) - len(stored_graphs(store_path))
            resume = rng.random() < 0.25 and left >= needed + SPARE
            process = subprocess.Popen(
                [*command, "--journal", str(journal), *([] if resume else ["--rebuild"])],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            if event == "start":
                reached = True
            elif event == "journal created":
                reached = wait_until(journal.exists, process)
            else:
                reached = wait_until(lambda: journal_lines(journal) >= needed, process)  # noqa: B023
            if reached and process.poll() is None:  # not yet reaped: the group still exists
                os.killpg(process.pid, signal.SIGKILL)
            killed = process.wait() == -signal.SIGKILL
            if not killed:  # the run ended before its kill landed: it must have succeeded
                assert process.returncode == 0, f"a run killed at {event!r} failed on its own"
                finished += 1
                assert finished <= FINISHES_ALLOWED, "runs keep finishing before their kill"
            else:
                stored_at_kill.append(journal_lines(journal))
                assert stored_at_kill[-1] >= needed

            graphs = stored_graphs(store_path)
            reported = journal_ids(journals)
            assert reported <= set(graphs), f"after a kill at {event!r}: reported, not stored"
            for name, quads in graphs.items():
                assert quads == reference[name], f"{name} is half-written after a kill at {event!r}"

    print(f"articles stored by each killed run: {stored_at_kill}; runs that finished: {finished}")
    assert len(stored_at_kill) == len(events)
    assert sum(n > 0 for n in stored_at_kill) >= len(events) // 2  # most while storing articles
    assert 0 in stored_at_kill  # and some before the first article was stored
    assert max(stored_at_kill) >= 0.9 * len(reference) - 1  # late in a build too
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=HANG_GUARD)
    assert rerun.returncode == 0, rerun.stderr
    assert stored_graphs(store_path) == reference
