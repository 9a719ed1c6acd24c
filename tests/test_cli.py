"""Each command through the real CLI: help texts, exit codes, messages."""

from __future__ import annotations

import json
import re
import shutil

import networkx as nx
import pytest
from typer.main import get_command
from typer.testing import CliRunner

from kg.cli import app

from .conftest import SEEDS

runner = CliRunner()
COMMANDS = sorted(get_command(app).commands)


def test_there_are_commands():
    assert {"build", "query", "export", "stats"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output and f"kg {command}" in result.output


def test_build_query_export_stats(tmp_path):
    store = str(tmp_path / "store")
    built = runner.invoke(app, ["build", str(SEEDS / "003_b713ebd0c8636235.txt"), "--store", store])
    assert built.exit_code == 0, built.output
    assert "Yuan Jiajun" in built.output and "directives" in built.output

    listed = runner.invoke(app, ["query", "--list", "--store", store])
    assert "city-directives" in listed.output and "city (place)" in listed.output
    assert "concept (xsd:string, optional)" in listed.output

    answered = runner.invoke(app, ["query", "meetings", "--store", store, "--format", "json"])
    bindings = json.loads(answered.stdout)["results"]["bindings"]
    assert bindings[0]["chair"]["value"] == "Yuan Jiajun"

    csv_out = runner.invoke(
        app, ["query", "city-directives", "-p", "city=Chongqing", "-f", "csv", "--store", store]
    )
    assert csv_out.exit_code == 0 and csv_out.stdout.startswith(
        "city,date,meeting,modality,verb,text"
    )

    graphml = tmp_path / "g.graphml"
    exported = runner.invoke(app, ["export", "-f", "graphml", "-o", str(graphml), "--store", store])
    assert exported.exit_code == 0 and nx.read_graphml(graphml).number_of_nodes() > 10
    gexf = tmp_path / "speeches.gexf"
    args = ["export", "-f", "gexf", "--view", "speeches", "-o", str(gexf), "--store", store]
    exported = runner.invoke(app, args)
    assert exported.exit_code == 0, exported.output
    assert {d["type"] for _, d in nx.read_gexf(gexf).nodes(data=True)} == {"Place", "CitedSpeech"}

    stats = runner.invoke(app, ["stats", "--store", store])
    assert "pol:Meeting" in stats.output and "1 article graphs" in stats.output


def test_bad_files_are_named_and_exit_nonzero_while_good_ones_build(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "004_a3e676ec107fb325.txt", folder)
    (folder / "noise.txt").write_bytes(bytes(range(128, 256)) * 20)
    result = runner.invoke(app, ["build", str(folder), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "noise.txt: is not UTF-8" in result.stderr
    assert "004_a3e676ec107fb325" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["query", "nope"], "no named query 'nope'"),
        (["query", "meetings", "-f", "xml"], "unknown format 'xml'"),
        (["query", "meetings", "-p", "novalue"], "--param takes NAME=VALUE"),
        (["export", "-f", "pdf", "-o", "x.pdf"], "unknown export format"),
        (["export", "-f", "gexf", "--view", "maps", "-o", "x.gexf"], "unknown view"),
        (["build", "seeds", "--model", "xx_no_such_model"], "is not installed"),
    ],
)
def test_errors_are_one_clear_line(tmp_path, seed_build, args, message):
    _, _, store_path = seed_build
    copy = tmp_path / "store"
    shutil.copytree(store_path, copy)  # never let a failing command touch the shared store
    result = runner.invoke(app, [*args, "--store", str(copy)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_query_dataset_and_base_iri(tmp_path, seed_build):
    """FROM, --default-graph and --named-graph choose the graphs; relative IRIs (here the
    article's) resolve against the instance namespace."""
    seed, _, store_path = seed_build
    copy = tmp_path / "store"
    shutil.copytree(store_path, copy)
    article = "article/003_b713ebd0c8636235"
    own = len([q for q in seed.quads() if q.graph_name.value.endswith(article)])
    count = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"

    def answer(*args: str) -> list[str]:
        result = runner.invoke(app, ["query", *args, "-f", "json", "--store", str(copy)])
        assert result.exit_code == 0, result.output
        rows = json.loads(result.stdout)["results"]["bindings"]
        return [value["value"] for row in rows for value in row.values()]

    assert answer(count.format(f"FROM <{article}>")) == [str(own)]
    assert answer(
        count.format(""), "--default-graph", f"https://w3id.org/policykg/id/{article}"
    ) == [str(own)]
    assert int(answer(count.format(""))[0]) == len(seed)  # the union, as before
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    named = answer(graphs, "--named-graph", f"https://w3id.org/policykg/id/{article}")
    assert named == [f"https://w3id.org/policykg/id/{article}"]
    assert answer("SELECT ?x WHERE { BIND(<x> AS ?x) }", "--base", "http://example.org/") == [
        "http://example.org/x"
    ]


def test_query_on_a_missing_store_says_so(tmp_path):
    result = runner.invoke(app, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "run `kg build` first" in result.stderr


def test_remove_and_validate(tmp_path):
    store = str(tmp_path / "store")
    runner.invoke(app, ["build", str(SEEDS), "--store", store])
    checked = runner.invoke(app, ["validate", "--store", store])
    assert checked.exit_code == 0 and "conforms" in checked.stdout
    removed = runner.invoke(app, ["remove", "003_b713ebd0c8636235", "--store", store])
    assert removed.exit_code == 0 and "removed 003_b713ebd0c8636235" in removed.stdout
    again = runner.invoke(app, ["remove", "003_b713ebd0c8636235", "--store", store])
    assert again.exit_code == 1 and "not in the store: 003_b713ebd0c8636235" in again.stderr


def test_nested_ids_build_remove_and_include(tmp_path):
    corpus = tmp_path / "corpus"
    for folder, seed in (("a", "003_b713ebd0c8636235"), ("b", "004_a3e676ec107fb325")):
        (corpus / folder).mkdir(parents=True)
        shutil.copy(SEEDS / f"{seed}.txt", corpus / folder / "report.txt")
    shutil.copy(SEEDS / "000_2b4b9528c6deaf91.txt", corpus / "README.md")  # not walked
    store = str(tmp_path / "store")
    built = runner.invoke(app, ["build", str(corpus), "--store", store])
    assert built.exit_code == 0, built.output
    assert "a/report" in built.stdout and "b/report" in built.stdout
    assert re.search(r"articles\s*│\s*2\b", built.stdout) and "README" not in built.stdout
    assert "2 article graphs" in runner.invoke(app, ["stats", "--store", store]).stdout

    removed = runner.invoke(app, ["remove", "a/report", "--store", store])
    assert removed.exit_code == 0 and "removed a/report" in removed.stdout
    assert "1 article graphs" in runner.invoke(app, ["stats", "--store", store]).stdout

    included = runner.invoke(app, ["build", str(corpus), "--include", "*.md", "--store", store])
    assert included.exit_code == 0, included.output
    assert re.search(r"articles\s*│\s*2\b", included.stdout)  # a/report again, and README
    assert re.search(r"unchanged \(skipped\)\s*│\s*1\b", included.stdout)  # b/report


def test_extract_takes_include_patterns_and_nested_ids(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    shutil.copy(SEEDS / "003_b713ebd0c8636235.txt", corpus / "a" / "report.md")
    out = tmp_path / "parts"
    result = runner.invoke(app, ["extract", str(corpus), "--include", "*.md", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "extracted 1 articles" in result.stdout
    [part] = out.glob("*.nq")
    assert "/id/article/a/report>" in part.read_text(encoding="utf-8")
