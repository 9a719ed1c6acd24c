"""HTTP content negotiation by ``Accept`` (RFC 9110 §12.5.1): q-values and wildcards.

``choose(accept, offered)`` picks the offered media type the client likes best: each
offered type takes the weight of the most specific media range that matches it
(``text/csv`` over ``text/*`` over ``*/*``); weight 0 means "not acceptable"; ties go to
the server's order of preference (the order of ``offered``). No ``Accept`` header means
anything is acceptable. ``None`` when nothing offered is acceptable: the caller answers 406.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class MediaRange(NamedTuple):
    type: str
    subtype: str
    weight: float

    def specificity(self, media: str) -> int:
        """How closely this range names ``media``: 2 exact, 1 ``type/*``, 0 ``*/*``, -1 not."""
        kind, _, sub = media.partition("/")
        if self.type == "*":
            return 0
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_accept(accept: str) -> list[MediaRange]:
    """The media ranges of an ``Accept`` header; malformed ones are skipped."""
    ranges = []
    for part in accept.split(","):  # its length is bounded by the server's header limit
        media, *params = (piece.strip() for piece in part.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub:
            continue
        weight = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = min(1.0, max(0.0, float(value)))
                except ValueError:
                    weight = 0.0
        ranges.append(MediaRange(kind, sub, weight))
    return ranges


def weight(ranges: list[MediaRange], media: str) -> float:
    """The weight the client gives ``media``: that of the most specific range naming it."""
    best, found = -1, 0.0
    for media_range in ranges:
        specificity = media_range.specificity(media)
        if specificity > best or (specificity == best and media_range.weight > found):
            best, found = specificity, media_range.weight
    return found if best >= 0 else 0.0


def choose(accept: str | None, offered: Sequence[str]) -> str | None:
    """The offered media type to answer with, or None if the client accepts none of them."""
    if not accept or not accept.strip():
        return offered[0]
    ranges = parse_accept(accept)
    if not ranges:
        return offered[0]  # an unreadable header is treated as absent (RFC 9110 §12.5.1)
    best, chosen = 0.0, None
    for media in offered:
        value = weight(ranges, media)
        if value > best:
            best, chosen = value, media
    return chosen
