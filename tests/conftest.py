"""Shared fixtures: the real spaCy model (loaded once) and a real store built from the seeds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from kg.clean import clean
from kg.extract.context import Context
from kg.nlp import load_nlp
from kg.pipeline import BuildReport, build
from kg.store import OxigraphStore, open_store
from kg.types import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"

#: Property tests judge results, never speed: no per-example deadline and no "data generation
#: is slow" health check, both of which fail on a loaded machine.
settings.register_profile(
    "any-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("any-machine")


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def make_context(nlp):
    """Parse a snippet as an article (optionally with a dateline) and return its Context."""

    def make(text: str, dateline: date | None = None, article_id: str = "t") -> Context:
        article = Article(
            id=article_id,
            source=f"{article_id}.txt",
            text=text,
            content_hash="0",
            dateline=dateline,
        )
        cleaned = clean(text)
        return Context(article, cleaned, nlp(cleaned.text))

    return make


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> tuple[OxigraphStore, BuildReport, Path]:
    """The seeds built once into an on-disk store (tests must not write to it)."""
    path = tmp_path_factory.mktemp("seed-store") / "store"
    store = open_store(path)
    report = build([SEEDS], store)
    return store, report, path


@pytest.fixture(scope="session")
def seed_store(seed_build) -> OxigraphStore:
    return seed_build[0]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/*.nq from the seeds' current graphs (review `git diff` after).",
    )
