"""Meetings the article reports as held, with date, holding body, type and chair.

A meeting is found from a *holding* clause read off the dependency parse ("the
Standing Committee of the Municipal Party Committee held a meeting", "a meeting
was convened") or, when the text only says who presided, from the *presiding*
clause itself. Restatements (a photo caption and the lead both saying the same
body held a meeting on the same date) are one meeting.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.dates import find_dates
from kg.types import DateRef, MeetingRecord, PersonRecord

HOLD_LEMMAS = frozenset({"hold", "convene", "organize", "organise", "open"})
MEETING_NOUNS = frozenset(
    {"meeting", "conference", "session", "seminar", "symposium", "forum", "assembly", "plenum"}
)
#: Verbs that name the chair; "host" is a chair verb when a person is its subject.
PRESIDE = re.compile(r"\b(?:presid(?:ed|es|ing)|chair(?:ed|s|ing)|host(?:ed|s|ing))\b")
PASSIVE_BY = re.compile(r"^\s*(?:over\s+)?by\b")

#: Meeting types by the words of the meeting phrase (and the holding body), first match wins.
MEETING_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("plenary session", re.compile(r"(?i)plenary|plenum")),
    ("enlarged meeting", re.compile(r"(?i)enlarged|expanded")),
    (
        "theoretical study center group session",
        re.compile(r"(?i)theoretical (?:learning|study)|(?:study|learning) cent(?:er|re) group"),
    ),
    ("study session", re.compile(r"(?i)collective study|study (?:session|seminar|meeting)")),
    ("executive meeting", re.compile(r"(?i)executive meeting")),
    ("party group meeting", re.compile(r"(?i)party (?:leadership )?group")),
    ("presidium meeting", re.compile(r"(?i)presidium")),
    ("work conference", re.compile(r"(?i)work (?:conference|meeting)")),
    ("promotion conference", re.compile(r"(?i)promotion|mobili[sz]ation|deployment")),
    ("seminar", re.compile(r"(?i)seminar|symposium|forum")),
    ("standing committee meeting", re.compile(r"(?i)standing committee")),
    ("meeting", re.compile(r"(?i)meeting|conference|session|assembly")),
)
#: A subject that names an organisation (not a person or a bare place) is the holding body.
BODY_WORDS = re.compile(
    r"(?i)\b(?:committee|government|congress|cppcc|conference|group|commission|office|bureau|"
    r"council|department|league|federation|court|procuratorate|leadership)\b"
)


def meeting_type(phrase: str, body: str | None) -> str:
    for name, pattern in MEETING_TYPES:
        if pattern.search(phrase) or (
            name == "standing committee meeting"
            and body
            and pattern.search(body)
            and "meeting" in phrase.lower()
        ):
            return name
    return "meeting"


def find_meetings(ctx: Context, people: list[PersonRecord]) -> list[MeetingRecord]:
    """Meetings in reading order; chairs attached to the meeting they preside over."""
    meetings: list[MeetingRecord] = []
    pending_chair: tuple[PersonRecord, str] | None = None
    for sent in ctx.sentences:
        held = _held_meeting(ctx, sent)
        if held is not None:
            same = next((m for m in meetings if _same_meeting(m, held)), None)
            if same is None:
                meetings.append(held)
            if pending_chair and same is None:
                meetings[-1] = replace(
                    meetings[-1], chair=pending_chair[0], chair_rule=pending_chair[1]
                )
                pending_chair = None
        chair = _chair(ctx, sent, people)
        if chair is None:
            continue
        target = next((i for i, m in enumerate(meetings) if _in_sentence(ctx, m, sent)), None)
        if target is None and meetings:
            target = len(meetings) - 1
        if target is None:
            pending_chair = chair
        elif meetings[target].chair is None:
            meetings[target] = replace(meetings[target], chair=chair[0], chair_rule=chair[1])
    if pending_chair and not meetings:
        person, rule = pending_chair
        meetings.append(
            MeetingRecord(
                meeting_type="meeting",
                span=person.span,
                rule="meeting.presided.v1",
                chair=person,
                chair_rule=rule,
            )
        )
    return meetings


def _held_meeting(ctx: Context, sent: SpacySpan) -> MeetingRecord | None:
    for token in sent:
        if token.lemma_.lower() not in HOLD_LEMMAS or token.pos_ not in {"VERB", "AUX"}:
            continue
        meeting = next(
            (
                c
                for c in token.children
                if c.dep_ in {"dobj", "nsubjpass", "attr"} and c.lemma_.lower() in MEETING_NOUNS
            ),
            None,
        )
        if meeting is None:
            continue
        phrase = ctx.text[meeting.left_edge.idx : meeting.idx + len(meeting.text)]
        body = _body(ctx, token)
        date = _date(ctx, sent)
        start, end = sent.start_char, sent.end_char
        return MeetingRecord(
            meeting_type=meeting_type(phrase, body),
            span=ctx.span(start, end),
            rule="meeting.held.v1",
            body=body,
            date=date,
        )
    return None


def _body(ctx: Context, verb: Token) -> str | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    text = ctx.text[subject.left_edge.idx : subject.right_edge.idx + len(subject.right_edge.text)]
    return " ".join(text.split()) if BODY_WORDS.search(text) else None


def _date(ctx: Context, sent: SpacySpan) -> DateRef | None:
    matches = find_dates(sent.text, ctx.article.dateline)
    if not matches:
        return None
    best = next((m for m in matches if m.value is not None), matches[0])
    start = sent.start_char + best.start
    return DateRef(
        best.phrase, best.value, best.precision, ctx.span(start, sent.start_char + best.end)
    )


def _chair(
    ctx: Context, sent: SpacySpan, people: list[PersonRecord]
) -> tuple[PersonRecord, str] | None:
    match = PRESIDE.search(sent.text)
    if not match:
        return None
    verb_at = ctx.span(sent.start_char + match.start(), sent.start_char + match.end())
    sentence = ctx.span(sent.start_char, sent.end_char)
    in_sentence = [
        p
        for p in people
        if p.credit is None and sentence.start <= p.span.start and p.span.end <= sentence.end
    ]
    if PASSIVE_BY.match(sent.text[match.end() :]):
        after = [p for p in in_sentence if p.span.start >= verb_at.end]
        return (after[0], "chair.passive_by.v1") if after else None
    before = [p for p in in_sentence if p.span.end <= verb_at.start]
    return (before[-1], "chair.subject.v1") if before else None


def _same_meeting(a: MeetingRecord, b: MeetingRecord) -> bool:
    """A restatement: same body and same date (or both undated), and compatible types."""
    same_date = (a.date.value if a.date else None) == (b.date.value if b.date else None)
    return (
        same_date and a.body == b.body and (a.date is not None or a.meeting_type == b.meeting_type)
    )


def _in_sentence(ctx: Context, meeting: MeetingRecord, sent: SpacySpan) -> bool:
    return meeting.span == ctx.span(sent.start_char, sent.end_char)
