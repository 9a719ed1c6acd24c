"""Scan a text with a costly pattern only where a cheap one says it can match.

Some scanned patterns may start at almost any word (a title is organisation words, then a
role, then a name), so the regex engine tries them at every position of every article. When
every match must hold a match of a cheaper *anchor* (a role word) and can hold none of a set
of *break* characters (full stops, quotes, brackets), the text is cut at the breaks and only
the pieces holding an anchor are scanned: the same matches, in the same order, for a tenth of
the time on articles where titles are few.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

#: The pieces last found, newest first: ((anchor, breaks, text), pieces). Several
#: patterns share an anchor and breaks over one article's text (one tuple: safe across threads).
_recent: tuple[tuple[tuple[object, ...], list[tuple[int, int]]], ...] = ()
RECENT = 4


def anchored_finditer(
    pattern: re.Pattern[str], anchor: re.Pattern[str], breaks: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, scanning only the pieces between ``breaks`` that hold a
    match of ``anchor``. Exact when every match of ``pattern`` holds a match of ``anchor``
    and no match of ``breaks`` (lookbehinds still see the text before a piece, and a piece
    ends just before a break character, which is no word character)."""
    for start, end in anchored_pieces(anchor, breaks, text):
        yield from pattern.finditer(text, start, end)


def anchored_pieces(
    anchor: re.Pattern[str], breaks: re.Pattern[str], text: str
) -> list[tuple[int, int]]:
    """The pieces of ``text`` between ``breaks`` that hold a match of ``anchor``, in order
    (kept for the last few texts: the same article is asked about by several patterns)."""
    global _recent
    key = (anchor, breaks, text)
    for seen, pieces in _recent:
        if seen[0] is anchor and seen[1] is breaks and seen[2] is text:
            return pieces
    cuts = [0]
    for cut in breaks.finditer(text):
        cuts.extend(cut.span())
    cuts.append(len(text))
    pieces = []
    scanned = -1
    for found in anchor.finditer(text):
        piece = (bisect_right(cuts, found.start()) - 1) // 2 * 2
        if piece <= scanned:
            continue  # this piece holds an earlier anchor
        scanned = piece
        pieces.append((cuts[piece], cuts[piece + 1]))
    _recent = ((key, pieces), *_recent[: RECENT - 1])
    return pieces
