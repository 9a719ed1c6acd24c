"""The pipeline, top to bottom: ingest → clean → nlp → extract → resolve → rdf → store.

Articles stream through: files are read lazily, parsed with ``nlp.pipe`` in batches,
and each article's graph is written in its own transaction as soon as it is ready.
A file that fails is reported with its name and reason; the rest of the batch goes
on, and nothing already stored is touched by a failure.

The extraction stack (spaCy and the model, the rules, the RDF builder) is imported by the
functions that run it, not here (``kg.nlp`` imports spaCy only to load a model): a build
whose articles are all unchanged never loads it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import pyoxigraph as ox

from kg.config import PIPELINE_VERSION
from kg.engines import Engine, SerialEngine, engine_for
from kg.errors import IngestError, KgError
from kg.ingest import article_from_text, read_articles
from kg.nlp import load_nlp, require_model
from kg.rdf.iris import article_iri
from kg.store.base import Store
from kg.types import Article

if TYPE_CHECKING:
    from kg.clean import Cleaned
    from kg.rdf.shapes import Violation
    from kg.resolve import Resolved

__all__ = [
    "ArticleSummary",
    "BuildReport",
    "build",
    "build_articles",
    "build_texts",
    "extract_batch",
    "extract_stream",
    "process",
    "remove",
]

#: Articles parsed together by ``nlp.pipe``; larger batches use more memory for little gain.
BATCH_SIZE = 16


@dataclass(frozen=True)
class ArticleSummary:
    """What one article contributed, for the build summary."""

    id: str
    city: str | None
    meeting: str | None
    date: str | None
    chair: str | None
    meetings: int
    officials: int
    speeches: int
    documents: int
    directives: int
    triples: int


@dataclass
class BuildReport:
    built: list[ArticleSummary] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[KgError] = field(default_factory=list)
    #: (source, source of the first article with the same text): both are kept as articles
    #: (two sites may publish the same report), and their meeting is one node either way.
    duplicates: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def totals(self) -> dict[str, int]:
        return {
            "articles": len(self.built),
            "meetings": sum(a.meetings for a in self.built),
            "officials": sum(a.officials for a in self.built),
            "cited speeches": sum(a.speeches for a in self.built),
            "documents": sum(a.documents for a in self.built),
            "directives": sum(a.directives for a in self.built),
            "triples": sum(a.triples for a in self.built),
        }


def build(
    paths: Iterable[Path | str],
    store: Store,
    *,
    model: str | None = None,
    rebuild: bool = False,
    on_article: Callable[[str], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    journal: Path | str | None = None,
) -> BuildReport:
    """Build every article under ``paths`` into ``store``; see :class:`BuildReport`.

    ``on_article`` is called with each file's name once it is done (built, skipped or failed),
    for progress bars. ``workers`` > 1 extracts in that many local processes; ``scheduler``
    (``tcp://host:8786``) on an existing Dask cluster. The graph is the same either way.
    ``journal``: a file to which each article's id and source are appended (and flushed)
    the moment its graph is committed, an exact record of what a killed build stored.
    """
    engine = engine_for(workers, scheduler)
    log = open(journal, "a", encoding="utf-8") if journal else None  # noqa: SIM115
    try:
        return build_articles(
            read_articles(paths),
            store,
            model=model,
            rebuild=rebuild,
            on_article=on_article,
            engine=engine,
            journal=log,
        )
    finally:
        engine.close()
        if log is not None:
            log.close()


def build_texts(
    texts: Iterable[str | tuple[str, str]],
    store: Store,
    *,
    model: str | None = None,
    rebuild: bool = False,
) -> BuildReport:
    """Build articles given as text (for notebooks): plain strings get ids ``text-1``,
    ``text-2``...; ``(id, text)`` pairs keep their id."""

    def articles() -> Iterator[Article | IngestError]:
        for number, item in enumerate(texts, start=1):
            article_id, text = item if isinstance(item, tuple) else (f"text-{number}", item)
            try:
                yield article_from_text(article_id, text, source=f"<text {article_id}>")
            except IngestError as exc:
                yield exc

    return build_articles(articles(), store, model=model, rebuild=rebuild)


def build_articles(
    items: Iterable[Article | IngestError],
    store: Store,
    *,
    model: str | None = None,
    rebuild: bool = False,
    on_article: Callable[[str], None] | None = None,
    engine: Engine | None = None,
    journal: TextIO | None = None,
) -> BuildReport:
    """Build already-read articles (failures pass through to the report).

    Extraction runs on ``engine`` (this process by default; see :mod:`kg.engines`); each
    article's graph is written here, in its own transaction, as soon as its batch is back.
    An interrupted build keeps every article written so far, and the next run skips them.
    """
    report = BuildReport()
    known = {} if rebuild else _stored_versions(store)
    tick = on_article or (lambda _name: None)

    def changed(article: Article) -> bool:
        stored = known.get(article_iri(article.id).value)
        if stored != (article.content_hash, PIPELINE_VERSION):
            return True
        report.unchanged.append(article.id)
        tick(article.source)
        return False

    items = _noting_duplicates(items, report)
    for outcome in extract_stream(items, report, tick, model=model, engine=engine, keep=changed):
        try:
            store.replace_graph(article_iri(outcome.article_id), outcome.quad_list())
        except KgError as exc:
            report.failures.append(IngestError(outcome.source, str(exc)))
        else:
            report.built.append(outcome.summary)
            if journal is not None:
                journal.write(f"{outcome.article_id}\t{outcome.source}\n")
                journal.flush()
        tick(outcome.source)
    return report


def _noting_duplicates(
    items: Iterable[Article | IngestError], report: BuildReport
) -> Iterator[Article | IngestError]:
    first_with: dict[bytes, str] = {}  # 16 bytes of a text's SHA-256 -> its first source
    for item in items:
        if isinstance(item, Article):
            digest = hashlib.sha256(item.text.encode("utf-8")).digest()[:16]
            first = first_with.setdefault(digest, item.source)
            if first != item.source:
                report.duplicates.append((item.source, first))
        yield item


def extract_stream(
    items: Iterable[Article | IngestError],
    report: BuildReport,
    tick: Callable[[str], None],
    *,
    model: str | None = None,
    engine: Engine | None = None,
    keep: Callable[[Article], bool] = lambda _article: True,
) -> Iterator[Extracted]:
    """Extract ``items`` on ``engine`` and yield each article that succeeded, in input order.

    Input and extraction failures go to ``report`` and are ticked here; successes are the
    caller's to record and tick once it has stored them. ``keep`` filters articles before
    extraction (and does its own reporting of those it drops).

    The model is loaded when the first article to extract comes, not before (it takes
    seconds): a build in which ``keep`` drops every article never loads it. A model that is
    not installed is one clear error before anything runs, on any engine."""
    require_model(model)  # a missing model is one clear error before anything runs
    engine = engine or SerialEngine()
    in_process = isinstance(engine, SerialEngine)

    def todo() -> Iterator[Article]:
        model_checked = False
        for article in items:
            if isinstance(article, IngestError):
                report.failures.append(article)
                tick(article.source)
            elif keep(article):
                if not model_checked:
                    load_nlp(model)
                    model_checked = True
                yield article

    for outcomes in engine.map(extract_batch, in_batches(todo(), BATCH_SIZE), model, in_process):
        for outcome in outcomes:
            if outcome.error is None:
                yield outcome
            else:
                report.failures.append(IngestError(outcome.source, outcome.error))
                tick(outcome.source)


@dataclass(frozen=True)
class Extracted:
    """One article's result as it travels back from a worker: its quads (as N-Quads bytes
    when it crossed a process boundary, parsing being 5x faster than unpickling quads),
    or the reason it failed."""

    article_id: str
    source: str
    summary: ArticleSummary | None = None
    quads: list[ox.Quad] | None = None
    nquads: bytes | None = None
    error: str | None = None

    def quad_list(self) -> list[ox.Quad]:
        if self.quads is not None:
            return self.quads
        return list(ox.parse(self.nquads or b"", format=ox.RdfFormat.N_QUADS))


def extract_batch(
    articles: list[Article], model: str | None = None, in_process: bool = True
) -> list[Extracted]:
    """clean → nlp → extract → resolve → rdf for a batch of articles (runs on any engine).

    ``in_process``: keep the quads as objects; otherwise send them back as N-Quads bytes."""
    from kg.clean import clean

    nlp = load_nlp(model)
    pairs = [(article, clean(article.text)) for article in articles]
    docs = nlp.pipe((cleaned.text for _, cleaned in pairs), batch_size=BATCH_SIZE)
    return [
        _extract_one(doc, article, cleaned, in_process)
        for doc, (article, cleaned) in zip(docs, pairs, strict=True)
    ]


def _extract_one(doc, article: Article, cleaned: Cleaned, in_process: bool) -> Extracted:
    from kg.extract import extract
    from kg.rdf.build import article_quads
    from kg.rdf.shapes import check_quads
    from kg.resolve import resolve

    try:
        resolved = resolve(extract(article, cleaned, doc))
        quads = article_quads(resolved)
        if violations := check_quads(quads):
            raise KgError(_shapes_message(violations))
    except KgError as exc:
        return Extracted(article.id, article.source, error=str(exc))
    except Exception as exc:  # a rule bug must not cost the rest of the batch
        return Extracted(
            article.id,
            article.source,
            error=f"extraction failed ({type(exc).__name__}: {exc})",
        )
    summary = summarize(resolved, len(quads))
    if in_process:
        return Extracted(article.id, article.source, summary, quads=quads)
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    return Extracted(article.id, article.source, summary, nquads=nquads)


def _shapes_message(violations: list[Violation]) -> str:
    first = violations[0]
    where = f"{first.focus} {first.path}" if first.path else first.focus
    more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
    return (
        f"its graph breaks the SHACL shapes, so it was not stored: {where}: {first.message}{more}"
    )


def in_batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def remove(store: Store, article_ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """Drop each article's named graph (and nothing else); return (removed, not found)."""
    removed, missing = [], []
    for article_id in article_ids:
        (removed if store.remove_graph(article_iri(article_id)) else missing).append(article_id)
    return removed, missing


def process(article: Article, model: str | None = None) -> Resolved:
    """Run one article through clean → nlp → extract → resolve (for notebooks and tests)."""
    from kg.clean import clean
    from kg.extract import extract
    from kg.resolve import resolve

    cleaned = clean(article.text)
    return resolve(extract(article, cleaned, load_nlp(model)(cleaned.text)))


def summarize(resolved: Resolved, triples: int) -> ArticleSummary:
    first = resolved.meetings[0] if resolved.meetings else None
    date = first.record.date.value if first and first.record.date else None
    return ArticleSummary(
        id=resolved.article.id,
        city=resolved.city.name if resolved.city else None,
        meeting=first.record.meeting_type if first else None,
        date=date.isoformat() if date else None,
        chair=first.chair.name if first and first.chair else None,
        meetings=len(resolved.meetings),
        officials=sum(1 for p in resolved.people.values() if p.is_official),
        speeches=len(resolved.speeches),
        documents=len(resolved.documents),
        directives=len(resolved.directives),
        triples=triples,
    )


def _stored_versions(store: Store) -> dict[str, tuple[str, str]]:
    rows = store.query(
        "SELECT ?article ?hash ?version WHERE { GRAPH ?article { "
        "?article pol:contentHash ?hash ; pol:pipelineVersion ?version } }"
    )
    return {r["article"].value: (r["hash"].value, r["version"].value) for r in rows}
