"""The element registry is whole: every stage that loops over it finds what it needs."""

from __future__ import annotations

import dataclasses
import importlib

import pytest

from kg.elements import ELEMENTS, MEETING_ELEMENTS, Element, element
from kg.resolve import Meeting, Resolved
from kg.store import open_store
from kg.types import ArticleFacts


def _loaded(path: str):
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("entry", ELEMENTS, ids=lambda e: e.name)
def test_each_element_names_parts_that_exist(entry: Element):
    assert dataclasses.is_dataclass(_loaded(entry.record))
    assert callable(_loaded(entry.finder))
    if entry.writer:
        assert callable(_loaded(entry.writer)) and entry.meeting_link


def test_an_element_comes_after_what_it_needs():
    seen: set[str] = set()
    for entry in ELEMENTS:
        assert set(entry.needs) <= seen, f"{entry.name} needs {entry.needs} before it"
        seen.add(entry.name)


def test_facts_resolved_and_meetings_hold_each_element():
    facts = {f.name for f in dataclasses.fields(ArticleFacts)} - {"article"}
    assert facts == {e.name for e in ELEMENTS}
    resolved = {f.name for f in dataclasses.fields(Resolved)}
    meeting = {f.name for f in dataclasses.fields(Meeting)}
    for entry in MEETING_ELEMENTS:
        assert entry.name in resolved and entry.name in meeting


@pytest.mark.parametrize("entry", [e for e in ELEMENTS if e.eval_query], ids=lambda e: e.name)
def test_eval_queries_run(entry: Element):
    store = open_store(None)
    assert list(store.query(entry.eval_query)) == []


def test_an_element_without_a_writer_says_so():
    with pytest.raises(TypeError, match="no writer"):
        element("people").write(None, None, {})
