"""NLP: the spaCy pipeline, loaded once per process."""

from kg.nlp.loader import load_nlp, require_model

__all__ = ["load_nlp", "require_model"]
