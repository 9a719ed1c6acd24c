"""Extract: read facts off one parsed article. Each extractor is a function of the context."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.clean import Cleaned
from kg.elements import ELEMENTS
from kg.extract.context import Context
from kg.types import Article, ArticleFacts

__all__ = ["Context", "extract"]


def extract(article: Article, cleaned: Cleaned, doc: Doc) -> ArticleFacts:
    """Every record the rules find in one article (not yet resolved to entities): each
    element of the registry (:mod:`kg.elements`), in its order."""
    ctx = Context(article, cleaned, doc)
    found: dict[str, list] = {}
    for element in ELEMENTS:
        found[element.name] = element.find(ctx, found)
    return ArticleFacts(article=article, **found)
