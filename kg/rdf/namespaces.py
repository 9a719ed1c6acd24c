"""Namespaces of the vocabulary contract (``shared/vocabulary.md``) and its alignments."""

from __future__ import annotations

from pyoxigraph import NamedNode


class Namespace(str):
    """``POL.Meeting`` -> ``NamedNode('https://w3id.org/policykg/ontology#Meeting')``."""

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        node = NamedNode(self + name)
        setattr(self, name, node)  # made once: graph building asks for terms ~500 times an article
        return node

    def term(self, name: str) -> NamedNode:
        return NamedNode(self + name)


POL = Namespace("https://w3id.org/policykg/ontology#")
ID = Namespace("https://w3id.org/policykg/id/")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SCHEMA = Namespace("https://schema.org/")
GEONAMES = "http://sws.geonames.org/"

#: Prefixes offered to every query and used when printing IRIs.
PREFIXES: dict[str, str] = {
    "pol": str(POL),
    "id": str(ID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "org": str(ORG),
    "foaf": str(FOAF),
    "schema": str(SCHEMA),
}
