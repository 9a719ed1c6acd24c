"""The README is executable: its commands exist, its SPARQL runs, its set-up commands work."""

from __future__ import annotations

import os
import re
import subprocess

import networkx as nx
import pytest
from typer.main import get_command

from kg.cli import app
from kg.query import run_query

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(get_command(app).commands))
def test_every_command_is_in_the_readme(command):
    assert f"kg {command}" in README


def test_readme_has_exactly_the_two_setup_commands_and_ci_runs_the_test_one():
    block = re.search(r"## Set up and run.*?```bash\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["bash scripts/demo.sh", "bash scripts/test.sh"]
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_sparql_example_answers_as_it_says(seed_store):
    example = re.findall(r"```sparql\n(.*?)```", README, re.S)[0]
    rows = run_query(seed_store, example).records()
    assert {
        "date": "2023-02-24",
        "city": "Chongqing",
        "chair": "Yuan Jiajun",
        "type": "standing committee meeting",
    } in rows


def test_readme_provenance_example_quotes_the_text(seed_store):
    example = re.findall(r"```sparql\n(.*?)```", README, re.S)[1]
    rows = run_query(seed_store, example).records()
    assert any("February 24" in r["quote"] for r in rows)


@pytest.mark.slow
def test_demo_script_builds_queries_and_writes_graphml(tmp_path):
    """The README's first command, for real (reuses the .venv the test command made)."""
    env = {
        **os.environ,
        "KG_STORE": str(tmp_path / "store"),
        "KG_GRAPHML": str(tmp_path / "graph.graphml"),
    }
    done = subprocess.run(
        ["bash", "scripts/demo.sh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert "Yuan Jiajun" in done.stdout and "2023-02-24" in done.stdout
    assert nx.read_graphml(tmp_path / "graph.graphml").number_of_nodes() > 50
