"""JSON Lines corpora: one article per line, gzipped or not, bad lines named by number."""

from __future__ import annotations

import gzip
import json
from datetime import date

from kg.errors import IngestError
from kg.ingest import read_articles
from kg.pipeline import build
from kg.store import open_store

MEETING = (
    "On the morning of May 8, the Standing Committee of the Jinan Municipal Party Committee "
    "held a meeting. Liu Qiang, Secretary of the Municipal Party Committee, presided over the "
    "meeting. The meeting pointed out that it is necessary to strengthen work safety."
)


def _write(path, lines, compress=False):
    data = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    path.write_bytes(gzip.compress(data.encode()) if compress else data.encode())
    return path


def test_lines_become_articles_with_url_date_and_title(tmp_path):
    corpus = _write(
        tmp_path / "corpus.jsonl.gz",
        [
            {
                "id": "jn-1",
                "text": MEETING,
                "url": "https://example.org/jn-1",
                "date": "2023-05-09",
                "title": "Standing Committee meets",
            },
            {"id": 7, "text": "2023-06-02 10:00\n" + MEETING},
        ],
        compress=True,
    )
    first, second = read_articles([corpus])
    assert (first.id, first.source, first.dateline, first.title) == (
        "jn-1",
        "https://example.org/jn-1",
        date(2023, 5, 9),
        "Standing Committee meets",
    )
    assert second.id == "7" and second.source == f"{corpus}:2"
    assert second.dateline == date(2023, 6, 2)  # no 'date': found in the text as for files


def test_bad_lines_are_named_and_the_rest_goes_on(tmp_path):
    corpus = _write(
        tmp_path / "mixed.jsonl",
        [
            {"id": "ok-1", "text": MEETING},
            "{not json",
            {"text": MEETING},
            {"id": "no-text"},
            "",
            {"id": "bad-date", "text": MEETING, "date": "yesterday"},
            {"id": "empty", "text": "   "},
            ["a", "list"],
            {"id": "ok-2", "text": MEETING},
        ],
    )
    items = list(read_articles([corpus]))
    good = [i.id for i in items if not isinstance(i, IngestError)]
    bad = {str(i) for i in items if isinstance(i, IngestError)}
    assert good == ["ok-1", "ok-2"]
    assert bad == {
        f"{corpus}:2: is not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{corpus}:3: has no 'id' (a string or number)",
        f"{corpus}:4: has no 'text' string",
        f"{corpus}:6: has a 'date' that is not an ISO date: 'yesterday'",
        f"{corpus}:7: is empty",
        f"{corpus}:8: is not a JSON object",
    }


def test_a_corrupt_gzip_is_reported_after_the_lines_it_gave(tmp_path):
    whole = gzip.compress(
        "\n".join(json.dumps({"id": f"a{i}", "text": MEETING}) for i in range(50)).encode()
    )
    corpus = tmp_path / "cut.jsonl.gz"
    corpus.write_bytes(whole[: len(whole) // 2])
    items = list(read_articles([corpus]))
    assert isinstance(items[-1], IngestError) and "file abandoned" in str(items[-1])
    assert all(not isinstance(i, IngestError) for i in items[:-1])


def test_folders_pick_up_jsonl_and_build_them(tmp_path):
    _write(tmp_path / "a.jsonl", [{"id": "jn-1", "text": MEETING, "date": "2023-05-09"}])
    store = open_store(None)
    report = build([tmp_path], store)
    assert [a.id for a in report.built] == ["jn-1"] and report.built[0].date == "2023-05-08"
    (row,) = store.query(
        "SELECT ?source WHERE { ?a dcterms:identifier 'jn-1' ; dcterms:source ?source }"
    )
    assert row["source"].value == f"{tmp_path / 'a.jsonl'}:1"
