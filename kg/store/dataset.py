"""Which graphs a query reads (its RDF dataset), and the IRI its relative IRIs resolve against.

The dataset follows SPARQL 1.1 Protocol §2.1.4 and Query §13, in this order:

1. graphs given by the caller (the protocol's ``default-graph-uri`` / ``named-graph-uri``,
   ``kg query --default-graph / --named-graph``) define the dataset and override any
   ``FROM`` / ``FROM NAMED`` in the query text;
2. else the query's own ``FROM`` / ``FROM NAMED`` define it (a query with only ``FROM NAMED``
   has an empty default graph; one with only ``FROM`` has no named graphs);
3. else the default graph is the union of every article graph, and every graph is named.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.namespaces import ID

#: The base IRI of ``kg query`` and the Python API. The instance namespace rather than a
#: ``file:`` URI of the store folder: the store holds data minted in this namespace, so
#: ``<article/a/report>`` or ``BIND(<person/x> AS ?p)`` name the store's own resources; the
#: answer does not depend on where (or whether: in memory, on a server) the store is kept; and
#: no local path leaks into results that are shared. ``kg serve`` uses its own URL instead.
DEFAULT_BASE_IRI = str(ID)

#: Tokens of a SPARQL query that may contain the word FROM without being the keyword:
#: comments, strings (long forms first), IRIs, variables, prefixed names and blank node labels.
_NOT_KEYWORDS = r"""
    \#[^\n]*
  | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
  | '''(?:[^'\\]|\\.|'(?!''))*'''
  | "(?:[^"\\\n\r]|\\.)*"
  | '(?:[^'\\\n\r]|\\.)*'
  | <[^<>"{}|^`\\\x00-\x20]*>
  | [?$]\w+
  | [\w.-]*:(?:[\w.:%-]|\\.)*
"""
QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
_TOKENS = re.compile(rf"(?P<skip>{_NOT_KEYWORDS})|(?P<word>[A-Za-z_]\w*)|.", re.S | re.X)


@dataclass(frozen=True)
class Dataset:
    """Graphs given by the caller; both empty means "none given" (the protocol cannot tell an
    empty list from no parameter either)."""

    default_graphs: tuple[ox.NamedNode, ...] = ()
    named_graphs: tuple[ox.NamedNode, ...] = ()

    @classmethod
    def of(
        cls, default_graphs: Sequence[str] | None, named_graphs: Sequence[str] | None
    ) -> Dataset:
        return cls(_iris(default_graphs, "default graph"), _iris(named_graphs, "named graph"))

    def __bool__(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


def keywords(sparql: str) -> Iterator[str]:
    """The words of the query outside comments, strings, IRIs, variables and prefixed names,
    upper-cased: its keywords, function names and ``a``."""
    for match in _TOKENS.finditer(sparql):
        if match["word"] is not None:
            yield match["word"].upper()


def bracket_depth(sparql: str) -> int:
    """How deep ``{``, ``(`` and ``[`` nest outside comments, strings and IRIs."""
    depth = deepest = 0
    for match in _TOKENS.finditer(sparql):
        char = match[0]
        if char in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "})]":
            depth = max(0, depth - 1)
    return deepest


def base_declaration_end(sparql: str) -> int | None:
    """Where the query's own ``BASE <iri>`` ends (``None``: it has none)."""
    for token, following in itertools.pairwise(_significant(sparql)):
        if (token["word"] or "").upper() == "BASE" and following[0].startswith("<"):
            return following.end()
    return None


def opening_brace_of_where(sparql: str) -> int | None:
    """The position of the ``{`` that opens the query's (outer) WHERE group, if it says WHERE."""
    for token, following in itertools.pairwise(_significant(sparql)):
        if (token["word"] or "").upper() == "WHERE" and following[0] == "{":
            return following.start()
    return None


def query_form(sparql: str) -> str | None:
    """``SELECT``, ``CONSTRUCT``, ``DESCRIBE`` or ``ASK``: the first of them in the query."""
    return next((word for word in keywords(sparql) if word in QUERY_FORMS), None)


def declares_dataset(sparql: str) -> bool:
    """Whether the query text has a ``FROM`` or ``FROM NAMED`` clause.

    pyoxigraph does not expose the parsed query, so this scans the text for the keyword outside
    comments, strings, IRIs, variables and prefixed names. FROM is nothing else in SPARQL 1.1
    (sub-queries have no dataset clause), so one such word is a dataset clause.
    """
    return "FROM" in keywords(sparql)


def without_dataset(sparql: str) -> str:
    """The query with its ``FROM`` / ``FROM NAMED`` clauses cut out, for servers that merge
    the protocol's graphs with the query's instead of replacing them (Virtuoso 7)."""
    tokens = _significant(sparql)
    cuts: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if (token["word"] or "").upper() != "FROM":
            continue
        following = tokens[index + 1 : index + 3]
        if following and (following[0]["word"] or "").upper() == "NAMED":
            following = following[1:]
        if following and following[0]["skip"]:  # the graph's IRI or prefixed name
            cuts.append((token.start(), following[0].end()))
    for start, end in reversed(cuts):
        sparql = sparql[:start] + " " + sparql[end:]
    return sparql


def _significant(sparql: str) -> list[re.Match[str]]:
    """The query's tokens without white space and comments."""
    return [m for m in _TOKENS.finditer(sparql) if not m[0].isspace() and m[0][0] != "#"]


def _iris(values: Sequence[str] | None, what: str) -> tuple[ox.NamedNode, ...]:
    if isinstance(values, str):  # one IRI given where a list was meant
        values = [values]
    nodes = []
    for value in values or ():
        try:
            nodes.append(ox.NamedNode(value))
        except ValueError as exc:
            raise QueryError(f"{what}: not an absolute IRI: {value!r}") from exc
    return tuple(nodes)
