"""Check the dataset against the SHACL shapes of ``ontology/shapes.ttl`` (pyshacl).

The union of all article graphs is validated: a shared node's facts are spread over the
articles that mention it, and the shapes speak about the whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

from kg.errors import KgError
from kg.rdf.shapes import Violation
from kg.resources import ontology_file
from kg.store.base import Store

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)


def validate(store: Store, shapes: Path | None = None) -> ValidationReport:
    """Validate the union of the store's graphs; every violation is listed, none stored."""
    shapes = shapes or ontology_file("shapes.ttl")
    try:
        shapes_graph = rdflib.Graph().parse(shapes, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise KgError(f"cannot read SHACL shapes {shapes}: {exc}") from exc
    data = rdflib.Graph()
    triples = dict.fromkeys(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
    data.parse(
        data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt"
    )
    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes_graph, inference="none", advanced=True, allow_warnings=True
    )
    violations = [
        Violation(
            focus=str(results.value(result, SH.focusNode)),
            path=_text(results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or "constraint violated"),
            severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            value=_text(results.value(result, SH.value)),
        )
        for result in results.subjects(rdflib.RDF.type, SH.ValidationResult)
    ]
    return ValidationReport(
        conforms=bool(conforms),
        triples=len(data),
        violations=sorted(violations, key=lambda v: (v.focus, v.path or "")),
    )


def _text(node: rdflib.term.Node | None) -> str | None:
    return None if node is None else str(node)
