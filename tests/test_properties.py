"""Properties that must hold for any text, checked with hypothesis.

Texts are drawn two ways: any Unicode at all (control characters, zero-width marks, CJK,
emoji, lone line breaks), and "genre soup" — sentences of the gold articles shuffled together
with scraper debris — which reaches far more of the extraction rules than random letters do.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.clean import clean
from kg.export import export, view_graph
from kg.ingest import article_from_text
from kg.pipeline import process
from kg.rdf.build import article_quads
from kg.rdf.iris import iri, slug
from kg.rdf.shapes import check_quads
from kg.store import open_store

from .conftest import GOLD

SENTENCES = sorted(
    {
        s.strip()
        for path in sorted(GOLD.glob("*.txt"))
        for s in re.split(r"(?<=[.!?。])\s+|\n+", path.read_text(encoding="utf-8"))
        if 3 < len(s.strip()) < 400
    }
)
DEBRIS = [
    "#Chongqing #news #meeting",
    "Leave a Reply",
    "Photo by reporter Su Si/Visual Chongqing",
    "date 2023-02-24 ▲",
    "\u200b",
    "\x07",
    "\ufeff",
    "\r\n",
    "《关于加强安全生产的决定》",
    "“two establishments”",
    "🙂",
    "html",
    "On the morning of February 30,",
    "Secretary Yuan jiajun presided.",
]
ANY_TEXT = st.text(min_size=1, max_size=400)
GENRE_SOUP = st.lists(
    st.one_of(st.sampled_from(SENTENCES), st.sampled_from(DEBRIS), st.text(max_size=20)),
    min_size=1,
    max_size=25,
).map(lambda parts: " ".join(parts))
TEXTS = st.one_of(ANY_TEXT, GENRE_SOUP)
#: An IRI as RDF 1.1 allows it (no spaces, no <>"{}|\^` and no controls) under our base.
VALID_IRI = re.compile(r"https://w3id\.org/policykg/id/[^\x00-\x20<>\"{}|\\^`]+")
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_cleaning_never_fails_and_maps_every_offset_into_the_original(text):
    cleaned = clean(text)
    length = len(cleaned.text)
    previous = 0
    for offset in range(length + 1):
        original = cleaned.mapped.to_original(offset)
        assert 0 <= original <= len(text) and original >= previous
        previous = original
    for removal in cleaned.removed:
        assert text[removal.span.start : removal.span.end] == removal.text


@SLOW
@given(TEXTS)
def test_extraction_never_fails_and_every_mention_quotes_its_text(text):
    if not text.strip():
        return
    article = article_from_text("prop", text, source="<prop>")
    quads = article_quads(process(article))
    mentions: dict = {}
    for quad in quads:
        name = quad.predicate.value.rsplit("#", 1)[-1]
        if name in {"start", "end", "quote"}:
            mentions.setdefault(quad.subject, {})[name] = quad.object.value
    for mention in mentions.values():
        start, end = int(mention["start"]), int(mention["end"])
        assert 0 <= start < end <= len(text)
        assert text[start:end] == mention["quote"]
    for quad in quads:
        for term in (quad.subject, quad.predicate, quad.object, quad.graph_name):
            if isinstance(term, ox.NamedNode) and "/policykg/id/" in term.value:
                assert VALID_IRI.fullmatch(term.value), term.value
    assert check_quads(quads) == []  # the shapes hold for whatever the rules made of it
    assert article_quads(process(article)) == quads  # stable: the same text, the same graph


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_iris_are_valid_and_stable_for_any_name(kind_text, name):
    made = iri("person", name)
    assert VALID_IRI.fullmatch(made.value)
    assert made == iri("person", name) and slug(name) == slug(name)
    assert len(made.value) < 200


LITERALS = st.text(max_size=80)


@settings(max_examples=100, deadline=None)
@given(st.lists(LITERALS, min_size=1, max_size=5))
def test_literals_survive_turtle_and_nquads(values):
    graph = ox.NamedNode("https://w3id.org/policykg/id/article/prop")
    subject = ox.NamedNode("https://w3id.org/policykg/id/x")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    quads = [ox.Quad(subject, label, ox.Literal(v), graph) for v in values]
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert set(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)) == set(quads)
    turtle = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.TURTLE)
    parsed = {q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)}
    assert parsed == {q.triple for q in quads}


@SLOW
@given(TEXTS)
def test_labels_survive_graphml_and_gexf(tmp_path_factory, text):
    if not text.strip():
        return
    store = open_store(None)
    article = article_from_text("prop", text, source="<prop>")
    quads = article_quads(process(article))
    store.replace_graph(quads[0].graph_name, quads)
    folder = tmp_path_factory.mktemp("export")
    view = view_graph(store, "full", with_provenance=True)
    expected = {
        (data["iri"], name, value)
        for _, data in view.nodes(data=True)
        for name, value in data.items()
        if isinstance(value, str)
    }
    assert any(name == "label" for _, name, _ in expected)
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = Path(folder) / f"graph.{fmt}"
        export(store, out, fmt, with_provenance=True)
        written = {
            (data["iri"], name, value)
            for _, data in read(out).nodes(data=True)
            for name, value in data.items()
            if isinstance(value, str) and name in {n for _, n, _ in expected}
        }
        assert written == expected, fmt


def test_characters_xml_cannot_carry_become_replacement_characters(tmp_path):
    store = open_store(None)
    graph = ox.NamedNode("https://w3id.org/policykg/id/article/a")
    person = ox.NamedNode("https://w3id.org/policykg/id/person/a")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    pol_person = ox.NamedNode("https://w3id.org/policykg/ontology#Person")
    store.replace_graph(
        graph,
        [
            ox.Quad(person, rdf_type, pol_person, graph),
            ox.Quad(person, label, ox.Literal("Wang\x07 Li\uffff 王\t🙂"), graph),
        ],
    )
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        export(store, tmp_path / f"g.{fmt}", fmt)
        labels = [d["label"] for _, d in read(tmp_path / f"g.{fmt}").nodes(data=True)]
        assert labels == ["Wang\ufffd Li\ufffd 王\t🙂"], fmt
