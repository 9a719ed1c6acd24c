"""Places named in the text, found by gazetteer lookup rather than NER alone.

spaCy's small model tags "Alashan Zuoqi" as a person and misses many county names,
so every capitalised word sequence is looked up (longest first). Words inside a
person's name ("Jining" in "Chen Jining") are not places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.gazetteer import Place, fold, gazetteer
from kg.extract.numbers import ORDINAL_WORDS
from kg.extract.people import is_person_name, normalize_name
from kg.extract.surnames import chinese_surnames
from kg.nlp.rules import surface_of
from kg.types import PlaceRecord

#: Words that make a capitalised name a newspaper's or a station's ("Hefei Daily", "Lishui
#: Evening News"), which the small model may tag as a person: its place names where it reports.
MEDIA_WORDS = frozenset(
    {"Daily", "Evening", "News", "Times", "Post", "Herald", "Radio", "Television", "TV"}
    | {"Media", "Broadcasting", "Newspaper", "Weekly", "Online", "Net", "Network", "Gazette"}
    # a government's own news account ("Shuangliu Release", 发布)
    | {"Release"}
)


def find_places(ctx: Context) -> list[PlaceRecord]:
    gaz = gazetteer()
    person_tokens = {
        token.i
        for ent in ctx.doc.ents
        if ent.label_ == "PERSON"
        and is_person_name(normalize_name(ent.text))
        and not any(t.text in MEDIA_WORDS for t in ent)
        for token in ent
    }
    found: list[PlaceRecord] = []
    doc = ctx.doc
    words, starts = surface_of(doc)  # Token objects only for the few capitalised candidates
    text = ctx.text
    i = 0
    while i < len(words):
        word = words[i]
        if not word[:1].isupper() or i in person_tokens:
            i += 1
            continue
        first = fold(word)
        if first not in gaz.first_words and re.split("['-]", first)[0] not in gaz.first_words:
            i += 1
            continue
        token = doc[i]
        for n in range(min(gaz.max_words, len(words) - i), 0, -1):
            if any(j in person_tokens for j in range(i, i + n)):
                continue
            last = i + n - 1
            start, end = starts[i], starts[last] + len(words[last])
            place = gaz.lookup(text[start:end])
            if place is not None and n == 1 and i and _after_surname(doc[i - 1]):
                continue  # "Sun Jiaxing": a given name the model did not tag as a person
            if place is not None:
                found.append(
                    PlaceRecord(
                        name=place.name,
                        kind=place.kind,
                        span=ctx.span(start, end),
                        rule="place.gazetteer.v1",
                        geonames_id=place.geonames_id,
                    )
                )
                i += n
                break
        else:
            if (place := _short_unit(ctx, token, i in person_tokens)) is not None:
                found.append(place)
            i += 1
    found.extend(_admin_units(ctx, found))
    return sorted(found, key=lambda p: p.span)


#: The text speaks of a body of a unit of this level without naming it ("the county
#: government held", "secretary of the county Party committee"): a report from such a unit.
LEVEL_TALK = {
    level: re.compile(
        rf"(?i)\b{level}\s+(?:party|government|head|magistrate|committee|people's|leaders?)\b"
    )
    for level in ("county", "district", "banner")
}
#: The level word of each county-level kind.
LEVEL_OF_KIND = {
    "county": "county",
    "autonomous county": "county",
    "district": "district",
    "banner": "banner",
    "autonomous banner": "banner",
}


def speaks_of_level(text: str, kind: str) -> bool:
    """Whether ``text`` speaks of an unnamed unit of ``kind``'s level ("the county")."""
    level = LEVEL_OF_KIND.get(kind)
    return level is not None and LEVEL_TALK[level].search(text) is not None


#: Words before a place named as where something is or goes.
PLACE_PREPOSITIONS = frozenset({"in", "to", "of", "from", "at", "across", "around", "throughout"})


def _short_unit(ctx: Context, token: Token, in_person: bool) -> PlaceRecord | None:
    """A county-level unit by a short bare name after a preposition ("settle in Zizhou") in
    a report that speaks of a body of its level ("the county government"); elsewhere such
    names are too often words or given names ("the Dacheng mechanism")."""
    if in_person or not token.text.istitle() or token.i == 0:
        return None
    if ctx.doc[token.i - 1].lower_ not in PLACE_PREPOSITIONS:
        return None
    place = gazetteer().lookup_short(token.text)
    if place is None or not speaks_of_level(ctx.text, place.kind):
        return None
    span = ctx.span(token.idx, token.idx + len(token.text))
    return PlaceRecord(name=place.name, kind=place.kind, span=span, rule="place.short_unit.v1")


#: Surnames that are English words too ("He said"): no sign of a name before a place.
ENGLISH_SURNAMES = frozenset({"he", "long", "fan", "man", "bao", "song", "cha"})


def _after_surname(token: Token) -> bool:
    """Whether ``token`` is a capitalised Chinese surname standing before a name."""
    word = token.text
    if not word.istitle() or word.lower() in ENGLISH_SURNAMES:
        return False
    return word.lower() in chinese_surnames() and gazetteer().lookup(word) is None


#: A word of a unit's name: "Lixia", "Xi'an", "Shangri-La".
UNIT_WORD = r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?"
#: "<Name> District/County/Banner/City" in an organisation's name names an administrative unit
#: even when no gazetteer knows it ("the Standing Committee of the Lixia District Committee",
#: "the Zhuanghe Municipal Committee of the CPPCC").
NAMED_UNIT = re.compile(
    rf"\b(?P<name>(?:{UNIT_WORD}\s+){{0,2}}{UNIT_WORD}\s+"
    r"(?P<kind>District|County|Banner|Municipal|City|Prefectural|Prefecture|League|State|Flag))"
    r"(?=\s+(?:Party|Committee|People|Government|CPPCC|Commission|Standing|Congress)|$|"
    # the unit as the body that met: "Shushan District held a standing committee meeting"
    r"\s+(?:held|convened|hosted|organized|organised)\s)"
)
#: The kind each unit word gives a place no gazetteer knows: "Municipal" or "City" after an
#: unknown name is a county-level city, as the prefecture-level cities are all known.
UNIT_KINDS = {
    "District": "district",
    "County": "county",
    "Banner": "banner",
    "Municipal": "county-level city",
    "City": "county-level city",
    "Prefectural": "prefecture",
    "Prefecture": "prefecture",
    "League": "league",
    "State": "autonomous prefecture",
    "Flag": "banner",
}
#: Level words as machine translation gives them, and the gazetteer's: 州 is "State"
#: ("the Enshi State Party Committee"), 旗 "Flag" ("the Hangjin Flag Committee"). A name
#: before these is taken only when the gazetteer knows it with the gazetteer's word.
TRANSLATED_LEVELS = {"Prefectural": "Prefecture", "State": "Prefecture", "Flag": "Banner"}
KNOWN_ONLY_WORDS = frozenset({"State", "Flag"})
COUNTY_UNIT_WORDS = frozenset({"District", "County", "Banner", "Flag"})
#: Unit words of a prefecture's bodies ("the Liangshan Prefectural Party Committee"), whose
#: name the gazetteer knows with "Prefecture" ("Liangshan Prefecture").
PREFECTURE_UNIT_WORDS = frozenset({"Prefectural", "Prefecture", "League", "State"})


def unit_lookup(name: str, word: str) -> Place | None:
    """The gazetteer's unit for a name before a unit word: "Liangshan" + "Prefectural" is
    Liangshan Prefecture; "Lixia" + "District" Lixia District, else Lixia."""
    full = f"{name} {TRANSLATED_LEVELS.get(word, word)}"
    gaz = gazetteer()
    if word in KNOWN_ONLY_WORDS:
        return gaz.lookup(full)
    return gaz.lookup(full) or gaz.lookup(name) or gaz.lookup_spelt_apart(name)


#: Capitalised words that open a unit phrase without being its name ("the Fifth District ...").
NOT_UNIT_WORDS = frozenset(
    {"The", "Municipal", "Provincial", "Standing", "Party", "People", "City", "National"}
    | {"Outstanding", "New"}
    | {word.capitalize() for word in ORDINAL_WORDS}
)


#: A zone's governing body ("the Ningdong Party Working Committee", "the Lanzhou New Area
#: Management Committee"): zones are no division, so the name is taken as written.
ZONE_BODY = re.compile(
    rf"\b(?P<name>{UNIT_WORD}(?:\s+(?:New\s+Area|(?:High-[Tt]ech\s+|Economic\s+)?"
    r"Development\s+Zone|High-[Tt]ech\s+Zone|Industrial\s+Park))?)\s+"
    r"(?:Party\s+Working\s+Committee|Administrati(?:ve|on)\s+Committee|Management\s+Committee)"
)
#: Capitalised words that open such a body without naming a zone.
NOT_ZONE_WORDS = NOT_UNIT_WORDS | {"Central", "Enterprise", "Education", "Youth", "Women"}


def zone_bodies(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each zone named by its governing body, the name opening the
    phrase (no capitalised word before it: "Political and Legal Affairs ..." is no zone)."""
    for match in ZONE_BODY.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()].split()
        after_name = before and before[-1][:1].isupper() and before[-1] not in {"The", "A"}
        if match["name"].split()[0] in NOT_ZONE_WORDS or after_name:
            continue
        yield match.start("name"), match.end("name"), match["name"]


def named_units(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, unit word) of each unit named before a body word: the name without
    the words that only open the phrase; "Lixia" and "District" for "the Lixia District"."""
    for match in NAMED_UNIT.finditer(text):
        words = match["name"].split()[:-1]
        while words and words[0] in NOT_UNIT_WORDS:
            words.pop(0)
        if words:
            name = " ".join(words)
            yield (
                match.end("name") - len(name) - len(match["kind"]) - 1,
                match.end("name"),
                name,
                match["kind"],
            )


def _admin_units(ctx: Context, known: list[PlaceRecord]) -> list[PlaceRecord]:
    units = []
    for start, end, name in zone_bodies(ctx.text):
        span = ctx.span(start, end)
        if not any(p.span.start <= span.start < p.span.end for p in known):
            units.append(PlaceRecord(name, "new area", span=span, rule="place.zone_body.v1"))
    for start, end, name, word in named_units(ctx.text):
        if word not in COUNTY_UNIT_WORDS | PREFECTURE_UNIT_WORDS:
            continue  # a city's body ("Wuxi Municipal") is the gazetteer's to find
        span = ctx.span(start, end)
        if any(p.span.start <= span.start < p.span.end for p in known):
            continue  # the gazetteer already knows it ("Alashan Zuoqi Banner")
        if word in PREFECTURE_UNIT_WORDS | KNOWN_ONLY_WORDS:
            # "the Liangshan Prefectural Party Committee": a prefecture whose bare name is
            # too ambiguous to take alone; unknown ones are named as written
            place = unit_lookup(name, word)
            if place is None and word in KNOWN_ONLY_WORDS:
                continue
            own = f"{name} {TRANSLATED_LEVELS.get(word, word)}"
            name_kind = (place.name, place.kind) if place else (own, UNIT_KINDS[word])
            units.append(PlaceRecord(*name_kind, span=span, rule="place.admin_unit.v2"))
            continue
        units.append(
            PlaceRecord(
                name=f"{name} {word}", kind=UNIT_KINDS[word], span=span, rule="place.admin_unit.v1"
            )
        )
    return units
