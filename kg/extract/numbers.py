"""Ordinal words as reports write them ("the Fourth Plenary Session", "the Fifth District")."""

from __future__ import annotations

ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)
#: "first" -> 1 ... "twentieth" -> 20.
ORDINAL_WORDS: dict[str, int] = {word: number for number, word in enumerate(ORDINALS, start=1)}
