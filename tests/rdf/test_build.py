"""The graph speaks the vocabulary contract (shared/vocabulary.md)."""

from __future__ import annotations

from pathlib import Path

import rdflib

from kg.rdf.iris import iri, slug
from kg.rdf.namespaces import POL

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology" / "policykg.ttl"


def test_every_pol_term_in_the_seed_graph_is_declared_with_label_and_comment(seed_store):
    ontology = rdflib.Graph().parse(ONTOLOGY)
    used = {
        row["t"].value
        for row in seed_store.query(
            "SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } "
            "FILTER(STRSTARTS(STR(?t), STR(pol:))) }"
        )
    }
    assert len(used) > 25
    for term in used:
        node = rdflib.URIRef(term)
        assert (node, rdflib.RDFS.label, None) in ontology, term
        assert (node, rdflib.RDFS.comment, None) in ontology, term


def test_contract_terms_are_all_declared():
    ontology = rdflib.Graph().parse(ONTOLOGY)
    contract = [
        "Meeting",
        "date",
        "meetingType",
        "heldBy",
        "city",
        "presidedBy",
        "attendedBy",
        "studied",
        "reviewed",
        "issued",
        "Person",
        "Official",
        "holdsPost",
        "postIn",
        "role",
        "Organization",
        "CitedSpeech",
        "speechKind",
        "speaker",
        "occasion",
        "PolicyDocument",
        "Directive",
        "text",
        "verb",
        "modality",
        "topic",
        "addressee",
        "Concept",
        "mentions",
        "Article",
        "reports",
        "Mention",
        "inArticle",
        "start",
        "end",
        "quote",
        "rule",
    ]
    for name in contract:
        assert (rdflib.URIRef(str(POL) + name), None, None) in ontology, name


def test_chongqing_meeting_as_in_the_contract_example(seed_store):
    rows = list(
        seed_store.query(
            'SELECT DISTINCT ?m WHERE { ?a dcterms:identifier "003_b713ebd0c8636235" ; pol:reports ?m . '
            '?m a pol:Meeting ; pol:date "2023-02-24"^^xsd:date ; pol:city ?c ; pol:presidedBy ?p . '
            '?c rdfs:label "Chongqing" . ?p a pol:Person, pol:Official ; rdfs:label "Yuan Jiajun" ; '
            'pol:holdsPost/rdfs:label "Secretary of the Chongqing Municipal Party Committee" }'
        )
    )
    assert [r["m"].value for r in rows] == [
        "https://w3id.org/policykg/id/meeting/chongqing-2023-02-24-standing-committee"
    ]


def test_reporters_are_people_but_not_officials(seed_store):
    assert (
        seed_store.query(
            'ASK { ?p rdfs:label "Su Si" ; a pol:Person . FILTER NOT EXISTS { ?p a pol:Official } }'
        )
        is True
    )


def test_slugs_are_stable_ascii_and_bounded():
    assert slug("Yuan Jiajun") == "yuan-jiajun"
    assert slug("Xiong'an New Area") == "xiongan-new-area"
    long = slug("x " * 100)
    assert len(long) <= 70 and long != slug("x " * 101)
    assert iri("person", "Yuan Jiajun").value == "https://w3id.org/policykg/id/person/yuan-jiajun"
