"""China's administrative divisions down to county level, read from ``divisions.tsv``.

The table (GB/T 2260 codes, written by ``scripts/make_divisions.py`` from cpca's code list)
gives each province, prefecture and county-level unit its English name, its level and its
parent. The gazetteer decides which of these names text may use to name a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.errors import KgError
from kg.resources import data_file

__all__ = ["Division", "divisions", "letters"]


@dataclass(frozen=True)
class Division:
    code: str  # GB/T 2260, six digits
    zh: str
    stem: str  # "Wenjiang": the bare English name
    name: str  # "Wenjiang District": with its level word
    kind: str  # district, county, county-level city, banner, autonomous county, city, league...
    level: str  # province, prefecture or county
    parent: str | None  # code of the division above
    province_iso: str
    geonames_id: int | None
    leveled: tuple[str, ...]  # other spellings with the level: "Hangjinqi", "Pei County"
    bare: tuple[str, ...]  # other spellings without it: "Eerduosi", "Lushunkou"
    #: A change since the 2016 code list: "郫县 renamed 郫都区 in 2016; code is the 2016 one".
    history: str = ""

    def spellings(self) -> list[tuple[str, bool]]:
        """(spelling, whether it is bare) for every name of the unit."""
        with_level = [(s, False) for s in (self.name, *self.leveled)]
        return with_level + [(s, True) for s in (self.stem, *self.bare)]


def letters(name: str) -> str:
    """Only the letters, lower-cased: "Xi'an" and "Xian" are one key."""
    return re.sub(r"[^a-z]", "", name.lower())


@lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    """Every division by its code (loaded once, about 10 ms)."""
    text = data_file("divisions.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    header, rows = rows[0], rows[1:]
    if header != COLUMNS:
        raise KgError(f"divisions.tsv: columns {header}, expected {COLUMNS}")
    return {row[0]: _division(*row) for row in rows}


COLUMNS = ["code", "zh", "stem", "name", "kind", "level", "parent", "province", "geonames"]
COLUMNS += ["leveled", "bare", "history"]


def _division(
    code: str, zh: str, stem: str, name: str, kind: str, level: str, parent: str,
    province: str, geonames: str, leveled: str, bare: str, history: str,
) -> Division:  # fmt: skip
    return Division(
        code=code,
        zh=zh,
        stem=stem,
        name=name,
        kind=kind,
        level=level,
        parent=parent or None,
        province_iso=province,
        geonames_id=int(geonames) if geonames else None,
        leveled=tuple(leveled.split("|")) if leveled else (),
        bare=tuple(bare.split("|")) if bare else (),
        history=history,
    )
