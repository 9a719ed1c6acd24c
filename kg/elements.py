"""The elements policykg extracts, in one registry that every stage loops over.

An element is a kind of fact read off an article (officials, cited speeches, directives...).
Its entry names, as ``module:function`` paths loaded when first used (so that importing the
registry costs nothing), the parts that handle it along the pipeline:

- ``finder``: the extractor, a function of the :class:`kg.extract.Context` and of the records
  of the elements it ``needs`` (meetings are read with the people already found);
- ``writer``: its RDF writer, ``(GraphWriter, record, people) -> node``, for elements that
  hang off the meeting they follow (``meeting_link``: the property from the meeting);
- ``summary``: its column in the build summary;
- ``eval_query``: how ``kg eval`` reads it back from a graph (team gold).

A new element is one entry here, one extractor, one writer and its rows of tests: the
extraction, resolution, graph, summary and evaluation loops pick it up.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["ELEMENTS", "MEETING_ELEMENTS", "Element", "element"]


@dataclass(frozen=True)
class Element:
    name: str
    record: str
    finder: str
    needs: tuple[str, ...] = ()
    writer: str | None = None
    meeting_link: str | None = None
    summary: str | None = None
    eval_query: str | None = None

    def find(self, ctx: Any, found: dict[str, list]) -> list:
        """Run the extractor on ``ctx`` with the records of the elements it needs."""
        return _load(self.finder)(ctx, *(found[name] for name in self.needs))

    def write(self, out: Any, record: Any, people: dict) -> Any:
        if self.writer is None:
            raise TypeError(f"element {self.name!r} has no writer of its own")
        return _load(self.writer)(out, record, people)


@cache
def _load(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


#: In extraction order: an element comes after those it needs.
ELEMENTS: tuple[Element, ...] = (
    Element(
        "people",
        record="kg.types:PersonRecord",
        finder="kg.extract.people:find_people",
        summary="officials",
        eval_query="SELECT ?g ?name WHERE { GRAPH ?g { ?p a pol:Official ; rdfs:label ?name } }",
    ),
    Element(
        "places",
        record="kg.types:PlaceRecord",
        finder="kg.extract.places:find_places",
        eval_query="SELECT ?g ?city WHERE { GRAPH ?g { ?g dcterms:spatial/rdfs:label ?city } }",
    ),
    Element(
        "meetings",
        record="kg.types:MeetingRecord",
        finder="kg.extract.meetings:find_meetings",
        needs=("people",),
        summary="meetings",
        eval_query="""SELECT ?g ?m ?type ?date ?chair WHERE { GRAPH ?g {
        ?g pol:reports ?m . ?m pol:meetingType/rdfs:label ?type .
        OPTIONAL { ?m pol:date ?date } OPTIONAL { ?m pol:presidedBy/rdfs:label ?chair } } }""",
    ),
    Element(
        "speeches",
        record="kg.types:SpeechRecord",
        finder="kg.extract.speeches:find_speeches",
        writer="kg.rdf.build:write_speech",
        meeting_link="studied",
        summary="cited speeches",
        eval_query="""SELECT ?g ?kind ?label ?occasion WHERE { GRAPH ?g {
        ?s a pol:CitedSpeech ; pol:speechKind ?kind ; rdfs:label ?label .
        OPTIONAL { ?s pol:occasion ?occasion } } }""",
    ),
    Element(
        "documents",
        record="kg.types:DocumentRecord",
        finder="kg.extract.documents:find_documents",
        writer="kg.rdf.build:write_document",
        meeting_link="reviewed",
        summary="documents",
        eval_query="""SELECT ?g ?title WHERE { GRAPH ?g {
        ?d a pol:PolicyDocument ; rdfs:label ?title } }""",
    ),
    Element(
        "directives",
        record="kg.types:DirectiveRecord",
        finder="kg.extract.directives:find_directives",
        writer="kg.rdf.build:write_directive",
        meeting_link="issued",
        summary="directives",
        eval_query="""SELECT DISTINCT ?g ?quote WHERE { GRAPH ?g {
        ?d a pol:Directive ; prov:wasDerivedFrom/pol:quote ?quote } }""",
    ),
    Element(
        "concepts",
        record="kg.types:ConceptRecord",
        finder="kg.extract.concepts:find_concepts",
        needs=("documents",),
        writer="kg.rdf.build:write_concept",
        meeting_link="mentions",
        eval_query="""SELECT DISTINCT ?g ?label WHERE { GRAPH ?g {
        ?c a pol:Concept ; rdfs:label ?label } }""",
    ),
)
#: The elements whose records hang off the meeting reported before them.
MEETING_ELEMENTS = tuple(e for e in ELEMENTS if e.meeting_link)


def element(name: str) -> Element:
    return next(e for e in ELEMENTS if e.name == name)
