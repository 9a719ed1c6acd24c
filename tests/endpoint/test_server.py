"""kg serve: the SPARQL 1.1 Protocol over HTTP, what it refuses, and its page in Chromium."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.endpoint.serving import serving

CHAIRS = "SELECT DISTINCT ?chair WHERE { ?m pol:presidedBy/rdfs:label ?chair } ORDER BY ?chair"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def endpoint(seed_store):
    with serving(seed_store, time_limit=5.0) as (port, runner):
        yield f"http://127.0.0.1:{port}", runner


def call(
    url: str, *, data: bytes | None = None, headers: dict | None = None
) -> tuple[int, str, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def test_get_answers_sparql_results_json(endpoint):
    base, _ = endpoint
    status, media, body = call(f"{base}/sparql?query={urllib.parse.quote(CHAIRS)}")
    assert status == 200 and media.startswith("application/sparql-results+json")
    chairs = [b["chair"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert "Yuan Jiajun" in chairs and chairs == sorted(chairs)


@pytest.mark.parametrize(
    "accept, media, marker",
    [
        ("text/csv", "text/csv", "chair\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values", "?chair\n"),
        ("application/sparql-results+xml", "application/sparql-results+xml", "<sparql"),
    ],
)
def test_post_negotiates_result_formats(endpoint, accept, media, marker):
    base, _ = endpoint
    status, got, body = call(
        f"{base}/sparql",
        data=CHAIRS.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": accept},
    )
    assert status == 200 and got.startswith(media) and marker in body and "Yuan Jiajun" in body


def test_form_post_and_construct_as_turtle_and_ntriples(endpoint):
    base, _ = endpoint
    construct = "CONSTRUCT { ?m pol:presidedBy ?p } WHERE { ?m pol:presidedBy ?p }"
    form = urllib.parse.urlencode({"query": construct}).encode()
    status, media, body = call(
        f"{base}/sparql", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 200 and media.startswith("text/turtle") and "presidedBy" in body
    status, media, body = call(
        f"{base}/sparql?format=ntriples&query={urllib.parse.quote(construct)}"
    )
    assert media.startswith("application/n-triples") and body.count(" .\n") >= 3


def test_ask(endpoint):
    base, _ = endpoint
    status, _, body = call(f"{base}/sparql?query={urllib.parse.quote('ASK { ?m a pol:Meeting }')}")
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize(
    "data, headers, status, message",
    [
        (
            b"update=INSERT+DATA+%7B%3Ca%3Ab%3E+%3Ca%3Ab%3E+%3Ca%3Ab%3E%7D",
            {"Content-Type": "application/x-www-form-urlencoded"},
            403,
            "Update is not allowed",
        ),
        (b"DROP ALL", {"Content-Type": "application/sparql-update"}, 403, "Update is not allowed"),
        (
            b"PREFIX x: <a:>\nINSERT DATA { x:a x:b x:c }",
            {"Content-Type": "application/sparql-query"},
            403,
            "Update is not allowed",
        ),
        (
            b"SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
            {"Content-Type": "application/sparql-query"},
            403,
            "SERVICE and LOAD",
        ),
        (b"SELECT WHERE {", {"Content-Type": "application/sparql-query"}, 400, "syntax"),
        (b"", {"Content-Type": "application/sparql-query"}, 400, "give a query"),
    ],
)
def test_refusals(endpoint, data, headers, status, message):
    base, _ = endpoint
    got, _, body = call(f"{base}/sparql", data=data, headers=headers)
    assert got == status and message in body


def test_the_store_is_unchanged_after_refused_updates(endpoint, seed_store):
    base, _ = endpoint
    before = len(list(seed_store.quads()))
    call(f"{base}/sparql", data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
    assert len(list(seed_store.quads())) == before


def test_strings_mentioning_keywords_are_fine(endpoint):
    base, _ = endpoint
    query = 'SELECT ?x WHERE { BIND("DELETE SERVICE" AS ?x) }'
    status, _, body = call(f"{base}/sparql?query={urllib.parse.quote(query)}")
    assert status == 200 and "DELETE SERVICE" in body


def test_queries_over_the_time_limit_get_503(endpoint):
    base, runner = endpoint
    limit, runner.time_limit = runner.time_limit, 0.01
    try:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
        status, _, body = call(f"{base}/sparql?query={urllib.parse.quote(slow)}")
    finally:
        runner.time_limit = limit
    assert status == 503 and "time limit" in body


def test_oversized_bodies_are_refused(endpoint):
    base, _ = endpoint
    status, _, _ = call(
        f"{base}/sparql",
        data=b"x" * 1_100_000,
        headers={"Content-Type": "application/sparql-query"},
    )
    assert status == 413


def chromium_path() -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed; scripts/test.sh installs Debian's chromium")
        pytest.skip("Chromium is not installed (scripts/test.sh installs it)")
    return chromium


def chromium(url: str, *args: str) -> str:
    """Headless Chromium on ``url``; it waits for the page's requests before it acts."""
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                chromium_path(),
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                "--virtual-time-budget=15000",
                "--window-size=1280,900",
                *args,
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout


#: One query of each form, and what its finished page shows.
PAGE_CASES = {
    "select": (CHAIRS, ["<th>chair</th>", ">Yuan Jiajun</span></td>", ">Liu Qiang</span></td>"]),
    "meetings": (  # the page's own example: dates, labels, several columns
        "SELECT DISTINCT ?date ?city ?chair ?type WHERE { ?meeting a pol:Meeting ; "
        "pol:presidedBy/rdfs:label ?chair ; pol:meetingType/rdfs:label ?type . "
        "OPTIONAL { ?meeting pol:date ?date } OPTIONAL { ?meeting pol:city/rdfs:label ?city } } "
        "ORDER BY ?date ?chair",
        ['<span class="date">2023-02-24</span>', "<th>city</th>", "rows"],
    ),
    "ask": ("ASK { ?m a pol:Meeting }", ['class="answer yes"', "ASK answered"]),
    "construct": (
        "CONSTRUCT { ?m pol:presidedBy ?p } WHERE { ?m pol:presidedBy ?p }",
        [
            "<th>subject</th>",
            ">pol:presidedBy</a>",
            'title="https://w3id.org/policykg/id/',
            "triples",
        ],
    ),
    "describe": (
        "DESCRIBE ?m WHERE { ?m a pol:Meeting ; pol:date ?date } LIMIT 1",
        ["<th>predicate</th>", ">rdf:type</a>", ">pol:Meeting</a>", 'class="date"', "triples"],
    ),
    "error": (
        "SELECT ?x WHERE { ?x foo:bar ?y }",
        ['class="error"', "line 1, column 29", "unknown prefix foo:"],
    ),
}


@pytest.mark.parametrize("case", sorted(PAGE_CASES))
def test_the_page_finishes_every_query_form_in_headless_chromium(endpoint, case):
    base, _ = endpoint
    query, expected = PAGE_CASES[case]
    url = f"{base}/?query={urllib.parse.quote(query)}"
    dom = chromium(url, "--dump-dom")
    assert '<span id="status">running…</span>' not in dom  # finished
    for marker in expected:
        assert marker in dom, (marker, dom[-3000:])
    if shots := os.environ.get("KG_PAGE_SHOTS"):  # screenshots to look at (see README)
        os.makedirs(shots, exist_ok=True)
        chromium(url, f"--screenshot={os.path.join(shots, case + '.png')}")


def test_an_in_memory_store_is_served_with_queries_in_threads():
    """The Python API's in-memory stores cannot be shared with worker processes."""
    import pyoxigraph as ox

    from kg.store import open_store

    memory = open_store(None)
    graph = ox.NamedNode("https://w3id.org/policykg/id/article/x")
    memory.replace_graph(
        graph,
        [ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal("o"), graph)],
    )
    with serving(memory) as (port, _):
        query = urllib.parse.quote("SELECT ?o WHERE { ?s ?p ?o }")
        status, media, body = call(f"http://127.0.0.1:{port}/sparql?query={query}&format=csv")
    assert status == 200 and media.startswith("text/csv") and body == "o\r\no\r\n"
