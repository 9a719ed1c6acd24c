"""Ingest: turn paths given by the user into :class:`~kg.types.Article` records.

Folders are walked for text files (``*.txt``), saved web pages (``*.html``) and JSON Lines
corpora (``*.jsonl``, gzipped or not; see :mod:`kg.ingest.jsonl`) in a stable (sorted) order,
following links to folders but never into a loop. Bytes become text in
:mod:`kg.ingest.decode` (encodings detected, pages reduced to their main text). A file that
cannot be read as an article yields an :class:`~kg.errors.IngestError` naming
it and the reason, and the rest of the batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.config import MAX_ARTICLE_FILE_BYTES
from kg.errors import IngestError
from kg.ingest.article import article_from_text
from kg.ingest.decode import HTML_SUFFIXES, decode, html_to_text, is_html
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
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"}) | HTML_SUFFIXES


def expand_paths(paths: Iterable[Path | str]) -> Iterator[Path | IngestError]:
    """Yield files to read: explicit files as given, folders walked for article files."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, problems = _walk(path)
            yield from problems
            if not found and not problems:
                yield IngestError(str(path), "folder holds no .txt, .html or .jsonl files")
            yield from sorted(found)
        elif path.is_file():
            yield path
        elif path.exists():
            yield IngestError(str(path), "is not a regular file")
        elif path.is_symlink():
            yield IngestError(str(path), "is a link to nothing (its target does not exist)")
        else:
            yield IngestError(str(path), "no such file or folder")


def _walk(root: Path) -> tuple[list[Path], list[IngestError]]:
    """Article files under ``root``, following links to folders once each (a link back up
    the tree is a loop, and is skipped); unreadable folders and dead links are problems."""
    found: list[Path] = []
    problems: list[IngestError] = []
    visited: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        problems.append(IngestError(str(exc.filename), f"cannot be listed ({exc.strerror})"))

    for folder, subfolders, files in os.walk(root, followlinks=True, onerror=unreadable):
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in visited:
            subfolders[:] = []  # reached again through a link: a loop, or a second way in
            continue
        visited.add((info.st_dev, info.st_ino))
        subfolders.sort()
        for name in files:
            path = Path(folder, name)
            if not (path.suffix.lower() in TEXT_SUFFIXES or is_jsonl(path)):
                continue
            if path.is_symlink() and not path.exists():
                problems.append(IngestError(str(path), "is a link to nothing"))
            elif not path.is_file():  # a pipe or a device: opening it could block for ever
                problems.append(IngestError(str(path), "is not a regular file"))
            else:
                found.append(path)
    return found, problems


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
        with path.open("rb") as stream:
            data = stream.read(MAX_ARTICLE_FILE_BYTES + 1)
    except OSError as exc:
        raise IngestError(source, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_ARTICLE_FILE_BYTES:
        size = path.stat().st_size / 1e6
        raise IngestError(
            source,
            f"is {size:,.1f} MB; one article file may be at most "
            f"{MAX_ARTICLE_FILE_BYTES / 1e6:,.0f} MB (a corpus belongs in a .jsonl file)",
        )
    text = decode(data, source)
    if is_html(data, path.suffix):
        text = html_to_text(text, source)
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
