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
from dataclasses import dataclass, field, replace

from kg.extract.gazetteer import COUNTY_KINDS, Place, gazetteer
from kg.resolve.identity import TYPO, Identity, identity, one_letter_apart
from kg.types import (
    Article,
    ArticleFacts,
    ConceptRecord,
    DirectiveRecord,
    DocumentRecord,
    MeetingRecord,
    PlaceRecord,
    Span,
    SpeechRecord,
)

__all__ = ["Locale", "Meeting", "Mention", "Organization", "Person", "Post", "Resolved", "resolve"]


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
    titled: bool = False
    identity: Identity | None = None
    merged_by: str | None = None  # rule that merged a misspelt variant into this person

    @property
    def is_official(self) -> bool:
        return self.credit is None and (bool(self.posts) or self.presides or self.titled)


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
    concepts: list[ConceptRecord] = field(default_factory=list)


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
    concepts: list[ConceptRecord]


#: How much a place mention says about the article's city, by where it stands.
CITY_WEIGHTS = {"in_organisation": 3.0, "plain": 1.0}
#: A place directly followed by one of these words names an organisation's seat.
ORG_FOLLOWS = re.compile(r"\W*\s*(?:Municipal|City|County|District|Banner|Provincial|Party|People)")
#: Organisation words that take the article's city, county-level unit or province.
CITY_LEVEL_ORG = re.compile(r"\b(Municipal|City|Prefectural)\b")
UNIT_LEVEL_ORG = re.compile(r"\b(District|County|Banner)\b")
PROVINCE_LEVEL_ORG = re.compile(r"\b(Provincial)\b")
PROVINCIAL_BODY = re.compile(r"\bProvincial\s+(?:Party|Committee|People|Government)")
MUNICIPAL_BODY = re.compile(r"\b(?:Municipal|City)\s+(?:Party|Committee|People|Government|CPPCC)")
#: Roles whose organisation is implied when the text names none.
ROLE_ONLY_ORG = {
    "Mayor": "Municipal People's Government",
    "Vice Mayor": "Municipal People's Government",
    "Deputy Mayor": "Municipal People's Government",
    "Executive Vice Mayor": "Municipal People's Government",
    "Governor": "Provincial People's Government",
    "Vice Governor": "Provincial People's Government",
}


@dataclass(frozen=True)
class Locale:
    """Where the article is: its city, the county-level unit it names most, its province."""

    city: Place | None = None
    unit: Place | None = None
    province: Place | None = None

    @property
    def place(self) -> Place | None:
        """The article's place: its city, else its county-level unit, else its province."""
        return self.city or self.unit or self.province

    def names(self) -> set[str]:
        return {p.name for p in (self.city, self.unit, self.province) if p}


STANDING_COMMITTEE_OF = re.compile(r"^Standing Committee of (?:the )?(?P<parent>.+)$")


def resolve(facts: ArticleFacts) -> Resolved:
    excluded = [s.span for s in facts.speeches]  # "inspection in Heilongjiang" is not our city
    locale = locate(facts, excluded)
    people = _people(facts, locale)
    meetings = []
    for index, record in enumerate(facts.meetings):
        chair = people.get(person_key(record.chair.name)) if record.chair else None
        if chair is not None:
            chair.presides = True
        body = qualify(record.body, locale) if record.body else None
        meetings.append(Meeting(record, index, body, locale.place, chair))
    for attr in ("speeches", "documents", "directives", "concepts"):
        for record in getattr(facts, attr):
            meeting = _meeting_for(meetings, record.span)
            if meeting is not None:
                getattr(meeting, attr).append(record)
    assign_identities(people, locale)
    places: dict[str, tuple[Place, list[Mention]]] = {}
    for record in facts.places:
        place = place_of(record)
        if (
            place.geonames_id is None
            and place.parent is None
            and place.kind in COUNTY_KINDS
            and locale.city
            and place is not locale.city
        ):
            # a district the gazetteer does not know lies in the article's city
            place = replace(place, parent=locale.city.name)
        places.setdefault(place.name, (place, []))[1].append(Mention(record.span, record.rule))
    return Resolved(
        article=facts.article,
        city=locale.place,
        meetings=meetings,
        people={p.name: p for p in people.values() if p.is_official or p.credit},
        places=places,
        speeches=facts.speeches,
        documents=facts.documents,
        directives=facts.directives,
        concepts=facts.concepts,
    )


def locate(facts: ArticleFacts, excluded: list[Span]) -> Locale:
    """Where the article reports from; places named in organisations count most, and places
    inside cited speeches ("his inspection in Heilongjiang") not at all."""
    text = facts.article.text
    scores: dict[str, Counter[str]] = {"city": Counter(), "unit": Counter(), "province": Counter()}
    places: dict[str, Place] = {}
    for record in facts.places:
        if any(s.start <= record.span.start < s.end for s in excluded):
            continue
        place = place_of(record)
        weight = CITY_WEIGHTS[
            "in_organisation"
            if ORG_FOLLOWS.match(text[record.span.end : record.span.end + 40])
            else "plain"
        ]
        if place.parent:  # a district of a municipality speaks for the municipality too
            parent = gazetteer().lookup(place.parent)
            if parent:
                places[parent.name] = parent
                scores["city"][parent.name] += weight
        level = (
            "city" if place.is_city_level else "unit" if place.kind in COUNTY_KINDS else "province"
        )
        places[place.name] = place
        scores[level][place.name] += weight

    def best(level: str) -> Place | None:
        if not scores[level]:
            return None
        name = max(scores[level].items(), key=lambda kv: (kv[1], -_first_seen(facts, kv[0])))[0]
        return places[name]

    city, unit, province = best("city"), best("unit"), best("province")
    provincial = len(PROVINCIAL_BODY.findall(text)) > len(MUNICIPAL_BODY.findall(text))
    if provincial and province:  # a provincial report that names a city in passing
        city = None
    if province is None:
        anchor = city or unit
        province = gazetteer().province(anchor.province_iso) if anchor else None
    return Locale(city=city, unit=unit, province=province)


def place_of(record: PlaceRecord) -> Place:
    """The gazetteer's place for a record, or a place of its own for units it does not know."""
    return gazetteer().lookup(record.name) or Place(name=record.name, kind=record.kind)


def _first_seen(facts: ArticleFacts, name: str) -> int:
    return min((r.span.start for r in facts.places if place_of(r).name == name), default=0)


def qualify(name: str, locale: Locale) -> Organization:
    """Make the place explicit in an organisation name; link a standing committee to its parent.

    "Municipal" bodies take the city, "District/County/Banner" bodies the county-level unit,
    "Provincial" bodies the province, unless the name already names a place.
    """
    name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(name.replace("’", "'").split()), flags=re.I)
    name = _title(name)
    known = {n.split()[0] for n in locale.names()}
    names_place = any(
        w in known or gazetteer().lookup(w) for w in re.findall(r"[A-Z][\w'-]+", name)
    )
    if not names_place:
        if locale.city and CITY_LEVEL_ORG.search(name):
            name = CITY_LEVEL_ORG.sub(lambda m: f"{locale.city.name} {m.group(1)}", name, count=1)
        elif locale.unit and UNIT_LEVEL_ORG.search(name):
            name = UNIT_LEVEL_ORG.sub(lambda m: _unit_name(locale.unit, m.group(1)), name, count=1)
        elif locale.province and PROVINCE_LEVEL_ORG.search(name):
            name = PROVINCE_LEVEL_ORG.sub(
                lambda m: f"{locale.province.name} {m.group(1)}", name, count=1
            )
    parent = None
    if match := STANDING_COMMITTEE_OF.match(name):
        parent = qualify(match["parent"], locale)
    org_city = next(
        (p for p in (locale.city, locale.unit, locale.province) if p and p.name.split()[0] in name),
        None,
    )
    return Organization(name=name, city=org_city, parent=parent)


def _unit_name(unit: Place, word: str) -> str:
    """'Banner' with unit Alxa Left Banner -> 'Alxa Left Banner'; 'District' -> 'Lixia District'."""
    return unit.name if unit.name.endswith(word) else f"{unit.name} {word}"


def _title(name: str) -> str:
    small = {"of", "the", "and", "for", "on", "in"}
    words = name.split()
    return " ".join(
        w if (w.isupper() and len(w) > 1) or (i and w.lower() in small) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def person_key(name: str) -> str:
    """Names that differ only in apostrophes, hyphens, spacing or case are one person
    ("Chen Min'er" / "Chen Miner", "Zheng shanjie" / "Zheng Shanjie")."""
    return re.sub(r"[’'\s-]", "", name.lower())


def _people(facts: ArticleFacts, locale: Locale) -> dict[str, Person]:
    people: dict[str, Person] = {}
    stated_orgs = _orgs_by_base_role(facts)
    for record in facts.people:
        key = person_key(record.name)
        person = people.setdefault(key, Person(record.name))
        person.mentions.append(Mention(record.span, record.rule))
        person.credit = person.credit or record.credit
        person.titled = person.titled or record.titled
        for post_record in record.posts:
            org = post_record.org or stated_orgs.get(_base_role(post_record.role))
            post = _post(post_record.role, org, locale)
            held = person.posts.setdefault(post.label, post)
            held.mentions.append(Mention(post_record.span, post_record.rule))
    _merge_typos(people)
    return people


def _merge_typos(people: dict[str, Person]) -> None:
    """ "Yuan Jiajun" and "Yuan Jiajan" holding the same post in one article are one person,
    kept under the spelling used more often (or, as often, first)."""
    keys = sorted(
        people,
        key=lambda k: (-len(people[k].mentions), min(m.span.start for m in people[k].mentions)),
    )
    for i, keep in enumerate(keys):
        for other in keys[i + 1 :]:
            if keep not in people or other not in people:
                continue
            a, b = people[keep], people[other]
            if a is not b and one_letter_apart(keep, other) and set(a.posts) & set(b.posts):
                a.mentions.extend(b.mentions)
                for label, post in b.posts.items():
                    if label in a.posts:
                        a.posts[label].mentions.extend(post.mentions)
                    else:
                        a.posts[label] = post
                a.merged_by = TYPO
                people[other] = a  # the misspelt key now leads to the person it names


def assign_identities(people: dict[str, Person], locale: Locale) -> None:
    """Give every person the scope their IRI is made from (see :mod:`kg.resolve.identity`)."""
    local_places = [p for p in (locale.unit, locale.city, locale.province) if p]
    for person in people.values():
        orgs = [post.org.name for post in person.posts.values() if post.org]
        has_role = person.presides or bool(person.posts) or bool(person.credit) or person.titled
        person.identity = identity(orgs, local_places, locale.place, has_role)


#: Rank prefixes: a "Vice Chairman" sits in the same body as the "Chairman" of the article.
RANK_PREFIX = re.compile(r"^(?:Executive\s+)?(?:Vice|Deputy|Executive)\s+|^Executive\s+")


def _base_role(role: str) -> str:
    return RANK_PREFIX.sub("", role)


def _orgs_by_base_role(facts: ArticleFacts) -> dict[str, str]:
    """Organisation the article states for each base role ("Chairman" -> "Municipal CPPCC"),
    so a bare "Vice Chairmen X and Y" takes the body the article is about."""
    found: dict[str, str] = {}
    for record in facts.people:
        for post in record.posts:
            if post.org:
                found.setdefault(_base_role(post.role), post.org)
    return found


def _post(role: str, org_name: str | None, locale: Locale) -> Post:
    org_name = org_name or ROLE_ONLY_ORG.get(role)
    org = qualify(org_name, locale) if org_name else None
    label = f"{role} of the {org.name}" if org else role
    return Post(label=label, role=role, org=org)


def _meeting_for(meetings: list[Meeting], span: Span) -> Meeting | None:
    """The last meeting reported before ``span``; text before any meeting belongs to the first."""
    before = [m for m in meetings if m.record.span.start <= span.start]
    if before:
        return before[-1]
    return meetings[0] if meetings else None
