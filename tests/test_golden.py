"""Golden graphs: each seed article's graph, kept in ``tests/golden/<article id>.nq`` and
compared whole, so that any change in extraction shows up as a diff to review, not as a score
that still clears its threshold.

The seeds are built as ``kg build seeds/`` builds them from the project folder (real model,
in-memory store). Graphs are compared as sets of quads, which is graph isomorphism while they
have no blank nodes (the pipeline mints IRIs for everything); if blank nodes ever appear,
rdflib's canonical labelling (``rdflib.compare``) takes over. When a change is intended,
regenerate the files and review their diff before committing:

    .venv/bin/python -m pytest tests/test_golden.py --update-golden
    git diff tests/golden
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import build
from kg.rdf.iris import article_iri
from kg.rdf.namespaces import PREFIXES
from kg.store import open_store
from kg.version import pipeline_version

from .conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"
#: Triples shown on each side of a failing comparison: enough to see the change, not a flood.
DIFF_LINES = 40
#: Characters of a triple shown in a diff (article texts and quotes are long literals).
TRIPLE_WIDTH = 160
#: Seed ids are their file names without suffix (files directly in seeds/).
SEED_IDS = sorted(path.stem for path in SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def seed_graphs() -> dict[str, list[ox.Quad]]:
    """Each seed article's quads, built from the project folder as the README's demo does
    (sources are recorded as given on the command line: ``seeds/<file>``)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        store = open_store(None)
        report = build([Path("seeds")], store)
    assert report.ok, report.failures
    graphs: dict[str, list[ox.Quad]] = {}
    for quad in store.quads():
        graphs.setdefault(quad.graph_name.value, []).append(quad)
    by_id = {
        article_id: [_versionless(q) for q in graphs.pop(article_iri(article_id).value, [])]
        for article_id in SEED_IDS
    }
    assert not graphs, f"graphs of no seed file: {sorted(graphs)}"
    return by_id


#: The pipeline version is a digest of the code and patterns (kg.version): every change to
#: them changes it, so golden graphs hold this stand-in and the test checks the real one apart.
PIPELINE_VERSION = ox.NamedNode("https://w3id.org/policykg/ontology#pipelineVersion")
VERSION_STAND_IN = ox.Literal("<derived>")


def _versionless(quad: ox.Quad) -> ox.Quad:
    if quad.predicate != PIPELINE_VERSION:
        return quad
    assert quad.object == ox.Literal(pipeline_version()), quad
    return ox.Quad(quad.subject, quad.predicate, VERSION_STAND_IN, quad.graph_name)


def golden_file(article_id: str) -> Path:
    return GOLDEN / f"{article_id}.nq"


def canonical_nquads(quads: Iterable[ox.Quad]) -> str:
    """N-Quads with one quad a line, sorted, so that a regenerated file diffs line by line."""
    lines = ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    return "".join(f"{line}\n" for line in sorted(set(lines)))


def graph_difference(
    expected: Iterable[ox.Quad], actual: Iterable[ox.Quad]
) -> tuple[list[str], list[str]]:
    """The triples only in ``expected`` and only in ``actual`` (as sorted N-Triples lines),
    up to blank node labels; two empty lists when the graphs are isomorphic."""
    expected, actual = set(expected), set(actual)
    if not any(_has_blank_node(quad) for quad in expected | actual):
        return _lines(expected - actual), _lines(actual - expected)
    from rdflib import Graph
    from rdflib.compare import graph_diff, to_isomorphic

    def canonical(quads: set[ox.Quad]):
        text = ox.serialize([quad.triple for quad in quads], format=ox.RdfFormat.N_TRIPLES)
        return to_isomorphic(Graph().parse(data=text.decode("utf-8"), format="nt"))

    _, only_expected, only_actual = graph_diff(canonical(expected), canonical(actual))
    return (
        sorted(" ".join(term.n3() for term in triple) for triple in only_expected),
        sorted(" ".join(term.n3() for term in triple) for triple in only_actual),
    )


def readable_diff(article_id: str, only_expected: list[str], only_actual: list[str]) -> str:
    """What changed, in prefixed names, at most :data:`DIFF_LINES` triples a side."""
    golden = golden_file(article_id).relative_to(ROOT)
    parts = [
        f"{article_id}: the graph differs from {golden} ({len(only_expected)} triples only "
        f"there, {len(only_actual)} only in this build). If the change is intended, run "
        "`pytest tests/test_golden.py --update-golden` and review `git diff tests/golden`."
    ]
    for title, sign, lines in (
        (f"only in {golden} (expected):", "-", only_expected),
        ("only in this build (actual):", "+", only_actual),
    ):
        if lines:
            parts.append(title)
            parts += [f"  {sign} {_shortened(line)}" for line in lines[:DIFF_LINES]]
            if len(lines) > DIFF_LINES:
                parts.append(f"  … and {len(lines) - DIFF_LINES} more")
    return "\n".join(parts)


@pytest.mark.slow
@pytest.mark.parametrize("article_id", SEED_IDS)
def test_a_seed_graph_equals_its_golden_graph(seed_graphs, article_id, request):
    quads = seed_graphs[article_id]
    assert quads, f"{article_id} built no graph"
    path = golden_file(article_id)
    if request.config.getoption("--update-golden"):
        text = canonical_nquads(quads)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            GOLDEN.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            pytest.skip(f"{path.relative_to(ROOT)} rewritten: review `git diff tests/golden`")
    assert path.exists(), f"no {path.relative_to(ROOT)}: run with --update-golden and review it"
    expected = ox.parse(path=path, format=ox.RdfFormat.N_QUADS)
    only_expected, only_actual = graph_difference(expected, quads)
    if only_expected or only_actual:
        pytest.fail(readable_diff(article_id, only_expected, only_actual), pytrace=False)


def test_every_golden_file_is_a_seed_article():
    stale = sorted(path.stem for path in GOLDEN.glob("*.nq") if path.stem not in SEED_IDS)
    assert not stale, f"golden files of no seed article (delete them): {stale}"


def test_the_comparison_is_isomorphism_and_names_the_changed_triples():
    graph = ox.NamedNode("https://w3id.org/policykg/id/article/x")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    person = ox.NamedNode("https://w3id.org/policykg/id/person/yuan_jiajun")

    def quads(name: str, blank: str, value: str) -> list[ox.Quad]:
        node = ox.BlankNode(blank)
        return [
            ox.Quad(person, label, ox.Literal(name), graph),
            ox.Quad(node, label, ox.Literal(value), graph),
        ]

    assert graph_difference(quads("Yuan Jiajun", "a", "v"), quads("Yuan Jiajun", "b", "v")) == (
        [],
        [],
    )  # blank nodes are matched by structure, not label
    only_expected, only_actual = graph_difference(
        quads("Yuan Jiajun", "a", "v"), quads("Yuan Jia", "a", "v")
    )
    assert [_shortened(line) for line in only_expected] == [
        'id:person/yuan_jiajun rdfs:label "Yuan Jiajun"'
    ]
    assert [_shortened(line) for line in only_actual] == [
        'id:person/yuan_jiajun rdfs:label "Yuan Jia"'
    ]


def _has_blank_node(quad: ox.Quad) -> bool:
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


def _lines(quads: set[ox.Quad]) -> list[str]:
    return sorted(f"{quad.subject} {quad.predicate} {quad.object}" for quad in quads)


def _shortened(triple: str) -> str:
    """IRIs as prefixed names where a prefix is known; over-long lines cut."""

    def prefixed(match: re.Match) -> str:
        iri = match[1]
        for prefix, namespace in PREFIXES.items():
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace) :]}"
        return match[0]

    short = re.sub(r"<([^<>\s]*)>", prefixed, triple)
    return short if len(short) <= TRIPLE_WIDTH else short[: TRIPLE_WIDTH - 1] + "…"
