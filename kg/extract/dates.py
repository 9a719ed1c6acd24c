"""Date phrases in meeting reports, resolved against the article's dateline.

A phrase without a year takes the dateline's year (a December meeting in a January
article is the previous year); with no dateline it stays unresolved rather than
invented. ``precision`` says how much of the date the text gave.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from kg.extract.numbers import ORDINAL_WORDS
from kg.extract.prefilter import prefilter_module_patterns
from kg.types import DatePrecision

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

#: Irregular past verbs a wire-style weekday stands next to ("met Monday", "Monday said").
WIRE_VERBS = "met|held|made|gave|took|said|spoke|went|came|sent|saw|led"

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "the morning of", "the followingnoon of" (a translation artefact for "afternoon")...
_PART_OF_DAY = (
    r"(?:the\s+(?:early\s+|late\s+)?"
    r"(?:morning|afternoon|evening|night|noon|forenoon|followingnoon|day)\s+of\s+)?"
)

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"]
_TEENS += ["seventeen", "eighteen", "nineteen"]
#: Cardinal words 1-31 as machine translation spells a date's numbers ("twenty-three").
NUMBER_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNITS, start=1)},
    **{word: n for n, word in enumerate(_TEENS, start=10)},
    "twenty": 20,
    "thirty": 30,
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS, start=1)},
    "thirty-one": 31,
}
_NUMBER = "|".join(sorted((w.replace("-", r"[\s-]") for w in NUMBER_WORDS), key=len, reverse=True))
#: Ordinal words of a month's days: "eighth", "twenty-first", "thirtieth".
DAY_ORDINALS: dict[str, int] = {
    **ORDINAL_WORDS,
    **{f"twenty-{word}": 20 + n for word, n in ORDINAL_WORDS.items() if n < 10},
    "thirtieth": 30,
    "thirty-first": 31,
}
_DAY_ORDINAL = (
    r"(?P<oday>"
    + "|".join(sorted((w.replace("-", r"[\s-]") for w in DAY_ORDINALS), key=len, reverse=True))
    + r")"
)
#: A month named by a capitalised word, for phrases whose day is a word ("May first" is a
#: date, "may first consider" is not).
_MONTH_CAPITALISED = (
    r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")"
)
#: 十一月十三日 rendered word by word: "eleven month thirteen", "one month twenty-three (day)";
#: at a clause's start, where a date opens a report ("in one month twenty days" is a span).
MT_MONTH_DAY = re.compile(
    r"(?im)(?:^|(?<=[,.，。] )|(?<=[,.，。])|(?<=\bon ))(?P<mword>" + _NUMBER + r"|1[0-2]|0?[1-9])"
    r"\s+month\s+(?P<dword>" + _NUMBER + r"|[12]\d|3[01]|0?[1-9])(?:\s+day)?\b"
)

#: Named date rules, tried in order; the first to match a region of text wins it.
DATE_RULES: dict[str, re.Pattern[str]] = {
    # ("January 21 and 22, 2020": the year after a second day is the first's too)
    "date.month_day.v1": re.compile(
        r"(?i)\b"
        + _PART_OF_DAY
        + _MONTH
        + r"\s*"
        + _DAY
        + r"(?:(?:\s+(?:and|to)\s+|\s*[-–]\s*)[0-3]?\d(?:st|nd|rd|th)?(?=\s*,?\s*(?:19|20)\d\d\b))?"
        + r"(?:\s*,?\s*"
        + _YEAR
        + r")?\b"
    ),
    "date.day_month.v1": re.compile(
        r"(?i)\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:\s*,?\s*" + _YEAR + r")?\b"
    ),
    "date.number_words.v1": MT_MONTH_DAY,
    # "2019-03-09", "2019.3.9", "2019/3/9", "2019年3月9日"
    "date.iso.v1": re.compile(
        r"\b" + _YEAR + r"(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b(?!\.\d)|"
        r"\b(?P<cy>(?:19|20)\d\d)年(?P<cm>\d{1,2})月(?P<cd>\d{1,2})日"
    ),
    # 3月8日 left in Chinese by the translation, without its year
    "date.chinese_month_day.v1": re.compile(
        r"(?<!\d)(?P<cnm>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    ),
    # "March eighth", "March the twenty-first, 2021": the day spelt as an ordinal word
    "date.month_ordinal_word.v1": re.compile(
        # (after "on"/"of"/"since", or before a comma: "May first consider" is no date)
        r"(?:(?i:\b(?:on|of|since|from|until)\s+)"
        + _PART_OF_DAY
        + r"|\b(?=\w+\s+(?:the\s+)?[\w-]+\s*,))"
        + _MONTH_CAPITALISED
        + r"\.?\s+(?:the\s+)?(?i:"
        + _DAY_ORDINAL
        + r")\b(?:\s*,?\s*"
        + _YEAR
        + r")?"
    ),
    # "On the twenty-first, the county ...": the day alone, as a clause's opening date (not
    # "on the second floor", "on the third plenary session")
    "date.ordinal_day_word.v1": re.compile(
        r"(?i)\bon\s+"
        + _PART_OF_DAY
        + r"the\s+"
        + _DAY_ORDINAL
        + r"(?=\s*,|\s+of\s+(?:this|the|that)\s+month\b)"
    ),
    # "On 3.8, the committee": a month and day with a point, as a clause's opening date
    # (a bare "3.8" is a figure: "grew by 3.8%", "3.8 billion yuan")
    "date.month_point_day.v1": re.compile(
        r"(?i)\bon\s+" + _PART_OF_DAY + r"(?P<pm>1[0-2]|0?[1-9])\.(?P<day>[12]\d|3[01]|0?[1-9])"
        r"(?=\s*,)"
    ),
    "date.month_year.v1": re.compile(r"(?i)\bin\s+" + _MONTH + r"\s+(?:of\s+)?" + _YEAR + r"\b"),
    "date.ordinal_day.v1": re.compile(
        r"(?i)\bon\s+" + _PART_OF_DAY + r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
    ),
    "date.weekday.v1": re.compile(
        r"(?i)\b(?:on|last|this)\s+(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
    ),
    # wire style puts the weekday next to the verb with no "on": "arrived Monday for an
    # inspection", "Wang Chen Saturday called for"
    "date.weekday_wire.v1": re.compile(
        r"(?:(?<=[a-z]ed )|" + "|".join(f"(?<=\\b{verb} )" for verb in WIRE_VERBS.split("|")) + ")"
        r"(?P<weekday>" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b|"
        r"\b(?P<wd>" + "|".join(w.capitalize() for w in WEEKDAYS) + r")"
        r"(?= (?:[a-z]{2,}ed|" + WIRE_VERBS + r"|for|at|with|morning|afternoon|evening)\b|[,.])"
    ),
    "date.relative.v1": re.compile(
        r"(?i)\b(?P<rel>the day before yesterday|yesterday|today|this (?:morning|afternoon|"
        r"evening)|a few days ago|"
        r"several days ago|the other day|recently|not long ago)\b"
    ),
}

RELATIVE_DAYS = {
    "today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": 1,
    "the day before yesterday": 2,
}

#: Reports describe past events: a month-and-day more than a week after the dateline is last year's.
FUTURE_TOLERANCE = timedelta(days=7)


class DateMatch(NamedTuple):
    start: int
    end: int
    phrase: str
    value: date | None
    precision: DatePrecision
    rule: str


def find_dates(text: str, dateline: date | None) -> list[DateMatch]:
    """Every date phrase in ``text`` (offsets into ``text``), resolved where possible."""
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for rule, pattern in DATE_RULES.items():
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            value, precision = _resolve(match, dateline)
            taken.append((match.start(), match.end()))
            found.append(
                DateMatch(match.start(), match.end(), match.group(), value, precision, rule)
            )
    return sorted(found)


def _resolve(match: re.Match[str], dateline: date | None) -> tuple[date | None, DatePrecision]:
    groups = match.groupdict()
    try:
        if groups.get("m"):  # ISO
            return date(int(groups["year"]), int(groups["m"]), int(groups["d"])), "day"
        if groups.get("cm"):  # 2019年3月9日
            return date(int(groups["cy"]), int(groups["cm"]), int(groups["cd"])), "day"
        if groups.get("rel"):
            offset = RELATIVE_DAYS.get(groups["rel"].lower())
            if offset is None or dateline is None:
                return None, "unknown"
            return dateline - timedelta(days=offset), "day"
        weekday = groups.get("weekday") or groups.get("wd")
        if weekday:
            if dateline is None:
                return None, "unknown"
            back = (dateline.weekday() - WEEKDAYS.index(weekday.lower())) % 7
            return dateline - timedelta(days=back), "day"
        if groups.get("mword"):  # "eleven month thirteen"
            groups = {**groups, "month": None, "day": str(_number(groups["dword"]))}
            month: int | None = _number(groups["mword"])
        elif groups.get("cnm") or groups.get("pm"):  # 3月8日, "on 3.8,"
            month = int(groups.get("cnm") or groups["pm"])
        else:
            month = MONTHS[groups["month"].lower()] if groups.get("month") else None
        year = int(groups["year"]) if groups.get("year") else None
        if groups.get("oday"):  # "eighth", "twenty-first"
            groups = {
                **groups,
                "day": str(DAY_ORDINALS[re.sub(r"[\s-]+", "-", groups["oday"].lower())]),
            }
        if groups.get("day") is None:  # month and year only
            return (date(year, month, 1) if year and month else None), "month"
        day = int(groups["day"])
        if month is None:  # "on the 14th": the dateline's month, or the one before
            if dateline is None:
                return None, "unknown"
            candidate = dateline.replace(day=1)
            if day > dateline.day:
                candidate = (candidate - timedelta(days=1)).replace(day=1)
            return candidate.replace(day=day), "day"
        if year is not None:
            return date(year, month, day), "day"
        if dateline is None:
            return None, "unknown"
        candidate = date(dateline.year, month, day)
        if candidate - dateline > FUTURE_TOLERANCE:
            candidate = date(dateline.year - 1, month, day)
        return candidate, "day"
    except ValueError:  # "February 30": a garbled date resolves to nothing
        return None, "unknown"


def _number(word: str) -> int:
    """A date's number written in digits or words ("twenty three", "twenty-three", "7")."""
    word = re.sub(r"[\s-]+", "-", word.strip().lower())
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


# Last: every rule above asks first for the words it cannot match without.
prefilter_module_patterns(globals())
