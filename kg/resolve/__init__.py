"""Resolve: turn one article's records into entities, with their context made explicit.

* where the article is, and organisations named with their place (:mod:`.places`);
* people merged by normalised name within the article (one-letter typos too, when the post
  matches), officials told from others, each given the scope of their IRI (:mod:`.identity`);
* speeches, documents, directives and concepts attached to the meeting they follow;
  cited speeches are matched across articles when the RDF is built (:mod:`.speeches`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.elements import MEETING_ELEMENTS
from kg.extract.gazetteer import COUNTY_KINDS, Place, gazetteer
from kg.resolve.identity import TYPO, Identity, identity, one_letter_apart
from kg.resolve.places import (
    Locale,
    Organization,
    body_place,
    locate,
    meeting_place,
    place_of,
    qualify,
    spellings,
)
from kg.types import (
    Article,
    ArticleFacts,
    ConceptRecord,
    DirectiveRecord,
    DocumentRecord,
    MeetingRecord,
    PersonRecord,
    PlaceRecord,
    PostRecord,
    Span,
    SpeechRecord,
)

__all__ = ["Locale", "Meeting", "Mention", "Organization", "Person", "Post", "Resolved", "resolve"]


@dataclass(frozen=True)
class Mention:
    span: Span
    rule: str


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
    acting: bool = False
    bystander: str | None = None  # described as a professor, a host, an entrepreneur
    identity: Identity | None = None
    merged_by: str | None = None  # rule that merged a misspelt variant into this person

    @property
    def is_official(self) -> bool:
        # a post stated makes an office holder, even one also called an entrepreneur (a
        # CPPCC member); a professor or a host presiding or speaking holds none
        return self.credit is None and (
            bool(self.posts)
            or (self.bystander is None and (self.presides or self.titled or self.acting))
        )


@dataclass
class Meeting:
    record: MeetingRecord
    index: int
    body: Organization | None
    city: Place | None
    chair: Person | None
    attendees: list[Person] = field(default_factory=list)
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
    #: The article's own spelling of a place it spells otherwise than its label, by name.
    spellings: dict[str, str] = field(default_factory=dict)


#: National leaders titled only by their office ("President Xi Jinping", "Premier Li"): the
#: office is the state's, not that of a local body the article names for a "Vice President".
NATIONAL_ROLES = {
    "President": "People's Republic of China",
    "Premier": "State Council",
    "Vice Premier": "State Council",
    "Vice-Premier": "State Council",
}

#: Roles whose organisation is implied when the text names none.
ROLE_ONLY_ORG = {
    "Mayor": "Municipal People's Government",
    "Vice Mayor": "Municipal People's Government",
    "Deputy Mayor": "Municipal People's Government",
    "Executive Vice Mayor": "Municipal People's Government",
    "Acting Mayor": "Municipal People's Government",
    "Acting Governor": "Provincial People's Government",
    "Governor": "Provincial People's Government",
    "Vice Governor": "Provincial People's Government",
}


def resolve(facts: ArticleFacts) -> Resolved:
    excluded = [s.span for s in facts.speeches]  # "inspection in Heilongjiang" is not our city
    locale = locate(facts, excluded)
    people = _people(facts, locale)
    _merge_chair_variants(people, [m.chair.name for m in facts.meetings if m.chair])
    meetings = []
    for index, record in enumerate(facts.meetings):
        chair = people.get(person_key(record.chair.name)) if record.chair else None
        if chair is not None:
            chair.presides = True
        body = qualify(record.body, locale) if record.body else None
        attendees = [people[k] for p in record.attendees if (k := person_key(p.name)) in people]
        where = meeting_place(record.body, locale)
        visitor = chair or _sole_post_holder(people)
        if record.body is None and chair is not None:
            # a meeting no body is said to hold ("Fengxian District held a cadre conference"
            # names no body the extractor takes) is its chair's body's, unless the chair
            # came down from the city to the county the report is about
            where = _chairs_place(chair, locale) or where
        elif record.meeting_type == "inspection" and record.body is None and visitor:
            # an official's inspection is his body's: the place of the post named last
            # ("member of the Wuxi committee and secretary of the Jiangyin committee"); with
            # nobody presiding, the one official the report gives a post is the visitor
            where = _post_place(visitor) or where
        meetings.append(Meeting(record, index, body, where, chair, attendees))
    _chairs_hold_posts_in_their_body(meetings)
    for person in people.values():
        _drop_posts_said_in_full_elsewhere(person)
    for element in MEETING_ELEMENTS:  # each record hangs off the meeting reported before it
        for record in getattr(facts, element.name):
            meeting = _meeting_for(meetings, record.span)
            if meeting is not None:
                getattr(meeting, element.name).append(record)
    assign_identities(people, locale)
    places: dict[str, tuple[Place, list[Mention]]] = {}
    placed: list[tuple[PlaceRecord, Place]] = []
    for record in facts.places:
        place = gazetteer().settle(place_of(record), [locale.city, locale.province])
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
        placed.append((record, place))
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
        spellings=spellings(facts.article.text, placed),
    )


def _chairs_place(chair: Person, locale: Locale) -> Place | None:
    """The place of the body a chair holds a post in, unless it is the city above the
    county-level unit the report is about (a city leader announcing a county's cadres)."""
    place = _post_place(chair)
    unit = locale.unit
    if place is not None and unit is not None and unit.parent == place.name:
        return None
    return place


def _sole_post_holder(people: dict[str, Person]) -> Person | None:
    """The one person of the article with a post, if only one has any."""
    holders = [p for p in people.values() if p.posts]
    return holders[0] if len(holders) == 1 else None


def _post_place(person: Person) -> Place | None:
    for post in reversed(list(person.posts.values())):
        place = body_place(post.org.name) if post.org else None
        if place is not None:
            return place
    return None


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
        person.bystander = person.bystander or record.bystander
        person.titled = person.titled or record.titled
        person.acting = person.acting or record.acting
        for post_record in record.posts:
            org = (
                post_record.org
                or NATIONAL_ROLES.get(post_record.role)
                or (_borrows_org(post_record) and stated_orgs.get(_base_role(post_record.role)))
                or None
            )
            post = _post(post_record.role, org, locale)
            held = person.posts.setdefault(post.label, post)
            held.mentions.append(Mention(post_record.span, post_record.rule))
    _spelt_as_written_most(people, facts.people)
    _merge_typos(people)
    return people


def _spelt_as_written_most(people: dict[str, Person], records: list[PersonRecord]) -> None:
    """A person written two ways that one key joins ("Luo Ming-wei" in a headline, "Luo
    Mingwei" below) goes by the spelling written most; on a tie, the one given a post, then
    the one written later (a headline's spelling is the likelier slip)."""
    spellings: dict[str, dict[str, tuple[int, bool, int]]] = {}
    for record in records:
        ways = spellings.setdefault(person_key(record.name), {})
        count, posted, _ = ways.get(record.name, (0, False, 0))
        ways[record.name] = (count + 1, posted or bool(record.posts), record.span.start)
    for key, ways in spellings.items():
        if len(ways) > 1 and key in people:
            people[key].name = max(ways, key=lambda name: ways[name])


def _merge_chair_variants(people: dict[str, Person], chairs: list[str]) -> None:
    """A chair's name one letter away from a name the text writes as often or more, with no
    other post ("Luo Mingwei presided" in a headline, "Luo Minwei presided" twice below), is
    one person, under the spelling written more (on a tie, the one written later)."""
    for chair in chairs:
        key = person_key(chair)
        for other in list(people):
            a, b = people.get(key), people.get(other)
            if a is None or b is None or a is b or not one_letter_apart(key, other):
                continue
            if a.posts and b.posts and not set(a.posts) & set(b.posts):
                continue  # two posts apart: two people
            if a.credit != b.credit:
                continue  # a reporter credited is not the chair the text names: two people
            rank = {
                k: (len(p.mentions), bool(p.posts), max(m.span.start for m in p.mentions))
                for k, p in ((key, a), (other, b))
            }
            keep, drop = (key, other) if rank[key] >= rank[other] else (other, key)
            kept, dropped = people[keep], people[drop]
            kept.mentions.extend(dropped.mentions)
            for label, post in dropped.posts.items():
                kept.posts.setdefault(label, post)
            kept.merged_by = TYPO
            people[drop] = kept


def _borrows_org(post: PostRecord) -> bool:
    """A bare role takes the body the article names for it, except a collective title's
    ("outstanding Party secretaries A, B") unless it is a deputy of that body's head."""
    return not post.rule.startswith("people.") or _base_role(post.role) != post.role


def _merge_typos(people: dict[str, Person]) -> None:
    """ "Yuan Jiajun" and "Yuan Jiajan" holding the same post in one article are one person,
    kept under the spelling used more often (or, as often, the one given a post, then first).
    A variant with no post at all ("presided by Wei Zhaohui" in a headline, "Wei Chaohui,
    deputy secretary, ..." below) is the same person too."""
    keys = sorted(
        people,
        key=lambda k: (
            -len(people[k].mentions),
            not people[k].posts,
            min(m.span.start for m in people[k].mentions),
        ),
    )
    for i, keep in enumerate(keys):
        for other in keys[i + 1 :]:
            if keep not in people or other not in people:
                continue
            a, b = people[keep], people[other]
            same_post = bool(set(a.posts) & set(b.posts))
            one_untitled = bool(a.posts) != bool(b.posts) and not (a.titled or b.titled)
            if a is not b and one_letter_apart(keep, other) and (same_post or one_untitled):
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
        has_role = (
            person.presides
            or bool(person.posts)
            or bool(person.credit)
            or person.titled
            or person.acting
        )
        person.identity = identity(orgs, local_places, locale.place, has_role)


#: Rank prefixes: a "Vice Chairman" sits in the same body as the "Chairman" of the article.
RANK_PREFIX = re.compile(r"^(?:Executive\s+)?(?:Vice|Deputy|Executive)[\s-]+|^Executive\s+")


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


#: Collective titles ("city leaders A, B and C"): the post is the place's leader, named so.
COLLECTIVE_LEADERS = frozenset(
    {"city leader", "municipal leader", "provincial leader", "county leader", "district leader"}
)


def _post(role: str, org_name: str | None, locale: Locale) -> Post:
    if role in COLLECTIVE_LEADERS:
        named = gazetteer().lookup(org_name) if org_name else None
        return Post(label=_collective_label(role, locale, named), role=role, org=None)
    if org_name and role in ROLE_ONLY_ORG and gazetteer().lookup(org_name):
        # "Changchun Mayor": the place's own government
        org_name = f"{gazetteer().lookup(org_name).name} {ROLE_ONLY_ORG[role]}"
    implied_org = implied_government(role)
    implied = org_name is None and implied_org is not None
    org_name = org_name or implied_org
    org = qualify(org_name, locale) if org_name else None
    unit = NAMED_UNIT.match(org_name) if org_name else None
    if org and unit and unit["name"].lower() not in LEVELS and org.name != org_name:
        # "Binjiang District", "Tongxiang Municipal Party Committee": a place named in full is
        # that place, though the gazetteer does not know it, not the article's own
        org = Organization(name=org_name, city=None)
    if implied and org is not None and org.name == org_name:
        # "Mayor" in an article whose city is unknown: "the Municipal People's Government"
        # names no place, and a wrong guess is worse than the bare title
        return Post(label=role, role=role, org=None)
    # a congress's deputy is a deputy "to" it, as the English title goes
    label = f"{role} {'to' if role == 'Deputy' else 'of'} the {org.name}" if org else role
    if org is not None and (head := PROVINCE_HEAD.fullmatch(f"{role} of the {org.name}")):
        # a governor heads the province: "Governor of Sichuan Province", the usual English,
        # held in the provincial government (pol:postIn)
        label = f"{head['role']} of {head['place']} Province"
    return Post(label=label, role=role, org=org)


#: The last word of a head-of-government role and the government it sits in when none is named.
HEAD_WORD_GOVERNMENT = {
    "mayor": "Municipal People's Government",
    "governor": "Provincial People's Government",
    "magistrate": "County People's Government",
}
#: A level word inside the role names the government's level: "District Mayor", "County Head".
LEVEL_IN_ROLE = re.compile(r"\b(District|County)\b", re.IGNORECASE)
#: Heads of a county-level place titled by its level alone: "County Head", "District Chief".
LEVEL_HEAD = re.compile(r"\b(?:District|County)\s+(?:Head|Chief)$", re.IGNORECASE)


#: An organisation that starts with a place's own name: "Binjiang District ...", "Tongxiang
#: Municipal Party Committee" (not "Standing Committee of the ...").
NAMED_UNIT = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+)\s+(?:District|County|Banner|Municipal|City)\b(?!\s+of\b)"
)
LEVELS = frozenset({"municipal", "city", "provincial", "the", "district", "county"})


def implied_government(role: str) -> str | None:
    """The government a head-of-government role sits in when the text names none: "Standing
    Vice-Mayor" -> the municipal people's government, "Deputy District Mayor" -> the district's.
    """
    if role in ROLE_ONLY_ORG:
        return ROLE_ONLY_ORG[role]
    words = role.replace("-", " ").split()
    if not words or words[0].lower() in {"town", "township"}:
        return None  # a township's head: the gazetteer does not know townships
    government = HEAD_WORD_GOVERNMENT.get(words[-1].lower())
    if government is None and not LEVEL_HEAD.search(role):
        return None
    if level := LEVEL_IN_ROLE.search(role):
        return f"{level.group(1).title()} People's Government"
    return government


def _collective_label(role: str, locale: Locale, named: Place | None = None) -> str:
    """ "Suzhou city leader", "Jiangsu provincial leader", "Gushi county leader": of the place
    the title names ("Wuxi city leaders" in Suzhou's report), else the article's."""
    level = role.split()[0]
    if named is not None:
        place = named
    elif level == "provincial":
        place = locale.province
    elif level in {"county", "district"}:
        place = locale.unit if locale.unit and locale.unit.kind in COUNTY_KINDS else None
    else:
        place = locale.city or _city_above(locale.unit) or locale.place
    if place is None:
        return role
    name = place.name
    if name.lower().endswith(f" {level}"):
        name = name[: -len(level) - 1]  # "Gushi County" -> "Gushi county leader"
    return f"{name} {role}"


def _city_above(unit: Place | None) -> Place | None:
    """The city a county or district lies in: "city leaders" in Jianhu County's report lead
    Yancheng, not the county (a county-level city is itself the city its leaders lead)."""
    if unit is None or unit.is_city_level or not unit.parent:
        return None
    return gazetteer().lookup(unit.parent)


#: A governor's post in a provincial government, to be named after the province.
PROVINCE_HEAD = re.compile(
    r"(?P<role>(?:(?:Executive\s+)?(?:Vice|Deputy)[\s-]+|Acting\s+)?Governor)\s+of\s+the\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+Provincial\s+(?:People'?s\s+)?Government"
)


#: Roles that, written bare, name the post of chairing the body whose meeting the person chairs
#: ("Chairman Wang Xiaohua presided over the meeting" of the Municipal CPPCC).
CHAIR_ROLES = frozenset({"Chairman", "Chairwoman", "Director", "President"})


#: Roles that, written bare, name the secretary of the party body whose meeting the person
#: chairs ("Secretary Zhao Ming presided" over the standing committee of a party committee).
SECRETARY_ROLES = frozenset({"Secretary", "Deputy Secretary", "Party Chief"})
#: The party body inside a meeting's body: "Standing Committee of the Hefei Municipal Party
#: Committee" -> "Hefei Municipal Party Committee"; a party group with the body it serves.
PARTY_BODY = re.compile(
    r"(?:[A-Z][\w'’-]*\s+)*?Party\s+(?:Leadership\s+|Leading\s+)?Group\s+of\s+(?:the\s+)?.+$"
    r"|(?:[A-Z][\w'’-]*\s+)+?Party\s+Committee\b"
)


def _chairs_hold_posts_in_their_body(meetings: list[Meeting]) -> None:
    for meeting in meetings:
        if meeting.chair is None or meeting.body is None:
            continue
        posts = meeting.chair.posts
        for label, post in list(posts.items()):
            body = _chaired_body(post, meeting.body)
            if body is not None:
                del posts[label]
                moved = Post(f"{post.role} of the {body.name}", post.role, body, post.mentions)
                posts.setdefault(moved.label, moved)


#: Words of one role written several ways ("Vice Chair", "Deputy Chairperson"): one word each
#: when posts are compared.
ROLE_WORD_FORMS = {
    "chair": "chairman",
    "chairperson": "chairman",
    "chairwoman": "chairman",
    "deputy": "vice",
}


def _word_forms(label: str) -> frozenset[str]:
    return frozenset(ROLE_WORD_FORMS.get(w, w) for w in label.lower().split())


def _drop_posts_said_in_full_elsewhere(person: Person) -> None:
    """ "Member of the Standing Committee" beside "Member of the Standing Committee of the Wuxi
    Municipal Party Committee": the shorter post is the same one, named in part (its role maybe
    written another way: "Vice Chair" beside "Vice Chairman of the Municipal CPPCC")."""
    labels = list(person.posts)
    for label in labels:
        post = person.posts[label]
        words = _word_forms(label)
        fuller = next(
            (
                other
                for other_label, other in person.posts.items()
                if other_label != label
                and _word_forms(other.role) == _word_forms(post.role)
                and (
                    words < _word_forms(other_label)
                    or (words == _word_forms(other_label) and label < other_label)
                )
            ),
            None,
        )
        if fuller is not None:
            fuller.mentions.extend(post.mentions)
            del person.posts[label]


def _chaired_body(post: Post, body: Organization) -> Organization | None:
    """The meeting's body (or the party body in it) that a chair's post leaves unnamed."""
    if post.org is None and _base_role(post.role) in CHAIR_ROLES:
        return body
    if post.org is not None and post.org.city is None and body.name.endswith(f" {post.org.name}"):
        return body  # "Chairman of the CPPCC" chairing the Shaoxing Municipal CPPCC's meeting
    party = PARTY_BODY.search(body.name)
    if party is None or post.role not in SECRETARY_ROLES:
        return None
    if post.org is None or (post.org.city is None and party.group().endswith(post.org.name)):
        # "Secretary", "Secretary of the Party Committee", "District Party Secretary"
        return Organization(party.group(), body.city)
    return None


def _meeting_for(meetings: list[Meeting], span: Span) -> Meeting | None:
    """The last meeting reported before ``span``; text before any meeting belongs to the first."""
    before = [m for m in meetings if m.record.span.start <= span.start]
    if before:
        return before[-1]
    return meetings[0] if meetings else None
