"""The HTTP layer of `kg serve`: uvicorn (h11) parses HTTP, a small Starlette app reads bodies.

Imported only when a server is made (``kg --help`` does not pay for Starlette or uvicorn).
What this layer adds to uvicorn's own refusals (malformed request lines, bad
``Content-Length``, headers and URLs over :data:`MAX_HEAD_BYTES`, TLS handshakes: 400 and
the connection closed):

- a URL over :data:`MAX_URL_BYTES`: 414; more than :data:`MAX_HEADERS` headers, or headers
  over :data:`MAX_HEAD_BYTES` in all: 431 (h11 enforces its limit only on a request head
  that arrives in pieces; one read at once can be longer);
- bodies over :data:`MAX_BODY_BYTES`: 413 (read and dropped up to :data:`MAX_DRAINED_BYTES`
  so that the client sees the answer, not a reset connection);
- a client silent for :data:`IDLE_TIMEOUT` seconds while the server waits for its request
  (before the first byte, in its headers or its body, or between requests) is disconnected.
  uvicorn's keep-alive timeout covers only the time between requests: a connection that
  never sends a request, or stops half-way, would stay open for ever.

Queries run in a thread each (they wait on a worker process or on Oxigraph), so the event
loop keeps accepting and answering while queries run.
"""

from __future__ import annotations

import socket
import threading
from http import HTTPStatus

import h11
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from uvicorn import Config, Server
from uvicorn.protocols.http.h11_impl import H11Protocol

from kg.endpoint.protocol import HttpRequest, QueryRunner, page, respond

MAX_BODY_BYTES = 1_000_000
#: Oversized bodies up to this size are read and dropped before the 413 answer.
MAX_DRAINED_BYTES = 16_000_000
#: Request line and headers together (h11's limit; its default of 16 kB refused an ``Accept``
#: header of 20 kB that is fair, if odd).
MAX_HEAD_BYTES = 64 * 1024
#: Longest request target (path and query string): GET queries longer than this must be POSTed.
MAX_URL_BYTES = 32 * 1024
#: As many as the standard library's HTTP parser takes (real clients send about ten).
MAX_HEADERS = 100
#: Seconds a client may stay silent while its request is awaited.
IDLE_TIMEOUT = 30.0
#: Connections waiting to be accepted (the standard library's 5 dropped connections under
#: 32 clients, each retried 1-3 s later).
LISTEN_BACKLOG = 1024


def asgi_app(run: QueryRunner):
    """An ASGI application answering the SPARQL Protocol with ``run`` for queries."""
    page_html = page()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        refusal = _oversized_head(scope)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        body = await _body(request)
        if body is None:
            await _refusal(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")(
                scope, receive, send
            )
            return
        server = scope.get("server") or ("127.0.0.1", 80)
        host = request.headers.get("host") or f"{server[0]}:{server[1]}"
        http_request = HttpRequest(
            method=request.method,
            path=request.url.path,
            query_string=scope["query_string"],
            headers={name: value for name, value in request.headers.items()},
            body=body,
            origin=f"{scope.get('scheme', 'http')}://{host}",
        )
        answer = await run_in_threadpool(respond, run, http_request, page_html)
        response = Response(answer.body, status_code=answer.status, headers=answer.headers)
        await response(scope, receive, send)

    return app


def _oversized_head(scope: Scope) -> Response | None:
    if len(scope["raw_path"]) + len(scope["query_string"]) > MAX_URL_BYTES:
        return _refusal(
            HTTPStatus.REQUEST_URI_TOO_LONG,
            f"the URL is longer than {MAX_URL_BYTES:,} bytes; POST long queries",
        )
    headers = scope["headers"]
    if len(headers) > MAX_HEADERS or sum(len(n) + len(v) for n, v in headers) > MAX_HEAD_BYTES:
        return _refusal(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "too many or too long headers")
    return None


async def _body(request: Request) -> bytes | None:
    """The request body, or None (after draining what can be drained) if it is too large."""
    declared = request.headers.get("content-length")
    if declared is not None and int(declared) > MAX_BODY_BYTES:  # h11 checked the digits
        if int(declared) <= MAX_DRAINED_BYTES:
            await _drain(request)
        return None
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY_BYTES:  # a chunked body that grows too large
                return None
            chunks.append(chunk)
    except ClientDisconnect:
        return b""
    return b"".join(chunks)


async def _drain(request: Request) -> None:
    try:
        async for _ in request.stream():
            pass
    except ClientDisconnect:
        pass


def _refusal(status: HTTPStatus, message: str) -> Response:
    return Response(
        f"{message}\n",
        status_code=status,
        media_type="text/plain",
        headers={"Connection": "close", "Access-Control-Allow-Origin": "*"},
    )


def idle_closing_protocol(idle_timeout: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol, closing connections that stay silent while a request is awaited."""

    class IdleClosingH11Protocol(H11Protocol):
        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._await_client()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            # h11's IDLE: no request yet or its head half-sent; SEND_BODY: its body half-sent.
            # DONE means the request is complete and being answered: no timer then.
            if self.conn.their_state in {h11.IDLE, h11.SEND_BODY}:
                self._await_client()

        def eof_received(self) -> bool | None:
            # A client may send its request and then close its side (shutdown(SHUT_WR)):
            # uvicorn would drop the connection before the answer; keep it to write that.
            self._client_done = True
            answering = self.cycle is not None and not self.cycle.response_complete
            return True if answering else None

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if getattr(self, "_client_done", False) and not self.transport.is_closing():
                self.transport.close()

        def _await_client(self) -> None:
            if self.transport.is_closing():
                return
            self._unset_keepalive_if_required()
            self.timeout_keep_alive_task = self.loop.call_later(idle_timeout, self._close_idle)

        def _close_idle(self) -> None:
            if not self.transport.is_closing():
                self.transport.close()

    return IdleClosingH11Protocol


class HttpServer:
    """uvicorn serving an ASGI app on a socket bound now (so the port is known at once),
    with the standard library server's methods that callers and tests use."""

    def __init__(self, app, host: str, port: int, idle_timeout: float = IDLE_TIMEOUT) -> None:
        self.socket = socket.create_server((host, port), backlog=LISTEN_BACKLOG)
        self.server_address = self.socket.getsockname()[:2]
        self.server_port = self.server_address[1]
        self._server = Server(
            Config(
                app,
                http=idle_closing_protocol(idle_timeout),
                h11_max_incomplete_event_size=MAX_HEAD_BYTES,
                timeout_keep_alive=idle_timeout,  # type: ignore[arg-type]
                backlog=LISTEN_BACKLOG,
                lifespan="off",
                log_config=None,
                log_level="error",
                access_log=False,
                server_header=False,
            )
        )
        self._started, self._stopped = threading.Event(), threading.Event()

    def serve_forever(self) -> None:
        self._started.set()
        try:
            self._server.run(sockets=[self.socket])
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop serving (from another thread) and wait until the server has stopped."""
        self._server.should_exit = True
        if self._started.is_set():
            self._stopped.wait()

    def server_close(self) -> None:
        self.socket.close()
