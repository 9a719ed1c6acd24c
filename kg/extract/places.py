"""Places named in the text, found by gazetteer lookup rather than NER alone.

spaCy's small model tags "Alashan Zuoqi" as a person and misses many county names,
so every capitalised word sequence is looked up (longest first). Words inside a
person's name ("Jining" in "Chen Jining") are not places.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.gazetteer import fold, gazetteer
from kg.extract.people import is_person_name, normalize_name
from kg.types import PlaceRecord


def find_places(ctx: Context) -> list[PlaceRecord]:
    gaz = gazetteer()
    person_tokens = {
        token.i
        for ent in ctx.doc.ents
        if ent.label_ == "PERSON" and is_person_name(normalize_name(ent.text))
        for token in ent
    }
    found: list[PlaceRecord] = []
    tokens = list(ctx.doc)
    text = ctx.text
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.text
        if not word[:1].isupper() or i in person_tokens:
            i += 1
            continue
        first = fold(word)
        if first not in gaz.first_words and first.split("'")[0] not in gaz.first_words:
            i += 1
            continue
        for n in range(min(gaz.max_words, len(tokens) - i), 0, -1):
            if any(j in person_tokens for j in range(i, i + n)):
                continue
            last = tokens[i + n - 1]
            start, end = token.idx, last.idx + len(last.text)
            place = gaz.lookup(text[start:end])
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
            i += 1
    found.extend(_admin_units(ctx, found))
    return sorted(found, key=lambda p: p.span)


#: "<Name> District/County/Banner" in an organisation's name names a county-level unit
#: even when no gazetteer knows it ("the Standing Committee of the Lixia District Committee").
ADMIN_UNIT = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+\s+(?P<kind>District|County|Banner))"
    r"(?=\s+(?:Party|Committee|People|Government|CPPCC|Commission|Standing))"
)
UNIT_KINDS = {"District": "district", "County": "county", "Banner": "banner"}
NOT_UNIT_WORDS = frozenset(
    {"The", "Municipal", "Provincial", "Standing", "Party", "City", "National", "Outstanding"}
    | {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"}
)


def _admin_units(ctx: Context, known: list[PlaceRecord]) -> list[PlaceRecord]:
    units = []
    for match in ADMIN_UNIT.finditer(ctx.text):
        words = match["name"].split()
        while words and words[0] in NOT_UNIT_WORDS:
            words.pop(0)
        if len(words) < 2:
            continue
        span = ctx.span(match.end("name") - len(" ".join(words)), match.end("name"))
        if any(p.span.start <= span.start < p.span.end for p in known):
            continue  # the gazetteer already knows it ("Alashan Zuoqi Banner")
        units.append(
            PlaceRecord(
                name=" ".join(words),
                kind=UNIT_KINDS[match["kind"]],
                span=span,
                rule="place.admin_unit.v1",
            )
        )
    return units
