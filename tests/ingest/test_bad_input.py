"""What scrapers really save: every bad file is named with its reason, every good one is built.

The good article in each case is a seed, so "built" can be checked by what it holds: its
meeting, its chair and a mention quoting the original text.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import count_articles, read_article, read_articles
from kg.pipeline import build
from kg.store import open_store

from ..conftest import SEEDS

SEED = SEEDS / "003_b713ebd0c8636235.txt"
TEXT = SEED.read_text(encoding="utf-8")
TITLE = "《关于进一步加强安全生产工作的决定》"
CHINESE = TEXT.replace("▲", "") + f"\nThe meeting reviewed the {TITLE}.\n"
PAGE = f"""<!DOCTYPE html>
<html><head><title>Municipal Party Committee Standing Committee meeting</title>
<script>var x = "It is necessary to strengthen the scripts"; document.write(x);</script>
<style>body {{ color: red }}</style></head>
<body><nav><ul><li>Home</li><li>News</li><li>Leave a Reply</li></ul></nav>
<article>{"".join(f"<p>{p}</p>" for p in TEXT.split(chr(10)) if p.strip())}</article>
<footer>Copyright 2023. All rights reserved.</footer></body></html>"""


def chairs(store) -> set[str]:
    rows = store.query("SELECT ?name WHERE { ?m pol:presidedBy ?p . ?p rdfs:label ?name }")
    return {row["name"].value for row in rows}


def meetings(store) -> int:
    return len(list(store.query("SELECT DISTINCT ?m WHERE { ?m a pol:Meeting }")))


#: file name -> (bytes, the reason it must be refused, or None when it must be built)
CASES: dict[str, tuple[bytes, str | None]] = {
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b"  \n\t\n", "is empty"),
    "binary.txt": (bytes(range(256)) * 64, "looks binary"),
    "elf.txt": (b"\x7fELF\x02\x01\x01" + bytes(2000), "looks binary"),
    "gb18030.txt": (CHINESE.encode("gb18030"), None),
    "gbk.txt": (CHINESE.encode("gbk"), None),
    "utf16.txt": (TEXT.encode("utf-16"), None),  # with its byte-order mark
    "utf8-bom.txt": (TEXT.encode("utf-8-sig"), None),
    "page.html": (PAGE.encode("utf-8"), None),
    "invisible.txt": (
        TEXT.replace("Yuan Jiajun", "Yuan\u200b Jia\u200djun\u2060")
        .replace("presided", "presi\x07ded\x1b")
        .encode("utf-8"),
        None,
    ),
}


def write_cases(folder: Path) -> None:
    folder.mkdir()
    for name, (data, _) in CASES.items():
        (folder / name).write_bytes(data)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_file_is_built_or_refused_with_its_reason(tmp_path, name):
    data, reason = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    store = open_store(None)
    report = build([path], store)
    if reason is None:
        assert report.ok, report.failures
        assert chairs(store) == {"Yuan Jiajun"}, name
    else:
        assert len(report.failures) == 1
        assert report.failures[0].source == str(path) and reason in report.failures[0].reason
        assert len(store) == 0


def test_chinese_encodings_are_decoded_not_mangled(tmp_path):
    for encoding in ("gb18030", "gbk"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(CHINESE.encode(encoding))
        assert TITLE in read_article(path).text


def test_utf16_gives_the_graph_of_the_utf8_file(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(SEED, tmp_path / "a" / "x.txt")
    (tmp_path / "b" / "x.txt").write_bytes(TEXT.encode("utf-16"))
    graphs = []
    for folder in ("a", "b"):
        store = open_store(None)
        assert build([tmp_path / folder], store).ok
        kept = (
            q for q in store.quads() if not q.predicate.value.endswith(("contentHash", "source"))
        )
        graphs.append(set(kept))
    assert graphs[0] == graphs[1]


def test_an_html_page_gives_its_main_text_without_scripts_or_navigation(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("utf-8"))
    text = read_article(path).text
    assert "Yuan Jiajun" in text and "Standing Committee" in text
    for furniture in ("scripts", "document.write", "color: red", "Leave a Reply", "Home"):
        assert furniture not in text
    store = open_store(None)
    build([path], store)
    directives = [r["t"].value for r in store.query("SELECT ?t WHERE { ?d pol:text ?t }")]
    assert directives and not any("scripts" in d for d in directives)


def test_invisible_characters_are_cleaned_but_quotes_stay_exact(tmp_path):
    data, _ = CASES["invisible.txt"]
    path = tmp_path / "invisible.txt"
    path.write_bytes(data)
    store = open_store(None)
    assert build([path], store).ok
    text = data.decode("utf-8")
    rows = store.query("SELECT ?q ?s ?e WHERE { ?m pol:quote ?q ; pol:start ?s ; pol:end ?e }")
    quoted = [(r["q"].value, int(r["s"].value), int(r["e"].value)) for r in rows]
    assert quoted and all(text[s:e] == q for q, s, e in quoted)
    assert any("\u200b" in q for q, _, _ in quoted)  # the chair's mention, as written


def test_wrapped_lines_and_glued_brackets_are_read_and_quotes_stay_exact(tmp_path):
    text = (
        "(Reporter Zhang Li)On March 3, the Standing Committee of the Jinan Municipal Party\n"
        "Committee held a meeting. Secretary of the Municipal Party Committee Liu Qiang\n"
        "presided over the meeting.\n"
    )
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    store = open_store(None)
    assert build([path], store).ok
    rows = store.query(
        "SELECT ?name ?q ?s ?e WHERE { ?m pol:presidedBy ?p . ?p rdfs:label ?name ; "
        "prov:wasDerivedFrom ?x . ?x pol:quote ?q ; pol:start ?s ; pol:end ?e }"
    )
    found = [(r["name"].value, r["q"].value, int(r["s"].value), int(r["e"].value)) for r in rows]
    assert found and all(name == "Liu Qiang" and text[s:e] == q for name, q, s, e in found)


def test_a_50_mb_file_and_a_5_mb_line_are_refused_without_stopping_the_batch(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    with (folder / "huge.txt").open("wb") as out:
        for _ in range(50):
            out.write(b"The meeting pointed out that it is necessary. " * 22_000 + b"\n")
    (folder / "one-line.txt").write_bytes(b"word " * 1_000_000)  # 5 MB, no line break
    store = open_store(None)
    report = build([folder], store)
    reasons = {Path(f.source).name: f.reason for f in report.failures}
    assert set(reasons) == {"huge.txt", "one-line.txt"}
    assert "MB; one article file may be at most" in reasons["huge.txt"]
    assert "5,000,000 characters" in reasons["one-line.txt"]
    assert [a.id for a in report.built] == ["good"]


def test_symlink_loops_dead_links_and_fifos_end_the_walk(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "inner").mkdir(parents=True)
    shutil.copy(SEED, folder / "inner" / "good.txt")
    os.symlink("..", folder / "inner" / "up")  # inner/up/inner/up/... forever
    os.symlink(folder, folder / "inner" / "again")
    os.symlink(tmp_path / "missing.txt", folder / "dead.txt")
    os.mkfifo(folder / "pipe.txt")  # opening it would block for ever
    items = list(read_articles([folder]))
    articles = [i for i in items if not isinstance(i, Exception)]
    problems = {Path(i.source).name: i.reason for i in items if isinstance(i, Exception)}
    assert [a.id for a in articles] == ["inner/good"]  # its path under the folder given
    assert problems == {"dead.txt": "is a link to nothing", "pipe.txt": "is not a regular file"}


def test_unreadable_files_and_folders_are_named():
    top = Path(tempfile.mkdtemp(prefix="kg-unreadable-"))
    try:
        top.chmod(0o755)
        folder = top / "corpus"
        (folder / "closed").mkdir(parents=True)
        folder.chmod(0o755)
        shutil.copy(SEED, folder / "good.txt")
        (folder / "good.txt").chmod(0o644)
        secret = folder / "secret.txt"
        secret.write_text(TEXT, encoding="utf-8")
        secret.chmod(0)
        (folder / "closed").chmod(0)
        lines = sorted(_read_as_nobody(folder))
    finally:
        (top / "corpus" / "closed").chmod(0o755)
        shutil.rmtree(top)
    assert lines == [
        f"Article {folder / 'good.txt'}",
        f"IngestError {folder / 'closed'}: cannot be listed (Permission denied)",
        f"IngestError {secret}: cannot be read (Permission denied)",
    ]


def _read_as_nobody(folder: Path) -> list[str]:
    """read_articles in a forked child that drops root's right to read anything."""
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        try:
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            lines = [
                f"{type(i).__name__} {i}" if isinstance(i, Exception) else f"Article {i.source}"
                for i in read_articles([folder])
            ]
            os.write(writer, "\n".join(lines).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as stream:
        output = stream.read()
    os.waitpid(child, 0)
    return output.splitlines()


def test_duplicates_are_both_kept_reported_and_report_one_meeting(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    shutil.copy(SEED, folder / "b.txt")
    single = open_store(None)
    build([SEED], single)
    store = open_store(None)
    report = build([folder], store)
    assert sorted(a.id for a in report.built) == ["a", "b"]
    assert report.duplicates == [(str(folder / "b.txt"), str(folder / "a.txt"))]
    assert meetings(store) == meetings(single) >= 1


def test_the_cli_names_each_bad_file_counts_failures_and_exits_non_zero(tmp_path):
    folder = tmp_path / "corpus"
    write_cases(folder)
    result = CliRunner().invoke(app, ["build", str(folder), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    refused = [name for name, (_, reason) in CASES.items() if reason]
    for name in refused:
        assert result.output.count(f"{folder / name}:") == 1, name
    failed = re.search(r"failed\s*│\s*(\d+)", result.output)
    assert failed and int(failed[1]) == len(refused)
    assert "Yuan Jiajun" in result.output  # the good files were built


# Unexpected exceptions while reading cost one file or line, never the batch (issue 13.3)


def _broken_gzip_member() -> bytes:
    """A gzip member whose deflate data starts with a block of the reserved type 3: zlib
    raises ``zlib.error`` ("invalid block type"), which is neither OSError nor EOFError."""
    header = gzip.compress(b"", mtime=0)[:10]
    return header + b"\x07\x00\x00\x00"


def test_a_corrupt_gzip_corpus_fails_at_its_line_and_the_rest_is_built(tmp_path):
    good = json.dumps({"id": "first", "text": TEXT}) + "\n"
    corpus = tmp_path / "corpus.jsonl.gz"
    corpus.write_bytes(gzip.compress(good.encode()) + _broken_gzip_member())
    shutil.copy(SEEDS / "004_a3e676ec107fb325.txt", tmp_path / "other.txt")
    assert count_articles([tmp_path]) == 3  # the line, the failure, the other file
    store = open_store(None)
    report = build([tmp_path], store)
    assert sorted(a.id for a in report.built) == ["first", "other"]
    [failure] = report.failures
    assert failure.source == f"{corpus}:2"
    assert "file abandoned (error: Error -3 while decompressing data" in failure.reason


def test_lone_surrogates_in_json_lines_are_refused_by_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(
            [
                json.dumps({"id": "bad-text", "text": TEXT[:200] + "\ud800" + TEXT[200:]}),
                json.dumps({"id": "bad-\udc00-id", "text": TEXT}),
                json.dumps({"id": "bad-url", "text": TEXT, "url": "https://x.org/\udfff"}),
                json.dumps({"id": "tab\tid", "text": TEXT}),
                json.dumps({"id": "good", "text": TEXT}),
            ]
        ),
        encoding="utf-8",
    )
    report = build([corpus], open_store(None))
    assert [a.id for a in report.built] == ["good"]
    reasons = {f.source.rsplit(":", 1)[1]: f.reason for f in report.failures}
    assert "lone surrogate (\\ud800 at character 200)" in reasons["1"]
    assert "control characters or lone surrogates" in reasons["2"]
    assert "'url' with a lone surrogate" in reasons["3"]
    assert "control characters" in reasons["4"]


def test_a_page_extractor_that_cannot_import_fails_each_page_not_the_build(tmp_path, monkeypatch):
    """As seen with trafilatura when lxml_html_clean was missing: importing it raises."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` raises
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(SEED, tmp_path / "plain.txt")
    (tmp_path / "pages.jsonl").write_text(
        json.dumps({"id": "web-1", "text": PAGE}) + "\n" + json.dumps({"id": "web-2", "text": TEXT})
    )
    store = open_store(None)
    report = build([tmp_path], store)
    assert sorted(a.id for a in report.built) == ["plain", "web-2"]
    reasons = {Path(f.source).name: f.reason for f in report.failures}
    assert set(reasons) == {"page.html", "pages.jsonl:1"}
    for reason in reasons.values():
        assert reason.startswith("could not be read (ModuleNotFoundError: import of trafilatura")
    assert chairs(store) == {"Yuan Jiajun"}


def test_the_cli_prints_the_failure_line_and_builds_the_rest(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "broken.jsonl.gz").write_bytes(_broken_gzip_member())
    shutil.copy(SEED, corpus / "good.txt")
    result = CliRunner().invoke(app, ["build", str(corpus), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert (
        f"{corpus / 'broken.jsonl.gz'}:1: cannot be read further; file abandoned" in result.stderr
    )
    assert "Traceback" not in result.output
    assert re.search(r"articles\s*│\s*1\b", result.stdout)
