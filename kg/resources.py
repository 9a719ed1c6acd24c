"""Files that ship inside the package, found with :mod:`importlib.resources` so that an
installed wheel reads its own copy and never looks for a source tree:

- the ontology, ``kg/ontology/`` (the checkout's top-level ``ontology`` is a link to it):
  OWL terms, SKOS schemes, SHACL shapes, the registry of central events and the named
  queries. ``KG_ONTOLOGY`` points to another folder of the same layout.
- the word lists of extraction, ``kg/extract/data/`` (provinces, divisions, place aliases,
  surnames).

Every reader of these files goes through :func:`ontology_file` or :func:`data_file`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError

__all__ = ["data_file", "ontology_dir", "ontology_file", "packaged"]


@lru_cache(maxsize=64)  # installed files do not move; the shapes are asked for every article
def packaged(*parts: str) -> Path:
    """The file or folder ``kg/<parts...>`` installed with policykg."""
    from importlib.resources import files  # 8 ms, and only commands that read data need it

    resource = files("kg").joinpath(*parts)
    if not isinstance(resource, Path):  # a zipped install: rdflib and Oxigraph read paths
        raise KgError(
            f"policykg's data file kg/{'/'.join(parts)} is not on disk ({resource}); "
            "install policykg with pip, which unpacks it"
        )
    return resource


def ontology_dir() -> Path:
    """The ontology folder: ``KG_ONTOLOGY`` when set, else the one installed with policykg."""
    override = os.environ.get("KG_ONTOLOGY")
    return Path(override) if override else packaged("ontology")


def ontology_file(name: str, directory: Path | None = None) -> Path:
    """``name`` (``"shapes.ttl"``, ``"queries"``...) in ``directory``, by default the
    ontology folder (:func:`ontology_dir`)."""
    return (directory or ontology_dir()) / name


def data_file(name: str) -> Path:
    """A word list of extraction, ``kg/extract/data/<name>``."""
    return packaged("extract", "data", name)
