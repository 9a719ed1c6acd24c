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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import pyoxigraph as ox

from kg.engines import Engine, SerialEngine, engine_for
from kg.errors import IngestError, KgError
from kg.ingest import article_from_text, read_articles
from kg.ingest.article import explained, unexpected
from kg.nlp import load_nlp, require_model
from kg.rdf.iris import article_iri
from kg.store.base import Store
from kg.types import Article
from kg.version import pipeline_version

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
    #: Records per element of the registry (:mod:`kg.elements`), by its summary name.
    counts: dict[str, int]
    triples: int


@dataclass
class BuildReport:
    built: list[ArticleSummary] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[KgError] = field(default_factory=list)
    #: (source, source of the first article with the same text): both are kept as articles
    #: (two sites may publish the same report), and their meeting is one node either way.
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    #: (source, source of the first): the same article (id and content) given twice in one
    #: build, say a folder and a file in it; built once.
    repeated: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def totals(self) -> dict[str, int]:
        from kg.elements import ELEMENTS

        totals = {"articles": len(self.built)}
        for name in (e.summary for e in ELEMENTS if e.summary):
            totals[name] = sum(a.counts[name] for a in self.built)
        totals["triples"] = sum(a.triples for a in self.built)
        return totals


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
    include: Sequence[str] = (),
) -> BuildReport:
    """Build every article under ``paths`` into ``store``; see :class:`BuildReport`.

    ``on_article`` is called with each file's name once it is done (built, skipped or failed),
    for progress bars. ``workers`` > 1 extracts in that many local processes; ``scheduler``
    (``tcp://host:8786``) on an existing Dask cluster. The graph is the same either way.
    ``journal``: a file to which each article's id and source are appended (and flushed)
    the moment its graph is committed, an exact record of what a killed build stored.
    ``include``: glob patterns of files to read in folders besides articles (``*.md``).
    """
    engine = engine_for(workers, scheduler)
    log = open(journal, "a", encoding="utf-8") if journal else None  # noqa: SIM115
    try:
        return build_articles(
            read_articles(paths, include),
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
        if stored != (article.content_hash, pipeline_version()):
            return True
        report.unchanged.append(article.id)
        tick(article.source)
        return False

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

    seen = _Seen(report)

    def admitted(article: Article) -> bool:
        try:
            if seen.first_time(article):
                return keep(article)  # which ticks the articles it drops
        except Exception as exc:  # an article object no reader checked (an id not Unicode)
            report.failures.append(unexpected(article.source, "could not be built", exc))
        tick(article.source)
        return False

    def todo() -> Iterator[Article]:
        for article in items:
            if isinstance(article, IngestError):
                report.failures.append(article)
                tick(article.source)
            elif admitted(article):
                yield article

    batches = in_batches(todo(), BATCH_SIZE)
    for outcomes in engine.map(extract_batch, batches, model, in_process, on_error=_failed_batch):
        for outcome in outcomes:
            if outcome.error is None:
                yield outcome
            else:
                report.failures.append(IngestError(outcome.source, outcome.error))
                tick(outcome.source)


class _Seen:
    """The articles given so far in one build, to keep one article per IRI.

    A second article under an IRI already given is not built: the same content given twice
    (a folder and a file in it) is built once; another content is a failure, never stored
    over the first. Texts given under two ids are both built, and noted as duplicates.
    (Article IRIs are as distinct as ids, :func:`kg.rdf.iris.article_iri`.)"""

    def __init__(self, report: BuildReport) -> None:
        self.report = report
        #: 16 bytes of SHA-256s (of the article IRI -> of its id and content, and its source)
        self.by_iri: dict[bytes, tuple[bytes, str]] = {}
        self.by_text: dict[bytes, str] = {}  # 16 bytes of a text's SHA-256 -> its first source

    def first_time(self, article: Article) -> bool:
        key = _digest(article_iri(article.id).value)
        content = _digest(f"{article.id}\n{article.content_hash}")
        if (first := self.by_iri.get(key)) is not None:
            self._again(article, same_content=first[0] == content, first_source=first[1])
            return False
        self.by_iri[key] = (content, article.source)
        text_first = self.by_text.setdefault(_digest(article.text), article.source)
        if text_first != article.source:
            self.report.duplicates.append((article.source, text_first))
        return True

    def _again(self, article: Article, *, same_content: bool, first_source: str) -> None:
        if same_content:
            self.report.repeated.append((article.source, first_source))
            return
        self.report.failures.append(
            IngestError(
                article.source,
                f"has the same article id {article.id!r} as {first_source}, but a different "
                "content; not built (an id is the file's path relative to the folder given, its "
                "stem when named alone, or the JSON Lines 'id')",
            )
        )


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()[:16]


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

    ``in_process``: keep the quads as objects; otherwise send them back as N-Quads bytes.
    The batch is parsed together (``nlp.pipe``); if that raises, the articles not yet parsed
    go one by one, so an article that breaks spaCy fails alone."""
    from kg.clean import clean

    nlp = load_nlp(model)
    done: list[Extracted] = []
    try:
        pairs = [(article, clean(article.text)) for article in articles]
        docs = nlp.pipe((cleaned.text for _, cleaned in pairs), batch_size=BATCH_SIZE)
        for doc, (article, cleaned) in zip(docs, pairs, strict=True):
            done.append(_extract_one(doc, article, cleaned, in_process))
    except Exception:
        done += [_extract_alone(nlp, article, in_process) for article in articles[len(done) :]]
    return done


def _extract_alone(nlp, article: Article, in_process: bool) -> Extracted:
    from kg.clean import clean

    try:
        cleaned = clean(article.text)
        doc = nlp(cleaned.text)
    except Exception as exc:
        return _failed(article, exc)
    return _extract_one(doc, article, cleaned, in_process)


def _extract_one(doc, article: Article, cleaned: Cleaned, in_process: bool) -> Extracted:
    from kg.extract import extract
    from kg.rdf.build import article_graph
    from kg.rdf.shapes import check_triples
    from kg.resolve import resolve

    try:
        resolved = resolve(extract(article, cleaned, doc))
        graph = article_graph(resolved)
        if violations := check_triples(graph.triples):
            raise KgError(_shapes_message(violations))
        quads = graph.quads
        summary = summarize(resolved, len(quads))
        if in_process:
            return Extracted(article.id, article.source, summary, quads=quads)
        nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        return Extracted(article.id, article.source, summary, nquads=nquads)
    except KgError as exc:
        return Extracted(article.id, article.source, error=str(exc))
    except Exception as exc:  # a rule bug must not cost the rest of the batch
        return _failed(article, exc)


def _failed(article: Article, exc: Exception) -> Extracted:
    return Extracted(article.id, article.source, error=explained("extraction failed", exc))


def _failed_batch(batch: list[Article], exc: Exception) -> list[Extracted]:
    """Each article of a batch whose task raised on the engine (in a worker, say) as failed."""
    return [_failed(article, exc) for article in batch]


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


def _count(resolved: Resolved, element: str) -> int:
    if element == "people":  # people found are counted once resolved as officials
        return sum(1 for p in resolved.people.values() if p.is_official)
    return len(getattr(resolved, element))


def summarize(resolved: Resolved, triples: int) -> ArticleSummary:
    from kg.elements import ELEMENTS

    first = resolved.meetings[0] if resolved.meetings else None
    date = first.record.date.value if first and first.record.date else None
    return ArticleSummary(
        id=resolved.article.id,
        city=resolved.city.name if resolved.city else None,
        meeting=first.record.meeting_type if first else None,
        date=date.isoformat() if date else None,
        chair=first.chair.name if first and first.chair else None,
        counts={e.summary: _count(resolved, e.name) for e in ELEMENTS if e.summary is not None},
        triples=triples,
    )


def _stored_versions(store: Store) -> dict[str, tuple[str, str]]:
    rows = store.query(
        "SELECT ?article ?hash ?version WHERE { GRAPH ?article { "
        "?article pol:contentHash ?hash ; pol:pipelineVersion ?version } }"
    )
    return {r["article"].value: (r["hash"].value, r["version"].value) for r in rows}
