"""One article from text already in memory: its id, source, content hash and dateline."""

from __future__ import annotations

import hashlib
import re

from kg.config import MAX_ARTICLE_CHARS
from kg.errors import IngestError
from kg.ingest.dateline import find_dateline
from kg.types import Article

#: Lone UTF-16 surrogates: a JSON ``\ud800`` escape decodes to one, but it is no character,
#: and it cannot be written as UTF-8 (to a store, a journal, a hash).
SURROGATE = re.compile(r"[\ud800-\udfff]")
#: Control characters (tab and line breaks among them) have no place in an id: ids are
#: written one per line, tab-separated, in the build journal.
ID_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def article_from_text(
    article_id: str, text: str, *, source: str, data: bytes | None = None
) -> Article:
    """An article from text already in memory (``data``: the bytes it was decoded from)."""
    check_article_id(article_id, source)
    if not text.strip():
        raise IngestError(source, "is empty")
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(
            source,
            f"has {len(text):,} characters; an article may have at most {MAX_ARTICLE_CHARS:,} "
            "(spaCy's limit for one text): split it into its articles",
        )
    if match := SURROGATE.search(text):
        raise IngestError(
            source,
            f"holds a lone surrogate (\\u{ord(match[0]):04x} at character {match.start()}), "
            "which is not Unicode text",
        )
    found = find_dateline(text)
    dateline, dateline_span = found if found else (None, None)
    return Article(
        id=article_id,
        source=source,
        text=text,
        content_hash=hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest(),
        dateline=dateline,
        dateline_span=dateline_span,
    )


def check_article_id(article_id: str, source: str) -> None:
    """Raise :class:`IngestError` unless ``article_id`` can name an article everywhere."""
    if not article_id.strip():
        raise IngestError(source, "has an empty id")
    if SURROGATE.search(article_id) or ID_CONTROL.search(article_id):
        raise IngestError(
            source, f"has an id with control characters or lone surrogates: {article_id!r}"
        )


def unexpected(source: str, what: str, exc: BaseException) -> IngestError:
    """An exception nobody foresaw, as one failure line naming the file and the exception."""
    return IngestError(source, explained(what, exc))


def explained(what: str, exc: BaseException) -> str:
    """``what`` and the exception: ``extraction failed (ValueError: ...)``."""
    return f"{what} ({type(exc).__name__}: {exc})"
