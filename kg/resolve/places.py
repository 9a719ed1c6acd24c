"""Where an article is, and organisation names made explicit with it.

The article's locale is its city, the county-level unit it names most, and its province,
scored from place mentions (those inside organisation names count most; those inside cited
speeches not at all). Organisations are then named with their place made explicit:
"the Municipal Party Committee" in a Chongqing article is the Chongqing Municipal Party
Committee, so the same body has one IRI in every article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg.extract.divisions import divisions
from kg.extract.gazetteer import COUNTY_KINDS, MUNICIPALITIES, Place, gazetteer
from kg.extract.places import (
    KNOWN_ONLY_WORDS,
    LEVEL_OF_KIND,
    NOT_UNIT_WORDS,
    UNIT_KINDS,
    named_units,
    speaks_of_level,
    unit_lookup,
    zone_bodies,
)
from kg.ingest.forms import narrowed
from kg.types import ArticleFacts, PlaceRecord, Span

__all__ = [
    "Locale",
    "Organization",
    "body_place",
    "locate",
    "meeting_place",
    "place_of",
    "qualify",
    "spellings",
    "url_place",
]


@dataclass(frozen=True)
class Organization:
    name: str
    city: Place | None = None
    parent: Organization | None = None


#: How much a place mention says about the article's city, by where it stands: in an
#: organisation's name or as the subject that held something; as the dateline; elsewhere.
CITY_WEIGHTS = {"in_organisation": 3.0, "holder": 3.0, "plain": 1.0}
#: A place directly followed by one of these holds something: "Jinjiang held a meeting".
HOLDER_FOLLOWS = re.compile(r"\s+(?:held|holds|convened|convenes|hosted|hosts)\b")
#: A dateline after a place opening a line: "Zhangjiagang, May 6 (Reporter ...)",
#: "HAIKOU — ", "Kashi, 6 May".
DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)|\s[—–-]{1,2}\s|\s*\()"
)


def _own_city(city: Place, speaking: list[Place]) -> Place:
    """A county-level city the report speaks from (its dateline, "Jinjiang held"), rather
    than the city above it that the report names more, as its superior."""
    for place in speaking:
        division = divisions().get(place.code or "")
        if division is not None and division.level == "county" and division.parent == city.code:
            return place
    return city


def _is_dateline(text: str, record: PlaceRecord) -> bool:
    """Whether ``record`` opens a line as a dateline's place."""
    line_start = text.rfind("\n", 0, record.span.start) + 1
    if text[line_start : record.span.start].strip():
        return False
    return DATELINE_AFTER.match(text, record.span.end) is not None


#: A place directly followed by one of these words names an organisation's seat.
ORG_FOLLOWS = re.compile(
    r"\W*\s*(?:Municipal|City|County|District|Banner|Provincial|Party|People|"
    r"(?:Uygur |Zhuang |Hui )?Autonomous|Regional|[Dd]elegation)"
)
#: A place naming a spirit of the revolution's history ("the Yan'an spirit", "the spirit of
#: Xibaipo", "the Yan'an period") is studied everywhere: it says nothing of the report's place.
SPIRIT_AFTER = re.compile(r"(?:[’']s)?\s+(?:[Ss]pirit|[Pp]eriod|[Ee]ra)\b")
SPIRIT_BEFORE = re.compile(r"(?i)\bspirit\s+of\s+(?:the\s+)?$")


def _names_a_spirit(text: str, record: PlaceRecord) -> bool:
    after = text[record.span.end : record.span.end + 12]
    before = text[max(0, record.span.start - 20) : record.span.start]
    return bool(SPIRIT_AFTER.match(after) or SPIRIT_BEFORE.search(before))


#: A place named as where a meeting sat ("held a plenary meeting in Beijing") says little
#: about whose meeting it was: delegations meet in the capital, provinces in their capitals.
VENUE_BEFORE = re.compile(r"(?i)\b(?:held|convened|opened|met|meeting|session)\b[^.]{0,40}\bin\s+$")
VENUE_WEIGHT = 0.5
#: What a unit gains when the report speaks of its level unnamed ("the county government").
LEVEL_BONUS = 2.0
#: Organisation words that take the article's city, county-level unit or province.
CITY_LEVEL_ORG = re.compile(r"\b(Municipal|City|Prefectural)\b")
UNIT_LEVEL_ORG = re.compile(r"\b(District|County|Banner)\b")
PROVINCE_LEVEL_ORG = re.compile(r"\b(Provincial)\b")
PROVINCIAL_BODY = re.compile(
    r"(?i)\b(?:Provincial\s+(?:Party|Committee|People|Government|Commission)|"
    r"Autonomous\s+(?:Region(?:al)?\s+)?(?:Party|Committee|People|Government|held)|"
    r"Regional\s+(?:Party|Committee|People|Government)|"
    # a body named after its level, last: "the People's Congress of the Autonomous Region"
    r"of\s+the\s+(?:Autonomous\s+Region|Province)\b)"
)
MUNICIPAL_BODY = re.compile(
    r"(?i)\b(?:Municipal|City)\s+(?:Party|Committee|People|Government|CPPCC)"
)


@dataclass(frozen=True)
class Locale:
    """Where the article is: its city, the county-level unit it names most, its province."""

    city: Place | None = None
    unit: Place | None = None
    province: Place | None = None
    #: A provincial report (its bodies are provincial more often than municipal): its place
    #: is the province, whatever city it names in passing.
    provincial: bool = False
    #: A county-level unit's report ("the county party committee", "county-wide"): its place
    #: is the unit, whatever city above it it names.
    local: bool = False

    @property
    def place(self) -> Place | None:
        """The article's place: its province if provincial, else its city, else its
        county-level unit, else its province."""
        if self.provincial and self.province:
            return self.province
        if self.local and self.unit:
            return self.unit
        return self.city or self.unit or self.province

    def names(self) -> set[str]:
        return {p.name for p in (self.city, self.unit, self.province) if p}


#: A functional body named with no level ("the Political and Legal Affairs Commission") belongs
#: to the place the article is about, unless it is a national one.
FUNCTIONAL_BODY = re.compile(r"\b(?:Commission|Bureau|Office|Department)\b")
NATIONAL_MARKER = re.compile(r"\b(?:Central|National|State|CPC Central)\b")
STANDING_COMMITTEE_OF = re.compile(r"^Standing Committee of (?:the )?(?P<parent>.+)$")


def locate(facts: ArticleFacts, excluded: list[Span]) -> Locale:
    """Where the article reports from; places named in organisations count most, and places
    inside cited speeches ("his inspection in Heilongjiang") not at all."""
    text = narrowed(facts.article.text)  # "Jinjiang，May 6" is a dateline: the same offsets
    scores: dict[str, Counter[str]] = {"city": Counter(), "unit": Counter(), "province": Counter()}
    mentions: Counter[str] = Counter()
    speaking: set[str] = set()  # places in a dateline or holding something
    places: dict[str, Place] = {}
    for record in facts.places:
        if any(s.start <= record.span.start < s.end for s in excluded):
            continue
        if _names_a_spirit(text, record):
            continue  # "the Yan'an spirit", "the spirit of Jinggangshan": a revolution's legacy
        place = place_of(record)
        if place.is_city_level and _qualifies(record, text):
            continue  # "Wenjiang District, Chengdu": Chengdu says where Wenjiang is
        after = text[record.span.end : record.span.end + 40]
        holder = HOLDER_FOLLOWS.match(after) is not None or _is_dateline(text, record)
        if holder and not mentions:
            # the report opens with it: "Jinjiang held ...", "Taicang, May 6 ..." (a place
            # holding something further on is news the report gives, not its own voice)
            speaking.add(place.name)
        weight = CITY_WEIGHTS[
            "in_organisation"
            if ORG_FOLLOWS.match(after)
            else "holder"
            if place.name in speaking
            else "plain"
        ]
        mentions[place.name] += 1
        if VENUE_BEFORE.search(text[max(0, record.span.start - 60) : record.span.start]):
            weight = VENUE_WEIGHT
        if place.parent and place.province_iso in MUNICIPALITIES and place.kind == "district":
            # an urban district of a municipality speaks for the municipality too (not its
            # counties, nor a district of Chengdu for Chengdu: a report naming only Wenjiang
            # is Wenjiang's)
            parent = gazetteer().lookup(place.parent)
            if parent:
                places[parent.name] = parent
                scores["city"][parent.name] += weight
        level = (
            "city" if place.is_city_level else "unit" if place.kind in COUNTY_KINDS else "province"
        )
        places[place.name] = place
        scores[level][place.name] += weight

    for name in scores["unit"]:
        if speaks_of_level(text, places[name].kind):
            # "the county government": of the units named, a county ("cooperation with
            # Jiangdu District" in a county's report names a partner)
            scores["unit"][name] += LEVEL_BONUS

    def best(level: str) -> Place | None:
        if not scores[level]:
            return None
        name = max(scores[level].items(), key=lambda kv: (kv[1], -_first_seen(facts, kv[0])))[0]
        return places[name]

    city, unit, province = best("city"), best("unit"), best("province")
    if city is not None and city.name not in speaking:
        city = _own_city(city, [places[n] for n in speaking if n in scores["city"]])
    if unit is not None:  # "Gulou District": the one in the city or province named
        # ... or, when the text names neither, the one the publishing site's host names
        unit = gazetteer().settle(unit, [city, province, url_place(facts.article.source)])
    provincial = len(PROVINCIAL_BODY.findall(text)) > len(MUNICIPAL_BODY.findall(text))
    provincial = provincial and province is not None  # a province the text names
    provincial = provincial or _province_over_its_city(text, mentions, city, province, unit)
    if not (city or unit or province):
        # the English text never says: the Chinese a translation left, then the publishing site
        city, unit, province = _named_in_chinese(text)
    if not (city or unit or province):
        city = url_place(facts.article.source)
    if province is None:
        anchor = city or unit
        province = gazetteer().province(anchor.province_iso) if anchor else None
    # a unit reporting as itself: "the county party committee", its dateline, "Shishi held"
    local = unit is not None and (_speaks_as(text, unit) or unit.name in speaking)
    return Locale(city=city, unit=unit, province=province, provincial=provincial, local=local)


def _named_in_chinese(text: str) -> tuple[Place | None, Place | None, Place | None]:
    """(city, unit, province): the place the untranslated Chinese of the text names most."""
    named = gazetteer().in_chinese(text)
    if not named:
        return None, None, None
    counts = Counter(place.name for place in named)
    place = next(p for p in named if counts[p.name] == max(counts.values()))
    if place.is_city_level:
        return place, None, None
    return (None, place, None) if place.kind in COUNTY_KINDS else (None, None, place)


#: A report speaking of one unit of a level as its own: "the county party committee" (one
#: body, not "county party committees"), "county-wide", "the whole district".
SPEAKS_AS = {
    level: re.compile(
        rf"(?i)\bthe\s+{level}\s+(?:party\s+committee|(?:people's\s+)?government)\b"
        # one body, not "committees", nor another unit's ("the district government of Yuhang")
        r"(?!s|\s+of\s+[A-Z])|"
        rf"\b{level}-wide\b|\bthe\s+whole\s+{level}\b"
    )
    for level in ("county", "district", "banner")
}


def _speaks_as(text: str, unit: Place) -> bool:
    """Whether the report speaks as the body of a unit of ``unit``'s level."""
    level = LEVEL_OF_KIND.get(unit.kind)
    return level is not None and SPEAKS_AS[level].search(text) is not None


#: How many times more a province must be named than a city of it, with no body of the
#: city's nor a county-level unit's named, for the report to be the province's.
PROVINCE_OVER_CITY = 3


def _province_over_its_city(
    text: str,
    mentions: Counter[str],
    city: Place | None,
    province: Place | None,
    unit: Place | None,
) -> bool:
    """Whether a report names its province far more than the one city of it it names, and
    no body of that city: "HAIKOU — ... reform and opening-up in Hainan ... Hainan ...",
    a provincial affair datelined at the capital."""
    if city is None or province is None or unit is not None:
        return False
    if city.province_iso != province.province_iso or MUNICIPAL_BODY.search(text):
        return False
    return mentions[province.name] >= PROVINCE_OVER_CITY * mentions[city.name]


#: Host labels that name no place ("en.wuxi.gov.cn": only "wuxi" does).
HOST_NOISE = frozenset({"www", "en", "english", "eng", "gov", "cn", "com", "net", "org", "m"})


#: A unit named just before a city that only places it: "Wenjiang District, Chengdu",
#: "Hangjin Banner of Ordos City", "wenjiang District in Chengdu" (any case).
UNIT_BEFORE = re.compile(r"(?i)\b((?:[a-z'’-]+\s+){0,2}[a-z'’-]+)\s*(?:,|\bof|\bin)\s*(?:the\s+)?$")


def _qualifies(record: PlaceRecord, text: str) -> bool:
    """Whether ``record`` names the city a county-level unit named just before it lies in."""
    match = UNIT_BEFORE.search(text[max(0, record.span.start - 50) : record.span.start])
    if match is None:
        return False
    outer = place_of(record)
    words = match[1].split()
    for first in range(len(words)):
        inner = gazetteer().lookup(" ".join(words[first:]))
        if inner is not None:
            return inner.kind in COUNTY_KINDS and inner.parent == outer.name
    return False


def url_place(source: str | None) -> Place | None:
    """The place a government site's host names ("http://en.wuxi.gov.cn/..." → Wuxi): a city
    government's English portal publishes its own meetings. Used only when the text names
    no place at all; other hosts (news sites) say nothing about where a meeting was."""
    match = re.match(r"https?://([^/:]+)", source or "")
    if match is None or not match[1].lower().endswith(".gov.cn"):
        return None
    for label in match[1].lower().split(".")[:-2]:
        if label in HOST_NOISE:
            continue
        # a county-level site by the unit's short name too ("www.pidu.gov.cn")
        place = gazetteer().lookup(label) or gazetteer().lookup_short(label)
        if place is not None:
            return place
    return None


def meeting_place(body: str | None, locale: Locale) -> Place | None:
    """Where a meeting was held, by its holding body: the place the body's name names, else
    the article's place at the body's level ("the Municipal People's Congress" in a report
    that is mostly provincial is still the city's), else the article's place."""
    named = body_place(body)
    if named is not None:
        return gazetteer().settle(named, [locale.unit, locale.city, locale.province])
    # "the county party committee": a body named by its level in lower case too
    if body and _own_city_unit(locale) and CITY_LEVEL_ORG.search(_title(body)):
        return locale.unit  # a county-level city's report: "the municipal" is its own
    if body and locale.city and CITY_LEVEL_ORG.search(_title(body)):
        return locale.city
    if body and locale.unit and UNIT_LEVEL_ORG.search(_title(body)):
        return locale.unit
    if body and locale.province and PROVINCIAL_BODY.search(body):
        return locale.province
    return locale.place


def _own_city_unit(locale: Locale) -> bool:
    """Whether the report is a county-level city's, speaking as itself."""
    return locale.local and locale.unit is not None and locale.unit.kind == "county-level city"


#: Capitalised words in a body's name that are no place's name.
NOT_PLACE_WORDS = NOT_UNIT_WORDS


def body_place(body: str | None) -> Place | None:
    """The place a holding body's name starts from: "the Standing Committee of Huaiji County
    Party Committee of Zhaoqing City" is Huaiji County's; "the CPPCC Shanxi Provincial
    Committee" Shanxi's. The body that met is the meeting's place, whatever else the article
    names more often."""
    if not body:
        return None
    candidates = []
    for match in re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}", body):
        words = match.group().split()
        for size in range(len(words), 0, -1):
            for first in range(0, len(words) - size + 1):
                if words[first] in NOT_PLACE_WORDS:
                    continue
                name = " ".join(words[first : first + size])
                place = gazetteer().lookup(name)
                if place is not None and SPIRIT_AFTER.match(
                    body, body.find(name, match.start()) + len(name)
                ):
                    place = None  # "the China Yan'an Spirit Research Society": no Yan'an body
                if place is not None:
                    candidates.append((match.start() + len(" ".join(words[:first])), place))
                    break
            else:
                continue
            break
    for start, _end, name, word in named_units(body):
        known = unit_lookup(name, word)
        if known is None and word in KNOWN_ONLY_WORDS:
            continue  # "State", "Flag": level words only before a name the gazetteer knows
        own_name = name if UNIT_KINDS[word] == "county-level city" else f"{name} {word}"
        own_name = own_name.replace("Prefectural", "Prefecture")
        candidates.append((start, known or Place(name=own_name, kind=UNIT_KINDS[word])))
    for start, _end, name in zone_bodies(body):
        candidates.append((start, gazetteer().lookup(name) or Place(name=name, kind="new area")))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


#: Words that give a unit's level after its name, dropped from a spelling as written.
TRAILING_LEVEL = re.compile(
    r"(?:\s+(?:District|County|City|Municipal|Municipality|Prefecture|Prefectural|Region|"
    r"Regional|Area|Banner|League|Autonomous|New))+$"
)


def spellings(text: str, placed: list[tuple[PlaceRecord, Place]]) -> dict[str, str]:
    """The article's own spelling of each place it spells otherwise than the gazetteer's label
    ("Kashi" for Kashgar, "Hulunbeier" for Hulunbuir, "Xigaze" for Shigatse), by place name:
    gold and readers take the place's name from the text. A spelling that contains the label
    or is in it ("Hangjinqi", "Xian") is the label's; the spelling used most wins."""
    written: dict[str, Counter[str]] = {}
    for record, place in placed:
        spelling = " ".join(text[record.span.start : record.span.end].split())
        spelling = TRAILING_LEVEL.sub("", spelling)
        if spelling.isupper():
            spelling = spelling.title()
        ours, theirs = _letters(place.display), _letters(spelling)
        if theirs and ours not in theirs and theirs not in ours:
            written.setdefault(place.name, Counter())[spelling] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in written.items()}


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


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
        if _own_city_unit(locale) and CITY_LEVEL_ORG.search(name):
            unit_name = locale.unit.display  # a county-level city's own "Municipal" bodies
            name = CITY_LEVEL_ORG.sub(lambda m: f"{unit_name} {m.group(1)}", name, count=1)
        elif locale.city and CITY_LEVEL_ORG.search(name):
            name = CITY_LEVEL_ORG.sub(lambda m: f"{locale.city.name} {m.group(1)}", name, count=1)
        elif locale.unit and UNIT_LEVEL_ORG.search(name):
            name = UNIT_LEVEL_ORG.sub(lambda m: _unit_name(locale.unit, m.group(1)), name, count=1)
        elif locale.province and PROVINCE_LEVEL_ORG.search(name):
            name = PROVINCE_LEVEL_ORG.sub(
                lambda m: f"{locale.province.name} {m.group(1)}", name, count=1
            )
        elif locale.place and FUNCTIONAL_BODY.search(name) and not NATIONAL_MARKER.search(name):
            name = f"{locale.place.name} {name}"
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
