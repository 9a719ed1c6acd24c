#!/usr/bin/env python3
"""Agreement between two annotations of the same real reports, as the scorer measures it.

A second annotator's files (same schema as ``tests/realdev/<id>.json``, made blind to the
first) are written as the graph the extractor would have made of them and scored against the
first annotation with ``kg eval``'s scorer (``score.py``'s rules). The figures are how far two
careful people agree under the scorer's matching: a ceiling for what any extractor can be
expected to reach on that gold, and the list of disagreements to adjudicate.

usage: realdev_agreement.py SECOND_DIR [--gold tests/realdev] [--texts ../shared/realdev/docs]
                                       [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate.realdev import evaluate_real  # noqa: E402
from kg.store import open_store  # noqa: E402

POL = "https://w3id.org/policykg/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
IDENTIFIER = ox.NamedNode("http://purl.org/dc/terms/identifier")


def pol(name: str) -> ox.NamedNode:
    return ox.NamedNode(POL + name)


def annotation_quads(gold: dict, text: str) -> list[ox.Quad]:
    """The graph an extractor would have to write to say exactly what ``gold`` says."""
    doc = gold["doc"]
    graph = ox.NamedNode(f"urn:agreement:{doc}")
    quads: list[ox.Quad] = []

    def add(s, p, o) -> None:
        quads.append(ox.Quad(s, p, o, graph))

    def node(kind: str, number: int) -> ox.NamedNode:
        return ox.NamedNode(f"urn:agreement:{doc}:{kind}:{number}")

    def labelled(kind: str, number: int, label: str) -> ox.NamedNode:
        thing = node(kind, number)
        add(thing, LABEL, ox.Literal(label))
        return thing

    add(graph, IDENTIFIER, ox.Literal(doc))
    for i, meeting in enumerate(gold["meetings"]):
        m = node("meeting", i)
        add(m, RDF_TYPE, pol("Meeting"))
        if meeting.get("date"):
            add(m, pol("date"), ox.Literal(meeting["date"]))
        if gold.get("city"):
            add(m, pol("city"), labelled("city", i, gold["city"]))
        if meeting.get("chair"):
            add(m, pol("presidedBy"), labelled("chair", i, meeting["chair"]))
        if meeting.get("type"):
            add(m, pol("meetingType"), labelled("type", i, meeting["type"]))
    for i, official in enumerate(gold["officials"]):
        o = labelled("official", i, official["name"])
        add(o, RDF_TYPE, pol("Official"))
        for j, post in enumerate(official["posts"]):
            add(o, pol("holdsPost"), labelled(f"post{i}", j, post))
    for i, item in enumerate(gold["cited"]):
        c = node("cited", i)
        add(c, RDF_TYPE, pol("CitedSpeech"))
        add(c, pol("occasion"), ox.Literal(item.get("occasion") or ""))
        if item.get("speaker"):
            add(c, pol("speaker"), labelled("speaker", i, item["speaker"]))
    for i, span in enumerate(gold.get("documents", [])):
        d = labelled("document", i, _text(span, text))
        add(d, RDF_TYPE, pol("PolicyDocument"))
    for i, span in enumerate(gold.get("directives", [])):
        d = node("directive", i)
        add(d, RDF_TYPE, pol("Directive"))
        add(d, pol("text"), ox.Literal(_text(span, text)))
    return quads


def _text(item, text: str) -> str:
    return item if isinstance(item, str) else text[item["start"] : item["end"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("second", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "realdev")
    parser.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "realdev" / "docs")
    parser.add_argument("--show", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    store = open_store(None)
    ids = []
    for path in sorted(args.second.glob("*.json")):
        second = json.loads(path.read_text(encoding="utf-8"))
        text = (args.texts / f"{second['doc']}.txt").read_text(encoding="utf-8")
        quads = annotation_quads(second, text)
        store.replace_graph(quads[0].graph_name, quads)
        ids.append(second["doc"])
    report = evaluate_real(args.gold, args.texts, only=ids, store=store)
    print(f"{len(ids)} reports annotated twice; the second scored against the first ({args.gold})")
    for element in report.scores:
        print(f"  {element:11} {report.value(element):.3f}")
    if args.show:
        for element, tally in report.scores.items():
            for miss in tally.misses:
                print(f"only in the first {element}: {miss}")
            for extra in tally.false_hits:
                print(f"only in the second {element}: {extra}")
    print(report.summary_line())


if __name__ == "__main__":
    main()
