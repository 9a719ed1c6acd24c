"""Start-up: commands that need no extraction, SHACL, graph library or DataFrame do not import
them (each costs from 0.1 s to over a second of every start), and a build in which every
article is unchanged never loads spaCy.

Each command runs as a real ``kg`` process under ``python -X importtime``, which lists every
module the process imported; nothing in policykg has to cooperate.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).parent / "kg"
#: Top-level packages no command of the start-up benchmark may import.
HEAVY = ("spacy", "pyshacl", "trafilatura", "dask", "distributed", "networkx", "rdflib", "pandas")


def _imported(arguments: list[str], cwd: Path) -> set[str]:
    """Top-level names of the modules imported by ``python -X importtime <arguments>``."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    # "import time:   self [us] | cumulative | imported package" (the header), then a line a module
    names = (
        line.rpartition("|")[2].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    )
    return {name.split(".")[0] for name in names if name != "imported package"}


def _heavy(modules: set[str]) -> list[str]:
    return [name for name in HEAVY if name in modules]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A folder with ``seeds/`` and ``store/``, the seeds built into it."""
    folder = tmp_path_factory.mktemp("startup")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    subprocess.run(
        [KG, "build", "seeds", "--store", "store"], cwd=folder, check=True, capture_output=True
    )
    return folder


def test_importing_the_cli_imports_no_heavy_library(tmp_path):
    modules = _imported(["-c", "import kg.cli"], tmp_path)
    assert "kg" in modules and "typer" in modules
    assert _heavy(modules) == []


@pytest.mark.parametrize(
    "command",
    [
        ["--help"],
        ["build", "--help"],
        ["query", "meetings", "--store", "store"],
        ["query", "--list"],
        ["stats", "--store", "store"],
        ["export", "--format", "nquads", "--out", "graph.nq", "--store", "store"],
    ],
    ids=" ".join,
)
def test_light_commands_import_no_heavy_library(command, built):
    assert _heavy(_imported([str(KG), *command], built)) == []


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_all_unchanged_rebuild_does_not_import_spacy(workers, built):
    modules = _imported([str(KG), "build", "seeds", "--store", "store", "-w", workers], built)
    assert "kg" in modules
    assert _heavy(modules) == []


def test_the_cli_names_every_export_format_and_view():
    """The CLI lists the exporter's formats and views without importing it (networkx)."""
    from kg import export
    from kg.cli import EXPORT_FORMATS, EXPORT_VIEWS

    assert EXPORT_FORMATS == export.EXPORTERS
    assert tuple(export.VIEWS) == EXPORT_VIEWS
