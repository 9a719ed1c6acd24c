"""Query: SPARQL text, ``@file.rq`` or a named query from ``ontology/queries/``.

A named query starts with a comment header::

    # title: Meetings with date, city and chair
    # description: Every meeting the articles report, newest first.
    # param: city xsd:string  Only meetings in this city (its label, e.g. "Chongqing").

Parameters are bound as typed RDF terms through Oxigraph's substitutions (SEP-0007),
never spliced into the query text, so a value cannot change the query.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.namespaces import PREFIXES, XSD
from kg.resources import ontology_file
from kg.store.base import Store, Term

if TYPE_CHECKING:
    import pandas

__all__ = [
    "FORMATS",
    "NamedQuery",
    "QueryResult",
    "list_queries",
    "load_query",
    "run_query",
]

FORMATS = ("table", "csv", "tsv", "json")
EXAMPLE = re.compile(r'e\.g\.\s+(?:"(?P<quoted>[^"]+)"|(?P<bare>[^\s,;]+?))[.,;]?(?:\s|$)')
HEADER = re.compile(r"^#\s*(?P<key>title|description|param)\s*:\s*(?P<value>.+)$")


@dataclass(frozen=True)
class Param:
    name: str
    datatype: str  # "iri" or an XSD datatype such as "xsd:string", "xsd:date"
    description: str = ""

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

    def to_csv(self, delimiter: str = ",") -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
        writer.writerow(self.columns)
        for row in self.rows:
            writer.writerow(["" if t is None else _plain(t) for t in row])
        return buffer.getvalue()

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""
        if self.boolean is not None:
            return json.dumps({"head": {}, "boolean": self.boolean})
        bindings = [
            {c: _json_term(t) for c, t in zip(self.columns, row, strict=True) if t is not None}
            for row in self.rows
        ]
        return json.dumps(
            {"head": {"vars": self.columns}, "results": {"bindings": bindings}},
            ensure_ascii=False,
            indent=1,
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """Rows as a pandas DataFrame of plain values (needs pandas installed)."""
        try:
            import pandas
        except ImportError as exc:
            raise QueryError("DataFrames need pandas: pip install 'policykg[notebooks]'") from exc
        return pandas.DataFrame(self.records(), columns=self.columns)

    def records(self) -> list[dict[str, str | None]]:
        """Rows as plain dicts of strings (literal values, IRIs shortened with prefixes)."""
        return [
            {c: None if t is None else _plain(t) for c, t in zip(self.columns, row, strict=True)}
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
            pname, _, rest = value.partition(" ")
            dtype, _, desc = rest.strip().partition(" ")
            params.append(Param(pname.lstrip("?$"), dtype or "xsd:string", desc.strip()))
    return NamedQuery(name, text, title, description, tuple(params))


def bind(query: NamedQuery, values: Mapping[str, str]) -> dict[str, Term]:
    """Typed terms for ``values``; unknown names and ill-typed values are errors."""
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
    return terms


def _term(name: str, raw: str, dtype: str) -> Term:
    if dtype == "iri":
        try:
            return ox.NamedNode(raw)
        except ValueError as exc:
            raise QueryError(f"parameter {name}: not an IRI: {raw!r}") from exc
    local = dtype.removeprefix("xsd:")
    if local == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        raise QueryError(f"parameter {name}: expected a date like 2023-02-24, got {raw!r}")
    if local in {"integer", "int"} and not re.fullmatch(r"-?\d+", raw):
        raise QueryError(f"parameter {name}: expected an integer, got {raw!r}")
    if local == "string":
        return ox.Literal(raw)
    return ox.Literal(raw, datatype=XSD.term(local))


def run_query(store: Store, reference: str, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a query (text, ``@file`` or named) with ``params`` bound safely."""
    query = load_query(reference)
    results = store.query(query.text, bind(query, params or {}))
    if isinstance(results, bool):
        return QueryResult(boolean=results)
    if hasattr(results, "variables"):  # SELECT, from Oxigraph or a remote server
        columns = [v.value for v in results.variables]
        rows = [[solution[c] for c in columns] for solution in results]
        return QueryResult(columns=columns, rows=rows)
    rows = [[t.subject, t.predicate, t.object] for t in results]
    return QueryResult(columns=["subject", "predicate", "object"], rows=rows)


def _plain(term: Term) -> str:
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return shorten(term.value)
    return str(term)


def shorten(value: str) -> str:
    """An IRI as ``prefix:local`` for display (instance IRIs keep their path: ``id:person/x``)."""
    for prefix, namespace in PREFIXES.items():
        if value.startswith(namespace) and re.fullmatch(r"[\w./-]+", value[len(namespace) :]):
            return f"{prefix}:{value[len(namespace) :]}"
    return value


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != str(XSD) + "string":
        out["datatype"] = term.datatype.value
    return out
