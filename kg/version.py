"""The pipeline version: a digest of everything that decides what a build extracts.

An article is re-extracted when the pipeline that built it differs from the one running.
Bumping a number by hand was forgotten as often as not, so the version is derived: a hash of
the extraction patterns (``kg/nlp/patterns``), the word lists (``kg/extract/data``), the
ontology, and the source of the stages that shape a graph (clean, nlp, extract, resolve,
rdf). Any change to one of them changes the version; nothing else does.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

__all__ = ["pipeline_version"]

#: The package folders whose files decide what is extracted and how it is written.
SHAPING_FOLDERS = ("clean", "nlp", "extract", "resolve", "rdf")
SHAPING_SUFFIXES = frozenset({".py", ".jsonl", ".tsv", ".txt", ".json"})
#: The readable part of the version: the graph layout it writes (change it when the
#: vocabulary contract changes), then the digest.
LAYOUT = "1"


@cache
def pipeline_version() -> str:
    """``"<layout>+<12 hex digits>"``, the same on every machine for the same files."""
    from kg.resources import ontology_dir, packaged

    digest = hashlib.sha256()
    package = packaged()
    files = [
        path
        for folder in SHAPING_FOLDERS
        for path in (package / folder).rglob("*")
        if path.is_file() and path.suffix in SHAPING_SUFFIXES and "__pycache__" not in path.parts
    ]
    ontology = ontology_dir()
    for root, paths in ((package, files), (ontology, sorted(ontology.rglob("*.ttl")))):
        for path in sorted(paths):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(_normalised(path))
            digest.update(b"\0")
    return f"{LAYOUT}+{digest.hexdigest()[:12]}"


def _normalised(path: Path) -> bytes:
    """The file's bytes with line endings unified (a checkout on Windows hashes the same)."""
    return path.read_bytes().replace(b"\r\n", b"\n")
