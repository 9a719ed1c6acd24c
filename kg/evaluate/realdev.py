"""Measure extraction on real reports annotated in the maintainers' schema.

The gold (``tests/realdev/<id>.json``, schema in ``../shared/realdev/README.md``) refers to
the report's text by character offsets, because the texts are third-party material kept
outside the repository: ``texts`` is the folder of ``<id>.txt`` files. A ``sources.tsv``
beside that folder gives each report's URL, which the build sees as its source, the way
scraped corpora arrive.

The comparison follows ``score.py`` (the measure of record) rule for rule: word-set
similarity for posts (≥ 80), cited items (≥ 70) and documents (≥ 85); a directive is right
when it lies inside, covers or nearly equals a gold sentence; dates, chairs and cities are
scored on the predicted meeting that best matches each gold meeting. On top of the figures
it keeps every miss and false hit, to read.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import IngestError, KgError
from kg.ingest.article import article_from_text
from kg.store import open_store
from kg.store.base import Store
from kg.types import Article

__all__ = [
    "REAL_ELEMENTS",
    "REAL_TARGETS",
    "RealReport",
    "evaluate_real",
    "is_real_gold",
    "split_ids",
]

#: Elements scored by precision and recall, then those scored by accuracy per gold meeting.
SET_ELEMENTS = ("officials", "posts", "cited", "documents", "directives")
ACCURACY_ELEMENTS = ("date", "chair", "city")
REAL_ELEMENTS = SET_ELEMENTS + ACCURACY_ELEMENTS
#: The elements averaged into ``macro`` (as score.py does: documents are reported, not averaged).
MACRO_ELEMENTS = ("officials", "posts", "cited", "directives", "date", "chair", "city")
#: What the real-text issue asks for on the test split (every element, and the macro).
REAL_TARGETS = {element: 0.90 for element in REAL_ELEMENTS} | {"macro": 0.92}
#: Similarity (rapidfuzz token-set ratio, 0-100) above which a prediction matches a gold item.
POST_MATCH, CITED_MATCH, DOCUMENT_MATCH = 80, 70, 85

PREFIXES = """PREFIX pol: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
QUERIES = {
    "meetings": """SELECT ?g ?m (SAMPLE(?d) AS ?date) (SAMPLE(?cl) AS ?city)
        (SAMPLE(?chl) AS ?chair) (SAMPLE(?tl) AS ?type) WHERE { GRAPH ?g {
        ?m a pol:Meeting . OPTIONAL { ?m pol:date ?d }
        OPTIONAL { ?m pol:city/rdfs:label ?cl } OPTIONAL { ?m pol:presidedBy/rdfs:label ?chl }
        OPTIONAL { ?m pol:meetingType/(rdfs:label|skos:prefLabel) ?tl } } } GROUP BY ?g ?m""",
    "officials": """SELECT ?g ?o ?name ?post WHERE { GRAPH ?g {
        ?o a pol:Official ; rdfs:label ?name .
        OPTIONAL { ?o pol:holdsPost/rdfs:label ?post } } }""",
    "cited": """SELECT ?g ?s (SAMPLE(?l) AS ?label) (SAMPLE(?oc) AS ?occasion)
        (SAMPLE(?spl) AS ?speaker) WHERE { GRAPH ?g { ?s a pol:CitedSpeech .
        OPTIONAL { ?s rdfs:label ?l } OPTIONAL { ?s pol:occasion ?oc }
        OPTIONAL { ?s pol:speaker/rdfs:label ?spl } } } GROUP BY ?g ?s""",
    "documents": """SELECT DISTINCT ?g ?title WHERE { GRAPH ?g {
        ?d a pol:PolicyDocument ; rdfs:label ?title } }""",
    "directives": """SELECT DISTINCT ?g ?text WHERE { GRAPH ?g {
        ?d a pol:Directive ; pol:text ?text } }""",
}


@dataclass
class Tally:
    """Precision counts predictions that match, recall counts gold items matched."""

    predicted: int = 0
    predicted_right: int = 0
    wanted: int = 0
    wanted_found: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        if self.predicted:
            return self.predicted_right / self.predicted
        return 1.0 if self.wanted == 0 else 0.0

    @property
    def recall(self) -> float:
        return self.wanted_found / self.wanted if self.wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class RealReport:
    articles: int
    scores: dict[str, Tally]
    #: Reports that failed to build: scored as empty graphs (as score.py scores a missing one).
    failures: list[str] = field(default_factory=list)

    @property
    def macro(self) -> float:
        return sum(self.value(e) for e in MACRO_ELEMENTS) / len(MACRO_ELEMENTS)

    def value(self, element: str) -> float:
        tally = self.scores[element]
        return tally.recall if element in ACCURACY_ELEMENTS else tally.f1

    def summary_line(self) -> str:
        """The last line of score.py, in its words."""
        s = self.scores
        return (
            f"macro={self.macro:.3f} directives_F1={s['directives'].f1:.3f} "
            f"officials_F1={s['officials'].f1:.3f} cited_F1={s['cited'].f1:.3f} "
            f"date_acc={s['date'].recall:.3f} chair_acc={s['chair'].recall:.3f} "
            f"city_acc={s['city'].recall:.3f}"
        )

    def below(self, targets: dict[str, float]) -> dict[str, tuple[float, float]]:
        got = {e: self.value(e) for e in REAL_ELEMENTS} | {"macro": self.macro}
        return {e: (got[e], t) for e, t in targets.items() if got[e] < t}


def is_real_gold(gold_dir: Path) -> bool:
    """Whether ``gold_dir`` holds gold in the real-report schema (``{"doc": ...}`` files)."""
    first = next(iter(sorted(Path(gold_dir).glob("*.json"))), None)
    if first is None or first.name == "merges.json":
        return False
    try:
        return "doc" in json.loads(first.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


def split_ids(texts: Path, split: str) -> set[str]:
    """Ids of one split named in ``splits.tsv`` beside the texts folder. ``dev/a`` and
    ``dev/b`` are two fixed halves of a split (alternate ids in sorted order): tune on one,
    check on the other, and the test split keeps its independence for the milestones."""
    split, _, half = split.partition("/")
    ids = _split_ids(texts, split)
    if not half:
        return ids
    if half not in {"a", "b"}:
        raise KgError(f"no half {half!r} of a split: use {split}/a or {split}/b")
    return set(sorted(ids)[0 if half == "a" else 1 :: 2])


def _split_ids(texts: Path, split: str) -> set[str]:
    table = Path(texts).parent / "splits.tsv"
    try:
        rows = [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines()]
    except OSError as exc:
        raise KgError(f"{table}: cannot read the splits ({exc.strerror})") from exc
    ids = {row[0].strip() for row in rows if len(row) > 1 and row[1].strip() == split}
    if not ids:
        known = sorted({row[1].strip() for row in rows[1:] if len(row) > 1})
        raise KgError(f"{table}: no split named {split!r} (there are: {', '.join(known)})")
    return ids


def evaluate_real(
    gold_dir: Path,
    texts: Path,
    *,
    only: Iterable[str] | None = None,
    model: str | None = None,
    store: Store | None = None,
) -> RealReport:
    """Build the reports that ``gold_dir`` annotates from ``texts`` and score them.

    ``only``: the ids to score (a split). ``store``: score what an existing store holds
    instead of building (the graph of each report named by its id).
    """
    wanted = set(only) if only is not None else None
    golds = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = _load(path)
        if wanted is None or gold["doc"] in wanted:
            golds[gold["doc"]] = _with_spans(gold, Path(texts))
    if not golds:
        raise KgError(f'{gold_dir}: no real-report gold (<id>.json with a "doc" field) to score')
    failures: list[str] = []
    if store is None:
        from kg.pipeline import build_articles

        store = open_store(None)
        report = build_articles(_articles(golds, Path(texts)), store, model=model)
        failures = [str(f) for f in report.failures]
    predicted = _predictions(store)
    scores = {element: Tally() for element in REAL_ELEMENTS}
    for doc, gold in golds.items():
        _score_article(scores, doc, gold, predicted.get(doc, {}))
    return RealReport(articles=len(golds), scores=scores, failures=failures)


def _load(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KgError(f"{path}: cannot read gold annotations ({exc})") from exc
    if not isinstance(gold, dict) or "doc" not in gold:
        raise KgError(f'{path}: not real-report gold (no "doc" field)')
    return gold


def _with_spans(gold: dict, texts: Path) -> dict:
    """The gold with its document and directive spans replaced by the text they cover."""
    path = texts / f"{gold['doc']}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KgError(f"{path}: cannot read the report's text ({exc.strerror})") from exc

    def spans(items: list) -> list[str]:
        return [x if isinstance(x, str) else text[x["start"] : x["end"]] for x in items]

    return gold | {
        "documents": spans(gold.get("documents", [])),
        "directives": spans(gold.get("directives", [])),
    }


def _articles(golds: dict[str, dict], texts: Path) -> Iterator[Article | IngestError]:
    urls = _urls(texts.parent / "sources.tsv")
    for doc in golds:
        path = texts / f"{doc}.txt"
        try:
            text = path.read_text(encoding="utf-8")
            yield article_from_text(doc, text, source=urls.get(doc, str(path)))
        except IngestError as exc:
            yield exc


def _urls(table: Path) -> dict[str, str]:
    if not table.exists():
        return {}
    rows = (line.split("\t") for line in table.read_text(encoding="utf-8").splitlines()[1:])
    return {row[0]: row[1] for row in rows if len(row) > 1 and row[1].startswith("http")}


def _predictions(store: Store) -> dict[str, dict[str, list[dict]]]:
    """What each report's graph says, by report id (the graph's dcterms:identifier)."""
    ids = {
        row["g"].value: row["id"].value
        for row in store.query(
            "SELECT ?g ?id WHERE { GRAPH ?g { ?g <http://purl.org/dc/terms/identifier> ?id } }"
        )
    }
    out: dict[str, dict[str, list[dict]]] = {}
    for name, sparql in QUERIES.items():
        results = store.query(PREFIXES + sparql)
        columns = [v.value for v in results.variables if v.value != "g"]
        for row in results:
            doc = ids.get(row["g"].value)
            if doc is None:
                continue
            values = {c: (row[c].value if row[c] is not None else None) for c in columns}
            out.setdefault(doc, {}).setdefault(name, []).append(values)
    return out


# ------------------------------------------------------------------ comparison


def normal(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def name_key(name: str | None) -> str:
    return re.sub(r"[^a-z]", "", re.sub(r"'s$", "", normal(name)))


def _score_article(scores: dict[str, Tally], doc: str, gold: dict, got: dict) -> None:
    from rapidfuzz import fuzz

    _score_meetings(scores, doc, gold, got.get("meetings", []), fuzz)
    names: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    for row in got.get("officials", []):
        key = name_key(row["name"])
        shown[key] = row["name"]
        names.setdefault(key, set())
        if row["post"]:
            names[key].add(normal(row["post"]))
    gold_names = {name_key(o["name"]): o for o in gold["officials"]}
    _count(
        scores["officials"],
        doc,
        [shown[k] for k in names],
        [o["name"] for o in gold_names.values()],
        [(k in gold_names) for k in names],
        [(k in names) for k in gold_names],
    )
    pred_posts = [(k, p) for k, posts in names.items() for p in sorted(posts)]
    gold_posts = [(k, normal(p)) for k, o in gold_names.items() for p in o["posts"]]
    _matched(
        scores["posts"],
        doc,
        pred_posts,
        gold_posts,
        lambda p, g: fuzz.token_set_ratio(p[1], g[1]) if p[0] == g[0] else 0,
        POST_MATCH,
        lambda item: f"{shown.get(item[0], item[0])} | {item[1]}",
    )
    cited = [
        normal(f"{row['occasion'] or ''} {row['label'] or ''}") for row in got.get("cited", [])
    ]
    _matched(
        scores["cited"],
        doc,
        cited,
        [normal(c["occasion"]) for c in gold["cited"]],
        fuzz.token_set_ratio,
        CITED_MATCH,
        str,
    )
    _matched(
        scores["documents"],
        doc,
        [normal(row["title"]) for row in got.get("documents", [])],
        [normal(d) for d in gold["documents"]],
        fuzz.token_set_ratio,
        DOCUMENT_MATCH,
        str,
    )
    predicted = [normal(row["text"]) for row in got.get("directives", [])]
    wanted = [normal(d) for d in gold["directives"]]

    def hit(p: str, g: str) -> bool:
        if not p or not g:
            return False
        if p in g or g in p:
            return True
        ratio = min(len(p), len(g)) / max(len(p), len(g))
        return fuzz.partial_ratio(p, g) >= 90 and ratio > 0.3

    _count(
        scores["directives"],
        doc,
        predicted,
        wanted,
        [any(hit(p, g) for g in wanted) for p in predicted],
        [any(hit(p, g) for p in predicted) for g in wanted],
    )


def _score_meetings(scores: dict[str, Tally], doc: str, gold: dict, meetings: list, fuzz) -> None:
    for wanted in gold["meetings"]:

        def closeness(m: dict, wanted: dict = wanted) -> float:
            return (
                (2 if wanted["date"] and m["date"] == wanted["date"] else 0)
                + (
                    1
                    if wanted["chair"] and name_key(m["chair"]) == name_key(wanted["chair"])
                    else 0
                )
                + (
                    0.5
                    if wanted.get("type")
                    and m["type"]
                    and fuzz.token_set_ratio(normal(m["type"]), normal(wanted["type"])) >= 80
                    else 0
                )
            )

        best = max(meetings, key=closeness) if meetings else {}
        city = name_key(best.get("city"))
        checks = {
            "date": (wanted["date"], best.get("date"), best.get("date") == wanted["date"]),
            "chair": (
                wanted["chair"],
                best.get("chair"),
                bool(best.get("chair"))
                and name_key(best.get("chair")) == name_key(wanted["chair"]),
            ),
            "city": (
                gold["city"],
                best.get("city"),
                bool(city) and (name_key(gold["city"]) in city or city in name_key(gold["city"])),
            ),
        }
        for element, (expected, found, right) in checks.items():
            if not expected:
                continue
            tally = scores[element]
            tally.wanted += 1
            tally.wanted_found += right
            if not right:
                tally.misses.append(f"{doc}: {expected} (found {found or 'nothing'})")


def _count(
    tally: Tally,
    doc: str,
    predicted: list[str],
    wanted: list[str],
    predicted_right: list[bool],
    wanted_found: list[bool],
) -> None:
    tally.predicted += len(predicted)
    tally.predicted_right += sum(predicted_right)
    tally.wanted += len(wanted)
    tally.wanted_found += sum(wanted_found)
    tally.misses.extend(f"{doc}: {w}" for w, ok in zip(wanted, wanted_found, strict=True) if not ok)
    tally.false_hits.extend(
        f"{doc}: {p}" for p, ok in zip(predicted, predicted_right, strict=True) if not ok
    )


def _matched(tally: Tally, doc: str, predicted: list, wanted: list, similarity, threshold, show):
    """One-to-one greedy matching, most similar pairs first (as score.py does)."""
    pairs = sorted(
        ((similarity(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(wanted)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    for value, i, j in pairs:
        if value < threshold:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    _count(
        tally,
        doc,
        [show(p) for p in predicted],
        [show(g) for g in wanted],
        [i in used_p for i in range(len(predicted))],
        [j in used_g for j in range(len(wanted))],
    )
