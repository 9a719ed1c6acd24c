"""One article from text already in memory: its id, source, content hash and dateline."""

from __future__ import annotations

import hashlib

from kg.config import MAX_ARTICLE_CHARS
from kg.errors import IngestError
from kg.ingest.dateline import find_dateline
from kg.types import Article


def article_from_text(
    article_id: str, text: str, *, source: str, data: bytes | None = None
) -> Article:
    """An article from text already in memory (``data``: the bytes it was decoded from)."""
    if not text.strip():
        raise IngestError(source, "is empty")
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(
            source,
            f"has {len(text):,} characters; an article may have at most {MAX_ARTICLE_CHARS:,} "
            "(spaCy's limit for one text): split it into its articles",
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
