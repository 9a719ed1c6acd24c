"""The same store behaviour on the embedded Oxigraph store and on a real Virtuoso server."""

from __future__ import annotations

import os

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.pipeline import build, build_texts, remove
from kg.query import list_queries, run_query
from kg.rdf.iris import article_iri
from kg.store import RemoteStore, open_store

from ..conftest import SEEDS
from .proxy import FlakyProxy
from .virtuoso import environment, virtuoso

#: Named queries whose answers differ by design between servers: Virtuoso subtracts dates
#: as seconds, Oxigraph as an xsd:dayTimeDuration, so the lag column is computed differently.
SERVER_DEPENDENT = {"transmission-lag"}


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("virtuoso")
    try:
        with virtuoso(folder) as base:
            yield base
    except FileNotFoundError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"{exc}; scripts/test.sh installs it")
        pytest.skip(str(exc))


@pytest.fixture
def remote(virtuoso_url, monkeypatch):
    for name, value in environment(virtuoso_url).items():
        monkeypatch.setenv(name, value)
    store = open_store(None, endpoint=f"{virtuoso_url}/sparql")
    for graph in list(store.graphs()):  # each test starts from an empty server
        store.remove_graph(graph)
    return store


@pytest.fixture(params=["oxigraph", "virtuoso"])
def any_store(request):
    if request.param == "oxigraph":
        return open_store(None)
    return request.getfixturevalue("remote")


def test_build_remove_and_skip_unchanged(any_store):
    report = build([SEEDS], any_store)
    assert len(report.built) == 5
    assert sorted(g.value for g in any_store.graphs()) == sorted(
        article_iri(p.stem).value for p in SEEDS.glob("*.txt")
    )
    assert build([SEEDS], any_store).unchanged == sorted(p.stem for p in SEEDS.glob("*.txt"))
    others = {q for q in any_store.quads() if q.graph_name != article_iri("004_a3e676ec107fb325")}
    assert remove(any_store, ["004_a3e676ec107fb325"]) == (["004_a3e676ec107fb325"], [])
    assert set(any_store.quads()) == others


def test_every_named_query_answers_the_same_on_both_backends(remote):
    embedded = open_store(None)
    build([SEEDS], embedded)
    build([SEEDS], remote)
    assert set(embedded.quads()) == set(remote.quads())
    for query in list_queries():
        if query.name in SERVER_DEPENDENT:
            continue
        params = {p.name: p.example for p in query.params}
        here = run_query(embedded, query.name, params).records()
        there = run_query(remote, query.name, params).records()
        assert sorted(map(sorted_items, here)) == sorted(map(sorted_items, there)), query.name
        assert here, query.name


def sorted_items(record: dict) -> tuple:
    return tuple(sorted((k, v or "") for k, v in record.items()))


def test_a_server_that_fails_mid_upload_leaves_no_partial_graph(remote, monkeypatch):
    build([SEEDS / "003_b713ebd0c8636235.txt"], remote)
    before = set(remote.quads())
    broken = RemoteStore(remote.endpoint)
    broken.gsp_url = "http://127.0.0.1:9/graph-store"  # nothing listens: every upload fails
    monkeypatch.setattr("kg.store.remote.RETRY_PAUSE", 0.01)
    graph = article_iri("003_b713ebd0c8636235")
    quad = ox.Quad(
        ox.NamedNode("https://w3id.org/policykg/id/x"),
        ox.NamedNode("https://w3id.org/policykg/id/p"),
        ox.Literal("new"),
        graph,
    )
    with pytest.raises(StoreError, match="cannot reach"):
        broken.replace_graph(graph, [quad])
    assert set(remote.quads()) == before  # the old graph is intact
    assert not upload_graphs_left(remote)


def upload_graphs_left(store) -> bool:
    return store.query('ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRENDS(STR(?g), ".upload")) }')


@pytest.fixture
def flaky(remote, virtuoso_url, monkeypatch):
    """The remote store reached through a proxy that can cut the connection mid-upload;
    uploads go in batches of 40 triples, so an article takes several requests."""
    port = int(virtuoso_url.rsplit(":", 1)[1])
    proxy = FlakyProxy(port)
    monkeypatch.setattr("kg.store.remote.BATCH_TRIPLES", 40)
    through = f"http://127.0.0.1:{proxy.port}"
    for name, value in environment(through).items():
        monkeypatch.setenv(name, value)
    yield open_store(None, endpoint=f"{through}/sparql"), proxy
    proxy.close()


def article_quads(text: str) -> tuple[ox.NamedNode, list[ox.Quad]]:
    store = open_store(None)
    build_texts([("flaky", text)], store)
    graph = article_iri("flaky")
    return graph, [q for q in store.quads() if q.graph_name == graph]


def test_a_short_outage_mid_upload_is_retried_and_the_upload_completes(flaky, remote):
    store, proxy = flaky
    graph, quads = article_quads((SEEDS / "003_b713ebd0c8636235.txt").read_text())
    assert len(quads) > 3 * 40  # several upload requests
    proxy.cut_upload(2, then_refuse=1)  # the second batch and its first retry
    store.replace_graph(graph, quads)
    assert proxy.uploads >= 3 and set(remote.quads()) == set(quads)
    assert not upload_graphs_left(remote)


def test_a_server_gone_mid_upload_leaves_the_old_graph_and_the_rerun_completes(
    flaky, remote, monkeypatch
):
    store, proxy = flaky
    monkeypatch.setattr("kg.store.remote.RETRY_PAUSE", 0.05)
    graph, old = article_quads((SEEDS / "003_b713ebd0c8636235.txt").read_text())
    _, new = article_quads((SEEDS / "004_a3e676ec107fb325.txt").read_text())
    remote.replace_graph(graph, old)
    proxy.cut_upload(2, then_refuse=None)  # gone for good after the first batch
    with pytest.raises(StoreError, match="cannot reach"):
        store.replace_graph(graph, new)
    proxy.restore()
    assert set(remote.quads()) == set(old)  # the old graph stands, nothing of the new one
    assert set(store.graphs()) == {graph}  # what the failed upload left is not read
    store.replace_graph(graph, new)  # the next run
    assert set(remote.quads()) == set(new)
    assert not upload_graphs_left(remote)


def test_replace_graph_puts_quads_in_the_named_graph_new_or_old(any_store):
    graph = ox.NamedNode("https://example.org/g")
    elsewhere = ox.NamedNode("https://example.org/other")
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    first = [ox.Quad(s, p, ox.Literal("one"), elsewhere), ox.Quad(s, p, ox.Literal("two"), graph)]
    any_store.replace_graph(graph, first)  # a new graph
    any_store.replace_graph(graph, first[:1])  # an existing one
    rows = any_store.query(f"SELECT ?g ?o WHERE {{ GRAPH ?g {{ {s} ?p ?o }} }}")
    assert [(r["g"].value, r["o"].value) for r in rows] == [(graph.value, "one")]


def test_virtuoso_blank_node_labels_are_read():
    from kg.store.remote import _term

    node = _term({"type": "bnode", "value": "nodeID://b10006"})
    assert isinstance(node, ox.BlankNode) and node.value == "nodeID___b10006"


@pytest.fixture
def two_articles(any_store):
    """Two article graphs of different sizes (3 and 2 triples) in the store under test."""
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    graphs = {article_iri("dataset-a"): 3, article_iri("dataset-b"): 2}
    for graph, size in graphs.items():
        any_store.replace_graph(
            graph, [ox.Quad(s, p, ox.Literal(str(i)), graph) for i in range(size)]
        )
    return any_store, [g.value for g in graphs]


def count(store, sparql: str, **dataset) -> int:
    return int(run_query(store, sparql, **dataset).rows[0][0].value)


def test_from_makes_the_default_graph_that_article_alone(two_articles):
    store, (a, b) = two_articles
    assert count(store, f"SELECT (COUNT(*) AS ?n) FROM <{a}> WHERE {{ ?s ?p ?o }}") == 3
    both = f"SELECT (COUNT(*) AS ?n) FROM <{a}> FROM <{b}> WHERE {{ ?s ?p ?o }}"
    assert count(store, both) == 5
    # no dataset: the union of all graphs, as before
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") >= 5


def test_from_named_lists_only_the_named_graphs(two_articles):
    store, (_, b) = two_articles
    rows = run_query(
        store, f"SELECT DISTINCT ?g FROM NAMED <{b}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    )
    assert [r[0].value for r in rows.rows] == [b]


def test_protocol_graphs_override_the_query_dataset(two_articles):
    store, (a, b) = two_articles
    from_a = f"SELECT (COUNT(*) AS ?n) FROM <{a}> WHERE {{ ?s ?p ?o }}"
    assert count(store, from_a, default_graphs=[b]) == 2
    named = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = run_query(store, named, named_graphs=[a]).rows
    assert [r[0].value for r in rows] == [a]
    # only named graphs given: the default graph is empty (SPARQL 1.1 Query §13.2)
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", named_graphs=[a]) == 0


def test_relative_iris_resolve_against_the_base(any_store):
    bound = run_query(any_store, "SELECT ?s WHERE { BIND(<x> AS ?s) }")
    assert bound.rows[0][0] == ox.NamedNode("https://w3id.org/policykg/id/x")
    built = run_query(any_store, "CONSTRUCT { <s> <p> 1 } WHERE {}", base_iri="http://example.org/")
    assert [[t.value for t in row] for row in built.rows] == [
        ["http://example.org/s", "http://example.org/p", "1"]
    ]
    # the query's own BASE wins over the given one
    own = run_query(any_store, "BASE <http://own.example/> SELECT ?s WHERE { BIND(<x> AS ?s) }")
    assert own.rows[0][0] == ox.NamedNode("http://own.example/x")


def test_a_place_spelt_two_ways_matches_both_ignoring_case(any_store):
    """The same city labelled "Chongqing" in one article and "CHONGQING" in another: a
    ``place`` parameter in any case gets the directives of both (several spellings are bound
    by a VALUES block); another city's stay out."""
    pol = "https://w3id.org/policykg/ontology#"
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    kind = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for article, city, spelling in [
        ("spelt-a", "chongqing", "Chongqing"),
        ("spelt-b", "chongqing", "CHONGQING"),
        ("spelt-c", "jinan", "Jinan"),
    ]:
        graph = article_iri(article)
        meeting, directive = ox.NamedNode(f"{graph.value}/m"), ox.NamedNode(f"{graph.value}/d")
        place = ox.NamedNode(f"https://w3id.org/policykg/id/place/{city}")
        triples = [
            (meeting, kind, ox.NamedNode(f"{pol}Meeting")),
            (meeting, ox.NamedNode(f"{pol}city"), place),
            (meeting, ox.NamedNode(f"{pol}issued"), directive),
            (directive, ox.NamedNode(f"{pol}text"), ox.Literal(f"act in {article}")),
            (place, kind, ox.NamedNode(f"{pol}Place")),
            (place, label, ox.Literal(spelling)),
        ]
        any_store.replace_graph(graph, [ox.Quad(*t, graph) for t in triples])
    for typed in ["chongqing", "CHONGQING", "Chongqing"]:
        rows = run_query(any_store, "city-directives", {"city": typed}).records()
        assert sorted((r["city"], r["text"]) for r in rows) == [
            ("CHONGQING", "act in spelt-b"),
            ("Chongqing", "act in spelt-a"),
        ], typed
    assert [
        r["text"] for r in run_query(any_store, "city-directives", {"city": "JINAN"}).records()
    ] == ["act in spelt-c"]
