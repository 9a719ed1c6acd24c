"""Cross-article identity: people by jurisdiction, speeches by registry, merges measured."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from kg.evaluate import evaluate_merges
from kg.extract.gazetteer import gazetteer
from kg.pipeline import build
from kg.rdf.iris import article_iri
from kg.resolve.identity import (
    ARTICLE_LOCAL,
    ARTICLE_PLACE,
    JURISDICTION,
    NATIONAL,
    identity,
    one_letter_apart,
)
from kg.resolve.speeches import (
    ARTICLE_LOCAL as SPEECH_LOCAL,
)
from kg.resolve.speeches import (
    AT_REGISTERED_EVENT,
    INSPECTION_PLACE_YEAR,
    REGISTRY,
    resolve_speech,
)
from kg.store import open_store
from kg.types import Span, SpeechRecord

from ..conftest import ROOT

FIXTURES = ROOT / "tests" / "resolve" / "fixtures"
HUBEI, XIANGYANG, JINAN = (gazetteer().lookup(n) for n in ("Hubei", "Xiangyang", "Jinan"))


@pytest.mark.parametrize(
    "orgs, article_place, has_role, rule, place",
    [
        (["CPC Central Committee"], None, True, NATIONAL, None),
        # the most local place the posts name: Xiangyang, not Hubei
        (
            [
                "Standing Committee of the CPC Hubei Provincial Committee",
                "CPC Xiangyang Municipal Committee",
            ],
            XIANGYANG,
            True,
            JURISDICTION,
            "Xiangyang",
        ),
        ([], JINAN, True, ARTICLE_PLACE, "Jinan"),
        ([], None, True, ARTICLE_LOCAL, None),
        (["Municipal Party Committee"], None, True, ARTICLE_LOCAL, None),
    ],
)
def test_identity_scopes(orgs, article_place, has_role, rule, place):
    local = (
        [p for p in (XIANGYANG, HUBEI) if p]
        if article_place is XIANGYANG
        else ([article_place] if article_place else [])
    )
    found = identity(orgs, local, article_place, has_role)
    assert found.rule == rule
    assert (found.place.name if found.place else None) == place


@pytest.mark.parametrize(
    "a, b, apart",
    [
        ("yuanjiajun", "yuanjiajan", True),
        ("chenminer", "chenmier", True),
        ("liqiang", "liqiang", False),
        ("anwei", "anwie", False),
        ("wangming", "wangmingg", True),
        ("abc", "xyz", False),
    ],
)
def test_one_letter_apart(a, b, apart):
    assert one_letter_apart(a, b) is apart


@pytest.mark.parametrize(
    "kind, occasion, label, article_date, rule, given",
    [
        (
            "conference",
            None,
            "Central Economic Work Conference",
            date(2024, 1, 3),
            REGISTRY,
            date(2023, 12, 11),
        ),
        (
            "conference",
            None,
            "Central Economic Work Conference",
            date(2023, 6, 1),
            REGISTRY,
            date(2022, 12, 15),
        ),
        # a yearly conference with no date to tell which year: not guessed
        ("conference", None, "Central Economic Work Conference", None, SPEECH_LOCAL, None),
        (
            "speech",
            "when inspecting Heilongjiang",
            "x",
            date(2023, 9, 20),
            REGISTRY,
            date(2023, 9, 6),
        ),
        (
            "speech",
            "at the Second Plenary Session of the 20th Central Commission for Discipline Inspection",
            "x",
            date(2023, 1, 20),
            AT_REGISTERED_EVENT,
            date(2023, 1, 9),
        ),
        (
            "speech",
            "during his inspection in Guangdong",
            "x",
            date(2023, 4, 20),
            INSPECTION_PLACE_YEAR,
            None,
        ),
        (
            "speech",
            "at the symposium on private enterprises",
            "x",
            date(2023, 4, 20),
            SPEECH_LOCAL,
            None,
        ),
        # an event cited before it happened is not that event
        (
            "plenary session",
            None,
            "Third Plenary Session of the 20th CPC Central Committee",
            date(2023, 5, 1),
            SPEECH_LOCAL,
            None,
        ),
    ],
)
def test_speech_resolution(kind, occasion, label, article_date, rule, given):
    record = SpeechRecord(
        label=label, kind=kind, span=Span(0, 1), rule="r", speaker="Xi Jinping", occasion=occasion
    )
    found = resolve_speech(record, article_date)
    assert (found.rule, found.given_on) == (rule, given)


def test_merges_on_the_fixtures_are_exact():
    report = evaluate_merges(FIXTURES)
    assert report.wrong_merges == [] and report.precision == 1.0
    assert report.recall >= 0.9, report.missed_merges
    assert report.not_found == []


def test_a_wrong_expectation_is_caught(tmp_path):
    """The measure can fail: claiming the two Li Qiangs are one person is a missed merge."""
    for path in FIXTURES.glob("*.txt"):
        shutil.copy(path, tmp_path)
    spec = json.loads((FIXTURES / "merges.json").read_text(encoding="utf-8"))
    for mention in spec["mentions"]:
        if mention["label"] == "Li Qiang":
            mention["cluster"] = "one-li-qiang"
    (tmp_path / "merges.json").write_text(json.dumps(spec), encoding="utf-8")
    report = evaluate_merges(tmp_path)
    assert any("Li Qiang" in pair for pair in report.missed_merges)


def test_removing_or_rebuilding_one_article_keeps_shared_nodes_consistent(tmp_path):
    store = open_store(tmp_path / "store")
    build(sorted(FIXTURES.glob("*.txt")), store)
    meeting = "<https://w3id.org/policykg/id/meeting/chongqing-2023-09-15-standing-committee>"
    reports = f"SELECT ?a WHERE {{ ?a pol:reports {meeting} }}"
    assert len(list(store.query(reports))) == 2  # one meeting, two reporting outlets
    before = {
        str(q)
        for q in store.quads()
        if q.graph_name != article_iri("f2_chongqing_0915_other_outlet")
    }

    store.remove_graph(article_iri("f2_chongqing_0915_other_outlet"))
    assert [r["a"].value for r in store.query(reports)] == [article_iri("f1_chongqing_0915").value]
    assert {str(q) for q in store.quads()} == before  # every other article's facts untouched
    chair = store.query(f'ASK {{ {meeting} pol:presidedBy/rdfs:label "Yuan Jiajun" }}')
    assert chair is True

    build([FIXTURES / "f1_chongqing_0915.txt"], store, rebuild=True)
    assert {str(q) for q in store.quads()} == before
