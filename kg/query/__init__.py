"""Query: SPARQL text, ``@file.rq`` or a named query from ``ontology/queries/``.

A named query starts with a comment header::

    # title: Meetings with date, city and chair
    # description: Every meeting the articles report, newest first.
    # param: city xsd:string  Only meetings in this city (its label, e.g. "Chongqing").

Parameters are bound as typed RDF terms through Oxigraph's substitutions (SEP-0007),
never spliced into the query text, so a value cannot change the query.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query import formats, labels
from kg.rdf.namespaces import PREFIXES, XSD
from kg.resources import ontology_file
from kg.store.base import Store, Term
from kg.store.values import with_values

if TYPE_CHECKING:
    import pandas

__all__ = [
    "FORMATS",
    "NamedQuery",
    "Param",
    "QueryResult",
    "list_queries",
    "load_query",
    "run_query",
]

FORMATS = ("table", "csv", "tsv", "json")
EXAMPLE = re.compile(r'e\.g\.\s+(?:"(?P<quoted>[^"]+)"|(?P<bare>[^\s,;]+?))[.,;]?(?:\s|$)')
#: The word after a parameter's type that marks it optional; without it, it is required.
OPTIONAL = "optional"
HEADER = re.compile(r"^#\s*(?P<key>title|description|param)\s*:\s*(?P<value>.+)$")


@dataclass(frozen=True)
class Param:
    """A parameter of a named query: ``# param: NAME TYPE [optional] DESCRIPTION``."""

    name: str
    #: "iri", an XSD datatype ("xsd:string", "xsd:date"...), or a label matched ignoring case:
    #: "place" (a place's name) or "topic" (a policy area's label), see kg.query.labels
    datatype: str
    description: str = ""
    optional: bool = False

    @property
    def example(self) -> str | None:
        """The value the description gives after "e.g." (quoted or bare), for docs and tests."""
        match = EXAMPLE.search(self.description)
        return (match["quoted"] or match["bare"]) if match else None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()


@dataclass
class QueryResult:
    """Rows of a SELECT (terms), or triples of a CONSTRUCT, or the answer of an ASK."""

    columns: list[str] = field(default_factory=list)
    rows: list[list[Term | None]] = field(default_factory=list)
    boolean: bool | None = None

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV (see :mod:`kg.query.formats`)."""
        return formats.to_csv(self.columns, self.rows, self.boolean)

    def to_tsv(self) -> str:
        """SPARQL 1.1 Query Results TSV (see :mod:`kg.query.formats`)."""
        return formats.to_tsv(self.columns, self.rows, self.boolean)

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""
        return formats.to_json(self.columns, self.rows, self.boolean)

    def to_dataframe(self) -> pandas.DataFrame:
        """Rows as a pandas DataFrame of plain values (needs pandas installed)."""
        try:
            import pandas
        except ImportError as exc:
            raise QueryError("DataFrames need pandas: pip install 'policykg[notebooks]'") from exc
        return pandas.DataFrame(self.records(), columns=self.columns)

    def records(self) -> list[dict[str, str | None]]:
        """Rows as plain dicts of strings: literal values, IRIs in full, ``_:`` blank nodes."""
        return [
            {
                c: None if t is None else formats.plain(t)
                for c, t in zip(self.columns, row, strict=True)
            }
            for row in self.rows
        ]


def list_queries(directory: Path | None = None) -> list[NamedQuery]:
    directory = directory or ontology_file("queries")
    return [load_query(path.stem, directory) for path in sorted(directory.glob("*.rq"))]


def load_query(reference: str, directory: Path | None = None) -> NamedQuery:
    """Resolve ``reference``: ``@path.rq``, a named query, or SPARQL text."""
    directory = directory or ontology_file("queries")
    if reference.startswith("@"):
        path = Path(reference[1:])
        if not path.is_file():
            raise QueryError(f"query file not found: {path}")
        return _parse(path.stem, path.read_text(encoding="utf-8"))
    if re.fullmatch(r"[\w-]+", reference):
        path = directory / f"{reference}.rq"
        if not path.is_file():
            names = ", ".join(q.name for q in list_queries(directory)) or "none"
            raise QueryError(f"no named query {reference!r} (named queries: {names})")
        return _parse(reference, path.read_text(encoding="utf-8"))
    return NamedQuery(name="inline", text=reference)


def _parse(name: str, text: str) -> NamedQuery:
    title = description = ""
    params: list[Param] = []
    for line in text.splitlines():
        match = HEADER.match(line.strip())
        if not match:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        key, value = match["key"], match["value"].strip()
        if key == "title":
            title = value
        elif key == "description":
            description = value
        else:
            params.append(_param(value))
    return NamedQuery(name, text, title, description, tuple(params))


def _param(header: str) -> Param:
    """``city place The city's name...`` or ``concept xsd:string optional The concept...``."""
    name, _, rest = header.partition(" ")
    dtype, _, rest = rest.strip().partition(" ")
    marker, _, description = rest.strip().partition(" ")
    optional = marker == OPTIONAL
    if not optional:
        description = rest
    return Param(name.lstrip("?$"), dtype or "xsd:string", description.strip(), optional)


def bind(query: NamedQuery, values: Mapping[str, str]) -> dict[str, Term]:
    """Typed terms for ``values``; unknown names, ill-typed values and a required parameter
    left out are errors."""
    declared = {p.name: p for p in query.params}
    terms: dict[str, Term] = {}
    for name, raw in values.items():
        param = declared.get(name)
        if param is None and query.params:
            raise QueryError(
                f"query {query.name!r} has no parameter {name!r} "
                f"(parameters: {', '.join(declared) or 'none'})"
            )
        dtype = param.datatype if param else "xsd:string"
        terms[name] = _term(name, raw, dtype)
    missing = [p for p in query.params if not p.optional and p.name not in values]
    if missing:
        raise QueryError(
            f"query {query.name!r} needs "
            + "; ".join(f"parameter {p.name!r} ({p.description})" for p in missing)
        )
    return terms


def _term(name: str, raw: str, dtype: str) -> Term:
    if dtype == "iri":
        try:
            return ox.NamedNode(raw)
        except ValueError as exc:
            raise QueryError(f"parameter {name}: not an IRI: {raw!r}") from exc
    if dtype in labels.SPELLINGS:
        return ox.Literal(raw)  # turned into the stored spellings by run_query
    local = dtype.removeprefix("xsd:")
    if local == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        raise QueryError(f"parameter {name}: expected a date like 2023-02-24, got {raw!r}")
    if local in {"integer", "int"} and not re.fullmatch(r"-?\d+", raw):
        raise QueryError(f"parameter {name}: expected an integer, got {raw!r}")
    if local == "string":
        return ox.Literal(raw)
    return ox.Literal(raw, datatype=XSD.term(local))


def run_query(
    store: Store,
    reference: str,
    params: Mapping[str, str] | None = None,
    *,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
    base_iri: str | None = None,
) -> QueryResult:
    """Run a query (text, ``@file`` or named) with ``params`` bound safely.

    ``default_graphs`` / ``named_graphs`` (IRIs) define the dataset over the query's own
    ``FROM`` / ``FROM NAMED``; without either, the query's dataset clauses apply, and without
    those the default graph is the union of all articles. Relative IRIs resolve against
    ``base_iri`` (default: the instance namespace, :data:`kg.store.dataset.DEFAULT_BASE_IRI`).
    """
    query = load_query(reference)
    text, substitutions = _spelled_as_stored(store, query, bind(query, params or {}))
    results = store.query(
        text,
        substitutions,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        base_iri=base_iri,
    )
    if isinstance(results, bool):
        return QueryResult(boolean=results)
    if hasattr(results, "variables"):  # SELECT, from Oxigraph or a remote server
        columns = [v.value for v in results.variables]
        rows = [[solution[c] for c in columns] for solution in results]
        return QueryResult(columns=columns, rows=rows)
    rows = [[t.subject, t.predicate, t.object] for t in results]
    return QueryResult(columns=["subject", "predicate", "object"], rows=rows)


def _spelled_as_stored(
    store: Store, query: NamedQuery, terms: dict[str, Term]
) -> tuple[str, dict[str, Term]]:
    """Case-insensitive parameters replaced by the spellings the store holds: one is bound
    like any parameter; several (a place spelt two ways) go into a VALUES block."""
    text, substitutions = query.text, dict(terms)
    for param in query.params:
        if param.datatype not in labels.SPELLINGS or param.name not in terms:
            continue
        spellings = labels.SPELLINGS[param.datatype](store, terms[param.name].value)
        if len(spellings) == 1:
            substitutions[param.name] = spellings[0]
        elif spellings:
            del substitutions[param.name]
            text = with_values(text, [param.name], [[spelling] for spelling in spellings])
    return text, substitutions


def display(term: Term | None) -> str:
    """A term for the terminal table: IRIs shortened with the prefixes, literals as text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return shorten(term.value)
    return formats.plain(term)


def shorten(value: str) -> str:
    """An IRI as ``prefix:local`` for display (instance IRIs keep their path: ``id:person/x``)."""
    for prefix, namespace in PREFIXES.items():
        if value.startswith(namespace) and re.fullmatch(r"[\w./-]+", value[len(namespace) :]):
            return f"{prefix}:{value[len(namespace) :]}"
    return value
