from __future__ import annotations

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import ExportError
from kg.export import export


def test_graphml_parses_back_with_label_and_type_on_every_node(tmp_path, seed_store):
    path = tmp_path / "graph.graphml"
    count = export(seed_store, path, "graphml")
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() == count > 50
    assert graph.number_of_edges() > 50
    for node, data in graph.nodes(data=True):
        assert data.get("label") and data.get("type"), node
    types = {d["type"] for _, d in graph.nodes(data=True)}
    assert {"Meeting", "Official", "Directive", "CitedSpeech", "Place"} <= types
    assert "Mention" not in types
    yuan = next(n for n, d in graph.nodes(data=True) if d["label"] == "Yuan Jiajun")
    assert any(d["label"] == "presidedBy" for _, _, d in graph.in_edges(yuan, data=True))


def test_graphml_with_provenance_keeps_mentions(tmp_path, seed_store):
    path = tmp_path / "full.graphml"
    export(seed_store, path, "graphml", with_provenance=True)
    assert "Mention" in {d["type"] for _, d in nx.read_graphml(path).nodes(data=True)}


@pytest.mark.parametrize(
    "fmt, rdf_format",
    [
        ("nquads", ox.RdfFormat.N_QUADS),
        ("trig", ox.RdfFormat.TRIG),
        ("turtle", ox.RdfFormat.TURTLE),
        ("ntriples", ox.RdfFormat.N_TRIPLES),
    ],
)
def test_rdf_exports_round_trip(tmp_path, seed_store, fmt, rdf_format):
    path = tmp_path / f"out.{fmt}"
    count = export(seed_store, path, fmt)
    parsed = list(ox.parse(path=str(path), format=rdf_format))
    assert len(parsed) == count
    if rdf_format.supports_datasets:
        assert set(parsed) == set(seed_store.quads())


def test_jsonld_is_read_by_rdflib(tmp_path, seed_store):
    path = tmp_path / "out.jsonld"
    count = export(seed_store, path, "jsonld")
    dataset = rdflib.Dataset()
    dataset.parse(data=path.read_text(encoding="utf-8"), format="json-ld")
    assert len(list(dataset.quads((None, None, None, None)))) == count


def test_unknown_format(tmp_path, seed_store):
    with pytest.raises(ExportError, match="unknown export format"):
        export(seed_store, tmp_path / "x", "pdf")
