"""Ingest: turn paths given by the user into :class:`~kg.types.Article` records.

Folders are walked for text files (``*.txt``) and JSON Lines corpora (``*.jsonl``, gzipped or
not; see :mod:`kg.ingest.jsonl`) in a stable (sorted) order. A file that
cannot be read as an article yields an :class:`~kg.errors.IngestError` naming
it and the reason, and the rest of the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import IngestError
from kg.ingest.article import article_from_text
from kg.ingest.jsonl import count_lines, is_jsonl, read_jsonl
from kg.types import Article

__all__ = [
    "TEXT_SUFFIXES",
    "article_from_text",
    "count_articles",
    "expand_paths",
    "read_article",
    "read_articles",
    "read_jsonl",
]

#: Suffixes picked up when walking a folder; files named explicitly are read whatever their suffix.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})


def expand_paths(paths: Iterable[Path | str]) -> Iterator[Path | IngestError]:
    """Yield files to read: explicit files as given, folders walked for text files."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and (p.suffix.lower() in TEXT_SUFFIXES or is_jsonl(p))
            )
            if not found:
                yield IngestError(str(path), "folder holds no .txt or .jsonl files")
            yield from found
        elif path.exists():
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


def count_articles(paths: Iterable[Path | str]) -> int:
    """How many articles ``paths`` hold (a file is one, a JSON Lines corpus one per line), for
    progress bars; unreadable files count as one (they will be one failure)."""
    total = 0
    for item in expand_paths(paths):
        if isinstance(item, Path) and is_jsonl(item):
            total += count_lines(item)
        else:
            total += 1
    return total


def read_article(path: Path) -> Article:
    """Read one file as an article, or raise :class:`IngestError` saying why not."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(source, f"cannot be read ({exc.strerror or exc})") from exc
    if b"\x00" in data:
        raise IngestError(source, "looks binary (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            source, f"is not UTF-8 text (invalid byte at offset {exc.start})"
        ) from exc
    return article_from_text(path.stem, text, source=source, data=data)


def read_articles(paths: Iterable[Path | str]) -> Iterator[Article | IngestError]:
    """Read every article under ``paths``; failures are yielded, not raised."""
    for item in expand_paths(paths):
        if isinstance(item, IngestError):
            yield item
            continue
        if is_jsonl(item):
            yield from read_jsonl(item)
            continue
        try:
            yield read_article(item)
        except IngestError as exc:
            yield exc
