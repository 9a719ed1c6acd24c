"""The store as users touch it from Python: build from texts, remove, DataFrames, rdflib."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.pipeline import build, build_texts, remove
from kg.query import run_query
from kg.rdf.iris import article_iri
from kg.rdf.validate import validate
from kg.store import open_store, rdflib_dataset

from ..conftest import SEEDS

TEXT = (
    "date 2023-05-11\n\nOn May 10, the Standing Committee of the Xiangyang Municipal Party "
    "Committee held a meeting. Li Qiang, Secretary of the Xiangyang Municipal Party Committee, "
    "presided over the meeting. It is necessary to strengthen work safety."
)


def test_build_from_texts_and_query_as_a_dataframe():
    store = open_store(None)
    report = build_texts([("xy-1", TEXT), "   "], store)
    assert [a.id for a in report.built] == ["xy-1"]
    assert [f.source for f in report.failures] == ["<text text-2>"]
    frame = run_query(store, "meetings").to_dataframe()
    assert list(frame.columns) == ["meeting", "type", "date", "city", "body", "chair"]
    assert frame.loc[0, "chair"] == "Li Qiang" and frame.loc[0, "date"] == "2023-05-10"


def test_rdflib_view_holds_every_quad(seed_store):
    dataset = rdflib_dataset(seed_store)
    assert len(list(dataset.quads((None, None, None, None)))) == len(list(seed_store.quads()))


def test_remove_drops_one_article_and_nothing_else(tmp_path):
    store = open_store(tmp_path / "s")
    build([SEEDS], store)
    others = {q for q in store.quads() if q.graph_name != article_iri("003_b713ebd0c8636235")}
    assert remove(store, ["003_b713ebd0c8636235", "nope"]) == (["003_b713ebd0c8636235"], ["nope"])
    assert set(store.quads()) == others
    # the Chongqing official is still there, asserted by the other Chongqing article
    assert store.query('ASK { ?p rdfs:label "Yuan Jiajun" ; a pol:Official }') is True


def test_the_seeds_graph_satisfies_the_shapes(seed_store):
    report = validate(seed_store)
    assert report.conforms, report.violations[:5]
    assert report.triples > 1000


def test_violations_are_reported_not_stored(tmp_path):
    store = open_store(None)
    build_texts([("xy-1", TEXT)], store)
    graph = ox.NamedNode("https://w3id.org/policykg/id/article/broken")
    d = ox.NamedNode("https://w3id.org/policykg/id/directive/broken/1")
    m = ox.NamedNode("https://w3id.org/policykg/id/mention/broken/1")
    pol = "https://w3id.org/policykg/ontology#"
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    store.replace_graph(
        graph,
        [
            ox.Quad(d, rdf_type, ox.NamedNode(pol + "Directive"), graph),
            ox.Quad(d, ox.NamedNode(pol + "modality"), ox.Literal("perhaps"), graph),
            ox.Quad(m, rdf_type, ox.NamedNode(pol + "Mention"), graph),
            ox.Quad(
                m,
                ox.NamedNode(pol + "start"),
                ox.Literal("9", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                graph,
            ),
            ox.Quad(
                m,
                ox.NamedNode(pol + "end"),
                ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                graph,
            ),
        ],
    )
    report = validate(store)
    assert not report.conforms
    about_directive = {v.path for v in report.violations if v.focus == d.value}
    assert {
        pol + "text",
        pol + "modality",
        "http://www.w3.org/ns/prov#wasDerivedFrom",
    } <= about_directive
    assert any("end after it starts" in v.message for v in report.violations if v.focus == m.value)


@pytest.mark.parametrize("bad", ["", "   \n"])
def test_empty_texts_are_failures(bad):
    report = build_texts([("x", bad)], open_store(None))
    assert report.built == [] and "is empty" in str(report.failures[0])
