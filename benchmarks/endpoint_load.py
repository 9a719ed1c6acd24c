"""Load on `kg serve`: many concurrent clients on loopback, throughput and latency percentiles.

    .venv/bin/python benchmarks/endpoint_load.py [--clients 32] [--requests 3000]

Builds the seeds and the gold articles into an on-disk store, starts `kg serve` on it as a
separate process bound to 127.0.0.1 (queries in its worker processes, as users run it), and
has ``--clients`` threads send ``--requests`` requests in all, cycling through the shipped
named queries (with their example parameters) and the query page. Prints requests/s, p50,
p90, p99 and the slowest latency per kind, and the number of errors (any answer but 200, or
no answer): the target is none. Bounded: a fixed number of requests, loopback only.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kg.pipeline import build
from kg.query import bind, list_queries, load_query
from kg.store import open_store
from kg.store.remote import _with_prologue, _with_values

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def requests_to_send() -> list[tuple[str, str]]:
    """(kind, path) for each named query, its parameters filled with their examples."""
    paths = [("page", "/")]
    for named in list_queries():
        query = load_query(named.name)
        values = bind(query, {p.name: p.example or "Chongqing" for p in query.params})
        text = _with_values(_with_prologue(query.text, None), values)  # as sent to a remote server
        paths.append((named.name, "/sparql?" + urllib.parse.urlencode({"query": text})))
    return paths


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=3000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-load-"))
    server = None
    try:
        store = open_store(work / "store")
        report = build([ROOT / "seeds", *sorted((ROOT / "tests" / "gold").glob("*.txt"))], store)
        quads = len(store)
        store.close()
        port = free_port()
        kg = Path(sys.executable).parent / "kg"
        server = subprocess.Popen(
            [str(kg), "serve", "--store", str(work / "store"), "--port", str(port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):  # until it listens
            try:
                urllib.request.urlopen(base + "/", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        work_list = requests_to_send()
        for _, path in work_list:  # warm up every query once
            urllib.request.urlopen(base + path, timeout=30).read()

        def send(number: int) -> tuple[str, float, int | None]:
            kind, path = work_list[number % len(work_list)]
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(base + path, timeout=30) as response:
                    response.read()
                    status: int | None = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError:
                status = None
            return kind, time.perf_counter() - started, status

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.clients) as pool:
            results = list(pool.map(send, range(args.requests)))
        elapsed = time.perf_counter() - started
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)

    errors = [r for r in results if r[2] != 200]
    latencies = [r[1] * 1000 for r in results]
    print(
        f"{len(report.built)} articles, {quads:,} quads; {args.clients} clients, "
        f"{args.requests} requests over loopback in {elapsed:.1f} s"
    )
    print(f"\n{'kind':22}{'n':>6}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for kind in sorted({r[0] for r in results}):
        times = [r[1] * 1000 for r in results if r[0] == kind]
        print(
            f"{kind:22}{len(times):6}{statistics.median(times):9.1f}"
            f"{percentile(times, 0.9):9.1f}{percentile(times, 0.99):9.1f}{max(times):9.1f}"
        )
    print(
        f"{'all':22}{len(latencies):6}{statistics.median(latencies):9.1f}"
        f"{percentile(latencies, 0.9):9.1f}{percentile(latencies, 0.99):9.1f}{max(latencies):9.1f}"
    )
    print(f"\nthroughput {len(results) / elapsed:,.0f} requests/s; errors {len(errors)} (target 0)")
    for kind, _, status in errors[:10]:
        print(f"  error: {kind} -> {status}")


if __name__ == "__main__":
    main()
