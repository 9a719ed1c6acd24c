"""The SPARQL 1.1 Protocol's query operation, independent of any HTTP server.

:func:`respond` turns one HTTP request (already parsed, its body read within the size limit
by :mod:`kg.endpoint.http`) into one answer: which paths and methods exist, the three ways
to send a query (GET, form POST, ``application/sparql-query`` POST; §2.1.1–2.1.3), the
dataset parameters (§2.1.4), content negotiation, CORS, the service description and the
query page. What the query may do (no Update, no ``SERVICE``/``LOAD``) and how it is run
(worker processes, time limit) is :class:`kg.endpoint.server.Endpoint`'s job.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from importlib import resources
from typing import NamedTuple
from urllib.parse import parse_qs

from kg.endpoint import description
from kg.endpoint.negotiation import choose
from kg.endpoint.results import GRAPH_FORMATS, QueryRequest, Refused
from kg.rdf.namespaces import PREFIXES

ENDPOINT_PATH = "/sparql"
PAGE_PATHS = {"/", "/index.html"}
#: Methods each path answers; any other gets 405 with this list in ``Allow``.
ALLOWED = {
    ENDPOINT_PATH: "GET, HEAD, POST, OPTIONS",
    **dict.fromkeys(PAGE_PATHS, "GET, HEAD, OPTIONS"),
}
#: Short names usable as ``?format=...`` (for browsers and curl users; SPARQLWrapper sends
#: ``format=xml`` for every query form): each stands for the formats it names in both
#: families, results and graphs. A media type works too; the parameter overrides ``Accept``.
FORMAT_NAMES = {
    "json": "application/sparql-results+json, application/ld+json",
    "xml": "application/sparql-results+xml, application/rdf+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
#: Every answer may be read by a page from any origin: the endpoint is public and read-only,
#: and it takes no cookies or credentials, so there is nothing another site could misuse.
CORS = {"Access-Control-Allow-Origin": "*"}
#: A preflight's answer is cached by the browser this many seconds.
PREFLIGHT_MAX_AGE = "86400"
#: What a GET without a query can answer: the service description in RDF (Turtle for
#: ``*/*``), or the query page for a browser.
DESCRIPTION_FORMATS = [*GRAPH_FORMATS, "text/html"]


class HttpRequest(NamedTuple):
    method: str
    path: str
    query_string: bytes
    #: header names in lower case; a repeated header's values joined by ", "
    headers: Mapping[str, str]
    body: bytes
    #: scheme and authority the client used, e.g. ``http://127.0.0.1:7878``
    origin: str


class HttpAnswer(NamedTuple):
    status: int
    headers: dict[str, str]
    body: bytes


QueryRunner = Callable[[QueryRequest], tuple[bytes, str]]


def page() -> bytes:
    """The query page, knowing the store's prefixes (it shows IRIs with them)."""
    html = resources.files("kg.endpoint").joinpath("page.html").read_bytes()
    return html.replace(b"/*PREFIXES*/{}", json.dumps(PREFIXES).encode())


def respond(run: QueryRunner, request: HttpRequest, page_html: bytes) -> HttpAnswer:
    """The answer to one request; ``run`` answers a query operation or raises ``Refused``."""
    answer = _route(run, request, page_html)
    return answer._replace(headers={**CORS, **answer.headers})


def _route(run: QueryRunner, request: HttpRequest, page_html: bytes) -> HttpAnswer:
    allowed = ALLOWED.get(request.path)
    if allowed is None:
        return _text(HTTPStatus.NOT_FOUND, "not found; the SPARQL endpoint is /sparql")
    method = "GET" if request.method == "HEAD" else request.method  # HEAD: GET less the body
    if method not in allowed.split(", "):
        return _text(
            HTTPStatus.METHOD_NOT_ALLOWED,
            f"{request.method} is not supported here; use {allowed}",
            {"Allow": allowed},
        )
    if method == "OPTIONS":
        return _options(request, allowed)
    if request.path in PAGE_PATHS:
        return _html(page_html)
    try:
        params = _parameters(request)
        if method == "GET" and not params:
            return _description(request, page_html)
        return _query(run, request, params)
    except Refused as refused:
        return _text(refused.status, str(refused))


def _options(request: HttpRequest, allowed: str) -> HttpAnswer:
    headers = {"Allow": allowed}
    if "access-control-request-method" in request.headers:  # a CORS preflight
        headers |= {
            "Access-Control-Allow-Methods": allowed,
            # any header the page wants to send: no credentials are ever taken
            "Access-Control-Allow-Headers": request.headers.get(
                "access-control-request-headers", "Content-Type, Accept"
            ),
            "Access-Control-Max-Age": PREFLIGHT_MAX_AGE,
        }
    return HttpAnswer(HTTPStatus.NO_CONTENT, headers, b"")


def _parameters(request: HttpRequest) -> dict[str, list[str]]:
    """The protocol parameters of a GET or POST (§2.1.1–2.1.3), refusing what §2.1 forbids."""
    params = _decode_form(request.query_string, "the URL's query string")
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == FORM:
            for name, values in _decode_form(request.body, "the form body").items():
                params.setdefault(name, []).extend(values)
        elif kind == SPARQL_QUERY:
            params.setdefault("query", []).append(_utf8(request.body, "the query"))
        elif kind == SPARQL_UPDATE:
            params["update"] = [""]
        elif not kind:
            raise Refused(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                f"a POST needs a Content-Type: {FORM} or {SPARQL_QUERY}",
            )
        else:
            raise Refused(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                f"Content-Type {kind} is not supported; use {FORM} or {SPARQL_QUERY}",
            )
    if "update" in params:
        raise Refused(HTTPStatus.FORBIDDEN, "SPARQL Update is not allowed on this endpoint")
    if len(params.get("query", [])) > 1:
        raise Refused(HTTPStatus.BAD_REQUEST, "give exactly one query parameter (§2.1.1)")
    return params


def _query(run: QueryRunner, request: HttpRequest, params: dict[str, list[str]]) -> HttpAnswer:
    query = (params.get("query") or [""])[0]
    if not query.strip():
        raise Refused(HTTPStatus.BAD_REQUEST, "give a query (the query parameter is missing)")
    named = [FORMAT_NAMES.get(f.lower(), f) for f in params.get("format", []) if f]
    asked = [media for media in named if "/" in media]  # unknown names are ignored
    accept = ", ".join(asked) if asked else request.headers.get("accept", "")
    body, media = run(
        QueryRequest(
            query,
            accept,
            default_graphs=tuple(params.get("default-graph-uri", ())),
            named_graphs=tuple(params.get("named-graph-uri", ())),
            base_iri=request.origin + ENDPOINT_PATH,
        )
    )
    return HttpAnswer(
        HTTPStatus.OK, {"Content-Type": f"{media}; charset=utf-8", "Vary": "Accept"}, body
    )


def _description(request: HttpRequest, page_html: bytes) -> HttpAnswer:
    media = choose(request.headers.get("accept"), DESCRIPTION_FORMATS)
    if media is None:
        raise Refused(
            HTTPStatus.NOT_ACCEPTABLE,
            "the service description is written as " + ", ".join(DESCRIPTION_FORMATS),
        )
    if media == "text/html":
        return _html(page_html)._replace(
            headers={"Content-Type": "text/html; charset=utf-8", "Vary": "Accept"}
        )
    body = description.serialize(request.origin + ENDPOINT_PATH, GRAPH_FORMATS[media])
    return HttpAnswer(
        HTTPStatus.OK, {"Content-Type": f"{media}; charset=utf-8", "Vary": "Accept"}, body
    )


def _decode_form(data: bytes, where: str) -> dict[str, list[str]]:
    try:
        return parse_qs(_utf8(data, where), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise Refused(
            HTTPStatus.BAD_REQUEST, f"{where} is not UTF-8 once percent-decoded"
        ) from None


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, f"{what} is not UTF-8 (byte {exc.start})") from None


def _html(body: bytes) -> HttpAnswer:
    return HttpAnswer(HTTPStatus.OK, {"Content-Type": "text/html; charset=utf-8"}, body)


def _text(status: HTTPStatus, message: str, headers: dict[str, str] | None = None) -> HttpAnswer:
    return HttpAnswer(
        status,
        {"Content-Type": "text/plain; charset=utf-8", **(headers or {})},
        f"{message}\n".encode(),
    )
