"""Scale: `kg build` against bare spaCy, workers, Dask, memory and bulk load, in one run.

    .venv/bin/python benchmarks/scale.py [--articles 2000] [--memory-at 500 5000]

The corpus is the gold articles (the seeds among them) copied under new ids with the city
names and years varied, written as a JSON Lines file. Printed side by side, each with the
issue's target:

- tokens/s and articles/s of bare ``nlp.pipe`` and of ``kg build`` (one process, in-memory
  store) over the same texts, each warmed up first (spaCy on 8 texts, the build on 8
  articles: its one-time imports and rule compiling are printed apart): the pipeline's share
  of the time;
- ``kg build --workers 2`` against ``--workers 1`` (on-disk stores);
- a Dask LocalCluster with 2 worker processes against ``--workers 2``;
- peak RSS of a one-process build of the first 500 and of 5,000 articles;
- Oxigraph's bulk load of the built graph, in quads/s.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.clean import clean
from kg.ingest import read_articles
from kg.nlp import load_nlp
from kg.pipeline import BATCH_SIZE, build
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
#: Cities swapped in, in turn, for the cities the gold articles name (a corpus of one city's
#: meetings repeated would share every meeting node and flatter the store).
CITIES = (
    "Chongqing",
    "Shanghai",
    "Jinan",
    "Tianjin",
    "Wuhan",
    "Hangzhou",
    "Xi'an",
    "Harbin",
    "Kunming",
    "Nanning",
    "Lanzhou",
    "Hefei",
    "Fuzhou",
    "Changsha",
    "Shenyang",
    "Guiyang",
)
#: Dask settings for CPU-bound extraction (the README recommends them for real clusters too):
#: the workers' statistical profiler samples every thread's stack 100 times a second.
QUIET_WORKERS = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
}
SWAPPED = re.compile(r"\b(?:Chongqing|Shanghai|Jinan|Tianjin|Hangzhou|Wuhan)\b")


def write_corpus(path: Path, articles: int) -> int:
    sources = sorted((ROOT / "tests" / "gold").glob("*.txt"))
    with path.open("w", encoding="utf-8") as out:
        for number in range(articles):
            source = sources[number % len(sources)]
            copy = number // len(sources)
            city = CITIES[copy % len(CITIES)]
            text = SWAPPED.sub(city, source.read_text(encoding="utf-8"))
            text = text.replace("2023", str(2016 + copy % 8))
            record = {"id": f"c{copy:04d}-{source.stem}", "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return articles


def timed_build(corpus: Path, store_path: Path | None, **engine) -> tuple[float, int]:
    store = open_store(store_path)
    started = time.perf_counter()
    report = build([corpus], store, **engine)
    seconds = time.perf_counter() - started
    assert report.ok, report.failures[:3]
    quads = len(store)
    store.close()
    return seconds, quads


PEAK_RSS = """
import resource, sys
from itertools import islice
from kg.ingest import read_articles
from kg.pipeline import build_articles
from kg.store import open_store
articles = islice(read_articles([sys.argv[1]]), int(sys.argv[2]))
report = build_articles(articles, open_store(sys.argv[3]))
assert report.ok
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_mb(corpus: Path, articles: int, store: Path) -> float:
    """Peak resident memory (MB) of a fresh one-process build of the first ``articles``."""
    output = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, str(corpus), str(articles), str(store)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(output.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory-at", type=int, nargs=2, default=(500, 5000))
    parser.add_argument(
        "--ratio-only",
        action="store_true",
        help="measure only kg build against bare nlp.pipe (a quick check while tuning rules)",
    )
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        write_corpus(
            corpus, args.articles if args.ratio_only else max(args.articles, *args.memory_at)
        )
        sample = work / "sample.jsonl"
        with corpus.open(encoding="utf-8") as lines, sample.open("w", encoding="utf-8") as out:
            for _ in range(args.articles):
                out.write(lines.readline())

        nlp = load_nlp()
        texts = [clean(a.text).text for a in read_articles([sample])]
        list(nlp.pipe(texts[:8]))  # warm up
        started = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))
        bare = time.perf_counter() - started
        # Warm the build up as nlp.pipe was: its first call imports the extractors and
        # compiles their rules, a once-per-process cost like loading the model (printed apart).
        warm, _ = timed_build(_head(sample, work, 8), None)
        one, _ = timed_build(sample, None)
        print(f"{args.articles} articles, {tokens} tokens, model {nlp.meta['name']}")
        print(f"{'':28}{'seconds':>9}{'tokens/s':>10}{'articles/s':>12}")
        for name, seconds in (("bare nlp.pipe", bare), ("kg build, 1 process", one)):
            print(f"{name:28}{seconds:9.1f}{tokens / seconds:10.0f}{args.articles / seconds:12.1f}")
        print(f"{'(first build of 8, warm-up)':28}{warm:9.1f}")
        rows.append(("kg build / bare nlp.pipe", f"{bare / one:.2f}", ">= 0.85"))
        if args.ratio_only:
            _print_rows(rows)
            return

        w1, quads = timed_build(sample, work / "w1")
        w2, quads2 = timed_build(sample, work / "w2", workers=2)
        assert quads == quads2
        print(f"{'--workers 1 (on disk)':28}{w1:9.1f}{'':10}{args.articles / w1:12.1f}")
        print(f"{'--workers 2 (on disk)':28}{w2:9.1f}{'':10}{args.articles / w2:12.1f}")
        rows.append(("--workers 2 speed-up over 1", f"{w1 / w2:.2f}x", ">= 1.7x"))

        import dask
        from dask.distributed import LocalCluster

        with (
            dask.config.set(QUIET_WORKERS),
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
        ):
            timed_build(
                _head(sample, work, 32), None, scheduler=cluster.scheduler_address
            )  # workers load the model
            dask, quads3 = timed_build(sample, work / "dask", scheduler=cluster.scheduler_address)
        assert quads == quads3
        print(f"{'Dask LocalCluster, 2 workers':28}{dask:9.1f}{'':10}{args.articles / dask:12.1f}")
        rows.append(("Dask (2 workers) / --workers 2 time", f"{dask / w2:.2f}", "within 10%"))

        small, large = args.memory_at
        rss_small = peak_rss_mb(corpus, small, work / "rss-small")
        rss_large = peak_rss_mb(corpus, large, work / "rss-large")
        print(
            f"peak RSS, one process: {small} articles {rss_small:.0f} MB, "
            f"{large} articles {rss_large:.0f} MB"
        )
        rows.append(
            (
                f"peak RSS growth {small} -> {large} articles",
                f"{(rss_large / rss_small - 1) * 100:+.0f}%",
                "< 20%",
            )
        )

        dump = work / "graph.nq"
        ox.Store.read_only(str(work / "w1")).dump(str(dump), ox.RdfFormat.N_QUADS)
        target = ox.Store(str(work / "bulk"))
        started = time.perf_counter()
        target.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        load = time.perf_counter() - started
        rows.append(
            (
                f"bulk load ({len(target):,} quads, on disk)",
                f"{len(target) / load:,.0f} quads/s",
                "(reported)",
            )
        )

    _print_rows(rows)


def _print_rows(rows: list[tuple[str, str, str]]) -> None:
    print(f"\n{'measure':44}{'value':>16}  target")
    for name, value, target_text in rows:
        print(f"{name:44}{value:>16}  {target_text}")


def _head(corpus: Path, work: Path, lines: int) -> Path:
    head = work / "warm.jsonl"
    with corpus.open(encoding="utf-8") as source, head.open("w", encoding="utf-8") as out:
        for _ in range(lines):
            out.write(source.readline())
    return head


if __name__ == "__main__":
    main()
