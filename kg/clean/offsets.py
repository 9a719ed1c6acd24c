"""Text that remembers where each of its characters came from.

Cleaning removes and inserts characters; NLP then runs on the cleaned text. To
keep provenance honest, :class:`MappedText` carries a compact map (runs of
copied characters plus inserted pieces) from cleaned offsets back to the
original text, composed across every cleaning step.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement`` (which may be empty)."""

    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True)
class _Piece:
    clean_start: int
    length: int
    origin: int  # original offset of the first char (copied) or of the insertion point
    copied: bool


@dataclass(frozen=True)
class MappedText:
    """Cleaned ``text`` plus the map back to ``original``."""

    original: str
    text: str
    _pieces: tuple[_Piece, ...] = field(repr=False, default=())
    _starts: tuple[int, ...] = field(repr=False, default=(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.clean_start for p in self._pieces))

    @classmethod
    def identity(cls, original: str) -> MappedText:
        return cls(original, original, (_Piece(0, len(original), 0, True),))

    def to_original(self, offset: int) -> int:
        """Original offset of the cleaned char at ``offset`` (``len(text)`` maps to the end)."""
        if offset >= len(self.text):
            return len(self.original)
        piece = self._piece_at(offset)
        return piece.origin + (offset - piece.clean_start if piece.copied else 0)

    def to_clean(self, offset: int) -> int:
        """Cleaned offset of the original char at ``offset``: the inverse of
        :meth:`to_original` for copied text; a removed char maps to where its removal left a
        gap (the cleaned text's next char)."""
        copied = [p for p in self._pieces if p.copied]
        at = bisect_right([p.origin for p in copied], offset) - 1
        if at < 0:
            return 0
        piece = copied[at]
        if offset < piece.origin + piece.length:
            return piece.clean_start + offset - piece.origin
        return piece.clean_start + piece.length  # removed: the next cleaned char

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering the cleaned ``[start, end)``."""
        if end <= start:
            position = self.to_original(start)
            return position, position
        return self.to_original(start), self.to_original(end - 1) + 1

    def apply(self, edits: list[Edit]) -> MappedText:
        """Return the text with non-overlapping ``edits`` applied, the map composed."""
        if not edits:
            return self
        edits = sorted(edits)
        out: list[str] = []
        pieces: list[_Piece] = []
        cursor = 0
        clean_len = 0

        def copy(start: int, end: int) -> None:
            nonlocal clean_len
            # split the copied range along the existing pieces so each keeps its origin
            position = start
            while position < end:
                piece = self._piece_at(position)
                origin = piece.origin + (position - piece.clean_start if piece.copied else 0)
                piece_end = piece.clean_start + piece.length
                stop = min(end, piece_end)
                pieces.append(_Piece(clean_len, stop - position, origin, piece.copied))
                out.append(self.text[position:stop])
                clean_len += stop - position
                position = stop

        for edit in edits:
            if edit.start < cursor:
                raise ValueError(f"overlapping edits at {edit.start}")
            copy(cursor, edit.start)
            if edit.replacement:
                origin = self.to_original(edit.start)
                pieces.append(_Piece(clean_len, len(edit.replacement), origin, False))
                out.append(edit.replacement)
                clean_len += len(edit.replacement)
            cursor = edit.end
        copy(cursor, len(self.text))
        return MappedText(self.original, "".join(out), tuple(p for p in pieces if p.length))

    def _piece_at(self, offset: int) -> _Piece:
        return self._pieces[bisect_right(self._starts, offset) - 1]
