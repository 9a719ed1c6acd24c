"""Resolve: turn one article's records into entities, with their context made explicit.

* the article's city, from place mentions weighted by where they occur;
* organisations qualified by that city ("the Municipal Party Committee" in a Chongqing
  article is the Chongqing Municipal Party Committee), standing committees as units;
* people merged by normalised name within the article, officials told from others;
* speeches, documents and directives attached to the meeting they follow.

Cross-article resolution (one node per real thing across articles) builds on this.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.extract.gazetteer import Place, gazetteer
from kg.types import (
    Article,
    ArticleFacts,
    DirectiveRecord,
    DocumentRecord,
    MeetingRecord,
    Span,
    SpeechRecord,
)

__all__ = ["Meeting", "Mention", "Organization", "Person", "Post", "Resolved", "resolve"]


@dataclass(frozen=True)
class Mention:
    span: Span
    rule: str


@dataclass(frozen=True)
class Organization:
    name: str
    city: Place | None = None
    parent: Organization | None = None


@dataclass
class Post:
    label: str
    role: str
    org: Organization | None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Person:
    name: str
    mentions: list[Mention] = field(default_factory=list)
    posts: dict[str, Post] = field(default_factory=dict)
    credit: str | None = None
    presides: bool = False

    @property
    def is_official(self) -> bool:
        return bool(self.posts) or (self.presides and self.credit is None)


@dataclass
class Meeting:
    record: MeetingRecord
    index: int
    body: Organization | None
    city: Place | None
    chair: Person | None
    speeches: list[SpeechRecord] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    directives: list[DirectiveRecord] = field(default_factory=list)


@dataclass
class Resolved:
    article: Article
    city: Place | None
    meetings: list[Meeting]
    people: dict[str, Person]
    places: dict[str, tuple[Place, list[Mention]]]
    speeches: list[SpeechRecord]
    documents: list[DocumentRecord]
    directives: list[DirectiveRecord]


#: How much a place mention says about the article's city, by where it stands.
CITY_WEIGHTS = {"in_organisation": 3.0, "plain": 1.0}
#: Kinds of place that can be "the city" of a municipal or county report.
LOCAL_KINDS = frozenset({"city", "municipality", "prefecture", "county", "district"})
#: Organisation words that take the article's city ("Municipal ...") or province ("Provincial ...").
CITY_LEVEL_ORG = re.compile(r"\b(Municipal|City|Prefectural)\b")
PROVINCE_LEVEL_ORG = re.compile(r"\b(Provincial)\b")
#: Roles whose organisation is implied when the text names none.
ROLE_ONLY_ORG = {
    "Mayor": "Municipal People's Government",
    "Vice Mayor": "Municipal People's Government",
    "Deputy Mayor": "Municipal People's Government",
    "Executive Vice Mayor": "Municipal People's Government",
    "Governor": "Provincial People's Government",
    "Vice Governor": "Provincial People's Government",
}
STANDING_COMMITTEE_OF = re.compile(r"^Standing Committee of (?:the )?(?P<parent>.+)$")


def resolve(facts: ArticleFacts) -> Resolved:
    excluded = [s.span for s in facts.speeches]  # "inspection in Heilongjiang" is not our city
    city = article_city(facts, excluded)
    province = gazetteer().province(city.province_iso) if city else None
    people = _people(facts, city, province)
    meetings = []
    for index, record in enumerate(facts.meetings):
        chair = people.get(record.chair.name) if record.chair else None
        if chair is not None:
            chair.presides = True
        body = qualify(record.body, city, province) if record.body else None
        meetings.append(Meeting(record, index, body, city, chair))
    for attr in ("speeches", "documents", "directives"):
        for record in getattr(facts, attr):
            meeting = _meeting_for(meetings, record.span)
            if meeting is not None:
                getattr(meeting, attr).append(record)
    places: dict[str, tuple[Place, list[Mention]]] = {}
    for record in facts.places:
        place = gazetteer().lookup(record.name)
        if place is not None:
            places.setdefault(place.name, (place, []))[1].append(Mention(record.span, record.rule))
    return Resolved(
        article=facts.article,
        city=city,
        meetings=meetings,
        people={name: p for name, p in people.items() if p.is_official or p.credit},
        places=places,
        speeches=facts.speeches,
        documents=facts.documents,
        directives=facts.directives,
    )


def article_city(facts: ArticleFacts, excluded: list[Span]) -> Place | None:
    """The place the article reports on: local places named in organisations count most."""
    text = facts.article.text
    scores: Counter[str] = Counter()
    by_name: dict[str, Place] = {}
    for record in facts.places:
        if any(s.start <= record.span.start < s.end for s in excluded):
            continue
        place = gazetteer().lookup(record.name)
        if place is None or place.kind not in LOCAL_KINDS:
            continue
        following = text[record.span.end : record.span.end + 40]
        in_org = re.match(r"\W*\s*(?:Municipal|City|County|District|Party|People)", following)
        scores[place.name] += CITY_WEIGHTS["in_organisation" if in_org else "plain"]
        by_name[place.name] = place
    if not scores:
        return None
    best = max(scores.items(), key=lambda item: (item[1], -_first_seen(facts, item[0])))
    return by_name[best[0]]


def _first_seen(facts: ArticleFacts, name: str) -> int:
    return min(r.span.start for r in facts.places if r.name == name)


def qualify(name: str, city: Place | None, province: Place | None) -> Organization:
    """Make the city explicit in an organisation name; link a standing committee to its parent."""
    name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(name.replace("’", "'").split()), flags=re.I)
    name = _title(name)
    names_place = any(gazetteer().lookup(w) for w in re.findall(r"[A-Z][\w'-]+", name))
    if not names_place:
        if city and CITY_LEVEL_ORG.search(name):
            name = CITY_LEVEL_ORG.sub(lambda m: f"{city.name} {m.group(1)}", name, count=1)
        elif province and PROVINCE_LEVEL_ORG.search(name):
            name = PROVINCE_LEVEL_ORG.sub(lambda m: f"{province.name} {m.group(1)}", name, count=1)
    parent = None
    if match := STANDING_COMMITTEE_OF.match(name):
        parent = qualify(match["parent"], city, province)
    org_city = city if city and city.name in name else None
    return Organization(name=name, city=org_city, parent=parent)


def _title(name: str) -> str:
    small = {"of", "the", "and", "for", "on", "in"}
    words = name.split()
    return " ".join(
        w if (w.isupper() and len(w) > 1) or (i and w.lower() in small) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def _people(facts: ArticleFacts, city: Place | None, province: Place | None) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for record in facts.people:
        person = people.setdefault(record.name, Person(record.name))
        person.mentions.append(Mention(record.span, record.rule))
        person.credit = person.credit or record.credit
        for post_record in record.posts:
            post = _post(post_record.role, post_record.org, city, province)
            held = person.posts.setdefault(post.label, post)
            held.mentions.append(Mention(post_record.span, post_record.rule))
    return people


def _post(role: str, org_name: str | None, city: Place | None, province: Place | None) -> Post:
    org_name = org_name or ROLE_ONLY_ORG.get(role)
    org = qualify(org_name, city, province) if org_name else None
    label = f"{role} of the {org.name}" if org else role
    return Post(label=label, role=role, org=org)


def _meeting_for(meetings: list[Meeting], span: Span) -> Meeting | None:
    """The last meeting reported before ``span``; text before any meeting belongs to the first."""
    before = [m for m in meetings if m.record.span.start <= span.start]
    if before:
        return before[-1]
    return meetings[0] if meetings else None
