"""The ``kg`` command: each command calls one library function and prints its result.

Library errors (:class:`kg.errors.KgError`) become one clear line and exit status 1.
Each command imports the library it calls inside its body: spaCy, pyshacl, networkx and
rdflib take seconds to import, and ``kg --help`` or ``kg query`` need none of them
(``tests/test_startup.py`` keeps it so).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from kg.config import DEFAULT_MODEL, DEFAULT_STORE, PROJECT_ROOT
from kg.errors import KgError

if TYPE_CHECKING:
    from kg.evaluate import MergeReport
    from kg.pipeline import BuildReport
    from kg.query import Param, QueryResult
    from kg.store import Store

#: ``kg export`` choices, named here for the help text without importing networkx; a test
#: checks they are the exporter's (tests/test_startup.py).
EXPORT_FORMATS = ("graphml", "gexf", "trig", "nquads", "turtle", "ntriples", "jsonld")
EXPORT_VIEWS = ("full", "people", "speeches", "concepts")

app = typer.Typer(
    help="policykg: build a knowledge graph of policy directives from meeting reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Off a terminal (pipes, CI logs) rich would wrap tables at 80 columns: give them room.
out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)

StoreOption = Annotated[
    Path,
    typer.Option("--store", "-s", envvar="KG_STORE", help="Folder of the embedded Oxigraph store."),
]


EndpointOption = Annotated[
    str | None,
    typer.Option(
        "--endpoint",
        envvar="KG_ENDPOINT",
        help="Query URL of a SPARQL 1.1 server to use instead of the embedded store.",
    ),
]
ModelOption = Annotated[
    str,
    typer.Option("--model", "-m", envvar="KG_MODEL", help="Installed spaCy English pipeline."),
]


def open_store(
    path: Path | str | None, *, read_only: bool = False, endpoint: str | None = None
) -> Store:
    """:func:`kg.store.open_store`, imported when a command opens a store (its remote backend
    brings urllib and http.client: 20 ms of every start-up otherwise)."""
    from kg.store import open_store

    return open_store(path, read_only=read_only, endpoint=endpoint)


def _checkout_folder(name: str, example: str) -> Path:
    """``name`` in the current folder or in the checkout policykg runs from; an installed
    policykg has neither, and says what to give instead."""
    for folder in (Path(name), PROJECT_ROOT / name):
        if folder.is_dir():
            return folder
    raise _fail(f"no {name}/ here to default to: name the folder, e.g. {example}")


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


#: Above this many articles the build summary leaves out its one-row-per-article table.
ARTICLE_TABLE_LIMIT = 50


class ArticlesPerSecond(ProgressColumn):
    """The build's speed, in articles per second."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:5.1f} articles/s" if speed else "   ?  articles/s", style="cyan")


@app.command()
def build(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Article files, or folders walked for .txt, .html and .jsonl(.gz) files "
            "(default: seeds/)."
        ),
    ] = None,
    store: StoreOption = Path(DEFAULT_STORE),
    endpoint: EndpointOption = None,
    model: ModelOption = DEFAULT_MODEL,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Re-extract articles even when unchanged.")
    ] = False,
    workers: WorkersOption = 1,
    scheduler: SchedulerOption = None,
    journal: Annotated[
        Path | None,
        typer.Option(
            "--journal",
            help="Append each article's id and source to this file as soon as it is stored.",
        ),
    ] = None,
    include: IncludeOption = None,
) -> None:
    """Extract the graph from articles (text files, folders, JSON Lines corpora) into the
    store, one named graph per article. Interrupted builds resume on the next run.

    Example: kg build corpus.jsonl.gz --workers 2 --store kg-store
    """
    from kg import pipeline
    from kg.ingest import count_articles

    paths = paths or [_checkout_folder("seeds", "kg build corpus/")]
    total = count_articles(paths, include or ())
    kg_store = None
    try:
        kg_store = open_store(store, endpoint=endpoint)
        with _progress("building", total) as tick:
            report = pipeline.build(
                paths,
                kg_store,
                model=model,
                rebuild=rebuild,
                on_article=tick,
                workers=workers,
                scheduler=scheduler,
                journal=journal,
                include=include or (),
            )
    except KgError as exc:
        raise _fail(str(exc)) from exc
    except KeyboardInterrupt:
        raise _fail(
            "interrupted: every article reported done is stored; run the same command again "
            "to resume",
            code=130,
        ) from None
    finally:
        if kg_store is not None:
            kg_store.close()
    _print_report(report, endpoint or store)
    if not report.ok:
        raise typer.Exit(1)


@contextmanager
def _progress(verb: str, total: int) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr (when it is a terminal); yields the per-article tick."""
    with Progress(
        TextColumn(f"[bold]{verb}"),
        BarColumn(),
        MofNCompleteColumn(),
        ArticlesPerSecond(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}"),
        console=err,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task(verb, total=total, name="")
        yield lambda name: progress.update(task, advance=1, name=Path(name).name)


IncludeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--include",
        help="Also read files matching this glob pattern in folders (repeatable), e.g. '*.md'; "
        "folders are walked for .txt, .html, .htm and .jsonl(.gz) files.",
    ),
]
WorkersOption = Annotated[
    int, typer.Option("--workers", "-w", help="Local processes extracting in parallel.")
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Extract on an existing Dask cluster, e.g. tcp://10.0.0.5:8786.",
        envvar="KG_SCHEDULER",
    ),
]


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Article files, folders, or JSON Lines corpora.")
    ],
    output: Annotated[Path, typer.Option("--out", "-o", help="Folder for the N-Quads files.")],
    model: ModelOption = DEFAULT_MODEL,
    workers: WorkersOption = 1,
    scheduler: SchedulerOption = None,
    include: IncludeOption = None,
) -> None:
    """Extract articles to N-Quads files (part-00000.nq, ...) without a store, for very
    large runs or another server's bulk loader; `kg load` reads them back.

    Example: kg extract corpus.jsonl.gz --out parts/ --workers 2
    """
    from kg import bulk
    from kg.ingest import count_articles

    try:
        with _progress("extracting", count_articles(paths, include or ())) as tick:
            report = bulk.extract_to_files(
                paths,
                output,
                model=model,
                workers=workers,
                scheduler=scheduler,
                on_article=tick,
                include=include or (),
            )
    except KgError as exc:
        raise _fail(str(exc)) from exc
    except KeyboardInterrupt:
        raise _fail("interrupted: the part files written so far are complete", code=130) from None
    for failure in report.failures:
        err.print(f"[red]failed:[/] {failure}", highlight=False)
    out.print(
        f"extracted {len(report.built)} articles ({report.totals()['triples']} quads) "
        f"into {output}; {len(report.failures)} failed"
    )
    if not report.ok:
        raise typer.Exit(1)


@app.command("load")
def load_command(
    paths: Annotated[list[Path], typer.Argument(help="N-Quads files or folders of *.nq.")],
    store: StoreOption = Path(DEFAULT_STORE),
    endpoint: EndpointOption = None,
) -> None:
    """Load N-Quads files written by `kg extract` into the store (Oxigraph's bulk loader
    when the store is empty; one transaction per article graph otherwise).

    Example: kg load parts/ --store kg-store
    """
    from kg import bulk

    kg_store = None
    try:
        kg_store = open_store(store, endpoint=endpoint)
        started = time.perf_counter()
        report = bulk.load_files(kg_store, paths)
        seconds = time.perf_counter() - started
    except KgError as exc:
        raise _fail(str(exc)) from exc
    finally:
        if kg_store is not None:
            kg_store.close()
    how = "bulk-loaded" if report.bulk else "loaded"
    out.print(
        f"{how} {report.quads} quads from {len(report.files)} files in {seconds:.1f} s "
        f"({report.quads / max(seconds, 1e-9):,.0f} quads/s); the store holds "
        f"{report.graphs} article graphs"
    )


def _print_report(report: BuildReport, store: Path | str) -> None:
    if report.built and len(report.built) > ARTICLE_TABLE_LIMIT:
        out.print(
            f"{len(report.built)} articles built (per-article table left out above "
            f"{ARTICLE_TABLE_LIMIT}; `kg query meetings` lists what they hold)"
        )
    elif report.built:
        table = Table(title="Articles built", title_justify="left")
        from kg.elements import ELEMENTS

        counted = [e.summary for e in ELEMENTS if e.summary and e.summary != "meetings"]
        for column in ("article", "city", "meeting", "date", "chair"):
            table.add_column(column, justify="left")
        for column in (*counted, "triples"):
            table.add_column(column.removeprefix("cited "), justify="right")
        for a in report.built:
            table.add_row(
                a.id,
                a.city or "-",
                a.meeting or "-",
                a.date or "-",
                a.chair or "-",
                *(str(a.counts[name]) for name in counted),
                str(a.triples),
            )
        out.print(table)
    summary = Table(title="Summary", title_justify="left", show_header=False)
    for name, value in report.totals().items():
        summary.add_row(name, str(value))
    summary.add_row("unchanged (skipped)", str(len(report.unchanged)))
    summary.add_row("duplicate texts (kept)", str(len(report.duplicates)))
    summary.add_row("given twice (built once)", str(len(report.repeated)))
    summary.add_row("failed", str(len(report.failures)))
    out.print(summary)
    for source, first in report.duplicates:
        out.print(f"[yellow]duplicate:[/] {source} has the same text as {first}", highlight=False)
    for source, first in report.repeated:
        out.print(f"given twice: {source} is {first} again (same id and content)", highlight=False)
    for failure in report.failures:
        err.print(f"[red]failed:[/] {failure}", highlight=False)
    out.print(f"store: {store}")


@app.command("query")
def query_command(
    sparql: Annotated[
        str | None,
        typer.Argument(help="SPARQL text, @file.rq, or the name of a shipped query."),
    ] = None,
    store: StoreOption = Path(DEFAULT_STORE),
    endpoint: EndpointOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="table, csv, tsv or json (SPARQL results JSON).")
    ] = "table",
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="NAME=VALUE for a named query's parameter."),
    ] = None,
    default_graph: Annotated[
        list[str] | None,
        typer.Option(
            "--default-graph",
            help="IRI of a graph to query as the default graph (repeatable; overrides FROM).",
        ),
    ] = None,
    named_graph: Annotated[
        list[str] | None,
        typer.Option(
            "--named-graph",
            help="IRI of a graph GRAPH may match (repeatable; overrides FROM NAMED).",
        ),
    ] = None,
    base: Annotated[
        str | None,
        typer.Option("--base", help="Base IRI for relative IRIs (default: the id namespace)."),
    ] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the shipped queries.")] = False,
) -> None:
    """Answer a SPARQL query. Without FROM, FROM NAMED, --default-graph or --named-graph the
    default graph is the union of all articles; relative IRIs resolve against the instance
    namespace https://w3id.org/policykg/id/.

    Example: kg query meetings        (or: kg query city-directives -p city=Chongqing -f csv)
    """
    from kg import query

    try:
        if list_:
            _print_query_list()
            return
        if sparql is None:
            raise _fail("give a query (SPARQL text, @file.rq or a name; see kg query --list)")
        if fmt not in query.FORMATS:
            raise _fail(f"unknown format {fmt!r} (choose from {', '.join(query.FORMATS)})")
        params = dict(_split_param(p) for p in param or [])
        kg_store = open_store(store, read_only=True, endpoint=endpoint)
        result = query.run_query(
            kg_store,
            sparql,
            params,
            default_graphs=default_graph,
            named_graphs=named_graph,
            base_iri=base,
        )
    except KgError as exc:
        raise _fail(str(exc)) from exc
    _print_result(result, fmt)


def _split_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise _fail(f"--param takes NAME=VALUE, got {text!r}")
    return name, value


def _print_query_list() -> None:
    from kg import query

    table = Table(title="Shipped queries (ontology/queries/)", title_justify="left")
    table.add_column("name")
    table.add_column("title")
    table.add_column("parameters")
    for q in query.list_queries():
        table.add_row(q.name, q.title, ", ".join(_describe(p) for p in q.params))
    out.print(table)


def _describe(param: Param) -> str:
    return f"{param.name} ({param.datatype}{', optional' if param.optional else ''})"


def _print_result(result: QueryResult, fmt: str) -> None:
    from kg import query

    if result.boolean is not None and fmt == "table":
        out.print("yes" if result.boolean else "no")
    elif fmt == "csv":
        print(result.to_csv(), end="")
    elif fmt == "tsv":
        print(result.to_tsv(), end="")
    elif fmt == "json":
        print(result.to_json())
    else:
        table = Table(show_lines=False)
        for column in result.columns:
            table.add_column(column, overflow="fold")
        for row in result.rows:
            table.add_row(*(query.display(term) for term in row))
        out.print(table)
        out.print(f"{len(result.rows)} rows")


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help=f"One of: {', '.join(EXPORT_FORMATS)}."),
    ],
    output: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    store: StoreOption = Path(DEFAULT_STORE),
    endpoint: EndpointOption = None,
    view: Annotated[
        str,
        typer.Option(
            "--view",
            help=f"GraphML/GEXF: one of {', '.join(EXPORT_VIEWS)} (people: co-presence "
            "of officials; speeches: cities and the speeches they studied; concepts: cities "
            "and slogans).",
        ),
    ] = "full",
    with_provenance: Annotated[
        bool,
        typer.Option(
            "--with-provenance", help="GraphML/GEXF full view: keep mention and article nodes."
        ),
    ] = False,
) -> None:
    """Write the graph for Gephi (GraphML, GEXF with time) or as Turtle, TriG, N-Quads,
    N-Triples, JSON-LD.

    Example: kg export --format gexf --view speeches --out speeches.gexf
    """
    from kg import export as exporting

    try:
        kg_store = open_store(store, read_only=True, endpoint=endpoint)
        count = exporting.export(kg_store, output, fmt, view=view, with_provenance=with_provenance)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    unit = "nodes" if fmt in exporting.GRAPH_FORMATS else "statements"
    out.print(f"wrote {output} ({count} {unit})")


@app.command("eval")
def eval_command(
    gold_dir: Annotated[
        Path | None,
        typer.Argument(
            help="Folder of gold articles: <id>.txt with <id>.json beside it "
            "(default: tests/gold/ of the checkout)."
        ),
    ] = None,
    model: ModelOption = DEFAULT_MODEL,
    details: Annotated[
        bool, typer.Option("--details/--no-details", help="List every miss and false hit.")
    ] = True,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 when an element is below its F1 target.")
    ] = False,
    texts: Annotated[
        Path | None,
        typer.Option(
            help="Real-report gold only: the folder of <id>.txt texts its offsets point into."
        ),
    ] = None,
    split: Annotated[
        str | None,
        typer.Option(
            help="Real-report gold only: score one split of splits.tsv (dev, test), or one "
            "fixed half of it (dev/a, dev/b) to tune on one half and check on the other."
        ),
    ] = None,
) -> None:
    """Score extraction against hand-made gold: precision, recall, F1 per element.

    Gold in the real-report schema (<id>.json with offsets into texts kept elsewhere) is
    scored as ../shared/realdev/score.py scores it, with every miss and false hit listed.

    Example: kg eval tests/gold --check

    Example: kg eval tests/realdev --texts ../shared/realdev/docs --split dev
    """
    from kg.evaluate import ELEMENTS, TARGETS, evaluate, evaluate_merges
    from kg.evaluate.realdev import is_real_gold

    gold_dir = gold_dir or _checkout_folder("tests/gold", "kg eval my-gold/")
    if is_real_gold(gold_dir):
        _eval_real(gold_dir, texts, split, model, details, check)
        return
    try:
        report = evaluate(gold_dir, model=model)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    table = Table(
        title=f"Extraction vs gold ({report.articles} articles in {gold_dir})", title_justify="left"
    )
    for column in ("element", "precision", "recall", "F1", "target", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "element" else "right")
    for element in ELEMENTS:
        score = report.scores[element]
        target = TARGETS.get(element)
        status = "" if target is None else (" ✓" if score.f1 >= target else " ✗")
        table.add_row(
            element,
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}{status}",
            f"{target:.2f}" if target else "-",
            str(score.true_positives),
            str(score.false_positives),
            str(score.false_negatives),
        )
    out.print(table)
    if details:
        for element in ELEMENTS:
            score = report.scores[element]
            for miss in score.misses:
                out.print(f"[yellow]miss[/] {element}: {miss}", highlight=False)
            for hit in score.false_hits:
                out.print(f"[red]false hit[/] {element}: {hit}", highlight=False)
    if (gold_dir / "merges.json").exists():
        _print_merges(evaluate_merges(gold_dir, model=model))
    below = report.below_target()
    if check and below:
        raise _fail(
            "below target: " + ", ".join(f"{e} {f:.3f} < {t:.2f}" for e, (f, t) in below.items())
        )


def _eval_real(
    gold_dir: Path, texts: Path | None, split: str | None, model: str, details: bool, check: bool
) -> None:
    from kg.evaluate.realdev import REAL_ELEMENTS, REAL_TARGETS, evaluate_real, split_ids

    if texts is None:
        raise _fail(
            f"{gold_dir} holds real-report gold, whose offsets point into texts kept elsewhere: "
            "give their folder with --texts (e.g. --texts ../shared/realdev/docs)"
        )
    try:
        only = split_ids(texts, split) if split else None
        report = evaluate_real(gold_dir, texts, only=only, model=model)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    what = f"{report.articles} reports" + (f", {split} split" if split else "")
    table = Table(title=f"Extraction vs real-report gold ({what})", title_justify="left")
    for column in ("element", "precision", "recall", "F1 / acc", "target", "found", "wanted"):
        table.add_column(column, justify="left" if column == "element" else "right")
    for element in REAL_ELEMENTS:
        tally, value = report.scores[element], report.value(element)
        target = REAL_TARGETS[element]
        accuracy = tally.predicted == 0 and element in ("date", "chair", "city")
        table.add_row(
            element,
            "-" if accuracy else f"{tally.precision:.3f}",
            f"{tally.recall:.3f}",
            f"{value:.3f}" + (" ✓" if value >= target else " ✗"),
            f"{target:.2f}",
            f"{tally.predicted_right}/{tally.predicted}" if not accuracy else "-",
            f"{tally.wanted_found}/{tally.wanted}",
        )
    out.print(table)
    if details:
        for element in REAL_ELEMENTS:
            for miss in report.scores[element].misses:
                out.print(f"[yellow]miss[/] {element}: {miss}", highlight=False)
            for hit in report.scores[element].false_hits:
                out.print(f"[red]false hit[/] {element}: {hit}", highlight=False)
    for failure in report.failures:
        out.print(f"[red]not built (scored as empty)[/] {failure}", highlight=False)
    out.print(report.summary_line(), highlight=False)
    below = report.below(REAL_TARGETS)
    if check and below:
        raise _fail(
            "below target: " + ", ".join(f"{e} {f:.3f} < {t:.2f}" for e, (f, t) in below.items())
        )


def _print_merges(merges: MergeReport) -> None:
    out.print(
        f"merges across articles: precision {merges.precision:.3f}, recall {merges.recall:.3f} "
        f"({merges.pairs_correct} of {merges.pairs_merged} merged pairs right, "
        f"{merges.pairs_expected} expected)"
    )
    for pair in merges.wrong_merges:
        out.print(f"[red]wrong merge[/] {pair}", highlight=False)
    for pair in merges.missed_merges:
        out.print(f"[yellow]missed merge[/] {pair}", highlight=False)
    for mention in merges.not_found:
        out.print(f"[yellow]not found[/] {mention}", highlight=False)


@app.command()
def remove(
    article_ids: Annotated[
        list[str],
        typer.Argument(
            help="Article ids: paths relative to the folder built, without extension (a/report)."
        ),
    ],
    store: StoreOption = Path(DEFAULT_STORE),
    endpoint: EndpointOption = None,
) -> None:
    """Drop articles' graphs from the store; every other article's facts stay as they are.

    Example: kg remove 003_b713ebd0c8636235
    """
    from kg import pipeline

    try:
        kg_store = open_store(store, endpoint=endpoint)
        removed, missing = pipeline.remove(kg_store, article_ids)
        kg_store.close()
    except KgError as exc:
        raise _fail(str(exc)) from exc
    for article_id in removed:
        out.print(f"removed {article_id}")
    if missing:
        raise _fail(f"not in the store: {', '.join(missing)}")


@app.command("validate")
def validate_command(
    store: StoreOption = Path(DEFAULT_STORE), endpoint: EndpointOption = None
) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl.

    Example: kg validate --store kg-store
    """
    from kg import query
    from kg.rdf.validate import validate

    try:
        report = validate(open_store(store, read_only=True, endpoint=endpoint))
    except KgError as exc:
        raise _fail(str(exc)) from exc
    if report.conforms:
        out.print(f"conforms: {report.triples} triples satisfy ontology/shapes.ttl")
        return
    table = Table(title=f"{len(report.violations)} SHACL violations", title_justify="left")
    for column in ("severity", "node", "property", "value", "message"):
        table.add_column(column, overflow="fold")
    for v in report.violations:
        table.add_row(
            v.severity,
            query.shorten(v.focus),
            query.shorten(v.path or ""),
            v.value or "",
            v.message,
        )
    out.print(table)
    raise typer.Exit(1)


@app.command()
def serve(
    store: StoreOption = Path(DEFAULT_STORE),
    host: Annotated[str, typer.Option(help="Address to bind; loopback unless you say so.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    time_limit: Annotated[float, typer.Option(help="Seconds a query may run.")] = 10.0,
    max_result_mb: Annotated[
        float, typer.Option(help="Largest result sent, in MB; larger ones are refused.")
    ] = 64.0,
) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol, with a query page at /.

    Example: kg serve --store kg-store --port 7878   (then open http://127.0.0.1:7878/)
    """
    from kg.endpoint import make_server

    try:
        kg_store = open_store(store, read_only=True)
        server, endpoint_ = make_server(
            kg_store, host, port, time_limit, max_result_bytes=int(max_result_mb * 1e6)
        )
    except (KgError, OSError) as exc:
        raise _fail(str(exc)) from exc
    out.print(
        f"serving {store} read-only at http://{host}:{server.server_port}/ "
        f"(SPARQL endpoint /sparql); Ctrl-C stops"
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        endpoint_.close()


@app.command()
def stats(store: StoreOption = Path(DEFAULT_STORE), endpoint: EndpointOption = None) -> None:
    """Count the distinct entities of each class in the store.

    Example: kg stats --store kg-store
    """
    from kg import query

    try:
        kg_store = open_store(store, read_only=True, endpoint=endpoint)
        result = query.run_query(kg_store, "class-counts")
        graphs = sum(1 for _ in kg_store.graphs())
    except KgError as exc:
        raise _fail(str(exc)) from exc
    table = Table(title=f"{store} — {graphs} article graphs", title_justify="left")
    table.add_column("class")
    table.add_column("count", justify="right")
    for record in result.records():
        table.add_row(query.shorten(record["class"] or ""), record["count"] or "0")
    out.print(table)
