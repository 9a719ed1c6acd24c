"""A read-only SPARQL 1.1 Protocol endpoint over the store: `kg serve`.

The pieces, each in its module:

- :mod:`kg.endpoint.protocol`: the Protocol's query operation (GET, form POST,
  ``application/sparql-query`` POST; ``default-graph-uri`` / ``named-graph-uri``; 400 for
  two queries, 405 with ``Allow``, 415 for other bodies, HEAD, CORS and its preflight, the
  service description at ``GET /sparql`` and the page at ``/``), independent of the server;
- :mod:`kg.endpoint.negotiation` and :mod:`kg.endpoint.results`: ``Accept`` with q-values
  and wildcards (406 when nothing fits), results in JSON, XML, CSV, TSV, graphs in Turtle,
  N-Triples, RDF/XML, JSON-LD, within a size limit;
- this module: what a query may do (no Update, no ``SERVICE``/``LOAD``: 403; nesting over
  :data:`MAX_NESTING`: 400, since Oxigraph's parser recurses and 4,000 nested groups crash
  the process) and how it runs (worker processes killed at the time limit: 503);
- :mod:`kg.endpoint.asgi`: HTTP itself, by uvicorn (h11) and Starlette, imported only when
  a server is made. It replaced a hand-made ``http.server`` one: uvicorn and h11 are
  maintained and parse HTTP strictly (bad lengths, TLS bytes, oversized heads), asyncio
  keeps idle connections from holding threads; measured on loopback, 8 clients: 480-517
  requests/s against 515-633 for the old server, p99 42-47 ms against 30-50 (the machine
  was shared; within its noise, a cost of about 10-15 % in throughput for these small
  queries, which are bound by the query workers).

It binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as QueryTimeout
from http import HTTPStatus
from typing import TYPE_CHECKING

from kg.endpoint.results import DEFAULT_MAX_RESULT_BYTES, QueryRequest, Refused, execute
from kg.endpoint.workers import QueryWorkers
from kg.store.base import Store
from kg.store.dataset import bracket_depth, keywords

if TYPE_CHECKING:
    from kg.endpoint.asgi import HttpServer

#: Deepest nesting of brackets a query may have (real queries stay under ten).
MAX_NESTING = 64
DEFAULT_TIME_LIMIT = 10.0
#: Keywords (outside strings, IRIs and comments) that would make the server fetch from elsewhere.
NETWORK_KEYWORDS = frozenset({"SERVICE", "LOAD"})
#: The first keyword after the prologue (PREFIX, BASE) of every SPARQL Update operation.
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)
PROLOGUE_KEYWORDS = frozenset({"PREFIX", "BASE"})


def check_query(query: str) -> None:
    """Refuse what a read-only public endpoint must never run."""
    words = list(keywords(query))
    if next((w for w in words if w not in PROLOGUE_KEYWORDS), None) in UPDATE_KEYWORDS:
        raise Refused(HTTPStatus.FORBIDDEN, "SPARQL Update is not allowed on this endpoint")
    if NETWORK_KEYWORDS.intersection(words):
        raise Refused(HTTPStatus.FORBIDDEN, "SERVICE and LOAD are not allowed on this endpoint")
    if bracket_depth(query) > MAX_NESTING:
        raise Refused(
            HTTPStatus.BAD_REQUEST, f"the query nests brackets deeper than {MAX_NESTING} levels"
        )


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

    def answer(self, request: QueryRequest) -> tuple[bytes, str]:
        """The result of one query operation and its media type; raises ``Refused``."""
        check_query(request.query)
        if self._processes is not None:
            return self._processes.answer(request, self.time_limit, self.max_result_bytes)
        future = self._pool.submit(execute, self.store, request, self.max_result_bytes)
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


def make_server(
    store: Store,
    host: str = "127.0.0.1",
    port: int = 7878,
    time_limit: float = DEFAULT_TIME_LIMIT,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
    idle_timeout: float | None = None,
) -> tuple[HttpServer, Endpoint]:
    """A server bound to ``host:port`` (0: any free port), not yet serving: call its
    ``serve_forever()``, and ``shutdown()`` from another thread to stop it."""
    from kg.endpoint.asgi import IDLE_TIMEOUT, HttpServer, asgi_app  # the framework, lazily

    endpoint = Endpoint(store, time_limit, max_result_bytes)
    try:
        server = HttpServer(asgi_app(endpoint.answer), host, port, idle_timeout or IDLE_TIMEOUT)
    except OSError:
        endpoint.close()
        raise
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
