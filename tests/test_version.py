"""The pipeline version is derived from what shapes a graph, never bumped by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import version


@pytest.fixture()
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "kg"
    for folder in ("extract", "nlp/patterns", "extract/data"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "extract" / "people.py").write_text("RULE = 1\n")
    (root / "nlp" / "patterns" / "people.jsonl").write_text('{"id": "people.a.v1"}\n')
    (root / "extract" / "data" / "surnames.txt").write_text("Wang\n")
    (root / "cli.py").write_text("print('hello')\n")
    ontology = tmp_path / "ontology"
    ontology.mkdir()
    (ontology / "policykg.ttl").write_text("@prefix pol: <x#> .\n")
    monkeypatch.setattr("kg.resources.packaged", lambda *parts: root.joinpath(*parts))
    monkeypatch.setattr("kg.resources.ontology_dir", lambda: ontology)
    version.pipeline_version.cache_clear()
    yield root
    version.pipeline_version.cache_clear()


def _changed(path: Path, text: str) -> bool:
    before = version.pipeline_version()
    path.write_text(text)
    version.pipeline_version.cache_clear()
    return version.pipeline_version() != before


@pytest.mark.parametrize(
    "relative, text",
    [
        ("nlp/patterns/people.jsonl", '{"id": "people.a.v2"}\n'),  # a pattern row
        ("extract/data/surnames.txt", "Wang\nLi\n"),  # a word list
        ("extract/people.py", "RULE = 2\n"),  # extraction code
        ("../ontology/policykg.ttl", "@prefix pol: <y#> .\n"),  # the ontology
    ],
)
def test_what_shapes_a_graph_changes_the_version(package: Path, relative: str, text: str):
    assert _changed(package / relative, text)


def test_other_code_and_line_endings_do_not(package: Path):
    assert not _changed(package / "cli.py", "print('bye')\n")
    assert not _changed(package / "extract" / "people.py", "RULE = 1\r\n")


def test_the_installed_version_is_layout_and_digest():
    version.pipeline_version.cache_clear()
    value = version.pipeline_version()
    layout, _, digest = value.partition("+")
    assert layout == version.LAYOUT and len(digest) == 12 and int(digest, 16) >= 0
    assert version.pipeline_version() == value
