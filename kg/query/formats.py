"""Query results as text: SPARQL 1.1 Query Results CSV and TSV (W3C Note) and JSON.

Machine formats carry every term in full; only the terminal table abbreviates IRIs (see
:func:`kg.query.shorten`).

* CSV: the header names the variables (no ``?``); a value is the IRI in full, the literal's
  lexical form (no language tag, no datatype) or ``_:label``; fields are quoted as RFC 4180
  says; every line ends with CRLF. CSV loses the kind of a term by design (the note's "simple
  access to the values"): ``https://...`` reads back as an IRI, everything else as a literal.
* TSV: the header is ``?var`` names; a value is the term in SPARQL/Turtle syntax (``<iri>``,
  ``"text"@en``, ``"1"^^<...#integer>``, ``_:label``) with ``\\t``, ``\\n``, ``\\r``, ``"`` and
  ``\\`` escaped, so a line is one row; lines end with LF.
* ASK has no CSV/TSV form in the note: a one-column table ``_askResult`` holding ``true`` or
  ``false``, as Jena writes it, which rdflib's CSV and TSV parsers read as a one-row SELECT.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

import pyoxigraph as ox

from kg.rdf.namespaces import XSD
from kg.store.base import Term

#: The column of an ASK answer in CSV and TSV (Jena's name; the W3C note has no ASK form).
ASK_COLUMN = "_askResult"
CSV_EOL = "\r\n"  # the note: "lines ... terminated by CRLF", as RFC 4180
TSV_EOL = "\n"
XSD_STRING = f"{XSD}string"
#: Characters a TSV term writes as a Turtle ECHAR: a tab or line break would end the field.
TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"})

Row = Sequence[Term | None]


def to_csv(columns: Sequence[str], rows: Sequence[Row], boolean: bool | None = None) -> str:
    if boolean is not None:
        columns, rows = [ASK_COLUMN], [[ox.Literal(str(boolean).lower())]]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=CSV_EOL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if term is None else plain(term) for term in row])
    return buffer.getvalue()


def to_tsv(columns: Sequence[str], rows: Sequence[Row], boolean: bool | None = None) -> str:
    if boolean is not None:
        return f"?{ASK_COLUMN}{TSV_EOL}{str(boolean).lower()}{TSV_EOL}"
    lines = ["\t".join(f"?{column}" for column in columns)]
    lines += ["\t".join("" if term is None else tsv_term(term) for term in row) for row in rows]
    return TSV_EOL.join(lines) + TSV_EOL


def to_json(columns: Sequence[str], rows: Sequence[Row], boolean: bool | None = None) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if boolean is not None:
        return json.dumps({"head": {}, "boolean": boolean})
    bindings = [
        {c: json_term(t) for c, t in zip(columns, row, strict=True) if t is not None}
        for row in rows
    ]
    return json.dumps(
        {"head": {"vars": list(columns)}, "results": {"bindings": bindings}},
        ensure_ascii=False,
        indent=1,
    )


def plain(term: Term) -> str:
    """A term's value as CSV writes it: the IRI, the lexical form, or ``_:label``."""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def tsv_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    text = f'"{term.value.translate(TSV_ESCAPES)}"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype.value == XSD_STRING:
        return text
    return f"{text}^^<{term.datatype.value}>"


def json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out
