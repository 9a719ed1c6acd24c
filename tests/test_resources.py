"""kg.resources: the ontology and word lists are found inside the installed package."""

from __future__ import annotations

from pathlib import Path

import kg
from kg.config import settings
from kg.query import list_queries
from kg.resources import data_file, ontology_dir, ontology_file

PACKAGE = Path(kg.__file__).resolve().parent
ROOT = PACKAGE.parent


def test_the_ontology_and_word_lists_live_in_the_package():
    assert ontology_dir().resolve() == PACKAGE / "ontology"
    assert ontology_file("shapes.ttl").is_file()
    assert data_file("provinces.tsv").is_file()
    assert settings().queries_dir == ontology_file("queries")


def test_the_checkouts_ontology_folder_is_the_packaged_one():
    assert (ROOT / "ontology").resolve() == PACKAGE / "ontology"


def test_kg_ontology_points_elsewhere(tmp_path, monkeypatch):
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "mine.rq").write_text("# title: Mine\nASK {}\n", encoding="utf-8")
    monkeypatch.setenv("KG_ONTOLOGY", str(tmp_path))
    assert ontology_file("shapes.ttl") == tmp_path / "shapes.ttl"
    assert [q.name for q in list_queries()] == ["mine"]
