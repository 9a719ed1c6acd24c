"""Reading a query's dataset clauses and prologue from its text."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.store.dataset import (
    Dataset,
    base_declaration_end,
    declares_dataset,
    query_form,
    without_dataset,
)


@pytest.mark.parametrize(
    "sparql, declares",
    [
        ("SELECT * FROM <http://a> WHERE { ?s ?p ?o }", True),
        ("select * from named ex:a where { graph ?g { ?s ?p ?o } }", True),
        ("SELECT * FROM<http://a>WHERE{?s ?p ?o}", True),
        ("SELECT ?from WHERE { ?from ex:from ?o }", False),  # a variable, a local name
        ("SELECT * WHERE { ?s ?p 'FROM <x>' }", False),  # in a string
        ('SELECT * WHERE { ?s ?p """a "FROM" b""" }', False),  # in a long string
        ("SELECT * WHERE { ?s <http://e/FROM> ?o }", False),  # in an IRI
        ("# FROM <x>\nSELECT * WHERE { ?s ?p ?o }", False),  # in a comment
        ("SELECT * WHERE { ?s from:x ?o }", False),  # a prefix named "from"
        ("SELECT * WHERE { FILTER(?a < ?b) ?s ?p ?o }", False),
    ],
)
def test_declares_dataset(sparql, declares):
    assert declares_dataset(sparql) is declares


def test_without_dataset_cuts_the_clauses_only():
    text = "SELECT * FROM <http://a> FROM NAMED ex:b # FROM <x>\nWHERE { ?s ?p 'FROM <y>' }"
    cut = without_dataset(text)
    assert not declares_dataset(cut)
    assert "'FROM <y>'" in cut and "# FROM <x>" in cut and "WHERE" in cut


@pytest.mark.parametrize(
    "sparql, form",
    [
        ("PREFIX select: <http://s/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("ask {}", "ASK"),
        ("# CONSTRUCT\nSELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("DESCRIBE <http://a>", "DESCRIBE"),
    ],
)
def test_query_form(sparql, form):
    assert query_form(sparql) == form


def test_base_declaration_end():
    text = "BASE <http://b/> PREFIX x: <http://x/> SELECT * {}"
    assert text[: base_declaration_end(text)] == "BASE <http://b/>"
    assert base_declaration_end("SELECT ?base WHERE { ?base ?p 'BASE <x>' }") is None


def test_dataset_graphs_must_be_absolute_iris():
    assert not Dataset.of(None, [])
    assert Dataset.of(["http://a"], None).default_graphs[0].value == "http://a"
    with pytest.raises(QueryError, match="default graph: not an absolute IRI: 'article/x'"):
        Dataset.of(["article/x"], None)
