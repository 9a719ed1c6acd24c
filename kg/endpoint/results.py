"""Running one query against a store and writing its result, within a size limit."""

from __future__ import annotations

import json
from http import HTTPStatus

import pyoxigraph as ox

from kg.errors import QueryError
from kg.store.base import Store

#: Largest serialized result sent back; beyond it the client is asked to narrow the query.
DEFAULT_MAX_RESULT_BYTES = 64_000_000

#: Results formats by media type, for SELECT/ASK and for CONSTRUCT/DESCRIBE.
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


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


def execute(store: Store, query: str, accept: str, max_result_bytes: int) -> tuple[bytes, str]:
    """Run one (already checked) query; the serialized result and its media type."""
    try:
        result = store.query(query)
    except QueryError as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, str(exc)) from exc
    if isinstance(result, bool):
        media = _negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
        return _boolean(result, RESULT_TYPES[media]), media
    out = _Bounded(max_result_bytes)
    try:
        if isinstance(result, ox.QuerySolutions):
            media = _negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
            result.serialize(out, format=RESULT_TYPES[media])
        else:
            media = _negotiate(accept, GRAPH_TYPES, "text/turtle")
            ox.serialize(_distinct(result, out), out, format=GRAPH_TYPES[media])
    except ResultTooLarge as exc:
        raise Refused(
            HTTPStatus.BAD_REQUEST,
            f"the result is larger than {max_result_bytes:,} bytes; "
            "add a LIMIT or narrow the query",
        ) from exc
    return b"".join(out.parts), media


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


def _boolean(value: bool, fmt: ox.QueryResultsFormat) -> bytes:
    if fmt is ox.QueryResultsFormat.JSON:
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt is ox.QueryResultsFormat.XML:
        return (
            f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{str(value).lower()}</boolean></sparql>"
        ).encode()
    return f"{str(value).lower()}\n".encode()


def _negotiate(accept: str, table: dict, default: str) -> str:
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in table:
            return media
    return default
