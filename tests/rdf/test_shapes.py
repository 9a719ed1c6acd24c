"""The per-article shape checker gives pyshacl's verdicts, on good graphs and broken ones."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyshacl import validate as shacl_validate

from kg.config import settings as kg_settings
from kg.pipeline import build
from kg.rdf.shapes import ShapesError, check_quads, load_shapes
from kg.store import open_store

from ..conftest import GOLD, SEEDS

SHAPES = rdflib.Graph().parse(kg_settings().ontology_dir / "shapes.ttl", format="turtle")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def pyshacl_verdict(quads: list[ox.Quad]) -> set[tuple[str, str | None]]:
    data = rdflib.Graph().parse(
        data=ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES).decode(),
        format="nt",
    )
    _, results, _ = shacl_validate(data, shacl_graph=SHAPES, inference="none", advanced=True)
    return {
        (str(results.value(r, SH.focusNode)), _optional(results.value(r, SH.resultPath)))
        for r in results.subjects(rdflib.RDF.type, SH.ValidationResult)
    }


def _optional(node) -> str | None:
    return None if node is None else str(node)


def our_verdict(quads: list[ox.Quad]) -> set[tuple[str, str | None]]:
    return {(v.focus, v.path) for v in check_quads(quads)}


@pytest.fixture(scope="module")
def article_graphs() -> list[list[ox.Quad]]:
    store = open_store(None)
    gold = sorted(GOLD.glob("*.txt"))
    assert build([SEEDS, *gold[::6]], store).ok
    graphs: dict = {}
    for quad in store.quads():
        graphs.setdefault(quad.graph_name, []).append(quad)
    return [graphs[g] for g in sorted(graphs, key=str)]


def test_every_shape_is_read():
    shapes = load_shapes()
    assert len(shapes) == 13
    assert sum(len(s.properties) for s in shapes) == 43
    assert sum(len(s.sparql) for s in shapes) == 0  # supported, not used: see below


def test_built_graphs_conform_for_both_checkers(article_graphs):
    assert len(article_graphs) >= 15
    for quads in article_graphs:
        assert our_verdict(quads) == set() == pyshacl_verdict(quads)


#: (kind, where, value): each break touches one quad, chosen by position modulo the graph size.
EDITS = st.lists(
    st.tuples(
        st.sampled_from(["drop", "retype", "relabel", "literal", "duplicate"]),
        st.integers(0, 10_000),
        st.sampled_from(["integer", "date", "string", "boolean", "", "-1", "perhaps", "day", "12"]),
    ),
    min_size=1,
    max_size=4,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(which=st.integers(0, 10_000), edits=EDITS)
def test_broken_graphs_get_the_same_verdict_as_pyshacl(article_graphs, which, edits):
    quads = list(article_graphs[which % len(article_graphs)])
    for kind, where, value in edits:
        index = where % len(quads)
        s, p, o, g = (
            quads[index].subject,
            quads[index].predicate,
            quads[index].object,
            quads[index].graph_name,
        )
        if kind == "drop":
            del quads[index]
        elif kind == "retype" and isinstance(o, ox.Literal) and value in DATATYPES:
            quads[index] = ox.Quad(s, p, ox.Literal(o.value, datatype=ox.NamedNode(XSD + value)), g)
        elif kind in {"relabel", "retype"}:
            quads[index] = ox.Quad(s, p, ox.Literal(value), g)
        elif kind == "literal":
            quads[index] = ox.Quad(s, p, ox.Literal("x"), g)
        else:
            quads.append(ox.Quad(s, p, quads[(where * 7) % len(quads)].object, g))
    ours, theirs = our_verdict(quads), pyshacl_verdict(quads)
    assert bool(ours) == bool(theirs)
    assert ours == theirs


def test_a_mention_ending_where_it_starts_is_a_violation_for_both(article_graphs):
    quads = article_graphs[0]
    end = next(q for q in quads if q.predicate.value.endswith("#end"))
    start = next(
        q for q in quads if q.subject == end.subject and q.predicate.value.endswith("#start")
    )
    broken = [q for q in quads if q != end]
    broken.append(ox.Quad(end.subject, end.predicate, start.object, end.graph_name))
    start_path = start.predicate.value
    assert our_verdict(broken) == pyshacl_verdict(broken) == {(end.subject.value, start_path)}


DATATYPES = {"integer", "date", "string", "boolean"}

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_shapes_using_unimplemented_shacl_are_refused(tmp_path):
    path = tmp_path / "shapes.ttl"
    path.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "<x:S> a sh:NodeShape ; sh:targetClass <x:C> ; sh:or ( <x:A> <x:B> ) .\n"
    )
    with pytest.raises(ShapesError, match="shacl#or"):
        load_shapes(path)


def test_a_violating_article_is_reported_and_not_stored(tmp_path, monkeypatch):
    shapes = tmp_path / "ontology"
    shapes.mkdir()
    for file in kg_settings().ontology_dir.glob("*.ttl"):
        (shapes / file.name).write_text(file.read_text())
    (shapes / "queries").symlink_to(kg_settings().ontology_dir / "queries")
    # a stricter contract: every directive must name a verb it cannot have in this article
    strict = (
        (shapes / "shapes.ttl")
        .read_text()
        .replace(
            "sh:property [ sh:path pol:verb ; sh:maxCount 1 ;",
            "sh:property [ sh:path pol:verb ; sh:minCount 2 ; sh:maxCount 1 ;",
        )
    )
    (shapes / "shapes.ttl").write_text(strict)
    monkeypatch.setenv("KG_ONTOLOGY", str(shapes))
    store = open_store(None)
    report = build([SEEDS / "003_b713ebd0c8636235.txt"], store)
    assert report.built == [] and len(store) == 0
    (failure,) = report.failures
    assert "breaks the SHACL shapes" in failure.reason and "#verb" in failure.reason


def test_sparql_constraints_are_checked_too(tmp_path, article_graphs):
    path = tmp_path / "shapes.ttl"
    path.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "<x:S> a sh:NodeShape ; sh:targetClass <https://w3id.org/policykg/ontology#Mention> ;\n"
        '  sh:sparql [ sh:message "no rule ids with digits" ; sh:select """SELECT $this WHERE {\n'
        '    $this <https://w3id.org/policykg/ontology#rule> ?r . FILTER(REGEX(?r, \'v1\')) }""" ] .\n'
    )
    quads = article_graphs[0]
    found = check_quads(quads, load_shapes(path))
    mentions = {q.subject.value for q in quads if q.predicate.value.endswith("#rule")}
    assert {v.focus for v in found} == mentions and found[0].message == "no rule ids with digits"
