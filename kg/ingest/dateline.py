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

#: How far into the text a dateline may start; past this it is body text. A labelled date or
#: a clock-stamped one is unmistakable and may sit under a long navigation menu; a bare date
#: opening or closing a line must be nearer the top.
DATELINE_WINDOW = 600
LABELLED_WINDOW = 1200

#: Words that label a dateline ("Published: ", "Posted on ", "Release time: ", "Published on:
#: ", "Publishdate:", "date ", "发布日期:").
DATELINE_LABEL = (
    r"(?:date|time|published|posted|updated|update|pubdate|release(?:\s*(?:date|time))?|"
    r"publish(?:ed)?\s*(?:date|time)|发布(?:时间|日期)|日期|时间)"
    r"(?:\s+(?:on|at)\b)?\s*[:：]?\s*"
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
#: A month in words, whole or cut ("Jul", "Sept.").
_MONTH_WORD = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*)\.?"
_WORDS_DATE = _MONTH_WORD + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?P<y>(?:19|20)\d\d)\b"

_YMD = r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"

#: Named patterns, most specific first; each says why it is trusted, and how deep it may lie.
DATELINE_PATTERNS: dict[str, tuple[re.Pattern[str], int]] = {
    # an explicit label in front of the date is the strongest signal
    "labelled": (re.compile(r"(?i)(?<![^\W\d_])" + DATELINE_LABEL + _YMD), LABELLED_WINDOW),
    # a labelled date written in words: "Published on March 14, 2023", "Updated: Jul 5,2018"
    "labelled_words": (
        re.compile(r"(?i)(?<![^\W\d_])" + DATELINE_LABEL + _WORDS_DATE),
        LABELLED_WINDOW,
    ),
    # a clock time and a written date, as news sites stamp a page: "14:38, January 31, 2021"
    "clock_words": (re.compile(r"(?i)" + _CLOCK + r",?\s+" + _WORDS_DATE), LABELLED_WINDOW),
    # a date in words opening a line, alone or after the place, as in a wire dateline:
    # "Jinan, March 3, 2023" or "BEIJING, March 3, 2023 —"; the line must end or break there
    "line_start_words": (
        re.compile(
            r"(?m)^[ \t]*(?:[A-Z][A-Za-z .'-]{0,40},\s+)?(?P<month>"
            + "|".join(MONTH_NAMES)
            + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"
            + r"(?=[ \t]*(?:$|[—–(-]))"
        ),
        DATELINE_WINDOW,
    ),
    # a date (optionally with a time) alone on its own line, as under a headline, bracketed
    # or not ("[2021-03-05]", "【2021-03-05】")
    "own_line": (
        re.compile(r"(?m)^[ \t]*[\[(【]?" + _YMD + r"(?:[ T]" + _CLOCK + r")?[\])】]?[ \t]*$"),
        DATELINE_WINDOW,
    ),
    # a date closing a short source or byline line ("Source: Jinan Daily   2023-10-13")
    "line_end": (re.compile(r"(?m)^[^\n]{0,60}?\s" + _YMD + r"[ \t]*$"), DATELINE_WINDOW),
    # a date on a source line after the source's name ("source:xianning.gov.cn 2020-01-06")
    "source_line": (
        re.compile(r"(?i)(?<![^\W\d_])source\s*[:：][^\n]{0,40}?\s" + _YMD),
        LABELLED_WINDOW,
    ),
    # a timestamp with a clock time anywhere in the head is a publication stamp
    "timestamp": (re.compile(_YMD + r"(?:\s+|T)" + _CLOCK), LABELLED_WINDOW),
    # a date opening a line, whatever the scraper glued after it ("2022-05-20 0 By",
    # "2017-01-12Text Size: A A A"): body text does not open a line with a numeric date
    # ... or in brackets: "[2019-03-10] The Standing Committee ...", "【2019-03-10】"
    "line_start": (re.compile(r"(?m)^[ \t]*[\[【(（]?" + _YMD + r"(?!\d)"), DATELINE_WINDOW),
    # a labelled date written month/day/year, as English pages stamp it ("Posted: 03/05/2021");
    # read day/month when the first number cannot be a month
    "labelled_slashed": (
        re.compile(
            r"(?i)(?<![^\W\d_])"
            + DATELINE_LABEL
            + r"(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<y>(?:19|20)\d\d)\b"
        ),
        LABELLED_WINDOW,
    ),
}


def find_dateline(text: str) -> tuple[date, Span] | None:
    """Return the dateline's date and the span of its digits, or None."""
    for pattern, window in DATELINE_PATTERNS.values():
        for match in pattern.finditer(text[:window]):
            value = _value(match)
            if value is None:
                continue  # a garbled date is no dateline; keep looking
            groups = [
                g for g in ("y", "m", "month", "d", "first", "second") if match.groupdict().get(g)
            ]
            return value, Span(
                min(match.start(g) for g in groups), max(match.end(g) for g in groups)
            )
    return None


def _value(match: re.Match[str]) -> date | None:
    found = match.groupdict()
    if found.get("first"):  # month/day/year, or day/month/year when that is the only reading
        first, second = int(found["first"]), int(found["second"])
        month, day = (first, second) if first <= 12 else (second, first)
    else:
        month = int(found["m"]) if found.get("m") else _month(found["month"])
        day = int(found["d"])
    try:
        return date(int(found["y"]), month, day)
    except ValueError:
        return None


def _month(word: str) -> int:
    word = word.lower()
    return next(n for n, name in enumerate(MONTH_NAMES, start=1) if word[:3] == name[:3].lower())
