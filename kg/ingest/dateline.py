"""Find the publication dateline near the top of an article.

Scraped reports carry it in many shapes: `` date 2023-02-24``, a bare
``2023-09-15 12:00:41`` line under the headline, ``Published: 2023/03/01``,
``release date 2023年3月1日``. Only the head of the article is searched, so dates
inside the body (meeting dates, plan periods) are never taken for the dateline.
"""

from __future__ import annotations

import re
from datetime import date

from kg.ingest.forms import narrowed
from kg.types import Span

#: How far into the text a dateline may start; past this it is body text. A labelled date or
#: a clock-stamped one is unmistakable and may sit under a long navigation menu; a bare date
#: opening or closing a line must be nearer the top.
DATELINE_WINDOW = 600
LABELLED_WINDOW = 1200

#: Words that label a dateline ("Published: ", "Posted on ", "Release time: ", "Published on:
#: ", "Publishdate:", "date ", "发布日期:").
DATELINE_LABEL = (
    r"(?:date|time|published|posted|submitted|updated|update|pubdate|release(?:\s*(?:date|time))?|"
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
#: A comma between a date's parts, or a space: pages drop the space after it ("Jul 5,2018"),
#: and a full-width comma read as ASCII has none ("January 09，2023").
_COMMA = r"(?:,\s*|\s+)"
#: A month in words, whole or cut ("Jul", "Sept.").
_MONTH_WORD = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*)\.?"
_WORDS_DATE = _MONTH_WORD + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?P<y>(?:19|20)\d\d)\b"

#: The same, day first, as British and European pages write it ("9 March 2021", "09 Mar 2021").
_WORDS_DATE_DAY_FIRST = (
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH_WORD
    + _COMMA
    + r"(?P<y>(?:19|20)\d\d)\b"
)
#: A weekday a page may put before its date ("Tue, 09 Mar 2021", "Tuesday, March 9, 2021").
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"

_YMD = r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?"
#: Day, month, year in digits ("09.03.2021", "09-03-2021"): dots and dashes put the day first.
_DMY = r"(?P<d>\d{1,2})(?P<sep>[-.])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)\b"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
#: What may follow a date on a page's stamp line: the line's end, a separator, the source.
_STAMP_END = r"(?=[ \t]*(?:$|[—–(|｜/-]|(?i:source|from|by|editor|author|views|hits)\b))"

#: A bracket around a stamp line's date, maybe padded with spaces: "[ 2017-12-28 ]".
_OPEN = r"(?:[\[(【][ \t]*)?"
_CLOSE = r"(?:[ \t]*[\])】])?"

#: Named patterns, most specific first; each says why it is trusted, and how deep it may lie.
DATELINE_PATTERNS: dict[str, tuple[re.Pattern[str], int]] = {
    # an explicit label in front of the date is the strongest signal
    "labelled": (re.compile(r"(?i)(?<![^\W\d_])" + DATELINE_LABEL + _YMD), LABELLED_WINDOW),
    # a labelled date written in words: "Published on March 14, 2023", "Updated: Jul 5,2018",
    # "Published: Tue, 09 Mar 2021", "Date: 9 March 2021"
    "labelled_words": (
        re.compile(r"(?i)(?<![^\W\d_])" + DATELINE_LABEL + _WEEKDAY + _WORDS_DATE),
        LABELLED_WINDOW,
    ),
    "labelled_words_day_first": (
        re.compile(r"(?i)(?<![^\W\d_])" + DATELINE_LABEL + _WEEKDAY + _WORDS_DATE_DAY_FIRST),
        LABELLED_WINDOW,
    ),
    # a labelled date with the day first in digits: "Updated 09.03.2021", "Date: 09-03-2021"
    "labelled_day_first": (
        re.compile(r"(?i)(?<![^\W\d_])" + DATELINE_LABEL + _WEEKDAY + _DMY),
        LABELLED_WINDOW,
    ),
    # a clock time and a written date, as news sites stamp a page: "14:38, January 31, 2021"
    "clock_words": (re.compile(r"(?i)" + _CLOCK + _COMMA + _WORDS_DATE), LABELLED_WINDOW),
    # a date in words opening a line, alone or after the place, as in a wire dateline:
    # "Jinan, March 3, 2023" or "BEIJING, March 3, 2023 —"; the line must end or break there
    "line_start_words": (
        re.compile(
            r"(?m)^[ \t]*(?:[A-Z][A-Za-z .'-]{0,40},\s*)?(?P<month>"
            + "|".join(MONTH_NAMES)
            + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
            + _COMMA
            + r"(?P<y>(?:19|20)\d\d)"
            + r"(?=[ \t]*(?:$|[—–(-]))"
        ),
        DATELINE_WINDOW,
    ),
    # a date (optionally with a time) alone on its own line, as under a headline, bracketed
    # or not ("[2021-03-05]", "【2021-03-05】")
    "own_line": (
        re.compile(
            r"(?m)^[ \t]*" + _OPEN + _YMD + r"(?:[ T]" + _CLOCK + r")?" + _CLOSE + r"[ \t]*$"
        ),
        DATELINE_WINDOW,
    ),
    # the source and date in brackets closing the text: "(Qingshan Daily, March 9, 2021)"
    "closing_source": (
        re.compile(r"(?m)^[ \t]*[(（][^()（）\n]{2,40},\s*" + _WORDS_DATE + r"[)）][ \t]*$"),
        DATELINE_WINDOW,
    ),
    # a date closing a short source or byline line ("Source: Jinan Daily   2023-10-13")
    "line_end": (re.compile(r"(?m)^[^\n]{0,60}?\s" + _YMD + r"[ \t]*$"), DATELINE_WINDOW),
    # a date on a source line after the source's name ("source:xianning.gov.cn 2020-01-06")
    "source_line": (
        re.compile(r"(?i)(?<![^\W\d_])source\s*[:：][^\n]{0,40}?\s" + _YMD),
        LABELLED_WINDOW,
    ),
    # a date among a page's controls on a short line: "[Font: Large Small]  2021-03-09  [Print]",
    # "2021-03-09 | Print | Close"
    "among_controls": (
        re.compile(
            r"(?m)^[^\n]{0,60}?(?<![\w-])" + _YMD + r"(?:[ \t]+" + _CLOCK + r")?[ \t]*"
            r"(?:[\[【|｜]|(?i:print|close|share|font|views|hits|browse|download)\b)"
        ),
        DATELINE_WINDOW,
    ),
    # a timestamp with a clock time anywhere in the head is a publication stamp
    "timestamp": (re.compile(_YMD + r"(?:\s+|T)" + _CLOCK), LABELLED_WINDOW),
    # a date opening a line, whatever the scraper glued after it ("2022-05-20 0 By",
    # "2017-01-12Text Size: A A A"): body text does not open a line with a numeric date
    # ... or in brackets: "[2019-03-10] The Standing Committee ...", "【2019-03-10】"
    "line_start": (
        re.compile(r"(?m)^[ \t]*(?:[\[【(（][ \t]*)?" + _YMD + r"(?!\d)"),
        DATELINE_WINDOW,
    ),
    # a date in words as a page's own stamp line, month or day first, maybe after a weekday
    # and before the source: "Mar 9, 2021", "Tuesday, March 9, 2021", "9 March 2021",
    # "March 9, 2021 | Source: Qingshan Daily"
    "own_line_words": (
        re.compile(r"(?im)^[ \t]*" + _OPEN + _WEEKDAY + _WORDS_DATE + _CLOSE + _STAMP_END),
        DATELINE_WINDOW,
    ),
    "own_line_words_day_first": (
        re.compile(
            r"(?im)^[ \t]*" + _OPEN + _WEEKDAY + _WORDS_DATE_DAY_FIRST + _CLOSE + _STAMP_END
        ),
        DATELINE_WINDOW,
    ),
    # a date with the day first alone on its line ("09-03-2021", "09.03.2021 10:25")
    "own_line_day_first": (
        re.compile(
            r"(?m)^[ \t]*" + _OPEN + _DMY + r"(?:[ T]" + _CLOCK + r")?" + _CLOSE + r"[ \t]*$"
        ),
        DATELINE_WINDOW,
    ),
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
    # ... or closing a short source line: "Qingshan Daily | 09/03/2021"
    "line_end_slashed": (
        re.compile(
            r"(?m)^[^\n]{0,60}?\s(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<y>(?:19|20)\d\d)[ \t]*$"
        ),
        DATELINE_WINDOW,
    ),
}


#: Patterns trusted in the last lines of an article, where a page may put its date line under
#: the text ("Release time: 2021-03-09", a lone "2021-03-09", "(Qingshan Daily, March 9, 2021)");
#: not a date merely ending a line there, which is as often a related story's.
TAIL_PATTERNS = (
    "labelled",
    "labelled_words",
    "labelled_words_day_first",
    "labelled_day_first",
    "own_line",
    "own_line_words",
    "own_line_words_day_first",
    "own_line_day_first",
    "closing_source",
)
TAIL_WINDOW = 300
#: How far into its line a closing date line's date may start ("Editor: Wu Yan  Date: ...").
TAIL_LINE_LEAD = 60

#: A greeting that dates the reader's visit, not the page: "Today is Wednesday, 1 December 2026",
#: "Welcome to the official website ..., on Saturday, Oct 16, 2021", "今天是".
BROWSING_DATE = re.compile(
    r"(?i)\btoday\s+is\b|\bwelcome\s+to\b[^\n]{0,80}?\b(?:website|site|portal|network)\b|今天是"
)
#: A line of page furniture whose years date no event: "© 2019-2023", "Copyright 2017".
COPYRIGHT_LINE = re.compile(r"(?i)copyright|©|all rights reserved")


def on_furniture_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` greets the reader before it, or states a copyright."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return bool(
        BROWSING_DATE.search(text, start, at)
        or COPYRIGHT_LINE.search(text, start, end if end >= 0 else len(text))
    )


def find_dateline(text: str) -> tuple[date, Span] | None:
    """Return the dateline's date and the span of its digits, or None: first in the head of
    the text; failing that, a labelled or lone date line closing the article."""
    text = narrowed(text)  # "Release time：2023-01-07": the same offsets
    for name, (_, window) in DATELINE_PATTERNS.items():
        if found := _first_dateline(name, text, 0, window):
            return found
    tail = max(0, len(text) - TAIL_WINDOW)
    for name in TAIL_PATTERNS:
        found = _first_dateline(name, text, tail, len(text))
        if found and found[1].start - (text.rfind("\n", 0, found[1].start) + 1) <= TAIL_LINE_LEAD:
            return found  # on a short line of its own, not at the end of a body sentence
    return None


def _first_dateline(name: str, text: str, start: int, end: int) -> tuple[date, Span] | None:
    for match in DATELINE_PATTERNS[name][0].finditer(text, start, end):
        value = _value(match)
        if value is None:
            continue  # a garbled date is no dateline; keep looking
        groups = [
            g for g in ("y", "m", "month", "d", "first", "second") if match.groupdict().get(g)
        ]
        span = Span(min(match.start(g) for g in groups), max(match.end(g) for g in groups))
        if on_furniture_line(text, span.start):
            continue  # "Today is Wednesday, 1 December 2026": the reader's day, not the page's
        if name == "line_end" and in_dated_list(text, match.start()):
            continue  # "Huayang holds flood control meeting 2019-02-11": a related story
        return value, span
    return None


#: A line ending in a date, as each item of a list of related stories does.
DATED_LINE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?[ \t]*$")


def in_dated_list(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` has a neighbouring line that also ends in a date."""
    before = text[:line_start].rstrip("\n").rsplit("\n", 1)[-1]
    end = text.find("\n", line_start)
    after = text[end + 1 :].split("\n", 1)[0] if end >= 0 else ""
    return any(DATED_LINE.search(line) for line in (before, after) if line.strip())


def _value(match: re.Match[str]) -> date | None:
    found = match.groupdict()
    if found.get("first"):  # month/day/year, or day/month/year when that is the only reading
        first, second = int(found["first"]), int(found["second"])
        month, day = (first, second) if first <= 12 else (second, first)
    else:
        month = int(found["m"]) if found.get("m") else _month(found["month"])
        day = int(found["d"])
        if found.get("sep") and month > 12 >= day:  # "03-25-2021": month first after all
            month, day = day, month
    try:
        return date(int(found["y"]), month, day)
    except ValueError:
        return None


def _month(word: str) -> int:
    word = word.lower()
    return next(n for n, name in enumerate(MONTH_NAMES, start=1) if word[:3] == name[:3].lower())
