"""RDF: one named graph per article, in the vocabulary contract, with provenance mentions.

Quads are built as pyoxigraph terms: they go straight into the store without a
conversion step (the rdflib ``Dataset`` view is made on demand from the store).
"""

from __future__ import annotations

from datetime import date

from pyoxigraph import Literal, NamedNode, Quad

from kg.elements import MEETING_ELEMENTS
from kg.extract.gazetteer import Place, gazetteer
from kg.extract.vocabularies import policy_areas
from kg.rdf.iris import article_iri, iri, local_iri
from kg.rdf.namespaces import DCTERMS, GEONAMES, ORG, OWL, POL, PROV, RDF, RDFS, SKOS, XSD
from kg.resolve import Meeting, Organization, Person, Post, Resolved
from kg.resolve.speeches import resolve_speech
from kg.types import ConceptRecord, DirectiveRecord, DocumentRecord, Span, SpeechRecord
from kg.version import pipeline_version

__all__ = ["GraphWriter", "article_graph", "article_quads"]


class GraphWriter:
    """Collects the quads of one article's graph; remembers what it has typed already."""

    def __init__(self, resolved: Resolved) -> None:
        self.resolved = resolved
        self.article = article_iri(resolved.article.id)
        # triples in the order first added (a dict is an ordered set)
        self._seen: dict[tuple[NamedNode, NamedNode, NamedNode | Literal], None] = {}

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self._seen[s, p, o] = None

    @property
    def triples(self) -> list[tuple[NamedNode, NamedNode, NamedNode | Literal]]:
        return list(self._seen)

    @property
    def quads(self) -> list[Quad]:
        graph = self.article
        return [Quad(s, p, o, graph) for s, p, o in self._seen]

    def text(self, s: NamedNode, p: NamedNode, value: str | None) -> None:
        if value:
            self.add(s, p, Literal(value))

    def derived(self, node: NamedNode, span: Span, rule: str) -> None:
        """``node prov:wasDerivedFrom`` a mention of ``span`` in this article, made by ``rule``."""
        text = self.resolved.article.text
        mention = local_iri(
            "mention", self.resolved.article.id, f"{span.start}", f"{span.end}", rule
        )
        self.add(node, PROV.wasDerivedFrom, mention)
        if (mention, RDF.type, POL.Mention) in self._seen:
            return
        self.add(mention, RDF.type, POL.Mention)
        self.add(mention, POL.inArticle, self.article)
        self.add(mention, POL.start, Literal(str(span.start), datatype=XSD.integer))
        self.add(mention, POL.end, Literal(str(span.end), datatype=XSD.integer))
        self.add(mention, POL.quote, Literal(text[span.start : span.end]))
        self.add(mention, POL.rule, Literal(rule))


def article_quads(resolved: Resolved) -> list[Quad]:
    """All quads of one article's named graph."""
    return article_graph(resolved).quads


def article_graph(resolved: Resolved) -> GraphWriter:
    """One article's graph, written: its triples, and its quads in the article's graph."""
    out = GraphWriter(resolved)
    a = resolved.article
    out.add(out.article, RDF.type, POL.Article)
    out.text(out.article, DCTERMS.identifier, a.id)
    out.text(out.article, DCTERMS.source, a.source)
    out.text(out.article, POL.contentHash, a.content_hash)
    out.text(out.article, POL.pipelineVersion, pipeline_version())
    if a.dateline:
        out.add(out.article, DCTERMS.date, _date(a.dateline))
    if a.title:
        out.text(out.article, DCTERMS.title, a.title)
    if resolved.city:
        out.add(out.article, DCTERMS.spatial, _place(out, resolved.city))
    for _name, (place, mentions) in sorted(resolved.places.items()):
        node = _place(out, place)
        for mention in mentions:
            out.derived(node, mention.span, mention.rule)
    people = {name: _person(out, person) for name, person in sorted(resolved.people.items())}
    for meeting in resolved.meetings:
        _meeting(out, meeting, people)
    if not resolved.meetings:  # facts of an article that reports no meeting still count
        for element in MEETING_ELEMENTS:
            for record in getattr(resolved, element.name):
                element.write(out, record, people)
    return out


def _date(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def _concept(out: GraphWriter, scheme: str, label: str) -> NamedNode:
    node = iri(scheme, label)
    out.add(node, RDF.type, SKOS.Concept)
    out.add(node, SKOS.inScheme, NamedNode(f"https://w3id.org/policykg/id/scheme/{scheme}"))
    out.text(node, SKOS.prefLabel, label)
    out.text(node, RDFS.label, label)
    return node


def _place(out: GraphWriter, place: Place) -> NamedNode:
    node = iri("place", place.name)
    out.add(node, RDF.type, POL.Place)
    # the article's own spelling, where it spells the place otherwise ("Kashi" for Kashgar);
    # the gazetteer's name is the preferred label, one across every article (queries use it)
    out.text(node, RDFS.label, out.resolved.spellings.get(place.name, place.display))
    out.text(node, SKOS.prefLabel, place.display)
    out.text(node, POL.placeKind, place.kind)
    if place.geonames_id:
        out.add(node, OWL.sameAs, NamedNode(f"{GEONAMES}{place.geonames_id}/"))
    parent = gazetteer().lookup(place.parent) if place.parent else None
    if parent is not None:  # a district: part of its city, which is part of its province
        out.add(node, POL.partOf, _place(out, parent))
    province = gazetteer().province(place.province_iso)
    if parent is None and province and province.name != place.name:
        out.add(node, POL.partOf, _place(out, province))
    return node


def _organization(out: GraphWriter, org: Organization) -> NamedNode:
    node = iri("org", org.name)
    out.add(node, RDF.type, POL.Organization)
    out.text(node, RDFS.label, org.name)
    if org.city:
        out.add(node, POL.city, _place(out, org.city))
    if org.parent:
        out.add(node, ORG.unitOf, _organization(out, org.parent))
    return node


def _post(out: GraphWriter, post: Post) -> NamedNode:
    node = iri("post", post.label)
    out.add(node, RDF.type, POL.Post)
    out.text(node, RDFS.label, post.label)
    out.add(node, POL.role, _concept(out, "role", post.role))
    if post.org:
        out.add(node, POL.postIn, _organization(out, post.org))
    for mention in post.mentions:
        out.derived(node, mention.span, mention.rule)
    return node


def person_iri(person: Person, article_id: str) -> NamedNode:
    """The person's IRI from their identity (:mod:`kg.resolve.identity`)."""
    scope = person.identity
    if scope is None or scope.is_article_local:
        return local_iri("person", article_id, person.name)
    if scope.place is None:  # national
        return iri("person", person.name)
    return iri("person", person.name, scope.place.name)


def _person(out: GraphWriter, person: Person) -> NamedNode:
    node = person_iri(person, out.resolved.article.id)
    out.add(node, RDF.type, POL.Person)
    if person.is_official:
        out.add(node, RDF.type, POL.Official)
    out.text(node, RDFS.label, person.name)
    out.text(node, POL.creditRole, person.credit)
    if person.identity:
        out.text(node, POL.resolvedBy, person.identity.rule)
        if person.identity.place:
            out.add(node, POL.jurisdiction, _place(out, person.identity.place))
    out.text(node, POL.resolvedBy, person.merged_by)
    attested = _article_date(out.resolved)
    for post in person.posts.values():
        post_node = _post(out, post)
        out.add(node, POL.holdsPost, post_node)
        _holding(out, node, post, post_node, attested)
    for mention in person.mentions:
        out.derived(node, mention.span, mention.rule)
    return node


def _holding(
    out: GraphWriter, person: NamedNode, post: Post, post_node: NamedNode, attested: date | None
) -> None:
    """The person's holding of the post (W3C ORG membership), attested by this article."""
    node = iri("holding", person.value.rsplit("/", 1)[-1], post.label)
    out.add(person, POL.holding, node)
    out.add(node, RDF.type, ORG.Membership)
    out.add(node, ORG.member, person)
    out.add(node, POL.post, post_node)
    out.add(node, ORG.role, _concept(out, "role", post.role))
    if post.org:
        out.add(node, ORG.organization, _organization(out, post.org))
    out.add(node, POL.attestedIn, out.article)
    if attested:
        out.add(node, POL.attestedOn, _date(attested))


def _article_date(resolved: Resolved) -> date | None:
    """The day the article speaks of: its first dated meeting, else its dateline."""
    for meeting in resolved.meetings:
        found = meeting.record.date
        if found and found.value and found.precision == "day":
            return found.value
    return resolved.article.dateline


def _meeting(out: GraphWriter, meeting: Meeting, people: dict[str, NamedNode]) -> NamedNode:
    record = meeting.record
    article_id = out.resolved.article.id
    when = record.date.value if record.date and record.date.precision == "day" else None
    type_part = record.meeting_type.removesuffix(" meeting")
    if when and meeting.city:
        node = iri("meeting", meeting.city.name, when.isoformat(), type_part)
    else:  # without date and city, a meeting cannot be told apart from others: keep it local
        node = local_iri("meeting", article_id, str(meeting.index + 1), type_part)
    out.add(out.article, POL.reports, node)
    out.add(node, RDF.type, POL.Meeting)
    out.text(node, RDFS.label, _meeting_label(meeting, when))
    out.add(node, POL.meetingType, _concept(out, "meeting-type", record.meeting_type))
    out.derived(node, record.span, record.rule)
    if record.date:
        out.text(node, POL.dateText, record.date.phrase)
        out.text(node, POL.datePrecision, record.date.precision if when else "unknown")
        if when:
            out.add(node, POL.date, _date(when))
    if meeting.city:
        out.add(node, POL.city, _place(out, meeting.city))
    if meeting.body:
        out.add(node, POL.heldBy, _organization(out, meeting.body))
    if meeting.chair and meeting.chair.name in people:
        out.add(node, POL.presidedBy, people[meeting.chair.name])
        out.add(node, POL.attendedBy, people[meeting.chair.name])
    for person in meeting.attendees:
        if person.name in people:
            out.add(node, POL.attendedBy, people[person.name])
    for element in MEETING_ELEMENTS:
        link = getattr(POL, element.meeting_link)
        for record in getattr(meeting, element.name):
            out.add(node, link, element.write(out, record, people))
    return node


def _meeting_label(meeting: Meeting, when: date | None) -> str:
    parts = [meeting.record.meeting_type.capitalize()]
    if meeting.body:
        parts.append(f"of the {meeting.body.name}")
    elif meeting.city:
        parts.append(f"in {meeting.city.name}")
    if when:
        parts.append(f"on {when.isoformat()}")
    return " ".join(parts)


def write_speech(out: GraphWriter, speech: SpeechRecord, people: dict[str, NamedNode]) -> NamedNode:
    found = resolve_speech(speech, _article_date(out.resolved))
    if found.iri:
        node = NamedNode(found.iri)
    elif found.key:
        node = iri("speech", *found.key)
    else:
        node = local_iri("speech", out.resolved.article.id, speech.label)
    out.add(node, RDF.type, POL.CitedSpeech)
    out.text(node, RDFS.label, found.label or speech.label)
    out.text(node, POL.resolvedBy, found.rule)
    if found.given_on:
        out.add(node, POL.givenOn, _date(found.given_on))
    out.text(node, POL.speechKind, speech.kind)
    out.text(node, POL.occasion, speech.occasion)
    if speech.speaker:
        speaker = people.get(speech.speaker) or iri("person", speech.speaker)
        out.add(node, POL.speaker, speaker)
        out.add(speaker, RDF.type, POL.Person)
        out.text(speaker, RDFS.label, speech.speaker)
    out.derived(node, speech.span, speech.rule)
    return node


def write_document(
    out: GraphWriter, document: DocumentRecord, people: dict[str, NamedNode] | None = None
) -> NamedNode:
    node = iri("document", document.title)
    out.add(node, RDF.type, POL.PolicyDocument)
    out.text(node, RDFS.label, document.title)
    out.derived(node, document.span, document.rule)
    return node


def write_directive(
    out: GraphWriter, directive: DirectiveRecord, people: dict[str, NamedNode] | None = None
) -> NamedNode:
    article_id = out.resolved.article.id
    node = local_iri("directive", article_id, str(directive.span.start), str(directive.action + 1))
    out.add(node, RDF.type, POL.Directive)
    out.text(node, POL.text, directive.text)
    out.text(node, RDFS.label, _shorten(directive.text))
    out.text(node, POL.verb, directive.verb)
    out.text(node, POL.modality, directive.modality)
    out.text(node, POL.addressee, directive.addressee)
    for topic in directive.topics:
        topic_node = NamedNode(topic)
        out.add(node, POL.topic, topic_node)
        out.add(topic_node, RDF.type, SKOS.Concept)
        out.text(topic_node, RDFS.label, topic_label(topic))
    text = out.resolved.article.text
    for concept in out.resolved.concepts:
        # a concept named in this action (by whatever alias the text used), or anywhere in the
        # sentence when the sentence is one undivided action
        said = text[concept.span.start : concept.span.end].lower()
        if directive.span.start <= concept.span.start < directive.span.end and (
            said in directive.text.lower() or directive.verb is None
        ):
            out.add(node, POL.mentions, write_concept(out, concept))
    out.derived(node, directive.span, directive.rule)
    return node


def write_concept(
    out: GraphWriter, concept: ConceptRecord, people: dict[str, NamedNode] | None = None
) -> NamedNode:
    node = NamedNode(concept.iri) if concept.iri else iri("concept", concept.label)
    out.add(node, RDF.type, POL.Concept)
    out.add(node, RDF.type, SKOS.Concept)
    out.add(node, SKOS.inScheme, NamedNode("https://w3id.org/policykg/id/scheme/concepts"))
    out.text(node, RDFS.label, concept.label)
    out.text(node, SKOS.prefLabel, concept.label)
    out.derived(node, concept.span, concept.rule)
    return node


def topic_label(topic: str) -> str:
    return next((t.label for t in policy_areas() if t.iri == topic), topic.rsplit("/", 1)[-1])


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
