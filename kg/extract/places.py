"""Places named in the text, found by gazetteer lookup rather than NER alone.

spaCy's small model tags "Alashan Zuoqi" as a person and misses many county names,
so every capitalised word sequence is looked up (longest first). Words inside a
person's name ("Jining" in "Chen Jining") are not places.
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.gazetteer import gazetteer
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
    doc = ctx.doc
    i = 0
    while i < len(doc):
        token = doc[i]
        if not token.text[:1].isupper() or token.i in person_tokens:
            i += 1
            continue
        for n in range(min(gaz.max_words, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            if any(t.i in person_tokens for t in span):
                continue
            place = gaz.lookup(" ".join(t.text for t in span))
            if place is not None:
                found.append(
                    PlaceRecord(
                        name=place.name,
                        kind=place.kind,
                        span=ctx.span(span.start_char, span.end_char),
                        rule="place.gazetteer.v1",
                        geonames_id=place.geonames_id,
                    )
                )
                i += n
                break
        else:
            i += 1
    return found
