"""`kg serve` under attack: 1,000 malformed or hostile requests, good ones answered throughout.

Every hostile request must get a 4xx answer (503 for the time limit) or have its connection
closed; none may crash or hang the server, write to the store, or make it fetch anything;
and the good queries interleaved with them must keep getting the right answer.
"""

from __future__ import annotations

import json
import random
import socket
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest

from kg.endpoint import make_server
from kg.pipeline import build
from kg.query import run_query
from kg.store import open_store
from tests.endpoint.serving import serving

from ..conftest import SEEDS
from .test_server import CHAIRS, call

HOSTILE_REQUESTS = 1000


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    """The seeds in an on-disk store, served as `kg serve` serves one: queries in processes."""
    path = tmp_path_factory.mktemp("served") / "store"
    writable = open_store(path)
    assert build([SEEDS], writable).ok
    writable.close()
    store = open_store(path, read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="module")
def server(disk_store):
    with serving(disk_store, time_limit=2.0, max_result_bytes=200_000) as (port, _):
        yield port, disk_store


def raw(port: int, payload: bytes, *, timeout: float = 15.0) -> bytes:
    """Send bytes as they are; return what came back (b"" if the server just closed)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        try:
            sock.sendall(payload)
            sock.shutdown(socket.SHUT_WR)
        except OSError:  # the server may close before reading everything: that is an answer
            pass
        return read_until_closed(sock)


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes (a reset counts as closing)."""
    chunks = []
    try:
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    except ConnectionResetError:
        pass
    return b"".join(chunks)


def post(path: str, body: bytes, content_type: str, extra: str = "") -> bytes:
    return (
        f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n{extra}\r\n"
    ).encode() + body


def get(query: str, extra: str = "") -> bytes:
    return f"GET /sparql?{query} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{extra}\r\n".encode()


def q(text: str) -> str:
    return "query=" + urllib.parse.quote(text)


#: name -> raw request. Every kind the issue names and a few more.
HOSTILE = {
    "update form": post("/sparql", b"update=DROP+ALL", "application/x-www-form-urlencoded"),
    "update body": post("/sparql", b"CLEAR ALL", "application/sparql-update"),
    "insert as query": post(
        "/sparql", b"INSERT DATA { <a:a> <a:b> <a:c> }", "application/sparql-query"
    ),
    "load": post("/sparql", b"LOAD <http://127.0.0.1:9/x.ttl>", "application/sparql-query"),
    "service": get(q("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")),
    "nested service": get(q("SELECT * { { { SERVICE SILENT <http://10.0.0.1/> {?s ?p ?o} } } }")),
    "deep braces": post(
        "/sparql",
        ("SELECT * WHERE { " + "{" * 20_000 + " ?s ?p ?o " + "}" * 20_000 + " }").encode(),
        "application/sparql-query",
    ),
    "deep braces in url": get(q("ASK { " + "{" * 3_000 + "}" * 3_000 + " }")),
    "deep parens": post(
        "/sparql",
        ("SELECT * { FILTER(" + "(" * 50_000 + "1" + ")" * 50_000 + ") }").encode(),
        "application/sparql-query",
    ),
    "oversized body": post("/sparql", b"x" * 3_000_000, "application/sparql-query"),
    "lying length": (
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: 999999999999\r\nConnection: close\r\n\r\nSELECT"
    ),
    "negative length": (
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\nConnection: close\r\n\r\n"
    ),
    "bad length": b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
    "invalid utf-8 body": post(
        "/sparql", b"SELECT * { ?s ?p \xff\xfe\xc3 }", "application/sparql-query"
    ),
    "invalid utf-8 url": get("query=SELECT%20*%20%7B%3Fs%20%3Fp%20%FF%FE%7D"),
    "bad percent": get("query=%zz%SELECT%"),
    "latin-1 header": post("/sparql", b"ASK {}", "application/sparql-query", "X-Name: caf\xe9\r\n"),
    "garbage line": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)),
    "no version": b"GET /sparql\r\n\r\n",
    "huge url": get("query=" + "A" * 100_000),
    "many headers": get(q("ASK {}"), "".join(f"X-{i}: {'v' * 100}\r\n" for i in range(200))),
    "huge header": get(q("ASK {}"), f"X-Big: {'v' * 200_000}\r\n"),
    "unknown method": b"DELETE /sparql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    "path traversal": b"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    "huge result": get(q("SELECT * { ?s ?p ?o . ?a ?b ?c } LIMIT 100000")),
    "slow query": get(q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")),
    "syntax error": get(q("SELECT WHERE {{{")),
    "empty": b"",
    "json bomb accept": get(
        q("ASK {}"),
        "Accept: " + ",".join(["a/b"] * 5000) + ",application/sparql-results+json\r\n",
    ),
}


#: Odd requests that are still fair ones, and are answered.
ODD_BUT_FAIR = {"latin-1 header", "json bomb accept"}


def status_of(response: bytes) -> int | None:
    if not response.startswith(b"HTTP/"):
        return None  # closed without an answer
    return int(response.split(b" ", 2)[1])


#: How often a good query may be told "every worker is busy" before the test fails.
BUSY_RETRIES = 100


def test_a_thousand_hostile_requests_are_refused_while_good_ones_are_answered(server):
    port, store = server
    expected_chairs = sorted(r["chair"].value for r in store.query(CHAIRS))
    quads_before = len(list(store.quads()))
    kinds = sorted(HOSTILE)
    order = [kinds[i % len(kinds)] for i in range(HOSTILE_REQUESTS)]
    random.Random(8).shuffle(order)
    good_url = f"http://127.0.0.1:{port}/sparql?query={urllib.parse.quote(CHAIRS)}"

    def attack(kind: str) -> tuple[str, int | None]:
        return kind, status_of(raw(port, HOSTILE[kind]))

    def good(_: int) -> list[str]:
        # While slow attacks hold every worker, the endpoint says so (503, "busy; try again
        # shortly"), as it should under overload; a good client tries again. Anything else
        # than that or the right answer fails the test.
        for _attempt in range(BUSY_RETRIES):
            status, _, body = call(good_url)
            if not (status == 503 and "busy" in body):
                break
        assert status == 200, (status, body)
        return sorted(b["chair"]["value"] for b in json.loads(body)["results"]["bindings"])

    with ThreadPoolExecutor(max_workers=8) as pool:
        attacks = pool.map(attack, order)
        answers = pool.map(good, range(100))
        outcomes = list(attacks)
        goods = list(answers)

    assert goods == [expected_chairs] * 100  # right answers all along
    refused = {}
    for kind, status in outcomes:
        refused.setdefault(kind, set()).add(status)
    for kind, statuses in refused.items():
        if kind in ODD_BUT_FAIR:
            # answered; on a loaded machine some meet "every worker is busy" (503), the
            # overload answer a good client also gets, but never a refusal as hostile
            assert 200 in statuses and statuses <= {200, 503}, (kind, statuses)
            continue
        for status in statuses:
            assert status is None or 400 <= status < 500 or status == 503, kind
    assert refused["deep braces"] == {400} and refused["deep parens"] == {400}
    # Among a thousand requests on a loaded machine the huge result may meet the time limit
    # before the size limit: either refusal is right here (the size limit alone is tested below).
    assert refused["huge result"] <= {400, 503} and refused["slow query"] == {503}
    assert refused["service"] == {403} == refused["load"] == refused["update body"]
    assert refused["huge url"] == {414} and refused["many headers"] == {431}
    assert refused["oversized body"] <= {413, None} and refused["unknown method"] == {405}
    assert refused["invalid utf-8 body"] == {400} == refused["invalid utf-8 url"]
    assert len(list(store.quads())) == quads_before  # nothing written
    status, _, _ = call(good_url)  # and still standing
    assert status == 200


@pytest.fixture(scope="module")
def roomy_server(disk_store):
    """The hostile server's result-size limit with a time limit no machine reaches first."""
    with serving(disk_store, time_limit=3600.0, max_result_bytes=200_000) as (port, _):
        yield port


def test_a_result_over_the_size_limit_is_refused_with_a_hint(roomy_server):
    raw_answer = raw(roomy_server, HOSTILE["huge result"])
    assert status_of(raw_answer) == 400
    assert b"LIMIT" in raw_answer


def test_a_slow_query_is_stopped_not_left_running(server):
    """Over its time limit a query is killed with its worker: the next ones are answered."""
    port, _ = server
    slow = q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    for _ in range(6):  # more than the 4 workers: with threads, they would all be taken
        assert call(f"http://127.0.0.1:{port}/sparql?{slow}")[0] == 503
    status, _, _ = call(f"http://127.0.0.1:{port}/sparql?{q('ASK {}')}")
    assert status == 200


def test_a_silent_client_does_not_block_others(server):
    port, _ = server
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(50)]
    try:
        status, _, _ = call(f"http://127.0.0.1:{port}/sparql?{q('ASK {}')}")
        assert status == 200
    finally:
        for sock in idle:
            sock.close()


@pytest.fixture
def impatient_server(seed_store):
    """A server that disconnects clients silent for half a second, with a 3 s time limit."""
    with serving(seed_store, time_limit=3.0, idle_timeout=0.5) as (port, _):
        yield port


def closed_by_server(sock: socket.socket) -> bytes:
    """Wait (up to a generous bound) until the server closes; what it sent before."""
    sock.settimeout(60)
    return read_until_closed(sock)


@pytest.mark.parametrize(
    "opening",
    [
        b"",  # connects and says nothing
        b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n",  # stops within its headers
        (  # stops within its body
            b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: 100\r\n\r\nASK"
        ),
    ],
)
def test_a_silent_client_is_disconnected_at_the_idle_timeout(impatient_server, opening):
    with socket.create_connection(("127.0.0.1", impatient_server)) as sock:
        sock.sendall(opening)
        assert b"200 OK" not in closed_by_server(sock)


def test_a_client_silent_between_requests_is_disconnected(impatient_server):
    with socket.create_connection(("127.0.0.1", impatient_server)) as sock:
        sock.sendall(get(q("ASK {}")).replace(b"Connection: close\r\n", b""))
        assert b"200 OK" in closed_by_server(sock)


def test_the_idle_timeout_does_not_cut_a_query_that_is_running(impatient_server):
    """A query longer than the idle timeout is answered (here 503 at its time limit)."""
    slow = q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    assert status_of(raw(impatient_server, get(slow))) == 503


@pytest.mark.parametrize(
    "value",
    [
        'Chongqing" } } ; DROP ALL ; SELECT * { {"',
        "Chongqing> } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #",
        '\\" } #',
        "x\nINSERT DATA { <a:a> <a:b> <a:c> }",
    ],
)
def test_named_query_parameters_cannot_inject_sparql(seed_store, value):
    before = len(list(seed_store.quads()))
    rows = list(run_query(seed_store, "city-directives", {"city": value}).rows)
    assert rows == []  # the value is one literal that names no city
    assert len(list(seed_store.quads())) == before


def test_the_server_binds_to_loopback_unless_told_otherwise(seed_store):
    http, runner = make_server(seed_store, port=0)
    try:
        assert http.server_address[0] == "127.0.0.1"
    finally:
        http.server_close()
        runner.close()


@pytest.mark.parametrize(
    "value",
    ['Chongqing" } } ; DROP ALL ; SELECT * { {"', "x\nINSERT DATA { <a:a> <a:b> <a:c> }"],
)
def test_parameters_spliced_for_a_remote_server_stay_one_literal(value):
    """A remote server gets the parameters written into the query text (VALUES)."""
    import pyoxigraph as ox

    from kg.query import bind, load_query
    from kg.store.remote import _with_prologue, _with_values

    query = load_query("city-directives")
    text = _with_values(_with_prologue(query.text, None), bind(query, {"city": value}))
    assert list(ox.Store().query(text)) == []  # parses as one SELECT: nothing got out
    assert ox.Literal(value).__str__() in text


@pytest.mark.parametrize(
    ("query", "refused"),
    [
        ('SELECT ?s WHERE { ?s rdfs:label "LOAD the data; INSERT it" }', None),
        ("SELECT ?s WHERE { ?s ?p <http://example.org/service/load> } # SERVICE", None),
        ("PREFIX insert: <http://x/> SELECT ?s WHERE { ?s insert:drop ?o }", None),
        ("PREFIX p: <http://x/>\nBASE <http://y/>\nINSERT DATA { <a> <b> <c> }", 403),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", 403),
        ("SELECT * WHERE { SERVICE <http://evil/sparql> { ?s ?p ?o } }", 403),
        ("SELECT * WHERE { " + "{ " * 65 + "?s ?p ?o" + " }" * 65 + " }", 400),
        ('SELECT * WHERE { ?s ?p "' + "{" * 100 + '" }', None),
    ],
)
def test_checks_read_keywords_and_brackets_outside_strings_iris_and_comments(query, refused):
    from kg.endpoint.results import Refused
    from kg.endpoint.server import check_query

    if refused is None:
        check_query(query)
    else:
        with pytest.raises(Refused) as caught:
            check_query(query)
        assert caught.value.status == refused
