"""Records that flow between pipeline stages.

Every extracted record carries the :class:`Span` it came from (offsets into the
*original* article text, before cleaning) and the id of the rule that produced it,
so each fact in the graph can be traced back to the characters it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

DatePrecision = Literal["day", "month", "year", "unknown"]


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` in the original article text."""

    start: int
    end: int


@dataclass(frozen=True)
class InputFile:
    """A file to read, and the article id it gives (see :mod:`kg.ingest.files`)."""

    path: Path
    article_id: str


@dataclass(frozen=True)
class Article:
    """One input document as read from disk, before any cleaning."""

    id: str
    source: str
    text: str
    content_hash: str
    dateline: date | None = None
    dateline_span: Span | None = None
    title: str | None = None


@dataclass(frozen=True)
class DateRef:
    """A date phrase and what it resolves to; ``value`` is None when unresolvable."""

    phrase: str
    value: date | None
    precision: DatePrecision
    span: Span


@dataclass(frozen=True)
class PostRecord:
    """A post as stated next to a name: ``role`` of ``org`` (org as written, not yet qualified)."""

    role: str
    org: str | None
    span: Span
    rule: str


@dataclass(frozen=True)
class PersonRecord:
    """One mention of a named person, with the posts or credit role stated beside it."""

    name: str
    span: Span
    rule: str
    posts: tuple[PostRecord, ...] = ()
    credit: str | None = None  # "reporter", "photographer": named, but not an official
    titled: bool = False  # named under an official title without a post ("Provincial leaders X")
    acting: bool = False  # untitled, but shown acting in office (presiding, speaking, inspecting)
    bystander: str | None = None  # "professor", "host": described as holding no office


@dataclass(frozen=True)
class MeetingRecord:
    """An event the article reports as held."""

    meeting_type: str
    span: Span
    rule: str
    body: str | None = None
    date: DateRef | None = None
    chair: PersonRecord | None = None
    chair_rule: str | None = None
    attendees: tuple[PersonRecord, ...] = ()


@dataclass(frozen=True)
class SpeechRecord:
    """A cited higher-level speech, instructions, letter, plenary session or conference."""

    label: str
    kind: str
    span: Span
    rule: str
    speaker: str | None = None
    occasion: str | None = None


@dataclass(frozen=True)
class DocumentRecord:
    """A policy document the meeting reviewed, studied or adopted."""

    title: str
    span: Span
    rule: str


@dataclass(frozen=True)
class DirectiveRecord:
    """One required action stated by a meeting."""

    text: str
    verb: str | None
    modality: str
    span: Span
    rule: str
    addressee: str | None = None
    action: int = 0  # position among the actions of its sentence (the sentence is ``span``)
    topics: tuple[str, ...] = ()  # IRIs of policy-area concepts


@dataclass(frozen=True)
class ConceptRecord:
    """A slogan or policy concept named in the text; ``iri`` is set for known concepts."""

    label: str
    span: Span
    rule: str
    iri: str | None = None


@dataclass(frozen=True)
class PlaceRecord:
    """A place named in the text and found in the gazetteer."""

    name: str
    kind: str  # "city", "province", "region", ...
    span: Span
    rule: str
    geonames_id: int | None = None


@dataclass
class ArticleFacts:
    """Everything extracted from one article, before resolution."""

    article: Article
    meetings: list[MeetingRecord] = field(default_factory=list)
    people: list[PersonRecord] = field(default_factory=list)
    places: list[PlaceRecord] = field(default_factory=list)
    speeches: list[SpeechRecord] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    directives: list[DirectiveRecord] = field(default_factory=list)
    concepts: list[ConceptRecord] = field(default_factory=list)
