from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import read_article, read_articles


def test_reads_a_seed_with_id_source_hash_and_dateline():
    path = Path(__file__).resolve().parents[2] / "seeds" / "003_b713ebd0c8636235.txt"
    article = read_article(path)
    assert article.id == "003_b713ebd0c8636235"
    assert article.source == str(path)
    assert len(article.content_hash) == 64
    assert article.dateline.isoformat() == "2023-02-24"


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "is empty"),
        (b"  \n\t \n", "is empty"),
        (bytes(range(128, 256)) * 20, "is not UTF-8 (invalid byte at offset 0)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "looks binary"),
    ],
)
def test_bad_files_get_a_reason_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        read_article(path)
    assert reason in str(info.value)
    assert str(path) in str(info.value)


def test_a_batch_goes_on_past_bad_and_missing_files(tmp_path):
    (tmp_path / "a.txt").write_text("The meeting was held.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\xfa")
    (tmp_path / "c.txt").write_text("Another report.", encoding="utf-8")
    items = list(read_articles([tmp_path, tmp_path / "missing.txt"]))
    ok = [i.id for i in items if not isinstance(i, IngestError)]
    failed = [i for i in items if isinstance(i, IngestError)]
    assert ok == ["a", "c"]
    assert [Path(f.source).name for f in failed] == ["b.txt", "missing.txt"]
    assert "no such file" in failed[1].reason


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffOn March 3rd the meeting".encode())
    assert read_article(path).text.startswith("On March")


@pytest.mark.parametrize(
    "content, text",
    [
        (b"caf\xe9 au lait", "café au lait"),  # Windows-1252
        ("《决定》 the meeting".encode("gb18030"), "《决定》 the meeting"),
        ("“習近平” the meeting".encode("big5"), "“習近平” the meeting"),
    ],
)
def test_other_encodings_are_detected(tmp_path, content, text):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    assert read_article(path).text == text
