"""The bulk path: extract to N-Quads files without a store, load them into one."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.bulk import extract_to_files, load_files
from kg.errors import StoreError
from kg.pipeline import build
from kg.store import open_store

from .conftest import SEEDS


@pytest.fixture(scope="module")
def parts(tmp_path_factory):
    out = tmp_path_factory.mktemp("parts")
    report = extract_to_files([SEEDS], out, articles_per_file=2)
    assert report.ok and len(report.built) == 5
    return out


def test_parts_hold_whole_articles(parts):
    files = sorted(parts.glob("*.nq"))
    assert [f.name for f in files] == ["part-00000.nq", "part-00001.nq", "part-00002.nq"]
    graphs = [{q.graph_name for q in ox.parse(path=str(f))} for f in files]
    assert [len(g) for g in graphs] == [2, 2, 1]
    assert not list(parts.glob("*.partial"))


def test_bulk_load_into_an_empty_store_equals_a_build(tmp_path, parts, seed_store):
    store = open_store(tmp_path / "store")
    report = load_files(store, [parts])
    assert report.bulk and report.graphs == 5
    assert set(store.quads()) == set(seed_store.quads())
    assert report.quads == len(store)


def test_load_into_a_filled_store_replaces_graphs_without_duplicates(tmp_path, parts, seed_store):
    store = open_store(tmp_path / "store")
    build([SEEDS / "003_b713ebd0c8636235.txt"], store)
    report = load_files(store, [parts])
    assert not report.bulk
    assert set(store.quads()) == set(seed_store.quads())
    assert len(store) == len(seed_store)


def test_bad_input_is_named(tmp_path):
    broken = tmp_path / "broken.nq"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"broken\.nq"):
        load_files(open_store(None), [broken])
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match=r"holds no \.nq files"):
        load_files(open_store(None), [tmp_path / "empty"])
