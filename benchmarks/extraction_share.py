"""The extractors' share of the CPU, parsing and extracting interleaved in one process.

    .venv/bin/python benchmarks/extraction_share.py [--articles 300]
    PYTHONPATH=<another checkout> .venv/bin/python benchmarks/extraction_share.py   # its code

`benchmarks/scale.py` times a whole build against a whole bare ``nlp.pipe``, one after the
other: on a loaded machine the two halves meet different loads. Here each batch of 20
articles is parsed and then extracted (clean, extract, resolve, RDF, the shapes check), and
the CPU time of each half is summed over two passes, so both halves see the same machine.
Printed: parsing seconds, the rest's seconds, and parse / (parse + rest), the ratio the
build's speed target is about (before the store's share, which this leaves out).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import write_corpus

from kg.clean import clean
from kg.ingest import read_articles
from kg.nlp import load_nlp
from kg.pipeline import _extract_one  # one article's work after parsing, as a build does it

BATCH = 20
PASSES = 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.articles)
        articles = list(read_articles([corpus]))
    nlp = load_nlp()
    for article in articles[:8]:  # warm both halves up: imports, rule compiling, the model
        cleaned = clean(article.text)
        _extract_one(nlp(cleaned.text), article, cleaned, True)
    parse = rest = 0.0
    for _ in range(PASSES):
        for start in range(0, len(articles), BATCH):
            batch = articles[start : start + BATCH]
            began = time.process_time()
            cleaned = [clean(article.text) for article in batch]
            rest += time.process_time() - began
            began = time.process_time()
            docs = list(nlp.pipe([c.text for c in cleaned]))
            parse += time.process_time() - began
            began = time.process_time()
            for doc, article, text in zip(docs, batch, cleaned, strict=True):
                outcome = _extract_one(doc, article, text, True)
                assert outcome.error is None, outcome.error
            rest += time.process_time() - began
    print(f"{args.articles} articles x {PASSES} passes, CPU seconds")
    print(f"parsing (nlp.pipe)          {parse:8.2f}")
    print(f"clean, extract, RDF, shapes {rest:8.2f}")
    share = parse / (parse + rest)
    print(f"parse / (parse + rest)      {share:8.3f}   (the build's target: >= 0.85)")


if __name__ == "__main__":
    main()
