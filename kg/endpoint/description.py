"""The endpoint's SPARQL 1.1 Service Description (W3C Recommendation, 2013).

§2: "SPARQL services made available via the SPARQL Protocol should return a service
description document at the service endpoint when dereferenced using the HTTP GET operation
without any query parameter strings provided." It says what the endpoint is and does:
its URL, SPARQL 1.1 Query (no Update), the result formats it writes, and that the default
graph is the union of the named graphs (``sd:UnionDefaultGraph``).
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.endpoint.results import GRAPH_FORMATS, RESULT_FORMATS

SD = "http://www.w3.org/ns/sparql-service-description#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DCTERMS_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")

#: The W3C's IRIs for formats (http://www.w3.org/ns/formats/), by the media type we write.
FORMAT_IRIS = {
    "application/sparql-results+json": "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
    "application/sparql-results+xml": "http://www.w3.org/ns/formats/SPARQL_Results_XML",
    "text/csv": "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
    "text/tab-separated-values": "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
    "text/turtle": "http://www.w3.org/ns/formats/Turtle",
    "application/n-triples": "http://www.w3.org/ns/formats/N-Triples",
    "application/rdf+xml": "http://www.w3.org/ns/formats/RDF_XML",
    "application/ld+json": "http://www.w3.org/ns/formats/JSON-LD",
}


def _sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)


def service_description(endpoint_url: str) -> list[ox.Triple]:
    """The description of the endpoint answering at ``endpoint_url``, as triples."""
    service, dataset, default_graph = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()
    written = {*RESULT_FORMATS, *GRAPH_FORMATS}
    triples = [
        ox.Triple(service, RDF_TYPE, _sd("Service")),
        ox.Triple(service, DCTERMS_TITLE, ox.Literal("policykg SPARQL endpoint (read-only)")),
        ox.Triple(service, _sd("endpoint"), ox.NamedNode(endpoint_url)),
        ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        ox.Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        *(
            ox.Triple(service, _sd("resultFormat"), ox.NamedNode(iri))
            for media, iri in FORMAT_IRIS.items()
            if media in written
        ),
        ox.Triple(service, _sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, _sd("Dataset")),
        ox.Triple(dataset, _sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, _sd("Graph")),
    ]
    return triples


def serialize(endpoint_url: str, rdf_format: ox.RdfFormat) -> bytes:
    return ox.serialize(
        service_description(endpoint_url),
        format=rdf_format,
        prefixes={"sd": SD, "dcterms": "http://purl.org/dc/terms/"}
        if rdf_format in {ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML}
        else None,
    )
