"""Chinese surnames in pinyin (``data/surnames.txt``): read by the people rules, and by the
gazetteer, which takes no bare place name that is also a surname."""

from __future__ import annotations

from functools import lru_cache

from kg.resources import data_file


@lru_cache(maxsize=1)
def chinese_surnames() -> frozenset[str]:
    """Every surname, lower-case ("wang", "ouyang")."""
    return _words("surnames.txt")


@lru_cache(maxsize=1)
def minority_name_parts() -> frozenset[str]:
    """Name parts of the Uyghur, Tibetan and Mongolian peoples, lower-case ("tsering")."""
    return _words("minority_names.txt")


def _words(name: str) -> frozenset[str]:
    """The words of a data file, lower-case, without its comment lines."""
    lines = data_file(name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.lower() for line in lines if not line.startswith("#") for w in line.split())
