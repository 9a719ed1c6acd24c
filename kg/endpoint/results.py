"""Running one query against a store and writing its result in a negotiated format.

The format follows the client's ``Accept`` (q-values and wildcards, see
:mod:`kg.endpoint.negotiation`) among the formats the query's form can be written in;
when it accepts none of them the answer is 406. The negotiation happens once the query is
parsed and its form known, before any solution is computed (Oxigraph evaluates lazily).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from http import HTTPStatus
from typing import NamedTuple

import pyoxigraph as ox

from kg.endpoint.negotiation import choose
from kg.errors import QueryError
from kg.query import formats
from kg.store.base import Store

#: Largest serialized result sent back; beyond it the client is asked to narrow the query.
DEFAULT_MAX_RESULT_BYTES = 64_000_000

#: SELECT and ASK results, in the server's order of preference (``*/*`` gets the first): the
#: media type and the writer's name in :data:`WRITERS`. JSON and XML are Oxigraph's; CSV and
#: TSV are :mod:`kg.query.formats`, shared with ``kg query``, following the W3C note "SPARQL
#: 1.1 Query Results CSV and TSV Formats" (full IRIs, TSV terms in Turtle syntax); the note
#: has no form for ASK: both write Jena's one-column ``_askResult`` table, which rdflib's CSV
#: and TSV parsers read. ``application/json`` and ``application/xml`` are what some clients ask.
RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
}
#: The W3C note's writers, by name; each writes a header and rows, or an ASK answer.
WRITERS = {"csv": formats.to_csv, "tsv": formats.to_tsv}
#: Rows handed to a CSV/TSV writer at a time (results are written as they are computed).
ROWS_PER_CHUNK = 1000
#: CONSTRUCT and DESCRIBE results (RDF/XML is what SPARQLWrapper asks for by default).
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


class QueryRequest(NamedTuple):
    """One query operation of the SPARQL 1.1 Protocol, as the worker runs it."""

    query: str
    accept: str
    default_graphs: Sequence[str] = ()
    named_graphs: Sequence[str] = ()
    base_iri: str | None = None


class Refused(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


class _Bounded:
    """A writer that refuses to grow past ``limit`` bytes (for result serialization)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise ResultTooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


class ResultTooLarge(Exception):
    pass


def execute(store: Store, request: QueryRequest, max_result_bytes: int) -> tuple[bytes, str]:
    """Run one (already checked) query; the serialized result and its media type."""
    try:
        result = store.query(
            request.query,
            default_graphs=list(request.default_graphs) or None,
            named_graphs=list(request.named_graphs) or None,
            base_iri=request.base_iri,
        )
    except QueryError as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, readable_error(str(exc), request.query)) from exc
    if isinstance(result, bool):
        media = _negotiate(request.accept, RESULT_FORMATS, "an ASK result")
        return _boolean(result, RESULT_FORMATS[media]), media
    out = _Bounded(max_result_bytes)
    try:
        if isinstance(result, ox.QuerySolutions):
            media = _negotiate(request.accept, RESULT_FORMATS, "SELECT results")
            writer = RESULT_FORMATS[media]
            if isinstance(writer, str):
                _write_note(result, WRITERS[writer], out)
            else:
                result.serialize(out, format=writer)
        else:
            media = _negotiate(request.accept, GRAPH_FORMATS, "a graph")
            ox.serialize(_distinct(result, out), out, format=GRAPH_FORMATS[media])
    except ResultTooLarge as exc:
        raise Refused(
            HTTPStatus.BAD_REQUEST,
            f"the result is larger than {max_result_bytes:,} bytes; "
            "add a LIMIT or narrow the query",
        ) from exc
    return b"".join(out.parts), media


#: Oxigraph's syntax errors: "SPARQL syntax error: error at LINE:COLUMN: expected one of ...".
SYNTAX_ERROR = re.compile(r"error at (\d+):(\d+): expected (?:one of )?(.*)", re.S)
#: Most terms to list after "expected"; a longer list (every function name) says little.
MAX_EXPECTED = 8


def readable_error(message: str, query: str) -> str:
    """A syntax error as the line it is on, a caret under the place and a short hint,
    instead of the parser's list of every token it could have taken there."""
    match = SYNTAX_ERROR.search(message)
    if match is None:
        return message
    line_number, column = int(match[1]), int(match[2])
    lines = query.splitlines() or [""]
    line = lines[min(line_number, len(lines)) - 1]
    where = f"SPARQL syntax error at line {line_number}, column {column}:"
    shown = f"  {line}\n  {' ' * (column - 1)}^"
    return f"{where}\n{shown}\n{_hint(match[3], lines, line_number, line, column)}"


def _hint(expected: str, lines: list[str], line_number: int, line: str, column: int) -> str:
    if "Prefix not found" in expected:
        prefix = re.findall(r"([A-Za-z][\w.-]*|):[\w.-]*$", line[: column - 1])
        name = f"{prefix[-1]}:" if prefix else "this prefix"
        return f"unknown prefix {name} (declare it with PREFIX {name} <...>)"
    if line_number >= len(lines) and column > len(line.rstrip()):
        return "the query is incomplete here: a term, a closing bracket or a keyword is missing"
    # quoted punctuation and bare keywords, without the parser's character classes
    terms = re.findall(r'"([^"]+)"|\b([A-Za-z][A-Za-z0-9_]*)\b(?![^\[]*\])', expected)
    words = [quoted or word for quoted, word in terms]
    if not words or len(words) > MAX_EXPECTED:
        return "a term, an expression or a keyword is missing or misspelt here"
    return "expected " + " or ".join(words)


def _negotiate(accept: str, formats: dict, what: str) -> str:
    media = choose(accept, list(formats))
    if media is None:
        raise Refused(
            HTTPStatus.NOT_ACCEPTABLE,
            f"none of the accepted formats ({_shortened(accept)}) can carry {what}; "
            f"this endpoint writes it as {', '.join(formats)}",
        )
    return media


def _shortened(text: str, length: int = 120) -> str:
    return text if len(text) <= length else text[:length] + "…"


def _distinct(triples, out: _Bounded):
    """Each triple once (the union of article graphs repeats shared facts), in bounded memory:
    no more triples are remembered than could fit in the result."""
    seen: set = set()
    for triple in triples:
        if triple not in seen:
            seen.add(triple)
            if len(seen) * 40 > out.limit:  # a triple takes at least ~40 bytes to write
                raise ResultTooLarge
            yield triple


def _write_note(solutions: ox.QuerySolutions, write, out: _Bounded) -> None:
    """SELECT results through a CSV/TSV writer, a chunk of rows at a time (each chunk's
    text but the first starts with the header line, which is dropped)."""
    columns = [variable.value for variable in solutions.variables]
    chunk: list[list] = []
    first = True
    for solution in solutions:
        chunk.append([solution[column] for column in columns])
        if len(chunk) == ROWS_PER_CHUNK:
            out.write(_without_header(write(columns, chunk), first).encode())
            chunk, first = [], False
    if chunk or first:
        out.write(_without_header(write(columns, chunk), first).encode())


def _without_header(text: str, first: bool) -> str:
    return text if first else text.split("\n", 1)[1]


def _boolean(value: bool, fmt: ox.QueryResultsFormat | str) -> bytes:
    if isinstance(fmt, str):
        return WRITERS[fmt]([], [], value).encode()
    if fmt is ox.QueryResultsFormat.JSON:
        return json.dumps({"head": {}, "boolean": value}).encode()
    return (
        f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
        f"<head/><boolean>{str(value).lower()}</boolean></sparql>"
    ).encode()
