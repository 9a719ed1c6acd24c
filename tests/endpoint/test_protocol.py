"""`kg serve` against the SPARQL 1.1 Protocol (W3C Recommendation, 21 March 2013), point by point.

Each test quotes the sentence of the specification it checks: the Protocol (§ numbers), the
SPARQL 1.1 Service Description (SD), the SPARQL 1.1 Query Results CSV and TSV Formats note
(CSV/TSV) or HTTP Semantics (RFC 9110) where the Protocol defers to HTTP. The last tests use
two real clients, SPARQLWrapper and rdflib's SPARQLStore, against a live `kg serve` process.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import subprocess
import sys
import threading
import urllib.parse
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from tests.endpoint.serving import serving

SELECT = "SELECT DISTINCT ?chair WHERE { ?m pol:presidedBy/rdfs:label ?chair } ORDER BY ?chair"
ASK = "ASK { ?m a pol:Meeting }"
CONSTRUCT = "CONSTRUCT { ?m pol:presidedBy ?p } WHERE { ?m pol:presidedBy ?p }"
DESCRIBE = "DESCRIBE ?m WHERE { ?m a pol:Meeting } LIMIT 1"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = rdflib.Namespace("http://www.w3.org/ns/formats/")


@pytest.fixture(scope="module")
def server(seed_store):
    with serving(seed_store, time_limit=20.0) as (port, _):
        yield port


class Answer:
    def __init__(self, response: http.client.HTTPResponse) -> None:
        self.status = response.status
        self.headers = response.headers
        self.body = response.read()
        self.media = (self.headers.get("Content-Type") or "").split(";")[0]

    @property
    def text(self) -> str:
        return self.body.decode()


def send(
    port: int,
    method: str,
    target: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, target, body=body, headers=headers or {})
        return Answer(connection.getresponse())
    finally:
        connection.close()


def get(port: int, query: str, accept: str | None = None, **params: str) -> Answer:
    fields = urllib.parse.urlencode({"query": query, **params})
    return send(port, "GET", f"/sparql?{fields}", headers={"Accept": accept} if accept else {})


# -- §2.1.5 and RFC 9110 §12.5.1: content negotiation --------------------------------------


@pytest.mark.parametrize(
    "accept, media",
    [
        # RFC 9110 §12.4.2: "a value of 0 means 'not acceptable'"
        ("text/csv;q=0, application/sparql-results+json", "application/sparql-results+json"),
        ("text/csv;q=0.2, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),
        # §12.5.1: "Media ranges can be overridden by more specific media ranges or specific
        # media types. If more than one media range applies to a given type, the most
        # specific reference has precedence."
        ("text/*;q=0.9, text/csv;q=0.1", "text/tab-separated-values"),
        ("text/*", "text/csv"),
        ("*/*", "application/sparql-results+json"),
        ("application/*;q=0.1, text/tab-separated-values;q=0.5", "text/tab-separated-values"),
        (None, "application/sparql-results+json"),  # no Accept: any format will do
    ],
)
def test_select_honours_q_values_and_wildcards(server, accept, media):
    answer = get(server, SELECT, accept)
    assert answer.status == 200 and answer.media == media


@pytest.mark.parametrize(
    "query, accept",
    [
        (SELECT, "text/turtle"),
        (SELECT, "application/sparql-results+json;q=0, text/html"),
        (CONSTRUCT, "application/sparql-results+json"),
        (CONSTRUCT, "text/csv"),
        (ASK, "text/turtle"),
    ],
)
def test_an_unacceptable_format_gets_406(server, query, accept):
    """RFC 9110 §15.5.7: "The 406 (Not Acceptable) status code indicates that the target
    resource does not have a current representation that would be acceptable to the user
    agent, according to the proactive negotiation header fields received in the request"."""
    answer = get(server, query, accept)
    assert answer.status == 406 and "this endpoint writes it as" in answer.text


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
@pytest.mark.parametrize(
    "accept, rdflib_format",
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
        ("application/ld+json", "json-ld"),
    ],
)
def test_graphs_in_every_rdf_format_are_the_same_graph(server, query, accept, rdflib_format):
    """§2.1.5: the result of CONSTRUCT and DESCRIBE is "an RDF graph serialized, for example,
    in the RDF/XML syntax, or an equivalent RDF graph serialization", and "the content type of
    the response to a successful query operation must be the media type defined for the
    format of the response body"."""
    answer = get(server, query, accept)
    assert answer.status == 200 and answer.media == accept
    graph = rdflib.Graph().parse(data=answer.body, format=rdflib_format)
    reference = rdflib.Graph().parse(
        data=get(server, query, "application/n-triples").body, format="nt"
    )
    assert len(graph) > 0 and isomorphic(graph, reference)


def test_csv_and_tsv_follow_the_w3c_note(server):
    """CSV/TSV §2: "The CSV format ... URIs are written as they are (no < >)"; §3: TSV terms
    "are written using the syntax of Turtle" (IRIs in <...>): full IRIs, never prefixed names."""
    query = "SELECT ?m ?chair WHERE { ?m pol:presidedBy/rdfs:label ?chair } ORDER BY ?m LIMIT 3"
    rows = list(csv.reader(io.StringIO(get(server, query, "text/csv").text)))
    assert rows[0] == ["m", "chair"] and all(row[0].startswith("http") for row in rows[1:])
    lines = get(server, query, "text/tab-separated-values").text.splitlines()
    assert lines[0] == "?m\t?chair"
    assert all(line.startswith("<http") and ">\t" in line for line in lines[1:])
    parsed = rdflib.query.Result.parse(
        io.StringIO(get(server, query, "text/tab-separated-values").text), format="tsv"
    )
    assert all(isinstance(row[0], rdflib.URIRef) for row in parsed)


@pytest.mark.parametrize(
    "accept, rdflib_format", [("text/csv", "csv"), ("text/tab-separated-values", "tsv")]
)
def test_ask_in_csv_and_tsv_reads_back_with_rdflib(server, accept, rdflib_format):
    """The CSV/TSV note covers SELECT results only: ASK is written as `kg query` writes it
    (kg.query.formats), Jena's one-column table `_askResult`, which rdflib's parsers read
    (Oxigraph's bare 'true' read as an empty SELECT in CSV and failed in TSV)."""
    answer = get(server, ASK, accept)
    assert answer.status == 200 and answer.media == accept
    parsed = rdflib.query.Result.parse(io.StringIO(answer.text), format=rdflib_format)
    assert [str(row[0]) for row in parsed] == ["true"]


# -- §2.1: the query operation's parameters -------------------------------------------------


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_two_query_parameters_are_a_400(server, how):
    """§2.1: "Client requests for this operation must include exactly one SPARQL query
    string (parameter name: query)"."""
    twice = urllib.parse.urlencode([("query", ASK), ("query", SELECT)])
    if how == "get":
        answer = send(server, "GET", f"/sparql?{twice}")
    elif how == "form":
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        answer = send(server, "POST", "/sparql", twice.encode(), form)
    else:  # one in the URL, one as the body
        url = "/sparql?" + urllib.parse.urlencode({"query": SELECT})
        answer = send(
            server, "POST", url, ASK.encode(), {"Content-Type": "application/sparql-query"}
        )
    assert answer.status == 400 and "exactly one query" in answer.text


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/json"])
def test_a_post_without_a_supported_content_type_is_a_415(server, content_type):
    """§2.1.2: "Clients must set the content type header of the HTTP request to
    application/x-www-form-urlencoded"; §2.1.3: "Clients must set the content type header
    of the HTTP request to application/sparql-query"."""
    headers = {"Content-Type": content_type} if content_type else {}
    answer = send(server, "POST", "/sparql", f"query={ASK}".encode(), headers)
    assert answer.status == 415
    assert "application/sparql-query" in answer.text


def test_the_three_ways_to_send_a_query_agree(server):
    """§2.1.1 query via GET, §2.1.2 via URL-encoded POST, §2.1.3 via POST directly."""
    by_get = get(server, SELECT).body
    form = urllib.parse.urlencode({"query": SELECT}).encode()
    by_form = send(
        server, "POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"}
    ).body
    direct = send(
        server, "POST", "/sparql", SELECT.encode(), {"Content-Type": "application/sparql-query"}
    ).body
    assert by_get == by_form == direct


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_get_405_with_allow(server, method):
    """§2.1: "the query operation" is sent "using either HTTP GET or HTTP POST"; RFC 9110
    §15.5.6: "The origin server MUST generate an Allow header field in a 405 response
    containing a list of the target resource's currently supported methods"."""
    answer = send(server, method, "/sparql", b"", {"Content-Type": "application/sparql-query"})
    assert answer.status == 405
    allowed = {m.strip() for m in answer.headers["Allow"].split(",")}
    assert {"GET", "POST", "HEAD", "OPTIONS"} <= allowed and method not in allowed


def test_head_answers_like_get_without_a_body(server):
    """RFC 9110 §9.3.2: "The HEAD method is identical to GET except that the server MUST NOT
    send content in the response"."""
    url = "/sparql?" + urllib.parse.urlencode({"query": SELECT})
    full, head = send(server, "GET", url), send(server, "HEAD", url)
    assert head.status == full.status == 200 and head.body == b""
    assert head.headers["Content-Type"] == full.headers["Content-Type"]
    assert head.headers["Content-Length"] == str(len(full.body))


# -- CORS: a page on another origin may query ------------------------------------------------


def test_answers_carry_access_control_allow_origin(server):
    for answer in (get(server, SELECT), get(server, "SELECT WHERE {")):
        assert answer.headers["Access-Control-Allow-Origin"] == "*"


def test_a_preflight_allows_posting_a_sparql_query_from_another_origin(server):
    """Fetch standard, CORS protocol: a cross-origin POST with Content-Type
    application/sparql-query is preceded by an OPTIONS request naming the method and the
    header; the browser sends the POST only if the answer allows both."""
    preflight = send(
        server,
        "OPTIONS",
        "/sparql",
        headers={
            "Origin": "http://elsewhere.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert 200 <= preflight.status < 300
    assert preflight.headers["Access-Control-Allow-Origin"] in {"*", "http://elsewhere.example"}
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
    answer = send(
        server,
        "POST",
        "/sparql",
        ASK.encode(),
        {"Origin": "http://elsewhere.example", "Content-Type": "application/sparql-query"},
    )
    assert answer.status == 200 and answer.headers["Access-Control-Allow-Origin"] == "*"


# -- Service Description ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "accept, rdflib_format",
    [("text/turtle", "turtle"), ("application/rdf+xml", "xml"), ("*/*", "turtle")],
)
def test_get_without_a_query_returns_a_service_description(server, accept, rdflib_format):
    """SD §2: "SPARQL services made available via the SPARQL Protocol should return a service
    description document at the service endpoint when dereferenced using the HTTP GET
    operation without any query parameter strings provided. This service description must be
    made available in an RDF serialization"."""
    answer = send(server, "GET", "/sparql", headers={"Accept": accept})
    assert answer.status == 200
    graph = rdflib.Graph().parse(data=answer.body, format=rdflib_format)
    service = graph.value(predicate=rdflib.RDF.type, object=SD.Service)
    assert service is not None
    assert graph.value(service, SD.endpoint) == rdflib.URIRef(f"http://127.0.0.1:{server}/sparql")
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.supportedLanguage, SD.SPARQL11Update) not in graph
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph
    formats = set(graph.objects(service, SD.resultFormat))
    assert {FORMATS.SPARQL_Results_JSON, FORMATS.SPARQL_Results_CSV, FORMATS.RDF_XML} <= formats


def test_a_browser_asking_for_html_gets_the_query_page(server):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    answer = send(server, "GET", "/sparql", headers={"Accept": browser})
    assert answer.status == 200 and answer.media == "text/html" and "<textarea" in answer.text


# -- §2.1.4 the dataset, and the base IRI ----------------------------------------------------


def _count(server: int, query: str, **params: str) -> int:
    answer = get(server, query, "application/sparql-results+json", **params)
    assert answer.status == 200, answer.text
    return int(json.loads(answer.body)["results"]["bindings"][0]["n"]["value"])


def _two_graphs(server: int) -> list[str]:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g LIMIT 2"
    return [b["g"]["value"] for b in json.loads(get(server, query).body)["results"]["bindings"]]


def test_default_graph_uri_defines_the_default_graph(server):
    """§2.1.4: "the RDF dataset ... may be specified either in the query string or via the
    default-graph-uri and named-graph-uri parameters"; "If different RDF datasets are
    specified in both the protocol request and the SPARQL query string, then the SPARQL
    service must execute the query using the RDF dataset given in the protocol request"."""
    first, second = _two_graphs(server)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    in_first = _count(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{first}> {{ ?s ?p ?o }} }}")
    union = _count(server, count)
    assert 0 < in_first < union
    assert _count(server, count, **{"default-graph-uri": first}) == in_first
    from_second = f"SELECT (COUNT(*) AS ?n) FROM <{second}> WHERE {{ ?s ?p ?o }}"
    in_second = _count(
        server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{second}> {{ ?s ?p ?o }} }}"
    )
    assert _count(server, from_second) == in_second < union  # the query's FROM, alone
    assert _count(server, from_second, **{"default-graph-uri": first}) == in_first


def test_named_graph_uri_defines_the_named_graphs(server):
    first, _ = _two_graphs(server)
    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert _count(server, graphs) > 1
    assert _count(server, graphs, **{"named-graph-uri": first}) == 1


def test_relative_iris_resolve_against_the_endpoint_url(server):
    """Query §4.1.1.1: relative IRIs are resolved against a base IRI; here, the endpoint's."""
    answer = get(server, "SELECT ?s WHERE { BIND(<x> AS ?s) }")
    assert answer.status == 200, answer.text
    value = json.loads(answer.body)["results"]["bindings"][0]["s"]["value"]
    assert value == f"http://127.0.0.1:{server}/x"
    graph = get(server, "CONSTRUCT { <s> <p> 1 } WHERE {}", "application/n-triples")
    assert graph.status == 200 and f"<http://127.0.0.1:{server}/s>" in graph.text


# -- real clients against a live `kg serve` --------------------------------------------------


@pytest.fixture(scope="module")
def live(seed_build):
    """`kg serve` as users start it, on the seeds' store, on a free loopback port."""
    _, _, path = seed_build
    kg = Path(sys.executable).parent / "kg"
    process = subprocess.Popen(
        [str(kg), "serve", "--store", str(path), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    line = process.stdout.readline()  # "serving ... at http://127.0.0.1:PORT/ ..."
    assert "serving" in line, line + process.stdout.read()
    base = line.split(" at ", 1)[1].split("/ ", 1)[0]
    yield base + "/sparql"
    process.terminate()
    process.wait(timeout=60)
    process.stdout.close()


# SPARQLWrapper 2.0 reads RDF/XML into an rdflib ConjunctiveGraph, which rdflib 7 deprecates
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("form", ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"])
def test_sparqlwrapper_in_its_default_formats(live, form):
    from SPARQLWrapper import SPARQLWrapper

    prefixes = "PREFIX pol: <https://w3id.org/policykg/ontology#>\n"
    query = (
        prefixes
        + {"SELECT": SELECT, "ASK": ASK, "CONSTRUCT": CONSTRUCT, "DESCRIBE": DESCRIBE}[form]
    )
    client = SPARQLWrapper(live)
    client.setQuery(query)
    result = client.query().convert()  # XML results; RDF/XML for graphs
    if form == "SELECT":
        chairs = [node.firstChild.data for node in result.getElementsByTagName("literal")]
        assert "Yuan Jiajun" in chairs
    elif form == "ASK":
        assert result.getElementsByTagName("boolean")[0].firstChild.data == "true"
    else:
        assert isinstance(result, rdflib.Graph) and len(result) > 0


def test_rdflib_sparqlstore_in_its_default_formats(live):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(live, returnFormat="xml")
    graph = rdflib.Graph(store)
    pol = "PREFIX pol: <https://w3id.org/policykg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    chairs = [str(row[0]) for row in graph.query(pol + SELECT)]
    assert "Yuan Jiajun" in chairs
    assert graph.query(pol + ASK).askAnswer is True
    assert len(graph.query(pol + CONSTRUCT).graph) > 0
    assert len(graph.query(pol + DESCRIBE).graph) > 0
    for csv_format in ("csv", "tsv"):
        store = SPARQLStore(live, returnFormat=csv_format)
        rows = list(rdflib.Graph(store).query(pol + SELECT))
        assert rdflib.Literal("Yuan Jiajun") in {row[0] for row in rows}


CROSS_ORIGIN_PAGE = """<!doctype html><html><body><p id="out">waiting</p><script>
fetch("ENDPOINT", {method: "POST", body: "ASK { ?m a pol:Meeting }",
  headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}})
  .then((r) => r.json()).then((d) => { document.getElementById("out").textContent = "boolean " + d.boolean; })
  .catch((e) => { document.getElementById("out").textContent = "failed " + e; });
</script></body></html>"""


def test_a_page_on_another_origin_can_post_a_query_in_headless_chromium(server, tmp_path):
    """The preflight and the answer's CORS header, as a real browser checks them: a page
    served from another origin (another port) POSTs application/sparql-query."""
    import functools
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from .test_server import chromium

    (tmp_path / "index.html").write_text(
        CROSS_ORIGIN_PAGE.replace("ENDPOINT", f"http://127.0.0.1:{server}/sparql")
    )
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    other_origin = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=other_origin.serve_forever, daemon=True)
    thread.start()
    try:
        dom = chromium(f"http://127.0.0.1:{other_origin.server_port}/index.html", "--dump-dom")
    finally:
        other_origin.shutdown()
        other_origin.server_close()
    assert "boolean true" in dom, dom


@pytest.mark.parametrize(
    "query, hint",
    [
        ("SELECT ?x WHERE { ?x foo:bar ?y }", "unknown prefix foo:"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT x", "expected"),
        ("SELECT * WHERE {\n  ?s ?p ?o ", "incomplete"),
    ],
)
def test_a_syntax_error_is_a_400_with_its_place_and_a_short_hint(server, query, hint):
    """§2.1.7 (failure responses): a query that is not "a legal sequence of characters in
    the language defined by the SPARQL grammar" gets 400; the body says where, briefly,
    instead of the parser's list of every token it could have taken there."""
    answer = get(server, query)
    assert answer.status == 400
    first, line, caret, said = answer.text.splitlines()
    assert first.startswith("SPARQL syntax error at line") and line.strip() in query
    assert caret.strip() == "^"
    assert hint in said and len(answer.text) < 400
