"""Ingest: turn paths given by the user into :class:`~kg.types.Article` records.

Which files are read, and the id each article gets, is decided in :mod:`kg.ingest.files`
(folders walked for ``.txt``, ``.html``/``.htm`` and JSON Lines corpora; ids are paths relative
to the folder given). Bytes become text in :mod:`kg.ingest.decode` (encodings detected, pages
reduced to their main text). A file that cannot be read as an article, for whatever reason,
yields an :class:`~kg.errors.IngestError` naming it and the reason, and the rest of the batch
goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from kg.config import MAX_ARTICLE_FILE_BYTES
from kg.errors import IngestError
from kg.ingest.article import article_from_text, unexpected
from kg.ingest.decode import decode, html_to_text, is_html
from kg.ingest.files import WALKED_SUFFIXES, article_id_for, expand_paths
from kg.ingest.jsonl import count_lines, is_jsonl, read_jsonl
from kg.types import Article, InputFile

__all__ = [
    "WALKED_SUFFIXES",
    "article_from_text",
    "article_id_for",
    "count_articles",
    "expand_paths",
    "read_article",
    "read_articles",
    "read_jsonl",
]


def count_articles(paths: Iterable[Path | str], include: Sequence[str] = ()) -> int:
    """How many articles ``paths`` hold (a file is one, a JSON Lines corpus one per line), for
    progress bars; unreadable files count as one (they will be one failure)."""
    total = 0
    for item in expand_paths(paths, include):
        if isinstance(item, InputFile) and is_jsonl(item.path):
            total += count_lines(item.path)
        else:
            total += 1
    return total


def read_article(path: Path, article_id: str | None = None) -> Article:
    """Read one file as an article (its id: ``article_id``, or the file's stem), or raise
    :class:`IngestError` saying why not."""
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
    return article_from_text(article_id or path.stem, text, source=source, data=data)


def read_articles(
    paths: Iterable[Path | str], include: Sequence[str] = ()
) -> Iterator[Article | IngestError]:
    """Read every article under ``paths`` (``include``: glob patterns of other files to read
    in folders, e.g. ``*.md``); failures are yielded, not raised."""
    for item in expand_paths(paths, include):
        if isinstance(item, IngestError):
            yield item
        elif is_jsonl(item.path):
            yield from _guarded(read_jsonl(item.path), str(item.path))
        else:
            try:
                yield read_article(item.path, item.article_id)
            except IngestError as exc:
                yield exc
            except Exception as exc:  # a decoder or page extractor bug costs this file only
                yield unexpected(str(item.path), "could not be read", exc)


def _guarded(
    items: Iterator[Article | IngestError], source: str
) -> Iterator[Article | IngestError]:
    """``items``, ending with a failure naming ``source`` if reading them raised."""
    try:
        yield from items
    except Exception as exc:
        yield unexpected(source, "could not be read further; file abandoned", exc)
