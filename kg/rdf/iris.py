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
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-")
    if not value:
        return "x-" + _digest(text)
    if len(value) > max_length:
        value = value[:max_length].rstrip("-") + "-" + _digest(text)
    return value


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def iri(kind: str, *parts: str) -> NamedNode:
    """``iri("person", "Yuan Jiajun")`` -> ``<.../id/person/yuan-jiajun>``."""
    return NamedNode(f"{ID}{kind}/" + "-".join(slug(p) for p in parts if p))


def article_iri(article_id: str) -> NamedNode:
    """Article ids (file names) are kept as they are when already IRI-safe."""
    safe = article_id if re.fullmatch(r"[A-Za-z0-9_.-]{1,120}", article_id) else slug(article_id)
    return NamedNode(f"{ID}article/{safe}")


def local_iri(kind: str, article_id: str, *parts: str) -> NamedNode:
    """An IRI scoped to one article (directives, mentions, article-local speeches)."""
    article_part = article_iri(article_id).value.rsplit("/", 1)[1]
    return NamedNode(f"{ID}{kind}/{article_part}/" + "-".join(slug(p) for p in parts if p))
