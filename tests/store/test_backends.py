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
