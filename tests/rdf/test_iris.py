"""Article IRIs: valid, stable and distinct for every id, ids with '/' included (issue 13.1)."""

from __future__ import annotations

from itertools import combinations

import pyoxigraph as ox
import pytest

from kg.rdf.iris import article_iri, local_iri
from kg.rdf.namespaces import ID

#: Ids a build can meet: file stems, paths under a folder, JSON Lines ids of any shape, and
#: pairs that a slug would fold together.
IDS = [
    "003_b713ebd0c8636235",
    "a/report",
    "b/report",
    "a-report",
    "a_report",
    "a/b/report",
    "Report One",
    "report-one",
    "Report",
    "report",
    "../report",
    "./report",
    "a//report",
    "a/report/",
    "/a/report",
    "https://example.org/news/2023/03/report.html?id=7",
    "报告",
    "报道",
    "x" * 200,
    "x" * 199 + "y",
]


def test_file_and_folder_ids_keep_their_readable_form():
    assert article_iri("003_b713ebd0c8636235").value == f"{ID}article/003_b713ebd0c8636235"
    assert article_iri("a/report").value == f"{ID}article/a/report"


def test_every_id_gets_its_own_iri():
    iris = {i: article_iri(i).value for i in IDS}
    assert len(set(iris.values())) == len(IDS), iris
    locals_ = {local_iri("directive", i, "120", "1").value for i in IDS}
    assert len(locals_) == len(IDS)


@pytest.mark.parametrize("article_id", IDS)
def test_iris_are_valid_stable_and_free_of_dot_segments(article_id):
    value = article_iri(article_id).value
    assert value == article_iri(article_id).value
    assert value.startswith(f"{ID}article/") and value.isascii()
    path = value.removeprefix(f"{ID}article/").split("/")
    assert all(segment not in {"", ".", ".."} for segment in path)
    quad = ox.Quad(
        ox.NamedNode(value), ox.NamedNode(f"{ID}p"), ox.Literal("x"), ox.NamedNode(value)
    )
    again = list(
        ox.parse(ox.serialize([quad], format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    )
    assert again == [quad]


def test_ids_differing_only_by_a_slash_never_share_nodes():
    pairs = [(a, b) for a, b in combinations(["a/report", "a-report", "a_report"], 2)]
    for a, b in pairs:
        assert local_iri("meeting", a, "1").value != local_iri("meeting", b, "1").value
