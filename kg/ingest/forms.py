"""Characters that stand for ASCII ones in scraped translations, read as what they stand for.

Web pages carry no-break and ideographic spaces (``&nbsp;``), and translations keep the
Chinese full-width punctuation ("Secretary，Zhang Wei：", "Release time：2023-01-07"). The
tokenizer glues an odd space into a word and no pattern's ``" "`` or ``":"`` matches them.
"""

from __future__ import annotations

#: Space separators other than the ASCII one.
ODD_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"

#: The full-width forms of ASCII's printable characters, U+FF01 to U+FF5E.
FIRST_WIDE, LAST_WIDE = 0xFF01, 0xFF5E
WIDE_OFFSET = 0xFEE0  # full-width character minus its ASCII one

#: ``str.translate`` table: odd spaces and full-width forms to ASCII, one character for one
#: (offsets into the text stay valid).
NARROW = {
    **{ord(space): " " for space in ODD_SPACES},
    **{wide: wide - WIDE_OFFSET for wide in range(FIRST_WIDE, LAST_WIDE + 1)},
}


def narrowed(text: str) -> str:
    """``text`` with :data:`NARROW` applied: the same length, the same offsets."""
    return text.translate(NARROW)
