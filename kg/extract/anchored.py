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


def anchored_finditer(
    pattern: re.Pattern[str], anchor: re.Pattern[str], breaks: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, scanning only the pieces between ``breaks`` that hold a
    match of ``anchor``. Exact when every match of ``pattern`` holds a match of ``anchor``
    and no match of ``breaks`` (lookbehinds still see the text before a piece, and a piece
    ends just before a break character, which is no word character)."""
    cuts = [0]
    for cut in breaks.finditer(text):
        cuts.extend(cut.span())
    cuts.append(len(text))
    scanned = -1
    for found in anchor.finditer(text):
        piece = (bisect_right(cuts, found.start()) - 1) // 2 * 2
        if piece <= scanned:
            continue  # this piece was scanned for an earlier anchor
        scanned = piece
        yield from pattern.finditer(text, cuts[piece], cuts[piece + 1])
