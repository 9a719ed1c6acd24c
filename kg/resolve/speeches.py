"""One node per cited speech across articles, where the evidence allows it.

In order, a cited speech is:

1. an event of the registry (``ontology/central-events.ttl``) that one of its phrases
   names, dated before the article (the latest instance, for yearly conferences);
2. the speech given *at* such an event ("the important speech at the Second Plenary
   Session of the 20th CCDI"): one node per event and speaker, dated by the event;
3. a speech during an inspection of a named province or city: one node per speaker, place
   and year of the article (leaders inspect a province about once a year at most);
4. otherwise local to its article: merging it on wording alone would join different speeches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.extract.gazetteer import gazetteer
from kg.extract.vocabularies import phrases_pattern
from kg.resources import ontology_file
from kg.types import SpeechRecord

POL = "https://w3id.org/policykg/ontology#"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
#: A yearly conference cited more than this long after it is not the one meant.
RECURRING_WINDOW_DAYS = 400
INSPECTION = re.compile(r"(?i)\binspect(?:ion|ing|ed)?\b")

REGISTRY = "speech.registry.v1"
AT_REGISTERED_EVENT = "speech.at_registered_event.v1"
INSPECTION_PLACE_YEAR = "speech.inspection_place_year.v1"
ARTICLE_LOCAL = "speech.article_local.v1"


@dataclass(frozen=True)
class RegisteredEvent:
    iri: str
    label: str
    kind: str
    given_on: date | None
    speaker: str | None
    pattern: re.Pattern[str]
    recurring: bool = False  # another entry shares its phrases (a yearly conference)


@dataclass(frozen=True)
class SpeechIdentity:
    """How a cited speech is named across articles; ``iri`` None means article-local."""

    rule: str
    iri: str | None = None
    label: str | None = None
    given_on: date | None = None
    key: tuple[str, ...] = ()


@lru_cache(maxsize=2)
def registry(directory: Path | None = None) -> tuple[RegisteredEvent, ...]:
    path = ontology_file("central-events.ttl", directory)
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    fields: dict[str, dict[str, list[str]]] = {}
    for quad in store:
        fields.setdefault(quad.subject.value, {}).setdefault(quad.predicate.value, []).append(
            quad.object.value
        )
    events = []
    for iri, props in sorted(fields.items()):
        given = props.get(POL + "givenOn", [None])[0]
        events.append(
            RegisteredEvent(
                iri=iri,
                label=props[RDFS_LABEL][0],
                kind=props[POL + "speechKind"][0],
                given_on=date.fromisoformat(given) if given else None,
                speaker=props.get(POL + "speaker", [None])[0],
                pattern=phrases_pattern(props.get(SKOS_ALT, [props[RDFS_LABEL][0]])),
            )
        )
    phrases = [e.pattern.pattern for e in events]
    return tuple(
        RegisteredEvent(**{**e.__dict__, "recurring": phrases.count(e.pattern.pattern) > 1})
        for e in events
    )


def resolve_speech(record: SpeechRecord, article_date: date | None) -> SpeechIdentity:
    text = record.occasion or record.label
    event = _registered(text, {record.kind}, article_date)
    if event is not None:
        return SpeechIdentity(REGISTRY, event.iri, event.label, event.given_on)
    if record.occasion and record.occasion.lower().startswith("at "):
        event = _registered(record.occasion, {"conference", "plenary session"}, article_date)
        if event is not None:
            speaker = record.speaker or "unknown speaker"
            return SpeechIdentity(
                AT_REGISTERED_EVENT,
                f"{event.iri}-speech-{_slug(speaker)}",
                f"{speaker}'s speech at the {event.label}",
                event.given_on,
            )
    if record.occasion and INSPECTION.search(record.occasion) and article_date and record.speaker:
        place = _place_in(record.occasion)
        if place is not None:
            year = str(article_date.year)
            return SpeechIdentity(
                INSPECTION_PLACE_YEAR,
                None,
                f"{record.speaker}'s speech during his inspection in {place} ({year})",
                key=(record.speaker, "inspection", place, year),
            )
    return SpeechIdentity(ARTICLE_LOCAL)


def _registered(text: str, kinds: set[str], article_date: date | None) -> RegisteredEvent | None:
    candidates = [e for e in registry() if e.kind in kinds and e.pattern.search(text)]
    if article_date is None:  # without a date, a yearly conference cannot be told apart
        candidates = [e for e in candidates if not e.recurring]
    else:
        candidates = [
            e
            for e in candidates
            if e.given_on is None
            or (
                e.given_on <= article_date
                and (not e.recurring or (article_date - e.given_on).days <= RECURRING_WINDOW_DAYS)
            )
        ]
    return max(candidates, key=lambda e: e.given_on or date.min) if candidates else None


def _place_in(text: str) -> str | None:
    for match in re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text):
        place = gazetteer().lookup(match.group())
        if place is not None:
            return place.name
    return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
