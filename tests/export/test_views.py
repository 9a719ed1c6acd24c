"""The Gephi views: schema-valid files, read back whole, with typed attributes and time."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.errors import ExportError
from kg.export import VIEWS, export, view_graph
from kg.pipeline import build_texts
from kg.query import run_query
from kg.store import open_store

SCHEMAS = Path(__file__).parent / "schemas"
READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}

#: Two reports of two Jinan meetings attended by the same two officials.
CO_PRESENT = [
    (
        "jinan-1",
        "Jinan, March 3, 2023\nOn the morning of March 2, the Standing Committee of the Jinan "
        "Municipal Party Committee held a meeting. Liu Qiang, Secretary of the Municipal Party "
        "Committee, presided over the meeting. Yu Haitian, Deputy Secretary of the Municipal "
        "Party Committee and Mayor, attended the meeting. The meeting pointed out that it is "
        "necessary to strengthen work safety.",
    ),
    (
        "jinan-2",
        "Jinan, April 12, 2023\nOn April 11, the Jinan Municipal Party Committee held a work "
        "conference on work safety. Liu Qiang, Secretary of the Municipal Party Committee, "
        "presided over the meeting. Yu Haitian, Deputy Secretary of the Municipal Party "
        "Committee and Mayor, attended the meeting and delivered a speech. The meeting stressed "
        "that we must prevent major accidents.",
    ),
]


@pytest.fixture(scope="module")
def co_present_store():
    store = open_store(None)
    build_texts(CO_PRESENT, store)
    return store


@pytest.fixture(scope="module")
def schemas():
    return {fmt: etree.XMLSchema(etree.parse(str(SCHEMAS / f"{fmt}.xsd"))) for fmt in READERS}


@pytest.mark.parametrize("fmt", sorted(READERS))
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_every_view_is_schema_valid_and_reads_back_whole(tmp_path, seed_store, schemas, view, fmt):
    path = tmp_path / f"{view}.{fmt}"
    count = export(seed_store, path, fmt, view=view)
    schema = schemas[fmt]
    assert schema.validate(etree.parse(str(path))), schema.error_log
    expected = view_graph(seed_store, view)
    back = READERS[fmt](path)
    assert back.number_of_nodes() == expected.number_of_nodes() == count > 0
    assert back.number_of_edges() == expected.number_of_edges()
    for _, data in back.nodes(data=True):
        assert data.get("label") and data.get("type") and data.get("iri")


def test_the_schema_check_can_fail(tmp_path, seed_store, schemas):
    path = tmp_path / "broken.graphml"
    export(seed_store, path, "graphml", view="speeches")
    text = path.read_text(encoding="utf-8").replace('attr.type="long"', 'attr.type="number"', 1)
    assert not schemas["graphml"].validate(etree.fromstring(text.encode()))


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_attribute_types_survive(tmp_path, co_present_store, fmt):
    path = tmp_path / f"people.{fmt}"
    export(co_present_store, path, fmt, view="people")
    back = READERS[fmt](path)
    by_label = {data["label"]: data for _, data in back.nodes(data=True)}
    assert by_label["Liu Qiang"]["meetings_presided"] == 2
    assert isinstance(by_label["Liu Qiang"]["meetings_presided"], int)
    assert by_label["Yu Haitian"]["meetings_presided"] == 0
    assert "Mayor" in by_label["Yu Haitian"]["posts"]
    assert by_label["Yu Haitian"]["city"] == "Jinan"
    (edge,) = back.edges(data=True)
    assert edge[2]["weight"] == 2 and edge[2]["meetings"] == 2


def test_people_are_linked_by_the_meetings_they_shared(co_present_store):
    graph = view_graph(co_present_store, "people")
    names = {data["label"]: node for node, data in graph.nodes(data=True)}
    assert set(names) == {"Liu Qiang", "Yu Haitian"}
    edge = graph.edges[names["Liu Qiang"], names["Yu Haitian"]]
    assert edge["weight"] == 2
    assert edge["date"] == "2023-03-02"  # the first meeting they shared
    assert graph.nodes[names["Liu Qiang"]]["date"] == "2023-03-02"


def test_speech_edges_carry_the_lag_the_named_query_reports(seed_store):
    graph = view_graph(seed_store, "speeches")
    lags: dict[tuple[str, str], list[int]] = {}
    for row in run_query(seed_store, "transmission-lag").records():
        if row.get("city"):
            lags.setdefault((row["city"], row["speech"]), []).append(int(row["lagDays"]))
    assert lags, "the seeds should have at least one dated speech studied by a dated meeting"
    seen = {}
    for city, speech, data in graph.edges(data=True):
        if graph.nodes[city]["type"] != "Place":
            city, speech = speech, city
        if "lag_days" in data:
            seen[(graph.nodes[city]["label"], graph.nodes[speech]["label"])] = data["lag_days"]
    assert seen.keys() == lags.keys()
    for key, lag in seen.items():
        assert lag == min(lags[key])  # the edge is dated by the first meeting
    assert {data["bipartite"] for _, data in graph.nodes(data=True)} == {0, 1}


def test_gexf_is_dynamic_with_dates_as_start(tmp_path, co_present_store):
    path = tmp_path / "people.gexf"
    export(co_present_store, path, "gexf", view="people")
    root = etree.parse(str(path)).getroot()
    ns = {"g": root.nsmap[None]}
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    starts = {node.get("label"): node.get("start") for node in graph.iterfind(".//g:node", ns)}
    assert starts["Liu Qiang"] == "2023-03-02"
    (edge,) = graph.iterfind(".//g:edge", ns)
    assert edge.get("start") == "2023-03-02" and float(edge.get("weight")) == 2


def test_concepts_view_weights_cities_by_mentions(seed_store):
    graph = view_graph(seed_store, "concepts")
    types = {data["type"] for _, data in graph.nodes(data=True)}
    assert types == {"Place", "Concept"}
    for u, v, data in graph.edges(data=True):
        assert {graph.nodes[u]["type"], graph.nodes[v]["type"]} == {"Place", "Concept"}
        assert data["weight"] == data["mentions"] >= 1


def test_full_view_carries_city_and_date(seed_store):
    graph = view_graph(seed_store, "full")
    meetings = [d for _, d in graph.nodes(data=True) if d["type"] == "Meeting"]
    assert any(d.get("city") == "Chongqing" and d.get("date") == "2023-02-24" for d in meetings)
    officials = [d for _, d in graph.nodes(data=True) if d["type"] == "Official"]
    assert any(d.get("city") == "Chongqing" for d in officials)


def test_file_ids_are_stable(tmp_path, seed_store):
    first, second = tmp_path / "a.graphml", tmp_path / "b.graphml"
    export(seed_store, first, "graphml")
    export(seed_store, second, "graphml")
    assert first.read_bytes() == second.read_bytes()


def test_unknown_view(tmp_path, seed_store):
    with pytest.raises(ExportError, match="unknown view 'maps'"):
        export(seed_store, tmp_path / "x.graphml", "graphml", view="maps")
