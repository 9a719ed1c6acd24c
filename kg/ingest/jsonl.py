"""JSON Lines corpora: one article per line, gzip-compressed or not.

Large scraped corpora come this way. Each line is an object with ``id`` and ``text``, and
optionally ``url`` (kept as the article's source), ``date`` (its publication date, used
instead of looking for a dateline) and ``title``. A bad line is reported with the file and
line number and the rest of the file goes on; the file is streamed, never held whole.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import IO

from kg.errors import IngestError
from kg.ingest.article import SURROGATE, article_from_text, unexpected
from kg.ingest.decode import html_to_text, is_html
from kg.types import Article

#: File names read as JSON Lines (``.gz`` of any of them too).
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def count_lines(path: Path) -> int:
    """Non-blank lines in the corpus (one pass, no JSON parsing), plus 1 for the failure if it
    cannot be read to the end."""
    count = 0
    try:
        with _open(path) as raw:
            for line in raw:
                count += bool(line.strip())
    except (OSError, EOFError, zlib.error):
        return count + 1
    return count


def read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    """Yield one article (or one error naming ``path:line``) per non-blank line."""
    try:
        raw = _open(path)
    except OSError as exc:
        yield IngestError(str(path), f"cannot be read ({exc.strerror or exc})")
        return
    with raw, io.TextIOWrapper(raw, encoding="utf-8", errors="strict") as lines:
        number = 0
        while True:
            number += 1
            where = f"{path}:{number}"
            try:
                line = lines.readline()
            except UnicodeDecodeError as exc:
                yield IngestError(where, f"is not UTF-8 text ({exc.reason}); file abandoned")
                return
            except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt gzip stream
                yield unexpected(where, "cannot be read further; file abandoned", exc)
                return
            if not line:
                return
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield IngestError(where, f"is not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            try:
                article_id, text, url, published, title = _fields(record)
                if is_html(text[:4096].encode("utf-8", "replace")):
                    text = html_to_text(text, where)
                # the hash covers the whole line: a corrected date or url re-extracts it too
                article = article_from_text(
                    article_id, text, source=url or where, data=line.encode("utf-8")
                )
            except IngestError as exc:
                yield IngestError(where, exc.reason)
                continue
            except Exception as exc:  # a page extractor bug costs this line only
                yield unexpected(where, "could not be read", exc)
                continue
            if published is not None:
                article = replace(article, dateline=published, dateline_span=None)
            yield replace(article, title=title) if title else article


def _open(path: Path) -> IO[bytes]:
    """The corpus as a byte stream, decompressed when its name ends in ``.gz``."""
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def _fields(record: object) -> tuple[str, str, str | None, date | None, str | None]:
    if not isinstance(record, dict):
        raise IngestError("", "is not a JSON object")
    article_id, text = record.get("id"), record.get("text")
    if not isinstance(article_id, (str, int)) or str(article_id).strip() == "":
        raise IngestError("", "has no 'id' (a string or number)")
    if not isinstance(text, str):
        raise IngestError("", "has no 'text' string")
    url, title = record.get("url"), record.get("title")
    for name, value in (("url", url), ("title", title)):
        if isinstance(value, str) and SURROGATE.search(value):
            raise IngestError("", f"has a '{name}' with a lone surrogate, not Unicode text")
    return (
        str(article_id).strip(),
        text,
        url if isinstance(url, str) and url.strip() else None,
        _date(record.get("date")),
        title if isinstance(title, str) and title.strip() else None,
    )


def _date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise IngestError("", f"has a 'date' that is not an ISO date: {value!r}")
