"""Extract: read facts off one parsed article. Each extractor is a function of the context."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.clean import Cleaned
from kg.extract.concepts import find_concepts
from kg.extract.context import Context
from kg.extract.directives import find_directives
from kg.extract.documents import find_documents
from kg.extract.meetings import find_meetings
from kg.extract.people import find_people
from kg.extract.places import find_places
from kg.extract.speeches import find_speeches
from kg.types import Article, ArticleFacts

__all__ = ["Context", "extract"]


def extract(article: Article, cleaned: Cleaned, doc: Doc) -> ArticleFacts:
    """Every record the rules find in one article (not yet resolved to entities)."""
    ctx = Context(article, cleaned, doc)
    people = find_people(ctx)
    documents = find_documents(ctx)
    return ArticleFacts(
        article=article,
        meetings=find_meetings(ctx, people),
        people=people,
        places=find_places(ctx),
        speeches=find_speeches(ctx),
        documents=documents,
        directives=find_directives(ctx),
        concepts=find_concepts(ctx, [(d.span.start, d.span.end) for d in documents]),
    )
