"""The SHACL shapes checked on every article's graph before it is stored, in well under a
millisecond.

``kg validate`` runs pyshacl over the union of all graphs; doing that per article would cost
more than parsing it. Our shapes (``ontology/shapes.ttl``) use a small part of SHACL Core —
target classes; property shapes with a predicate path and min/max count, datatype, class,
``sh:in``, pattern, minInclusive and lessThan; and SPARQL SELECT constraints — and that part is
implemented here over the article's quads. A shape using anything else is refused when the
shapes are read, so nothing is silently left unchecked. ``tests/rdf/test_shapes.py`` holds
this checker to pyshacl's verdicts on the gold graphs and on randomly broken ones.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.resources import ontology_file

SH = "http://www.w3.org/ns/shacl#"
#: A triple's terms: subject, predicate, object.
Triple = tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.BlankNode | ox.Literal]
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SUBCLASS_OF = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
XSD = "http://www.w3.org/2001/XMLSchema#"
#: Lexical forms of the datatypes the shapes name: an ill-formed "x"^^xsd:integer is no integer.
LEXICAL = {
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "date": re.compile(r"-?\d{4,}-\d\d-\d\d(?:Z|[+-]\d\d:\d\d)?"),
    XSD + "boolean": re.compile(r"true|false|1|0"),
}
#: The SHACL terms this checker understands; anything else in a shape is an error.
UNDERSTOOD = {
    SH + name
    for name in [
        "path",
        "minCount",
        "maxCount",
        "datatype",
        "class",
        "in",
        "pattern",
        "minInclusive",
        "lessThan",
        "message",
        "severity",
        "property",
        "targetClass",
        "sparql",
        "select",
        "name",
        "description",
    ]
}


@dataclass(frozen=True)
class Violation:
    """One result of a check, here or by pyshacl in :mod:`kg.rdf.validate` (which imports
    pyshacl; this module must not, as every build and worker imports it)."""

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None = None


@dataclass(frozen=True)
class PropertyShape:
    path: ox.NamedNode
    min_count: int = 0
    max_count: int | None = None
    datatype: str | None = None
    of_class: ox.NamedNode | None = None
    allowed: frozenset | None = None
    pattern: re.Pattern[str] | None = None
    min_inclusive: Decimal | None = None
    less_than: ox.NamedNode | None = None
    message: str | None = None


@dataclass(frozen=True)
class NodeShape:
    targets: tuple[ox.NamedNode, ...]
    properties: tuple[PropertyShape, ...]
    sparql: tuple[tuple[str, str], ...]  # (SELECT with ?this, message)


class ShapesError(KgError):
    """The shapes file uses SHACL this checker does not implement."""


@lru_cache(maxsize=4)
def load_shapes(path: Path | None = None) -> tuple[NodeShape, ...]:
    """The node shapes of ``path`` (default: the ontology's ``shapes.ttl``)."""
    path = path or ontology_file("shapes.ttl")
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (OSError, SyntaxError) as exc:
        raise ShapesError(f"cannot read SHACL shapes {path}: {exc}") from exc
    graph = _Index((q.subject, q.predicate, q.object) for q in store)
    shapes = []
    for node in sorted(graph.instances(ox.NamedNode(SH + "NodeShape")), key=str):
        for predicate in graph.predicates(node):
            if predicate.value.startswith(SH) and predicate.value not in UNDERSTOOD:
                raise ShapesError(f"{path}: {node} uses {predicate.value}, not checked per article")
        properties = tuple(
            _property_shape(graph, p, path) for p in graph.values(node, SH + "property")
        )
        sparql = tuple(
            (
                re.sub(r"\$this\b", "?this", graph.one(c, SH + "select").value),
                graph.one(c, SH + "message").value if graph.one(c, SH + "message") else "",
            )
            for c in graph.values(node, SH + "sparql")
        )
        targets = tuple(sorted(graph.values(node, SH + "targetClass"), key=str))
        shapes.append(NodeShape(targets, properties, sparql))
    return tuple(shapes)


def _property_shape(graph: _Index, node, path: Path) -> PropertyShape:
    for predicate in graph.predicates(node):
        if predicate.value.startswith(SH) and predicate.value not in UNDERSTOOD:
            raise ShapesError(f"{path}: a property shape uses {predicate.value}")
    shape_path = graph.one(node, SH + "path")
    if not isinstance(shape_path, ox.NamedNode):
        raise ShapesError(f"{path}: only predicate paths are checked per article")

    def number(name: str) -> int | None:
        value = graph.one(node, SH + name)
        return int(value.value) if value is not None else None

    allowed = graph.one(node, SH + "in")
    pattern = graph.one(node, SH + "pattern")
    minimum = graph.one(node, SH + "minInclusive")
    datatype = graph.one(node, SH + "datatype")
    message = graph.one(node, SH + "message")
    return PropertyShape(
        path=shape_path,
        min_count=number("minCount") or 0,
        max_count=number("maxCount"),
        datatype=datatype.value if datatype is not None else None,
        of_class=graph.one(node, SH + "class"),
        allowed=frozenset(graph.rdf_list(allowed)) if allowed is not None else None,
        pattern=re.compile(pattern.value) if pattern is not None else None,
        min_inclusive=Decimal(minimum.value) if minimum is not None else None,
        less_than=graph.one(node, SH + "lessThan"),
        message=message.value if message is not None else None,
    )


def check_quads(
    quads: Iterable[ox.Quad], shapes: tuple[NodeShape, ...] | None = None
) -> list[Violation]:
    """Every violation of the shapes by the triples of ``quads`` (one article's graph)."""
    return check_triples(((q.subject, q.predicate, q.object) for q in quads), shapes)


def check_triples(
    triples: Iterable[Triple], shapes: tuple[NodeShape, ...] | None = None
) -> list[Violation]:
    """Every violation of the shapes by ``triples`` (subject, predicate, object terms of one
    article's graph, as :class:`kg.rdf.build.GraphWriter` holds them before they are quads:
    reading the terms back out of quads would cost more than the check)."""
    triples = list(triples)
    shapes = load_shapes(ontology_file("shapes.ttl")) if shapes is None else shapes
    graph = _Index(triples)
    violations: list[Violation] = []
    for shape in shapes:
        focus = {n for c in shape.targets for n in graph.instances(c)}
        for node in focus:
            for prop in shape.properties:
                violations.extend(_check(graph, node, prop))
        if shape.sparql and focus:
            violations.extend(_check_sparql(triples, shape, focus))
    return sorted(violations, key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))


def _check(graph: _Index, node, prop: PropertyShape) -> list[Violation]:
    values = graph.values(node, prop.path)
    found: list[Violation] = []

    def fail(message: str, value=None) -> None:
        found.append(
            Violation(
                focus=node.value,
                path=prop.path.value,
                message=prop.message or message,
                severity="Violation",
                value=None if value is None else value.value,
            )
        )

    if len(values) < prop.min_count:
        fail(f"less than {prop.min_count} values")
    if prop.max_count is not None and len(values) > prop.max_count:
        fail(f"more than {prop.max_count} values")
    for value in values:
        if prop.datatype is not None and not _has_datatype(value, prop.datatype):
            fail(f"value is not a well-formed {prop.datatype}", value)
        if prop.of_class is not None and not graph.is_a(value, prop.of_class):
            fail(f"value is not a {prop.of_class.value}", value)
        if prop.allowed is not None and value not in prop.allowed:
            fail("value is not one of the allowed values", value)
        if prop.pattern is not None and (
            isinstance(value, ox.BlankNode) or not prop.pattern.search(value.value)
        ):
            fail(f"value does not match {prop.pattern.pattern}", value)
        if prop.min_inclusive is not None and not _at_least(value, prop.min_inclusive):
            fail(f"value is less than {prop.min_inclusive}", value)
        if prop.less_than is not None:
            for other in graph.values(node, prop.less_than):
                if not _less(value, other):
                    fail(f"value is not less than the {prop.less_than.value}", value)
    return found


def _has_datatype(value, datatype: str) -> bool:
    if not isinstance(value, ox.Literal) or value.datatype.value != datatype:
        return False
    lexical = LEXICAL.get(datatype)
    return lexical is None or lexical.fullmatch(value.value) is not None


def _at_least(value, minimum: Decimal) -> bool:
    if not isinstance(value, ox.Literal):
        return False
    try:
        return Decimal(value.value) >= minimum
    except InvalidOperation:
        return False


def _less(value, other) -> bool:
    """SPARQL's ``<`` for the numbers the shapes compare; anything else is not comparable."""
    if not (isinstance(value, ox.Literal) and isinstance(other, ox.Literal)):
        return False
    numeric = {XSD + "integer", XSD + "decimal", XSD + "int", XSD + "long"}
    if value.datatype.value not in numeric or other.datatype.value not in numeric:
        return False
    try:
        return Decimal(value.value) < Decimal(other.value)
    except InvalidOperation:
        return False


def _check_sparql(triples: list[Triple], shape: NodeShape, focus: set) -> list[Violation]:
    store = ox.Store()
    store.extend(ox.Quad(s, p, o) for s, p, o in triples)
    found = []
    for select, message in shape.sparql:
        for row in store.query(select, use_default_graph_as_union=True):
            if row["this"] in focus:
                found.append(Violation(row["this"].value, None, message, "Violation"))
    return found


class _Index:
    """Subject -> predicate -> objects, and the types with their superclasses (in the data)."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        out: dict = {}  # plain dicts: built for every article, so every microsecond counts
        of_type: dict = {}
        supers: dict = defaultdict(set)
        for subject, predicate, value in triples:
            by_predicate = out.get(subject)
            if by_predicate is None:
                by_predicate = out[subject] = {}
            values = by_predicate.get(predicate)
            if values is None:
                by_predicate[predicate] = [value]
            else:
                values.append(value)
            if predicate == RDF_TYPE:
                of_type.setdefault(value, set()).add(subject)
            elif predicate == SUBCLASS_OF:
                supers[subject].add(value)
        self._out = out
        self._of_type = of_type
        self._supers = supers

    def values(self, node, predicate: ox.NamedNode | str) -> list:
        subject = self._out.get(node)
        if not subject:
            return []
        return subject.get(ox.NamedNode(predicate) if isinstance(predicate, str) else predicate, [])

    def one(self, node, predicate: ox.NamedNode | str):
        values = self.values(node, predicate)
        return values[0] if values else None

    def predicates(self, node) -> list[ox.NamedNode]:
        return list(self._out.get(node, {}))

    def instances(self, cls) -> set:
        """Instances of ``cls`` or of a subclass of it (as the data says)."""
        found = set(self._of_type.get(cls, ()))
        for sub, parents in self._supers.items():
            if cls in self._ancestors(sub, parents):
                found |= self._of_type.get(sub, set())
        return found

    def is_a(self, node, cls) -> bool:
        for declared in self.values(node, RDF_TYPE):
            if declared == cls or cls in self._ancestors(declared, self._supers.get(declared, ())):
                return True
        return False

    def _ancestors(self, cls, parents) -> set:
        seen, todo = set(), list(parents)
        while todo:
            parent = todo.pop()
            if parent not in seen:
                seen.add(parent)
                todo.extend(self._supers.get(parent, ()))
        return seen

    def rdf_list(self, head) -> list:
        first = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
        rest = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"
        items = []
        while head is not None and head.value != "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil":
            items.append(self.one(head, first))
            head = self.one(head, rest)
        return items
