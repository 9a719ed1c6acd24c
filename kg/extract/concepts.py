"""Slogans and policy concepts: known ones by name, and short quoted formulas.

Known concepts (``ontology/concepts.ttl``) are found wherever their names occur. A short
phrase in quotation marks (“two establishments”, “five centers”) is a slogan too, unless it
is a document title or a quoted sentence; it gets a concept named by its own words, so the
same formula in two cities is one node.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.vocabularies import known_concept_index
from kg.types import ConceptRecord, DocumentRecord

# Double quotes only: the typographic single quote is also this genre's apostrophe.
QUOTED_PHRASE = re.compile(r"[“\"](?P<phrase>[^”“\"\n]{2,60})[”\"]")
FUNCTION_WORDS = frozenset({"and", "the", "of", "a", "an", "to", "in", "on", "or", "with"})
#: A slogan is short; longer quotations are titles or speech.
MAX_SLOGAN_WORDS = 6


def find_concepts(ctx: Context, documents: list[DocumentRecord]) -> list[ConceptRecord]:
    """Concept mentions in reading order; the ``documents``' titles are not concepts."""
    document_spans = [(d.span.start, d.span.end) for d in documents]
    text = ctx.text
    found: list[ConceptRecord] = []
    taken: list[tuple[int, int]] = []
    for term, match in known_concept_index().finditer(text):
        span = ctx.span(match.start(), match.end())
        found.append(ConceptRecord(term.label, span, "concept.known.v1", term.iri))
        taken.append((match.start(), match.end()))
    for match in QUOTED_PHRASE.finditer(text):
        phrase = " ".join(match["phrase"].split()).strip(" ,.;:")
        start, end = match.span("phrase")
        span = ctx.span(start, end)
        if (
            not phrase
            or set(phrase.lower().split()) <= FUNCTION_WORDS
            or len(phrase.split()) > MAX_SLOGAN_WORDS
            or phrase[-1:] in ".!?"
            or any(s <= span.start < e for s, e in document_spans)
            or any(s < end and start < e for s, e in taken)
        ):
            continue
        found.append(
            ConceptRecord(
                phrase.lower() if not phrase.isupper() else phrase, span, "concept.quoted.v1", None
            )
        )
    return sorted(found, key=lambda c: c.span)
