"""The seeds built end to end with the real model into a real on-disk Oxigraph store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from kg.pipeline import build
from kg.rdf.iris import article_iri
from kg.store import open_store

from .conftest import GOLD, SEEDS


def test_every_seed_is_built(seed_build):
    _, report, _ = seed_build
    assert report.ok, report.failures
    assert sorted(a.id for a in report.built) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    totals = report.totals()
    assert totals["meetings"] >= 5 and totals["directives"] >= 40 and totals["cited speeches"] >= 5


def test_every_mention_quotes_the_original_text_exactly(seed_store):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    rows = list(
        seed_store.query(
            "SELECT ?id ?start ?end ?quote WHERE { ?m a pol:Mention ; pol:inArticle ?a ; "
            "pol:start ?start ; pol:end ?end ; pol:quote ?quote . ?a dcterms:identifier ?id }"
        )
    )
    assert len(rows) > 100
    for row in rows:
        text = texts[row["id"].value]
        start, end = int(row["start"].value), int(row["end"].value)
        assert 0 <= start < end <= len(text)
        assert text[start:end] == row["quote"].value


def test_every_extracted_node_has_provenance(seed_store):
    rows = list(
        seed_store.query(
            "SELECT DISTINCT ?node WHERE { ?node a ?c . "
            "VALUES ?c { pol:Meeting pol:Official pol:CitedSpeech pol:PolicyDocument pol:Directive pol:Post } "
            "FILTER NOT EXISTS { ?node prov:wasDerivedFrom ?m } }"
        )
    )
    assert rows == []


def test_each_article_is_its_own_named_graph(seed_store):
    graphs = {g.value for g in seed_store.graphs()}
    assert graphs == {article_iri(p.stem).value for p in SEEDS.glob("*.txt")}
    ask = seed_store.query(
        "ASK { GRAPH <https://w3id.org/policykg/id/article/003_b713ebd0c8636235> { "
        "<https://w3id.org/policykg/id/article/003_b713ebd0c8636235> a pol:Article ; "
        'dcterms:identifier "003_b713ebd0c8636235" ; pol:reports ?m } }'
    )
    assert ask is True


def test_building_twice_gives_identical_iris_and_dataset(tmp_path, seed_store):
    other = open_store(tmp_path / "again")
    build([SEEDS], other)
    assert set(other.quads()) == set(seed_store.quads())


def test_unchanged_articles_are_skipped_and_rebuild_reextracts(tmp_path):
    store = open_store(tmp_path / "s")
    one = SEEDS / "004_a3e676ec107fb325.txt"
    assert len(build([one], store).built) == 1
    again = build([one], store)
    assert (again.built, again.unchanged) == ([], ["004_a3e676ec107fb325"])
    assert len(build([one], store, rebuild=True).built) == 1


def test_bad_files_fail_alone_and_stored_articles_survive(tmp_path):
    store = open_store(tmp_path / "s")
    build([SEEDS / "003_b713ebd0c8636235.txt"], store)
    before = set(store.quads())
    batch = tmp_path / "batch"
    batch.mkdir()
    # same id as the stored article, but now unreadable: the stored graph must stay
    (batch / "003_b713ebd0c8636235.txt").write_bytes(b"\xff\xfe broken")  # a UTF-16 mark
    (batch / "empty.txt").write_text("", encoding="utf-8")
    shutil.copy(SEEDS / "004_a3e676ec107fb325.txt", batch)
    report = build([batch, tmp_path / "nowhere.txt"], store)
    assert [a.id for a in report.built] == ["004_a3e676ec107fb325"]
    reasons = sorted(f"{Path(f.source).name}: {f.reason}" for f in report.failures)
    assert reasons[0] == "003_b713ebd0c8636235.txt: has a UTF-16 byte-order mark but is not utf-16"
    assert reasons[1] == "empty.txt: is empty"
    assert reasons[2].startswith("nowhere.txt: no such file")
    assert before <= set(store.quads())


def test_scraped_formatting_does_not_change_what_is_extracted():
    """Windows line ends, non-breaking spaces, full-width punctuation, 【】 and a Chinese label."""
    from kg.pipeline import build_texts
    from kg.query import run_query

    text = (
        "【Chongqing Daily】\r\n发布时间：2023-02-25 08:00\r\n\r\n"
        "On the morning of February 24,\u00a0the Standing Committee of the Municipal Party "
        "Committee held a meeting.\u00a0Yuan Jiajun,\u00a0Secretary of the Municipal Party "
        "Committee,\u00a0presided over the meeting.\r\nThe meeting pointed out that it is "
        "necessary to strengthen work safety\uff0cand prevent major accidents.\r\n"
    )
    store = open_store(None)
    assert build_texts([("messy", text)], store).ok
    (meeting,) = run_query(store, "meetings").records()
    assert (meeting["date"], meeting["city"], meeting["chair"]) == (
        "2023-02-24",
        "Chongqing",
        "Yuan Jiajun",
    )
    assert run_query(store, "officials").records()[0]["post"] == (
        "Secretary of the Chongqing Municipal Party Committee"
    )


# Article ids: unique, stable, never overwriting each other (issue 13, point 1)


def _graph_ids(store) -> dict[str, str]:
    """article IRI -> its dcterms:identifier, for every article graph stored."""
    rows = store.query(
        "SELECT ?g ?id WHERE { GRAPH ?g { ?g a pol:Article ; dcterms:identifier ?id } }"
    )
    return {r["g"].value: r["id"].value for r in rows}


def test_same_file_names_in_two_folders_are_two_articles(tmp_path):
    corpus = tmp_path / "corpus"
    for folder, seed in (("a", "003_b713ebd0c8636235"), ("b", "004_a3e676ec107fb325")):
        (corpus / folder).mkdir(parents=True)
        shutil.copy(SEEDS / f"{seed}.txt", corpus / folder / "report.txt")
    store = open_store(tmp_path / "store")
    report = build([corpus], store)
    assert report.ok, report.failures
    assert sorted(a.id for a in report.built) == ["a/report", "b/report"]
    assert _graph_ids(store) == {article_iri(i).value: i for i in ("a/report", "b/report")}
    again = build([corpus], store)  # stable: the next run finds both unchanged
    assert again.built == [] and sorted(again.unchanged) == ["a/report", "b/report"]


def test_the_article_count_is_the_graphs_stored_when_files_are_given_twice():
    store = open_store(None)
    given = [SEEDS, *sorted(GOLD.glob("*.txt"))]  # the seeds are among the gold articles
    report = build(given, store)
    assert report.ok, report.failures
    graphs = sum(1 for _ in store.graphs())
    assert report.totals()["articles"] == graphs == len(list(GOLD.glob("*.txt")))
    assert sorted(Path(s).name for s, _ in report.repeated) == sorted(
        p.name for p in SEEDS.glob("*.txt")
    )


def test_a_second_text_under_an_id_already_given_fails_naming_both(tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    clash = other / "003_b713ebd0c8636235.txt"
    shutil.copy(SEEDS / "004_a3e676ec107fb325.txt", clash)  # another text, the same name
    store = open_store(None)
    report = build([SEEDS, clash], store)
    [failure] = report.failures
    first = SEEDS / "003_b713ebd0c8636235.txt"
    assert failure.source == str(clash) and str(first) in failure.reason
    assert "same article id '003_b713ebd0c8636235'" in failure.reason
    assert len(report.built) == sum(1 for _ in store.graphs()) == 5
    stored = store.query(
        "SELECT ?source WHERE { GRAPH ?g { ?g dcterms:identifier '003_b713ebd0c8636235' ; "
        "dcterms:source ?source } }"
    )
    assert [r["source"].value for r in stored] == [str(first)]  # the first, not overwritten


def test_json_lines_ids_given_twice_with_other_texts_fail(tmp_path):
    text = (SEEDS / "003_b713ebd0c8636235.txt").read_text(encoding="utf-8")
    for name, tail in (("one", ""), ("two", " Revised.")):
        (tmp_path / f"{name}.jsonl").write_text(json.dumps({"id": "jn/1", "text": text + tail}))
    report = build([tmp_path], open_store(None))
    assert [a.id for a in report.built] == ["jn/1"]
    [failure] = report.failures
    assert failure.source.endswith("two.jsonl:1") and "one.jsonl:1" in failure.reason
