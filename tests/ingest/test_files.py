"""Which files a folder walk reads, and the article id each gets (issue 13, points 1 and 2)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import count_articles, expand_paths, read_articles

from ..conftest import GOLD, SEEDS

TEXT = "On March 3, the Standing Committee of the Jinan Municipal Party Committee held a meeting."


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _ids(paths, include=()) -> dict[str, str]:
    """article id -> file name, for every article read (failing on any read error)."""
    items = list(read_articles(paths, include))
    assert not [i for i in items if isinstance(i, IngestError)], items
    return {a.id: Path(a.source).name for a in items}


def test_ids_are_paths_relative_to_the_folder_given(tmp_path):
    corpus = _tree(
        tmp_path / "corpus",
        {"a/report.txt": TEXT + " A.", "b/report.txt": TEXT + " B.", "top.txt": TEXT},
    )
    assert _ids([corpus]) == {"a/report": "report.txt", "b/report": "report.txt", "top": "top.txt"}
    assert _ids([corpus / "a"]) == {"report": "report.txt"}  # relative to the folder given
    assert _ids([corpus / "b" / "report.txt"]) == {"report": "report.txt"}  # named: its stem


def test_seed_ids_are_still_their_file_names():
    assert set(_ids([SEEDS])) == {p.stem for p in SEEDS.glob("*.txt")}


def test_json_lines_keep_their_ids_wherever_the_corpus_is(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "deep").mkdir(parents=True)
    (corpus / "deep" / "c.jsonl").write_text(json.dumps({"id": "jn-1", "text": TEXT}) + "\n")
    assert _ids([corpus]) == {"jn-1": "c.jsonl:1"}


WALKED = ["a.txt", "b.html", "c.htm", "d.jsonl", "e.jsonl.gz"]
NOT_WALKED = ["README.md", "notes.md", "data.csv", "page.xhtml", "x.text"]


def _mixed_folder(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"id": "line", "text": TEXT}) + "\n"
    for name in WALKED + NOT_WALKED:
        path = root / name
        if name.endswith(".gz"):
            path.write_bytes(gzip.compress(line.replace("line", "gz-line").encode()))
        elif name.endswith(".jsonl"):
            path.write_text(line)
        else:
            path.write_text(f"<html><body><p>{TEXT}</p></body></html>" if "htm" in name else TEXT)
    return root


def test_a_walk_reads_text_pages_and_json_lines_only(tmp_path):
    folder = _mixed_folder(tmp_path)
    found = [i.path.name for i in expand_paths([folder])]
    assert sorted(found) == sorted(WALKED)
    assert count_articles([folder]) == len(WALKED)


def test_the_gold_readme_is_not_an_article():
    assert (GOLD / "README.md").exists()
    names = {i.path.name for i in expand_paths([GOLD])}
    assert "README.md" not in names and len(names) == len(list(GOLD.glob("*.txt")))


def test_include_patterns_and_explicit_files_read_other_suffixes(tmp_path):
    folder = _mixed_folder(tmp_path / "in")
    _tree(folder, {"notes/extra.md": TEXT, "misc/extra.md": TEXT})
    found = {i.path.relative_to(folder).as_posix() for i in expand_paths([folder], ["*.md"])}
    assert found == set(WALKED) | {"README.md", "notes.md", "notes/extra.md", "misc/extra.md"}
    by_folder = {
        i.path.relative_to(folder).as_posix() for i in expand_paths([folder], ["notes/*.md"])
    }
    assert by_folder == set(WALKED) | {"notes/extra.md"}
    assert _ids([folder / "README.md"]) == {"README": "README.md"}
    assert count_articles([folder], ["*.md", "*.csv"]) == len(WALKED) + 5


def test_a_folder_with_no_article_files_says_what_is_walked(tmp_path):
    (tmp_path / "README.md").write_text(TEXT)
    [problem] = list(expand_paths([tmp_path]))
    assert isinstance(problem, IngestError)
    assert ".txt" in problem.reason and ".jsonl" in problem.reason
    [named] = list(expand_paths([tmp_path], ["*.csv"]))
    assert "*.csv" in named.reason


@pytest.mark.parametrize("name", ["report.txt", "report.html"])
def test_a_file_in_a_linked_folder_gets_its_path_under_the_link(tmp_path, name):
    real = _tree(tmp_path / "real", {name: TEXT})
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "site").symlink_to(real)
    assert [i.article_id for i in expand_paths([corpus])] == ["site/report"]
