"""Throughput of `kg build` against bare spaCy `nlp.pipe` over the same texts, in one run.

    .venv/bin/python benchmarks/pipeline_vs_spacy.py [--copies 10]

The corpus is the seeds and the gold articles, repeated ``--copies`` times under new ids.
Both sides parse the same cleaned texts with the same model and batch size; the pipeline
side also cleans, extracts, resolves, builds RDF and writes an in-memory Oxigraph store.
Prints tokens/s and articles/s of each and their ratio (the issue's target is >= 0.85).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.clean import clean
from kg.nlp import load_nlp
from kg.pipeline import BATCH_SIZE, build
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def corpus(copies: int, folder: Path) -> list[Path]:
    sources = sorted(
        [
            *(ROOT / "seeds").glob("*.txt"),
            *(ROOT / "tests" / "gold").glob("g*.txt"),
            *(ROOT / "tests" / "gold").glob("h*.txt"),
        ]
    )
    paths = []
    for copy in range(copies):
        for source in sources:
            path = folder / f"c{copy:03d}_{source.name}"
            path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
            paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    nlp = load_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        paths = corpus(args.copies, Path(tmp))
        texts = [clean(p.read_text(encoding="utf-8")).text for p in paths]
        tokens = sum(len(doc) for doc in nlp.pipe(texts[:5]))  # warm up
        started = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))
        bare = time.perf_counter() - started
        started = time.perf_counter()
        report = build(paths, open_store(None))
        full = time.perf_counter() - started
    assert not report.failures, report.failures
    print(f"{len(paths)} articles, {tokens} tokens, model {nlp.meta['name']} {nlp.meta['version']}")
    print(f"{'':24}{'seconds':>10}{'tokens/s':>12}{'articles/s':>12}")
    for name, seconds in (("bare nlp.pipe", bare), ("kg build (in-memory)", full)):
        print(f"{name:24}{seconds:10.2f}{tokens / seconds:12.0f}{len(paths) / seconds:12.1f}")
    print(f"ratio kg build / bare spaCy throughput: {bare / full:.2f}  (target >= 0.85)")


if __name__ == "__main__":
    main()
