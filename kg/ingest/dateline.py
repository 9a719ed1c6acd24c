"""Find the publication dateline near the top of an article.

Scraped reports carry it in many shapes: `` date 2023-02-24``, a bare
``2023-09-15 12:00:41`` line under the headline, ``Published: 2023/03/01``,
``release date 2023年3月1日``. Only the head of the article is searched, so dates
inside the body (meeting dates, plan periods) are never taken for the dateline.
"""

from __future__ import annotations

import re
from datetime import date

from kg.types import Span

#: How far into the text a dateline may start; past this it is body text.
DATELINE_WINDOW = 600

#: Words that label a dateline ("Published: ", "Posted on ", "Release time: ", "date ").
DATELINE_LABEL = (
    r"(?:date|time|published|posted|updated|release(?:\s+(?:date|time))?|"
    r"publish(?:ed)?\s+(?:date|time)|发布时间|日期)\s*(?:[:：]|on\b|at\b)?\s*"
)

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_YMD = r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?"

#: Named patterns, most specific first; each says why it is trusted.
DATELINE_PATTERNS: dict[str, re.Pattern[str]] = {
    # an explicit label in front of the date is the strongest signal
    "labelled": re.compile(r"(?i)\b" + DATELINE_LABEL + _YMD),
    # a labelled date written in words: "Published on March 14, 2023"
    "labelled_words": re.compile(
        r"(?i)\b" + DATELINE_LABEL + r"(?P<month>" + "|".join(MONTH_NAMES) + r")\.?\s+"
        r"(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
    ),
    # a date in words opening a line, alone or after the place, as in a wire dateline:
    # "Jinan, March 3, 2023" or "BEIJING, March 3, 2023 —"; the line must end or break there
    "line_start_words": re.compile(
        r"(?m)^[ \t]*(?:[A-Z][A-Za-z .'-]{0,40},\s+)?(?P<month>" + "|".join(MONTH_NAMES) + r")"
        r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?=[ \t]*(?:$|[—–(-]))"
    ),
    # a date (optionally with a time) alone on its own line, as under a headline
    "own_line": re.compile(r"(?m)^[ \t]*" + _YMD + r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$"),
    # a date closing a short source or byline line ("Source: Jinan Daily   2023-10-13")
    "line_end": re.compile(r"(?m)^[^\n]{0,60}?\s" + _YMD + r"[ \t]*$"),
    # a timestamp with a clock time anywhere in the head is a publication stamp
    "timestamp": re.compile(_YMD + r"[ T]\d{1,2}:\d{2}(?::\d{2})?"),
}


def find_dateline(text: str) -> tuple[date, Span] | None:
    """Return the dateline's date and the span of its digits, or None."""
    head = text[:DATELINE_WINDOW]
    for pattern in DATELINE_PATTERNS.values():
        for match in pattern.finditer(head):
            month = (
                match["m"]
                if "m" in match.groupdict() and match["m"]
                else (MONTH_NAMES.index(match["month"].capitalize()) + 1)
            )
            try:
                value = date(int(match["y"]), int(month), int(match["d"]))
            except ValueError:
                continue  # a garbled date is no dateline; keep looking
            groups = [g for g in ("y", "m", "month", "d") if match.groupdict().get(g)]
            return value, Span(
                min(match.start(g) for g in groups), max(match.end(g) for g in groups)
            )
    return None
