"""spaCy components policykg adds to whatever English pipeline the user chose."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.clean.wrapping import in_wrapped_block


@Language.component("line_break_sentences", assigns=["token.is_sent_start"], requires=[])
def line_break_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: scraped reports put headlines, captions and paragraphs
    on their own lines, often without final punctuation, and the parser would join them."""
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            following = doc[token.i + 1]
            if _hard_wrapped(token, following):
                continue  # a line wrapped inside a sentence: the parser decides
            following.is_sent_start = True
            _keep_name_whole(following)
    return doc


#: How many capitalised words opening a line are kept in its first sentence.
LINE_NAME_WORDS = 3


def _keep_name_whole(first) -> None:
    """No sentence starts inside the capitalised words opening a line: the parser cut "Lu"
    from "Lu Fei, secretary of ..." after a source line, losing the name."""
    doc = first.doc
    token = first
    for _ in range(LINE_NAME_WORDS - 1):
        if "\n" in token.whitespace_ or token.i + 1 >= len(doc):
            return
        following = doc[token.i + 1]
        if not (token.is_alpha and token.is_title and following.is_alpha and following.is_title):
            return
        following.is_sent_start = False
        token = following


def _hard_wrapped(before, after) -> bool:
    """A single line break inside a sentence, as text wrapped at a fixed width has it: the
    line does not end a sentence (no final punctuation) and the next starts in lower case."""
    last = before if not before.is_space else before.doc[before.i - 1] if before.i else before
    return (
        before.text.count("\n") + before.whitespace_.count("\n") <= 1
        and last.text[-1:] not in {".", "!", "?", ":", ";", "”", '"', ")"}
        and (after.text[:1].islower() or in_wrapped_block(before.doc.text, after.idx))
    )
