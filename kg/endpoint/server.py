"""A read-only SPARQL 1.1 Protocol endpoint over the store (standard library HTTP server).

``GET /sparql?query=...`` and ``POST /sparql`` (form-encoded ``query=`` or a
``application/sparql-query`` body) answer with the format the ``Accept`` header (or a
``format`` parameter) asks for: SPARQL results JSON (default), XML, CSV or TSV for SELECT
and ASK; Turtle (default) or N-Triples for CONSTRUCT and DESCRIBE. ``GET /`` is a page
to type a query and see the results as a table.

Refused: every SPARQL Update (403), queries that would make the server fetch from the
network (``SERVICE``, ``LOAD``: 403), bodies over the size limit (413), queries nested deeper
than the parser's stack can take (400: Oxigraph's parser recurses, and 4,000 nested groups
crash the process), results over the size limit (400, asking for a LIMIT), malformed
requests (400). Each query runs under a time limit (503 when exceeded), and a client that
sends nothing for 30 s is disconnected. It binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as QueryTimeout
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import BinaryIO
from urllib.parse import parse_qs, urlsplit

from kg.endpoint.results import (
    DEFAULT_MAX_RESULT_BYTES,
    Refused,
    execute,
)
from kg.endpoint.workers import QueryWorkers
from kg.store.base import Store

#: Short names usable as ?format=... (for browsers and curl users).
FORMAT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
}
MAX_BODY_BYTES = 1_000_000
#: Deepest nesting of brackets a query may have (real queries stay under ten).
MAX_NESTING = 64
#: Seconds a connection may stay silent (a slow or idle client holds a thread meanwhile).
IDLE_TIMEOUT = 30
#: Oversized bodies up to this size are read and dropped before the 413 answer.
MAX_DRAINED_BYTES = 16_000_000
DEFAULT_TIME_LIMIT = 10.0
#: A query that would make the server fetch from elsewhere (checked outside strings/IRIs).
NETWORK_KEYWORDS = re.compile(r"(?i)\b(?:SERVICE|LOAD)\b")
UPDATE_KEYWORDS = re.compile(
    r"(?i)^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b"
)


def _without_literals(query: str) -> str:
    return re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|<[^>\s]*>|#[^\n]*', " ", query)


def check_query(query: str) -> None:
    """Refuse what a read-only public endpoint must never run."""
    bare = _without_literals(query)
    if UPDATE_KEYWORDS.search(bare):
        raise Refused(HTTPStatus.FORBIDDEN, "SPARQL Update is not allowed on this endpoint")
    if NETWORK_KEYWORDS.search(bare):
        raise Refused(HTTPStatus.FORBIDDEN, "SERVICE and LOAD are not allowed on this endpoint")
    if _nesting(bare) > MAX_NESTING:
        raise Refused(
            HTTPStatus.BAD_REQUEST, f"the query nests brackets deeper than {MAX_NESTING} levels"
        )


def _nesting(text: str) -> int:
    depth = deepest = 0
    for char in re.sub(r"[^{}()\[\]]", "", text):
        depth = depth + 1 if char in "{([" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


class Endpoint:
    """Runs queries for the HTTP handler under a time limit.

    A store on disk is queried in worker processes (:mod:`kg.endpoint.workers`): a query
    over its time limit is killed with its process, so slow queries cannot pile up. An
    in-memory store (the Python API, notebooks) cannot be shared with other processes; its
    queries run in threads, and one over its limit is answered 503 but runs to its end."""

    def __init__(
        self,
        store: Store,
        time_limit: float = DEFAULT_TIME_LIMIT,
        max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
        workers: int = 4,
    ) -> None:
        self.store = store
        self.time_limit = time_limit
        self.max_result_bytes = max_result_bytes
        path = getattr(store, "path", None)
        self._processes = QueryWorkers(path, workers) if path is not None else None
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sparql")

    def answer(self, query: str, accept: str) -> tuple[bytes, str]:
        check_query(query)
        if self._processes is not None:
            return self._processes.answer(query, accept, self.time_limit, self.max_result_bytes)
        future = self._pool.submit(execute, self.store, query, accept, self.max_result_bytes)
        try:
            return future.result(timeout=self.time_limit)
        except QueryTimeout as exc:
            raise Refused(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"query exceeded the time limit of {self.time_limit:g} s",
            ) from exc

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._processes is not None:
            self._processes.close()


def _drain(stream: BinaryIO, length: int, chunk: int = 65536) -> None:
    while length > 0:
        read = stream.read(min(chunk, length))
        if not read:
            return
        length -= len(read)


def _handler(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    page = resources.files("kg.endpoint").joinpath("page.html").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        server_version = "policykg"
        protocol_version = "HTTP/1.1"
        timeout = IDLE_TIMEOUT  # a silent client is disconnected, freeing its thread

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path in {"/", "/index.html"}:
                self._send(HTTPStatus.OK, page, "text/html; charset=utf-8")
            elif url.path == "/sparql":
                params = parse_qs(url.query)
                self._query(params)
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")

        def do_POST(self) -> None:
            url = urlsplit(self.path)
            if url.path != "/sparql":
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")
                return
            try:
                length = int(self.headers.get("Content-Length") or 0)
                if length < 0:
                    raise ValueError
            except ValueError:
                self._send(HTTPStatus.BAD_REQUEST, b"bad Content-Length\n", "text/plain")
                self.close_connection = True
                return
            if length > MAX_BODY_BYTES:
                # read (and drop) a moderately large body so the client sees the answer rather
                # than a reset connection; a huge one is cut off unread
                if length <= MAX_DRAINED_BYTES:
                    _drain(self.rfile, length)
                self._send(
                    HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"request body too large\n", "text/plain"
                )
                self.close_connection = True
                return
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qs(url.query)
            if kind == "application/sparql-update":
                params = {"update": [body]}
            elif kind == "application/sparql-query":
                params["query"] = [body]
            else:
                params.update(parse_qs(body))
            self._query(params)

        def _query(self, params: dict[str, list[str]]) -> None:
            if "update" in params:
                self._send(
                    HTTPStatus.FORBIDDEN,
                    b"SPARQL Update is not allowed on this endpoint\n",
                    "text/plain",
                )
                return
            query = (params.get("query") or [""])[0]
            if not query.strip():
                self._send(HTTPStatus.BAD_REQUEST, b"give a query\n", "text/plain")
                return
            fmt = (params.get("format") or [""])[0]
            accept = FORMAT_NAMES.get(fmt, self.headers.get("Accept") or "")
            try:
                body, media = endpoint.answer(query, accept)
            except Refused as exc:
                self._send(exc.status, f"{exc}\n".encode(), "text/plain; charset=utf-8")
                return
            self._send(HTTPStatus.OK, body, f"{media}; charset=utf-8")

        def _send(self, status: HTTPStatus, body: bytes, media: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet by default; the CLI prints where it listens

    return Handler


class _Server(ThreadingHTTPServer):
    # the standard library's backlog of 5 dropped connections under 32 clients: each dropped
    # one waited 1-3 s for its SYN to be sent again (p99 1.3 s, measured)
    request_queue_size = 128
    daemon_threads = True


def make_server(
    store: Store,
    host: str = "127.0.0.1",
    port: int = 7878,
    time_limit: float = DEFAULT_TIME_LIMIT,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
) -> tuple[ThreadingHTTPServer, Endpoint]:
    endpoint = Endpoint(store, time_limit, max_result_bytes)
    server = _Server((host, port), _handler(endpoint))
    server.daemon_threads = True
    return server, endpoint


def serve(
    store: Store,
    host: str = "127.0.0.1",
    port: int = 7878,
    time_limit: float = DEFAULT_TIME_LIMIT,
    ready: threading.Event | None = None,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
) -> None:
    """Serve until interrupted."""
    server, endpoint = make_server(store, host, port, time_limit, max_result_bytes)
    if ready is not None:
        ready.set()
    try:
        server.serve_forever()
    finally:
        server.server_close()
        endpoint.close()
