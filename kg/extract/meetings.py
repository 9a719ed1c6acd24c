"""Meetings the article reports as held, with date, holding body, type and chair.

Four clause shapes report a meeting, read off the dependency parse:

* holding: "the Standing Committee of the Municipal Party Committee held a meeting",
  "the 12th meeting of the Standing Committee of the CPPCC was held";
* presiding over a named meeting: "Mayor Zhao Lin presided over the 23rd executive meeting";
* inspecting: "Secretary Yin Li went to Fangshan District to inspect flood prevention";
* presiding alone: when the text only says who presided ("Chen Jining presided over the
  meeting"), that clause reports the meeting.

Restatements (a headline, a photo caption and the lead all saying the same body met)
are one meeting. Chairs come from presiding clauses and attach to the meeting they follow.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.context import Context
from kg.extract.dates import DateMatch, find_dates
from kg.extract.prefilter import prefilter_module_patterns
from kg.ingest.dateline import in_dated_list, on_furniture_line
from kg.nlp.rules import words_in
from kg.types import DateRef, MeetingRecord, PersonRecord

HOLD_LEMMAS = frozenset({"hold", "convene", "organize", "organise", "open"})
#: A study group "conducted" or "carried out" its collective study: a study session held.
STUDY_LEMMAS = frozenset({"conduct", "carry"})
STUDY_KINDS = frozenset(
    {"collective", "group", "centralized", "centralised", "special", "concentrated"}
)
#: Verbs whose *subject* is the meeting: "the 14th meeting of the Standing Committee opened".
MEETING_SUBJECT_LEMMAS = frozenset({"open", "convene", "begin", "start", "close", "conclude"})
MEETING_NOUNS = frozenset(
    {
        "meeting",
        "conference",
        "session",
        "seminar",
        "symposium",
        "forum",
        "assembly",
        "plenum",
        "study",
        "congress",  # "the 14th Municipal Party Congress was opened"
    }  # "held a special study" is a study session
)
#: Words by which a sentence mentions the event a report is about, when no clause shape
#: reports it as held ("the plenary session is set to take place", "a delegation visited").
EVENT_WORDS = re.compile(
    r"(?i)\b(?:meeting|conference|session|seminar|symposium|forum|plenary|congress|"
    r"inspect\w*|investigat\w*|visit(?:ed|s)?|tour|met with|meets with)\b"
)
#: How far back from the dateline a meeting date in the lead may lie: reports are published
#: within days of the meeting, but a scraped page's only date is often when it was posted or
#: updated, months later.
LEAD_DATE_DAYS = 200
#: Verbs that name the chair; "host" is a chair verb when a person is its subject.
PRESIDE = re.compile(
    # ("under the chairmanship / presidency of X": the chair follows "of")
    r"(?i)\b(?:presid(?:ed|es|ing|ency)|chair(?:ed|s|ing|manship)|host(?:ed|s|ing)|"
    r"moderat(?:ed|es|ing)|emcee(?:d|s|ing)?|compered?|compering)\b"
    # "the host of the conference was X": the noun, when a "was" names the chair
    r"|\bhost(?=\s+(?:of\s+[^.;]{0,50}?)?(?:was|is)\b)"
    # "with Mayor X in the chair": the person named before it
    r"|\bin\s+the\s+chair\b"
)
#: 主持 reaches English as any of these ("emceed", "compered" in some translations).
PRESIDE_LEMMAS = frozenset({"preside", "chair", "host", "moderate", "emcee", "compere"})
#: Every verb lemma a held meeting is read from (see _held_meeting): a sentence without one
#: is passed over without a look at its tokens.
HELD_CUES = HOLD_LEMMAS | MEETING_SUBJECT_LEMMAS | PRESIDE_LEMMAS | STUDY_LEMMAS | {"meet"}
#: Being named as attending or speaking (the vocabulary's ``pol:attendedBy``); the officials
#: named before the verb in its sentence are its subjects ("X, Y and Z attended the meeting").
#: Finite verbs only: gerunds and bare forms describe other occasions ("the speech Xi Jinping
#: delivered when participating in the deliberation") or duties ("cadres should attend").
ATTEND = re.compile(
    r"\b(?:attend(?:ed|s)|participat(?:ed|es) in|sp(?:oke|eaks)\b(?! of)"
    r"|(?:delivered|made|gave) (?:a |an )?(?:important |concluding |keynote )?speech"
    r"|(?:emphasi[sz]ed|stressed|pointed out|said|noted|required) at the (?:meeting|conference))"
)
#: "chaired by X", "presided over by X", "under the chairmanship of X": the chair follows.
PASSIVE_BY = re.compile(r"^\s*(?:over\s+)?by\b|^\s+of\b")
#: The sentence ends at "by": the parser cut the chair's name off into the next one.
BY_AT_END = re.compile(r"^\s*(?:over\s+)?by\s*$")
#: A person who holds or opens a meeting chairs it: "X, the mayor, held a work scheduling
#: meeting", "X opened the assembly" (not "the meeting was held", which has no person subject).
CONVENE = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!be )\b(?:held|holds|convened|convenes|opened|"
    r"declared\s+(?:the\s+)?opening\s+of)\s+(?:a\s+|an\s+|the\s+)?(?:[\w’'-]+\s+){0,10}?"
    r"(?:meeting|conference|symposium|session|forum|seminar|assembly|congress|plenum)\b"
)
#: What may stand between a convener and the verb: nothing, or an appositive of posts.
CONVENER_GAP = re.compile(r"^(?:\s*|\s*,[^.;]*,\s*)$")
#: An official going somewhere to inspect or research is an inspection (a meeting in the graph).
INSPECT_LEMMAS = frozenset(
    {
        "go",
        "come",
        "visit",
        "inspect",
        "investigate",
        "research",
        "survey",
        "tour",
        "conduct",
        "carry",
        "make",
        "pay",
        "lead",
    }
)
INSPECT_WORDS = re.compile(r"(?i)\b(?:inspect\w*|investigat\w*|research|survey\w*|field visit)\b")
#: A delegation's visit or tour, reported as the event, is a field visit: an inspection.
VISIT_WORDS = re.compile(r"(?i)\b(?:visit(?:ed|s)?|tour)\b")
PRONOUNS = frozenset({"he", "she"})
SAME_DAY = re.compile(
    r"(?i)\b(?:on\s+)?the\s+same\s+(?:day|morning|afternoon|evening)\b|\bthat\s+day\b"
)

#: Meeting types by the words of the meeting phrase, then of the holding body; first match wins.
MEETING_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("plenary session", re.compile(r"(?i)plenary|plenum")),
    ("enlarged meeting", re.compile(r"(?i)enlarged|expanded")),
    (
        "theoretical study center group session",
        re.compile(r"(?i)theoretical (?:learning|study)|(?:study|learning) cent(?:er|re) group"),
    ),
    ("study session", re.compile(r"(?i)collective study|study (?:session|seminar|meeting)")),
    # 常务会议 reaches English as "executive meeting" or "standing meeting" of a government
    ("executive meeting", re.compile(r"(?i)executive meeting|standing meeting")),
    ("party group meeting", re.compile(r"(?i)party (?:leadership )?group")),
    ("presidium meeting", re.compile(r"(?i)presidium")),
    ("work conference", re.compile(r"(?i)\bwork(?:ing)?\b[\w\s-]*\b(?:conference|meeting)")),
    ("promotion conference", re.compile(r"(?i)promotion|mobili[sz]ation|deployment")),
    ("seminar", re.compile(r"(?i)seminar|symposium|forum")),
    ("standing committee meeting", re.compile(r"(?i)standing committee")),
    # what is left, by its head word: a session of a congress or a CPPCC committee is its
    # plenary session ("the first session of the 8th CPPCC committee", "the annual session");
    # any other conference, and the meetings of cadres and of one field of work, are work
    # conferences ("the Provincial Education Conference", "a safety production meeting"; a
    # report meeting stays a meeting: what it reports on is no type of its own)
    ("plenary session", re.compile(r"(?i)\bsession\b|\bcongress\b(?!\s+(?:hall|centre|center))")),
    (
        "work conference",
        re.compile(
            r"(?i)\b(?:tele|video\s+)?conference\b(?<!press conference)|"
            r"\bcadres?\b[\w\s-]*\bmeeting|\bmeeting\s+of\s+(?:leading\s+)?cadres|"
            r"\b(?:safety|production)\b[\w\s-]*\bmeeting"
        ),
    ),
)
#: A subject that names an organisation (not a person or a bare place) is the holding body.
BODY_WORDS = re.compile(
    r"(?i)\b(?:committee|government|congress|cppcc|conference|group|commission|office|bureau|"
    r"council|department|league|federation|court|procuratorate|leadership|presidium)\b"
)


def meeting_type(phrase: str, body: str | None) -> str:
    """The most specific type the meeting phrase or its body names ("an enlarged meeting" of
    the Standing Committee is an enlarged meeting; a session of the Theoretical Study Center
    Group is a theoretical study center group session)."""
    for name, pattern in MEETING_TYPES:
        if pattern.search(phrase) or (body and pattern.search(body)):
            return name
    return "meeting"


def find_meetings(ctx: Context, people: list[PersonRecord]) -> list[MeetingRecord]:
    """Meetings in reading order; chairs attached to the meeting they preside over."""
    meetings: list[MeetingRecord] = []
    pending_chair: tuple[PersonRecord, str] | None = None
    pending_attendees: list[PersonRecord] = []
    officials = [p for p in people if p.credit is None]
    for sent in ctx.sentences:
        found = _held_meeting(ctx, sent) or _inspection(ctx, sent, officials)
        merged_into: int | None = None
        if found is not None and found.date is None and meetings:
            found = _dated_as_follow_up(ctx, sent, found, meetings[-1])
        if found is not None:
            second = _second_of_two_days(ctx, sent, found)
            merged_into = _add(meetings, found)
            if second is not None:
                _add(meetings, second)
            if pending_chair and meetings[merged_into].chair is None:
                meetings[merged_into] = replace(
                    meetings[merged_into], chair=pending_chair[0], chair_rule=pending_chair[1]
                )
                pending_chair = None
        target = (
            merged_into if merged_into is not None else (len(meetings) - 1 if meetings else None)
        )
        pending_attendees.extend(_attendees(ctx, sent, officials))
        if target is not None and pending_attendees:
            meetings[target] = _with_attendees(meetings[target], pending_attendees)
            pending_attendees = []
        chair = _chair(ctx, sent, officials)
        if chair is None:
            continue
        own = (
            _other_day(ctx, sent, meetings[target])
            if found is None and target is not None
            else None
        )
        if own is not None and own.span.start < chair[0].span.start:
            # "On June 7, the provincial conference was held. On June 8, X presided over the
            # meeting to convey it": another day told before the chair is another meeting
            meetings.append(_presided(chair, own))
            continue
        if (
            found is None
            and target is not None
            and meetings[target].chair is not None
            and meetings[target].chair.name != chair[0].name
            and FOLLOW_UP.search(ctx.text_of(sent))
        ):
            # "After the provincial meeting, X presided over a meeting to make arrangements":
            # the meeting told before had its own chair; this is the local one that followed
            meetings.append(_presided(chair, meetings[target].date))
            continue
        if target is None:
            pending_chair = chair
        elif meetings[target].chair is None:
            meetings[target] = replace(meetings[target], chair=chair[0], chair_rule=chair[1])
    if pending_chair and not meetings:
        person, rule = pending_chair
        # the meeting's kind is in the first sentence that names one, often the headline
        # ("Standing Committee Meeting Held" over "Secretary X presided")
        mentioned = _mentioned_event(ctx)
        kind = mentioned.meeting_type if mentioned is not None else "meeting"
        meetings.append(
            MeetingRecord(
                meeting_type="meeting" if kind == "inspection" else kind,
                span=person.span,
                rule="meeting.presided.v1",
                chair=person,
                chair_rule=rule,
            )
        )
    if not meetings and (mentioned := _mentioned_event(ctx)) is not None:
        meetings.append(_with_attendees(mentioned, pending_attendees))
    meetings = _without_higher_event_told_first(ctx, meetings)
    if meetings and (
        meetings[0].date is None
        or (meetings[0].date.value is None and not VAGUE_TIME.fullmatch(meetings[0].date.phrase))
    ):
        lead = _lead_date(ctx)
        if lead is not None:
            meetings[0] = replace(meetings[0], date=lead)
    return meetings


#: "On January 21 and 22": two days, one per meeting when two meetings are named.
TWO_DAYS = re.compile(
    r"(?i)\b(?P<month>january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\s+(?P<first>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:and|to|-)\s+"
    r"(?P<second>[0-3]?\d)(?:st|nd|rd|th)?\b"
)


def _second_of_two_days(
    ctx: Context, sent: SpacySpan, first: MeetingRecord
) -> MeetingRecord | None:
    """The second of two meetings held over two days ("On January 21 and 22, a meeting of the
    standing committee and a leadership group meeting were held"), on the second day."""
    if first.date is None or first.date.value is None:
        return None
    days = TWO_DAYS.search(ctx.text_of(sent))
    if days is None or int(days["first"]) != first.date.value.day:
        return None
    other = next(
        (
            t
            for t in sent
            if t.dep_ == "conj"
            and t.lemma_.lower() in MEETING_NOUNS
            and t.head.lemma_.lower() in MEETING_NOUNS
        ),
        None,
    )
    if other is None:
        return None
    try:
        day = first.date.value.replace(day=int(days["second"]))
    except ValueError:
        return None
    phrase = ctx.text[other.left_edge.idx : other.idx + len(other.text)] + _who_meets(ctx, other)
    start = sent.start_char + days.start("second")
    return MeetingRecord(
        meeting_type=meeting_type(phrase, None),
        span=ctx.span(other.left_edge.idx, other.idx + len(other.text)),
        rule="meeting.second_of_two_days.v1",
        date=DateRef(days["second"], day, "day", ctx.span(start, sent.start_char + days.end())),
    )


#: Levels of the bodies that hold meetings, highest first.
BODY_LEVELS = (
    re.compile(r"(?i)\b(?:central|national|state\s+council|cpc\s+central)\b"),
    re.compile(r"(?i)\b(?:provincial|autonomous\s+region)\b"),
    re.compile(r"(?i)\b(?:municipal|city|prefecture|league)\b"),
    re.compile(r"(?i)\b(?:county|district|banner)\b"),
    re.compile(r"(?i)\b(?:township|town|street|sub-district)\b"),
)
#: The higher event's spirit taken up after it: "held a meeting to convey its spirit".
TAKES_UP_SPIRIT = re.compile(r"(?i)\b(?:spirit|convey\w*|relay\w*|implement\w*)\b")


def _body_level(body: str | None) -> int | None:
    """How high the body sits (0 central ... 4 township), by the first level word in its name."""
    if not body:
        return None
    found = [
        (m.start(), level) for level, rule in enumerate(BODY_LEVELS) if (m := rule.search(body))
    ]
    return min(found)[1] if found else None


def _without_higher_event_told_first(
    ctx: Context, meetings: list[MeetingRecord]
) -> list[MeetingRecord]:
    """A higher body's event told first ("On March 4, the provincial party committee held a
    conference. On March 5, the municipal standing committee held a meeting to convey its
    spirit"; "General Secretary X presided over a meeting of the Political Bureau ...") is the
    event the article's meeting takes up, not one of the article's: it goes when a lower
    body's meeting follows and takes up a spirit."""
    if len(meetings) < 2:
        return meetings
    first = _body_level(meetings[0].body or _held_words(ctx, meetings[0]))
    if first is None:
        return meetings
    for later in meetings[1:]:
        level = _body_level(later.body or _held_words(ctx, later))
        if level is None or level <= first:
            continue
        told = ctx.cleaned_quote(later.span)
        if TAKES_UP_SPIRIT.search(told):
            return meetings[1:]
    return meetings


def _held_words(ctx: Context, meeting: MeetingRecord) -> str:
    """The words that name a meeting told without its body ("the provincial video conference
    on flood control was held"): its sentence up to the verb."""
    told = ctx.cleaned_quote(meeting.span)
    held = re.search(r"\b(?:was|were)\s+(?:\w+\s+)?(?:held|convened|opened)\b", told)
    return told[: held.start()] if held else ""


def _other_day(ctx: Context, sent: SpacySpan, meeting: MeetingRecord) -> DateRef | None:
    """The sentence's own day when it is not the day of the meeting reported before it."""
    if meeting.date is None or meeting.date.value is None:
        return None
    own = _date(ctx, sent)
    if own is None or own.value is None or own.value == meeting.date.value:
        return None
    return own


#: A meeting held right after the one told before ("After the meeting, the city immediately
#: held a follow-up meeting"): on its day, when it names none of its own.
FOLLOW_UP = re.compile(
    r"(?i)\bafter\s+the\s+(?:[\w’'-]+\s+){0,3}(?:meeting|conference|session)\b|"
    r"\bimmediately\s+(?:afterwards?|after\s+that|held|convened)\b|\bright\s+after\b"
)


def _dated_as_follow_up(
    ctx: Context, sent: SpacySpan, found: MeetingRecord, before: MeetingRecord
) -> MeetingRecord:
    if before.date is None or before.date.value is None or not FOLLOW_UP.search(ctx.text_of(sent)):
        return found
    return replace(found, date=before.date)


def _presided(chair: tuple[PersonRecord, str], day: DateRef | None) -> MeetingRecord:
    person, rule = chair
    return MeetingRecord(
        meeting_type="meeting",
        span=person.span,
        rule="meeting.presided.v1",
        date=day,
        chair=person,
        chair_rule=rule,
    )


def _mentioned_event(ctx: Context) -> MeetingRecord | None:
    """The first sentence that names an event, when no clause reports one as held: real
    reports say "the plenary session is set to take place", "a delegation visited", or carry
    the meeting only in a headline. The article is still about that event."""
    for sent in ctx.sentences:
        text = ctx.text_of(sent)
        found = EVENT_WORDS.search(text)
        if found is None:
            continue
        visiting = INSPECT_WORDS.search(found.group()) or VISIT_WORDS.search(found.group())
        kind = "inspection" if visiting else meeting_type(text, None)
        return MeetingRecord(
            meeting_type=kind,
            span=ctx.span(sent.start_char, sent.end_char),
            rule="meeting.mentioned.v1",
            date=_date(ctx, sent),
        )
    return None


def _lead_date(ctx: Context) -> DateRef | None:
    """The first day-exact date in the text, for a meeting whose own sentence gives none:
    the lead ("On the morning of July 24, ...") dates the report's event. With a dateline the
    date must lie in the weeks before it; without one, the text must fix the year."""
    dateline = ctx.article.dateline
    skip = ctx.article.dateline_span
    years = set() if dateline else text_years(ctx.text)
    year = max(years) if years else None
    assumed = dateline or (date(year, 12, 31) if year else None)
    wire = in_clause = None
    for match in find_dates(ctx.text, assumed):
        if match.value is None or match.precision != "day":
            continue
        where = ctx.span(match.start, match.end)  # the dateline's span is in the raw text
        if skip is not None and where.start < skip.end and skip.start < where.end:
            continue
        if _on_stamp_line(ctx.text, match.start):
            continue  # "Xinhua) 09:36, March 02, 2022": another stamp of the page, not the event
        if on_furniture_line(ctx.text, match.start):
            continue  # "Today is Tuesday, March 9, 2021": the reader's day; "© 2021-03-09"
        if in_dated_list(ctx.text, ctx.text.rfind("\n", 0, match.start) + 1):
            continue  # "Huayang holds flood control meeting 2019-02-11": a related story
        if dateline is not None and not (
            timedelta(0) <= dateline - match.value <= timedelta(days=LEAD_DATE_DAYS)
        ):
            continue
        if dateline is None and not _year_fixed(match, year):
            continue
        if dateline is None and year_end_review(match, years):
            # "On December 28 ... reviewed the work in 2020 and deployed the tasks of 2021":
            # a year-end meeting plans the next year
            match = match._replace(value=match.value.replace(year=match.value.year - 1))
        found = DateRef(match.phrase, match.value, "day", where)
        noun = _clause_noun(ctx.doc, match.start)
        if noun is not None and noun.lemma_.lower() not in MEETING_NOUNS:
            # "the speech delivered on February 20": another event's day, unless the text
            # gives no other (a garbled parse hangs clauses on any noun)
            in_clause = in_clause or found
            continue
        if not WIRE_BYLINE.match(ctx.text, match.end):
            return found
        # "Chuzhou, Jan 4 (reporter ...) On January 3, ...": a wire dateline dates the report;
        # it dates the event only when the text gives no other day ("BEIJING, Jan. 7 (Xinhua)")
        wire = wire or found
    return wire or in_clause


CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


def _on_stamp_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` carries a clock time, as page stamps do."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return bool(CLOCK_TIME.search(text[start : end if end >= 0 else len(text)]))


def _year_fixed(match: DateMatch, year: int | None) -> bool:
    """Without a dateline a date is known if it states its year, or if it is a month and day
    in the one year the text is about."""
    if re.search(r"(?:19|20)\d\d", match.phrase):
        return True
    return year is not None and match.rule in {"date.month_day.v1", "date.day_month.v1"}


#: A year the text names as its own events' ("in 2018", "of 2019", "for 2023"), not a period
#: ("2021-2025"), a target ("by 2035") or a year the text only enters ("Entering 2024, ...").
TEXT_YEAR = re.compile(
    # (not a goal's year: "the goals for 2035", "the vision of 2035")
    r"(?i)(?<!goals\s)(?<!goal\s)(?<!targets\s)(?<!target\s)(?<!vision\s)(?<!objectives\s)"
    r"\b(?:in|of|for|during)\s+(?:the\s+year\s+)?(?P<year>(?:19|20)\d\d)(?![\w-]|\s*[-–—~]\s*\d)|"
    # the year as the subject of a judgement: "2019 is the key year for poverty alleviation"
    r"(?<![\w-])(?P<subject>(?:19|20)\d\d)\s+(?:is|marks)\s+(?:a|the)\s+(?:\w+\s+){0,2}year\b|"
    # the year naming the year's own business: "the 2020 budget", "the 2021 Economic Work
    # Conference", "the 2021 national two sessions" (not "the 2008 Olympics", "a 2035 vision")
    r"(?<![\w-])(?P<business>(?:19|20)\d\d)(?:['’]s)?[ \t]+(?:[\w’'-]+[ \t]+){0,3}?"
    r"(?:budgets?|work|conference|meeting|sessions?|tasks)\b"
)
#: A year after a past participle dates what was done then, not the meeting ("the
#: Regulations (revised in 2019)", "joined the Party in 1985"), unless the verb holds it.
PAST_PARTICIPLE_BEFORE = re.compile(r"(?i)\b(?!(?:held|convened|opened)\b)(?:\w+ed|born)\s+$")


def year_end_review(match: DateMatch, years: set[int]) -> bool:
    """Whether a November or December date, its year taken from the latest of the text's
    years, belongs to the year before, which the text also names (the year under review)."""
    return (
        match.value is not None
        and match.value.month >= 11
        and not re.search(r"(?:19|20)\d\d", match.phrase)
        and match.value.year - 1 in years
    )


def text_year(text: str) -> int | None:
    """The latest year the text names as its events', read as the meeting's year when the text
    has no dateline (reviews look back to earlier years)."""
    years = text_years(text)
    return max(years) if years else None


def text_years(text: str) -> set[int]:
    """The years the text names as its events'."""
    return {
        int(m["year"] or m["subject"] or m["business"])
        for m in TEXT_YEAR.finditer(text)
        if not (
            m["year"] and PAST_PARTICIPLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        )
        and not on_furniture_line(text, m.start())
        and not _history_or_target(text, m)
    }


#: A year as a target: "by the end of 2024", "the end of 2025" (when a plan is to be done).
TARGET_YEAR_BEFORE = re.compile(r"(?i)\b(?:end|by)\s+(?:of\s+)?$")
#: A past-tense verb of a sentence telling history: "In 2019, Xi Jinping visited Ningbo", "The
#: Grand Canal was listed as a World Heritage Site in 2014", "proposed by him in 2005".
PAST_TENSE = re.compile(
    r"(?i)\b(?:was|were|had|\w{3,}ed|built|began|became|won|wrote|written|made|founded|took|"
    r"came|gave|held|set|left|met|went|saw|grew|rose|fell|led|brought|taught|fought)\b"
)
#: Words of the reported meeting's own sentence, whose year is the meeting's.
MEETING_WORDS = re.compile(
    r"(?i)\b(?:meeting|conference|session|plenary|symposium|forum|presided|chaired|convened|"
    r"work|tasks?|budget|plan)\b"
)


#: A sentence's end (not the point of "5.1").
SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")
#: A figure of the year under review ("In 2022, GDP grew by 5.1%"): a year-end meeting's year.
STATISTIC = re.compile(r"(?i)\d\s*(?:%|percent|billion|million|yuan|tons)")


def _history_or_target(text: str, match: re.Match[str]) -> bool:
    """Whether a year dates history the report recalls, or a target, not the meeting's events:
    a past-tense sentence with no meeting or year's work in it."""
    if TARGET_YEAR_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return True
    stops_before = list(SENTENCE_STOP.finditer(text, max(0, match.start() - 400), match.start()))
    start = stops_before[-1].end() if stops_before else max(0, match.start() - 400)
    stop_after = SENTENCE_STOP.search(text, match.end())
    sentence = text[start : stop_after.start() if stop_after else len(text)]
    return (
        bool(PAST_TENSE.search(sentence))
        and not MEETING_WORDS.search(sentence)
        and not STATISTIC.search(sentence)
    )


def _add(meetings: list[MeetingRecord], found: MeetingRecord) -> int:
    """Append ``found`` or merge it into the meeting it restates; return its index."""
    if (
        meetings
        and found.rule == "meeting.presided_named.v1"
        and found.body is None
        and found.date is None
        and (found.meeting_type == "meeting" or meetings[-1].chair is None)
    ):
        # "presided over the closing meeting", "presided over the first plenary meeting",
        # "presided over the city's follow-up meeting": a part of the meeting just reported,
        # or the one it leads to, with no day of its own
        return len(meetings) - 1
    for index, known in enumerate(meetings):
        if _same_meeting(known, found):
            if found.meeting_type == "enlarged meeting":  # the more specific name
                meetings[index] = known = replace(known, meeting_type=found.meeting_type)
            if known.date is None or (
                known.date.value is None and found.date is not None and found.date.value is not None
            ):
                meetings[index] = replace(known, date=found.date)
            if known.body is None and found.body is not None:
                meetings[index] = replace(meetings[index], body=found.body)
            if meetings[index].chair is None and found.chair is not None:
                meetings[index] = replace(
                    meetings[index], chair=found.chair, chair_rule=found.chair_rule
                )
            meetings[index] = _with_attendees(meetings[index], list(found.attendees))
            return index
    meetings.append(found)
    return len(meetings) - 1


def _held_meeting(ctx: Context, sent: SpacySpan) -> MeetingRecord | None:
    if HELD_CUES.isdisjoint(words_in(sent)[1]):
        return None  # most sentences: no verb below could say a meeting was held
    for token in sent:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = token.lemma_.lower()
        if lemma in HOLD_LEMMAS or lemma in MEETING_SUBJECT_LEMMAS:
            deps = {"dobj", "nsubjpass", "attr"} if lemma in HOLD_LEMMAS else set()
            deps |= {"nsubj"} if lemma in MEETING_SUBJECT_LEMMAS else set()
            meeting = _meeting_noun(token, deps)
            rule = "meeting.held.v1"
        elif lemma in PRESIDE_LEMMAS:
            meeting = _meeting_noun(token, {"dobj"}) or next(
                (
                    _meeting_noun(prep, {"pobj"})
                    for prep in token.children
                    if prep.dep_ == "prep" and prep.lower_ == "over"
                ),
                None,
            )
            meeting = meeting if meeting is not None and _is_specific(meeting) else None
            rule = "meeting.presided_named.v1"
        elif lemma == "meet":
            if (body_met := _body_met(ctx, token)) is not None:
                return MeetingRecord(
                    meeting_type=meeting_type("", body_met),
                    span=ctx.span(sent.start_char, sent.end_char),
                    rule="meeting.body_met.v1",
                    body=body_met,
                    date=_date(ctx, sent),
                )
            continue
        elif lemma in STUDY_LEMMAS:
            meeting = _meeting_noun(token, {"dobj"})
            meeting = meeting if meeting is not None and _is_group_study(meeting) else None
            rule = "meeting.held.v1"
        else:
            continue
        if meeting is None:
            continue
        # the type is in the words up to the meeting noun, not in what it was about
        # ("a report meeting on the spirit of the Central Economic Work Conference")
        phrase = ctx.text[meeting.left_edge.idx : meeting.idx + len(meeting.text)]
        if meeting.dep_ in {"appos", "conj"}:  # the whole object phrase names the meeting
            phrase = ctx.text[meeting.head.left_edge.idx : meeting.idx + len(meeting.text)]
        phrase += _who_meets(ctx, meeting)
        holder_is_subject = rule == "meeting.held.v1" and meeting.dep_ != "nsubj"
        body = _body(ctx, token) if holder_is_subject else None
        body = body or _body_of(ctx, meeting)
        return MeetingRecord(
            meeting_type=meeting_type(phrase, body),
            span=ctx.span(sent.start_char, sent.end_char),
            rule=rule,
            body=body,
            date=_date(ctx, sent, meeting),
        )
    return None


#: Head nouns of an "of" phrase that names who meets ("of the Standing Committee", "of leading
#: cadres"), not what the meeting was about.
WHO_MEETS = frozenset(
    {"committee", "commission", "government", "group", "presidium", "congress", "cppcc"}
    | {"council", "team", "cadres", "cadre", "leaders", "members", "heads", "officials"}
    | {"delegates", "deputies", "secretaries", "directors"}
)


def _who_meets(ctx: Context, meeting: Token) -> str:
    """The "of" phrase after the meeting noun names who meets, and so the type ("a meeting of
    the Standing Committee", "a meeting of leading cadres"); "on" names what about, which
    does not ("a report meeting on the spirit of the Work Conference")."""
    of = next((c for c in meeting.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    who = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if who is None or who.lower_ not in WHO_MEETS:
        return ""  # "a meeting of studying the spirit of ...": what about, in other words
    end = of.right_edge
    return ctx.text[meeting.idx + len(meeting.text) : end.idx + len(end.text)]


def _meeting_noun(verb: Token, deps: set[str]) -> Token | None:
    """The meeting noun the verb governs; when the parse makes another word of the phrase its
    object ("held a Standing Committee (expanded) meeting": object "Committee", "meeting" in
    apposition), the meeting noun inside that phrase."""
    for child in verb.children:
        if child.dep_ not in deps:
            continue
        if child.lemma_.lower() in MEETING_NOUNS:
            return child
        inner = next(
            (
                t
                for t in child.subtree
                if t.dep_ in {"appos", "conj"} and t.lemma_.lower() in MEETING_NOUNS
            ),
            None,
        )
        if inner is not None:
            return inner
    return None


def _body_met(ctx: Context, verb: Token) -> str | None:
    """The body in "the Standing Committee of the Municipal Party Committee met on June 8":
    met alone, not met a target or met with visitors."""
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
        return None
    return _body(ctx, verb)


def _is_group_study(meeting: Token) -> bool:
    """ "its third collective study", not "a study of the market" (which is research)."""
    return meeting.lemma_.lower() == "study" and any(
        c.lower_ in STUDY_KINDS for c in meeting.children if c.dep_ in {"amod", "compound"}
    )


def _is_specific(meeting: Token) -> bool:
    """ "the 23rd executive meeting", not just "the meeting" (which restates a known one)."""
    return any(c.dep_ in {"amod", "compound", "nummod", "prep"} for c in meeting.children)


def _inspection(
    ctx: Context, sent: SpacySpan, officials: list[PersonRecord]
) -> MeetingRecord | None:
    if not INSPECT_WORDS.search(ctx.text_of(sent)):
        return None
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in INSPECT_LEMMAS:
            continue
        # the subject nearest the verb: a dateline wrapped into the lead is a second, earlier
        # one ("Linhe, May 6 (reporter Zhou Bo) On May 5, Gao Ming went to ...")
        subjects = reversed([c for c in token.children if c.dep_ == "nsubj"])
        person = next(filter(None, (_person_of(ctx, s, officials) for s in subjects)), None)
        if person is None:
            continue
        return MeetingRecord(
            meeting_type="inspection",
            span=ctx.span(sent.start_char, sent.end_char),
            rule="meeting.inspection.v1",
            date=_date(ctx, sent),
            chair=person,
            chair_rule="chair.inspector.v1",
        )
    return None


def _person_of(ctx: Context, subject: Token, officials: list[PersonRecord]) -> PersonRecord | None:
    """The official a subject names; "he"/"she" is the official named last before it."""
    start = ctx.span(subject.left_edge.idx, subject.left_edge.idx + 1).start
    end = ctx.span(subject.right_edge.idx, subject.right_edge.idx + len(subject.right_edge)).end
    if subject.lower_ in PRONOUNS:
        before = [p for p in officials if p.span.end <= start]
        return before[-1] if before else None
    return next((p for p in officials if start <= p.span.start and p.span.end <= end), None)


#: Dependents that hang a clause on a noun phrase; a body or meeting name stops before them.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "punct", "cc", "conj"})


def _subtree_text(ctx: Context, token: Token) -> str:
    """The noun phrase headed by ``token``, without relative clauses hung on it ("the Standing
    Committee of ..., which studied ..." -> "the Standing Committee of ...")."""
    cut = {
        t.i
        for child in token.subtree
        if child.dep_ in CLAUSE_DEPS and child.head.i >= token.i and child.i > token.i
        for t in child.subtree
    }
    tokens = [t for t in token.subtree if t.i not in cut]
    end = tokens[0].i
    for t in tokens:  # keep the contiguous phrase from its first word
        if t.i != end:
            break
        end += 1
    last = token.doc[end - 1]
    return ctx.text[tokens[0].idx : last.idx + len(last.text)]


def _body(ctx: Context, verb: Token) -> str | None:
    """The subject that names an organisation; a dateline wrapped into the sentence gives the
    verb a second subject ("Jiaxing, March 6 — On March 5, the Standing Committee ... held")."""
    for subject in verb.children:
        if subject.dep_ != "nsubj" or subject.pos_ == "PRON":
            continue
        text = " ".join(_subtree_text(ctx, subject).split())
        if BODY_WORDS.search(text):
            return text
    return None


def _body_of(ctx: Context, meeting: Token) -> str | None:
    """The body in "the 12th meeting of the Standing Committee of the ... CPPCC"."""
    for prep in meeting.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                text = " ".join(_subtree_text(ctx, obj).split())
                if BODY_WORDS.search(text):
                    return text
    return None


#: What follows a wire dateline's date: the reporter's byline or the agency in brackets.
WIRE_BYLINE = re.compile(
    r"\s*[(（]\s*(?:\w+\s+)?(?:reporter|correspondent|by|xinhua|editor|author)", re.I
)


def _in_dateline(ctx: Context, sent: SpacySpan, match: DateMatch) -> bool:
    dateline = ctx.article.dateline_span
    where = ctx.span(sent.start_char + match.start, sent.start_char + match.end)
    return dateline is not None and where.start < dateline.end and dateline.start < where.end


#: A time that says the meeting was "recently" held: no day, and no other date of the text is
#: the meeting's ("Recently, the committee met ... the rules took effect on March 1").
VAGUE_TIME = re.compile(r"(?i)recently|not long ago|a few days ago|several days ago|the other day")
#: Clauses that hang on a noun ("the speech delivered ... on February 20", "the conference
#: that opened on March 5") date that noun's event, not the meeting the sentence reports.
NOUN_CLAUSES = frozenset({"acl", "relcl"})


def _clause_noun(doc: Doc, char: int) -> Token | None:
    """The noun whose clause holds the character at ``char`` (the date's first), if any."""
    token = _token_at(doc, char)
    while token is not None and token.head.i != token.i:
        if token.dep_ in NOUN_CLAUSES:
            return token.head
        token = token.head
    return None


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _other_events_date(ctx: Context, char: int, meeting: Token | None) -> bool:
    """Whether the date at ``char`` (cleaned text) dates an event named inside the sentence,
    not the reported ``meeting`` (whose own clause, "the session held on March 8", may)."""
    noun = _clause_noun(ctx.doc, char)
    if noun is None:
        return False
    if meeting is None:
        return True
    # "the standing committee meeting and the work conference held on March 8": the clause on
    # the last of coordinated meetings dates them all
    coordinated = {meeting.i, *(t.i for t in meeting.conjuncts)}
    return noun.i not in coordinated


def _date(ctx: Context, sent: SpacySpan, meeting: Token | None = None) -> DateRef | None:
    same_day = SAME_DAY.search(ctx.text_of(sent))
    if same_day:  # "On the same day, he presided over ...": the date the text gave last
        earlier = find_dates(ctx.text[: sent.start_char], ctx.article.dateline)
        known = [m for m in earlier if m.value is not None]
        if known:
            start = sent.start_char + same_day.start()
            return DateRef(
                same_day.group(),
                known[-1].value,
                "day",
                ctx.span(start, sent.start_char + same_day.end()),
            )
    dateline = ctx.article.dateline
    matches = [
        m
        for m in find_dates(ctx.text_of(sent), dateline)
        # a meeting reported as held is not after the page's date: "a session starting from
        # March 4" in a report dated March 2 is what the meeting decided, not when it met
        if m.value is None or dateline is None or m.value <= dateline
    ]
    if not matches:
        return None
    sent_text = ctx.text_of(sent)
    # "Chuzhou, Jan 4 (reporter Li Hua) On January 3, ...": the wire dateline's date is the
    # report's, as is the page's dateline wrapped into the sentence; the meeting's is another
    own = [
        m
        for m in matches
        if not WIRE_BYLINE.match(sent_text, m.end) and not _in_dateline(ctx, sent, m)
    ] or matches
    own = [m for m in own if not _other_events_date(ctx, sent.start_char + m.start, meeting)]
    if not own:
        return None
    vague = next((m for m in own if VAGUE_TIME.fullmatch(m.phrase)), None)
    first_day = next((m for m in own if m.value is not None), None)
    # "Recently, the committee met to study the speech of February 20": no day for the meeting
    best = vague if vague and (first_day is None or vague.start < first_day.start) else None
    best = best or first_day or own[0]
    start = sent.start_char + best.start
    return DateRef(
        best.phrase, best.value, best.precision, ctx.span(start, sent.start_char + best.end)
    )


#: A labelled line of a meeting notice: "Host: Deputy Magistrate X", "Presided over by: X".
CHAIR_LABEL = re.compile(
    r"(?i)^\s*(?:host|presider|presiding(?:\s+officer)?|chair(?:person|man|woman)?|moderator|"
    r"emcee|(?:presided\s+over|chaired|hosted)\s+by)\s*[:：]"
)


def _labelled_chair(
    ctx: Context, sent: SpacySpan, officials: list[PersonRecord]
) -> tuple[PersonRecord, str] | None:
    label = CHAIR_LABEL.match(ctx.text_of(sent))
    if label is None:
        return None
    label_end = ctx.span(sent.start_char + label.start(), sent.start_char + label.end()).end
    sentence_end = ctx.span(sent.start_char, sent.end_char).end
    after = [p for p in officials if label_end <= p.span.start and p.span.end <= sentence_end]
    return (after[0], "chair.label.v1") if after else None


def _chair(
    ctx: Context, sent: SpacySpan, officials: list[PersonRecord]
) -> tuple[PersonRecord, str] | None:
    if labelled := _labelled_chair(ctx, sent, officials):
        return labelled
    match = next(
        (m for m in PRESIDE.finditer(ctx.text_of(sent)) if _presides_here(ctx, sent, m)), None
    )
    if not match:
        return _convener(ctx, sent, officials)
    verb_at = ctx.span(sent.start_char + match.start(), sent.start_char + match.end())
    sentence = ctx.span(sent.start_char, sent.end_char)
    # a person the parser split off from the sentence's start ("... Secretary Lu | Hao
    # presided") is still in it
    in_sentence = [
        p for p in officials if sentence.start < p.span.end and p.span.end <= sentence.end
    ]
    if PASSIVE_BY.match(ctx.text_of(sent)[match.end() :]):
        after = [p for p in in_sentence if p.span.start >= verb_at.end]
        if after:
            return after[0], "chair.passive_by.v1"
        # "... presided over by | Zhou Min.": the parser split the name off the sentence
        split_off = [p for p in officials if 0 <= p.span.start - sentence.end <= 2]
        if split_off and BY_AT_END.search(ctx.text_of(sent)[match.end() :]):
            return split_off[0], "chair.passive_by.v1"
        titled = _holder_of_title(ctx.text_of(sent)[match.end() :], officials)
        return (titled, "chair.passive_by_title.v1") if titled else None
    if PRESIDING_NOUN_BE.match(ctx.text_of(sent)[match.end() :]):
        # "The presiding officer was X", "the host was X": the chair follows
        after = [p for p in in_sentence if p.span.start >= verb_at.end]
        return (after[0], "chair.presiding_noun.v1") if after else None
    before = [p for p in in_sentence if p.span.end <= verb_at.start]
    if before:
        return before[-1], "chair.subject.v1"
    if named := _named_by_surname(ctx.text_of(sent)[: match.start()], officials):
        return named, "chair.surname.v1"
    if not ctx.text_of(sent)[: match.start()].strip():
        # "Presiding over the meeting was X", "Chaired by X, the meeting ...": the verb opens
        # the sentence and the chair follows
        after = [p for p in in_sentence if p.span.start >= verb_at.end]
        return (after[0], "chair.opening_participle.v1") if after else None
    if title := TITLE_SUBJECT.search(ctx.text_of(sent)[: match.start()]):
        # "The secretary presided over the meeting": the one official holding that post
        titled = _holder_of_title(f" by {title['title']}", officials)
        return (titled, "chair.title_subject.v1") if titled else None
    if re.search(r"\b(?:he|she)\s+(?:\w+\s+)?$", ctx.text_of(sent)[: match.start()], re.I):
        earlier = [p for p in officials if p.span.end <= sentence.start]
        return (earlier[-1], "chair.pronoun.v1") if earlier else None
    return None


#: A title alone as the presiding verb's subject: "The secretary presided", "the mayor of the
#: city chaired the meeting" (a chair only when the text names that post's one holder).
TITLE_SUBJECT = re.compile(
    r"(?i)(?:^|[,;:]\s*)(?:the\s+)?(?P<title>(?:[a-z’'-]+\s+){0,5}?(?:secretary|mayor|governor|"
    r"director|chairman|chairwoman|head|magistrate|president)(?:\s+of\s+the\s+[^,.;()]+?)?)"
    r"\s+(?:also\s+|then\s+)?$"
)
#: The title alone after "by": "presided over by the secretary of the municipal party committee".
TITLE_AFTER_BY = re.compile(r"^\s*(?:over\s+)?by\s+(?:the\s+)?(?P<title>[^,.;()]+)")
TITLE_NOISE = frozenset({"the", "of", "and", "cpc", "chinese", "communist"})


def _title_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower())) - TITLE_NOISE


def _holder_of_title(after: str, officials: list[PersonRecord]) -> PersonRecord | None:
    """The one official the text gives the post that names the chair ("presided over by the
    secretary of the municipal party committee"; the secretary named elsewhere): the post's
    role is in the title, and every word of the title is in the post."""
    match = TITLE_AFTER_BY.match(after)
    if match is None:
        return None
    title = _title_words(match["title"])
    holders: dict[str, PersonRecord] = {}
    for person in officials:
        for post in person.posts:
            role = _title_words(post.role)
            if role and role <= title and title <= role | _title_words(post.org or ""):
                holders.setdefault(person.name, person)
    return next(iter(holders.values())) if len(holders) == 1 else None


#: "presiding officer was X", "host is X": a noun of presiding, then the chair after "was".
#: "The host of the conference was X": the meeting named between the noun and "was".
PRESIDING_NOUN_BE = re.compile(
    r"^\s+(?:officer\s+|person\s+)?(?:of\s+(?:the\s+|this\s+)?[\w\s’'-]{0,40}?"
    r"(?:meeting|conference|session|symposium|forum|seminar)\s+)?(?:was|is)\b"
)


def _presides_here(ctx: Context, sent: SpacySpan, match: re.Match[str]) -> bool:
    """Whether a presiding word reports who chaired a meeting of the article, not a higher
    event it cites ("the spirit of the provincial conference presided over by X") nor a post
    ("X, who chairs the municipal people's congress")."""
    token = _token_at(ctx.doc, sent.start_char + match.start())
    if token is None:
        return True
    if token.dep_ in NOUN_CLAUSES and token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
        return False
    if SPIRIT_OF_BEFORE.search(ctx.text_of(sent)[: match.start()]):
        # "to convey the spirit of the Political Bureau meeting presided over by X": the
        # cited meeting's chair, whatever clause the parser hangs the verb on
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"] + [
        c
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "over"
        for c in prep.children
        if c.dep_ == "pobj"
    ]
    if token.lemma_.lower() == "host" and any(o.lemma_.lower() in HOSTED_GUESTS for o in objects):
        return False  # "hosted a delegation of investors": received guests, chaired nothing
    return not any(_names_a_body(ctx, obj) for obj in objects)


#: The presiding verb right after "the spirit of <an event>" in one clause.
SPIRIT_OF_BEFORE = re.compile(r"(?i)\bspirit\s+of\b[^,.;:]*$")


#: What an official hosts as a host of guests, not as a meeting's chair.
HOSTED_GUESTS = frozenset(
    {"delegation", "guest", "visitor", "banquet", "dinner", "reception", "luncheon", "team"}
)


#: A people's congress is a body one chairs; a party congress is an event one presides over.
PEOPLES_CONGRESS = re.compile(r"(?i)people[’']?s\s+congress$")


def _names_a_body(ctx: Context, obj: Token) -> bool:
    if obj.pos_ == "PRON":
        return False
    text = _subtree_text(ctx, obj)
    if obj.lemma_.lower() in MEETING_NOUNS:
        return bool(PEOPLES_CONGRESS.search(text))
    return bool(BODY_WORDS.search(text))


#: A surname alone right before the presiding verb, maybe after a title: "Secretary Wang
#: presided" (news English names a person in full once, and by surname elsewhere).
SUBJECT_PRONOUNS = frozenset({"He", "She", "It", "We", "They", "Who", "This"})
SURNAME_SUBJECT = re.compile(r"(?<![\w’'-])(?P<surname>[A-Z][a-z]{0,5})\s+(?:has\s+)?$")


def _named_by_surname(before: str, officials: list[PersonRecord]) -> PersonRecord | None:
    """The one official in the article whose surname is the subject before the verb."""
    match = SURNAME_SUBJECT.search(before)
    if match is None or match["surname"] in SUBJECT_PRONOUNS:
        return None  # "He presided": the pronoun's rule, below
    same = {p.name: p for p in officials if p.name.split()[0] == match["surname"]}
    return next(iter(same.values())) if len(same) == 1 else None


def _convener(
    ctx: Context, sent: SpacySpan, officials: list[PersonRecord]
) -> tuple[PersonRecord, str] | None:
    """The official who is the subject of "held/opened <a meeting>" in the sentence."""
    match = CONVENE.search(ctx.text_of(sent))
    if not match:
        return _convened_by(ctx, sent, officials)
    verb_at = ctx.span(sent.start_char + match.start(), sent.start_char + match.end()).start
    sentence_start = ctx.span(sent.start_char, sent.end_char).start
    before = [p for p in officials if sentence_start <= p.span.start and p.span.end <= verb_at]
    # spans are the original text's; so is the gap between the convener and the verb
    if before and CONVENER_GAP.match(ctx.article.text[before[-1].span.end : verb_at]):
        return before[-1], "chair.convener.v1"
    subject = _shared_subject(_token_at(ctx.doc, sent.start_char + match.start()))
    person = _person_of(ctx, subject, officials) if subject is not None else None
    return (person, "chair.convener_shared_subject.v1") if person is not None else None


def _shared_subject(verb: Token | None) -> Token | None:
    """The subject a conjoined "held" shares with the verb before it: "X led a team to
    inspect the zone and held a symposium" (the subject is the first verb's)."""
    if verb is None or verb.dep_ != "conj":
        return None
    head = verb.head
    # "led a team to inspect ... and held": through the infinitive to the verb with a subject
    while head.dep_ in {"conj", "xcomp"} and head.head is not head:
        head = head.head
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


#: "The meeting was convened by Mayor X": a person right after "by" (a title may come first);
#: "convened by the Standing Committee" names a body, and no chair.
CONVENED_BY = re.compile(r"(?i)\b(?:was|were)\s+(?:convened|called|organi[sz]ed)\s+by\s+")


def _convened_by(
    ctx: Context, sent: SpacySpan, officials: list[PersonRecord]
) -> tuple[PersonRecord, str] | None:
    match = CONVENED_BY.search(ctx.text_of(sent))
    if match is None:
        return None
    by_end = ctx.span(sent.start_char + match.start(), sent.start_char + match.end()).end
    after = [p for p in officials if p.span.start >= by_end]
    if not after:
        return None
    gap = ctx.article.text[by_end : after[0].span.start]
    # only a title between "by" and the name: "convened by Mayor X", "by the mayor, X"
    if (
        re.search(r"[.;]|\b(?:and|committee|government|bureau|office)\b", gap, re.I)
        or len(gap) > 60
    ):
        return None
    return after[0], "chair.convened_by.v1"


def _attendees(ctx: Context, sent: SpacySpan, officials: list[PersonRecord]) -> list[PersonRecord]:
    match = ATTEND.search(ctx.text_of(sent))
    if not match:
        return []
    sentence = ctx.span(sent.start_char, sent.end_char)
    verb_at = ctx.span(sent.start_char + match.start(), sent.start_char + match.end())
    return [p for p in officials if sentence.start <= p.span.start and p.span.end <= verb_at.start]


def _with_attendees(meeting: MeetingRecord, people: list[PersonRecord]) -> MeetingRecord:
    names = {p.name for p in meeting.attendees}
    attendees = list(meeting.attendees)
    for person in people:
        if person.name not in names:
            names.add(person.name)
            attendees.append(person)
    return replace(meeting, attendees=tuple(attendees))


def _same_meeting(a: MeetingRecord, b: MeetingRecord) -> bool:
    """A restatement: same type, compatible bodies, and dates that do not disagree."""
    if a.meeting_type != b.meeting_type and not _one_kind(a.meeting_type, b.meeting_type):
        return False
    if a.body and b.body and not _compatible_bodies(a.body, b.body):
        return False
    if a.meeting_type == "inspection" and a.chair and b.chair and a.chair.name != b.chair.name:
        return False
    if a.date is None or b.date is None:
        return True  # a headline or caption without a date restates the dated report
    if a.date.value is not None and b.date.value is not None:
        return a.date.value == b.date.value
    return a.date.phrase.lower() == b.date.phrase.lower()


#: Kinds one meeting is called by in one report: a headline's "Standing Committee meeting" is
#: the lead's "enlarged meeting of the Standing Committee".
ONE_KIND = (frozenset({"standing committee meeting", "enlarged meeting"}),)


def _one_kind(a: str, b: str) -> bool:
    return any({a, b} == kinds for kinds in ONE_KIND)


def _compatible_bodies(a: str, b: str) -> bool:
    """Same body in other words: "Provincial Party Committee Standing Committee" and "the
    Standing Committee of the Provincial Party Committee"; one may add the city's name."""
    words_a, words_b = _body_words(a), _body_words(b)
    return words_a <= words_b or words_b <= words_a


#: Words that do not tell two wordings of one body apart ("the 14th Provincial People's
#: Government" / "Guangdong Provincial Government").
BODY_NOISE = frozenset({"the", "of", "and", "a", "people's", "peoples", "cpc"})


def _body_words(body: str) -> set[str]:
    words = set(re.findall(r"[\w'-]+", body.lower().replace("’", "'"))) - BODY_NOISE
    return {w for w in words if not re.fullmatch(r"\d+(?:st|nd|rd|th)", w)}


# Last: every rule above asks first for the words it cannot match without.
prefilter_module_patterns(globals())
