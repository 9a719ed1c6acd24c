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
            following = doc[token.i + 1]
            if _hard_wrapped(token, following):
                continue  # a line wrapped inside a sentence: the parser decides
            following.is_sent_start = True
    return doc


def _hard_wrapped(before, after) -> bool:
    """A single line break inside a sentence, as text wrapped at a fixed width has it: the
    line does not end a sentence (no final punctuation) and the next starts in lower case."""
    last = before if not before.is_space else before.doc[before.i - 1] if before.i else before
    return (
        before.text.count("\n") + before.whitespace_.count("\n") <= 1
        and last.text[-1:] not in {".", "!", "?", ":", ";", "”", '"', ")"}
        and (after.text[:1].islower() or _in_wrapped_block(before.doc.text, after.idx))
    )


#: Lines at least this long, one after another, are a paragraph wrapped at a fixed width:
#: a capitalised word opening the next ("He\nstressed ... Xi Jinping Thought on\nSocialism")
#: still continues the sentence. Headlines and datelines are shorter.
WRAP_WIDTH = 70
#: Longer lines are unwrapped paragraphs or headlines: their breaks are the author's.
MAX_WRAP_WIDTH = 110


def _in_wrapped_block(text: str, next_line_start: int) -> bool:
    """Whether the break before ``next_line_start`` is the wrapping's, not the author's: the
    line before it has the wrapping width, and so has the line after it (or, before a
    paragraph's short last line, the line before that)."""
    line_start = text.rfind("\n", 0, next_line_start - 1) + 1
    next_end = text.find("\n", next_line_start)
    next_end = len(text) if next_end < 0 else next_end
    previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1

    def wrapped(line: str) -> bool:
        return WRAP_WIDTH <= len(line.strip()) <= MAX_WRAP_WIDTH

    if not wrapped(text[line_start:next_line_start]):
        return False
    after = text[next_line_start:next_end]
    previous = text[previous_start : max(previous_start, line_start - 1)] if line_start else ""
    return wrapped(after) or (wrapped(previous) and len(after.strip()) >= WRAP_WIDTH // 2)
