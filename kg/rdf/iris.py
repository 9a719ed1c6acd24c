"""Stable IRIs: the same input gives the same IRI on every run and every machine.

Instances live under ``https://w3id.org/policykg/id/<kind>/<slug>``. Slugs are ASCII,
lower-case and hyphenated; a long slug is cut and suffixed with a hash of the full
text so two long labels that share a prefix never collide.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from pyoxigraph import NamedNode

from kg.rdf.namespaces import ID

MAX_SLUG = 60


@lru_cache(maxsize=1 << 16)  # names, places and rule ids recur in every article
def slug(text: str, max_length: int = MAX_SLUG) -> str:
    value = _ascii_words(text)
    if not value:
        return "x-" + _digest(text)
    if len(value) > max_length:
        value = value[:max_length].rstrip("-") + "-" + _digest(text)
    return value


def _ascii_words(text: str) -> str:
    """``"Xi'an Jiaotong"`` -> ``xian-jiaotong``: ASCII, lower-case, hyphenated (maybe empty)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-")


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def iri(kind: str, *parts: str) -> NamedNode:
    """``iri("person", "Yuan Jiajun")`` -> ``<.../id/person/yuan-jiajun>``."""
    return NamedNode(f"{ID}{kind}/" + "-".join(slug(p) for p in parts if p))


#: An id segment kept as it is in the article's IRI (seed ids, file names): IRI-safe, and no
#: ``.``/``..``, which IRI resolution would take for "this folder" and "the folder above".
SAFE_SEGMENT = re.compile(r"(?!\.\.?$)[A-Za-z0-9_.-]{1,120}")
ARTICLES = f"{ID}article/"


@lru_cache(maxsize=1024)  # every mention of an article asks again
def article_iri(article_id: str) -> NamedNode:
    """``a/report`` -> ``<.../id/article/a/report>``: one path segment per id segment, so
    ids that differ give different IRIs (``a/report`` is not ``a-report``).

    A segment that is not IRI-safe is slugged and suffixed with a hash of itself (``Report
    One`` -> ``report-one-1c0a5b8e``), so it never meets a safe segment or another slug."""
    return NamedNode(ARTICLES + "/".join(map(_article_segment, article_id.split("/"))))


def _article_segment(segment: str) -> str:
    if SAFE_SEGMENT.fullmatch(segment):
        return segment
    core = _ascii_words(segment)[:MAX_SLUG].rstrip("-") or "x"
    return f"{core}-{_digest(segment)}"


def local_iri(kind: str, article_id: str, *parts: str) -> NamedNode:
    """An IRI scoped to one article (directives, mentions, article-local speeches)."""
    article_part = article_iri(article_id).value.removeprefix(ARTICLES)
    return NamedNode(f"{ID}{kind}/{article_part}/" + "-".join(slug(p) for p in parts if p))
