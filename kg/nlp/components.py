"""spaCy components policykg adds to whatever English pipeline the user chose."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("line_break_sentences", assigns=["token.is_sent_start"], requires=[])
def line_break_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: scraped reports put headlines, captions and paragraphs
    on their own lines, often without final punctuation, and the parser would join them."""
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc
