"""Lines wrapped at a fixed width: which line breaks are the wrapping's, not the author's."""

from __future__ import annotations

#: Lines at least this long, one after another, are a paragraph wrapped at a fixed width:
#: a capitalised word opening the next ("He\nstressed ... Xi Jinping Thought on\nSocialism")
#: still continues the sentence. Headlines and datelines are shorter.
WRAP_WIDTH = 70
#: Longer lines are unwrapped paragraphs or headlines: their breaks are the author's.
MAX_WRAP_WIDTH = 110


def in_wrapped_block(text: str, next_line_start: int) -> bool:
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
