"""Measure extraction against hand-made gold: precision, recall and F1 per element.

The gold articles are built into a fresh in-memory store by the real pipeline; what
was extracted is then read back with SPARQL over the vocabulary contract, exactly as
a user's query would see it, and compared with the gold JSON next to each article
(format in ``tests/gold/README.md``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.pipeline import build
from kg.rdf.iris import article_iri
from kg.store import open_store
from kg.store.base import Store

__all__ = ["ELEMENTS", "TARGETS", "EvalReport", "Score", "evaluate"]

#: Elements in the order they are reported.
ELEMENTS = (
    "meetings",
    "dates",
    "cities",
    "chairs",
    "officials",
    "posts",
    "speeches",
    "documents",
    "directives",
    "concepts",
)
#: F1 the issue asks for on the gold set (meetings have no target; they are reported).
TARGETS = {
    "officials": 0.95,
    "chairs": 0.95,
    "cities": 0.95,
    "directives": 0.95,
    "posts": 0.90,
    "speeches": 0.90,
    "documents": 0.90,
    "dates": 0.90,
}
#: Word-overlap thresholds for the elements matched by similarity rather than identity.
SPEECH_SIMILARITY = 0.5
DOCUMENT_SIMILARITY = 0.7
DIRECTIVE_SIMILARITY = 0.75
#: Words that do not tell two post or organisation names apart.
POST_NOISE_WORDS = frozenset({"the", "of", "cpc", "party", "people's", "peoples", "people"})
STOP_WORDS = frozenset({"the", "of", "a", "an", "and", "on", "in", "at", "to", "his", "for"})


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    articles: int
    scores: dict[str, Score]

    def below_target(self) -> dict[str, tuple[float, float]]:
        return {
            element: (self.scores[element].f1, target)
            for element, target in TARGETS.items()
            if self.scores[element].f1 < target
        }


def evaluate(gold_dir: Path, *, model: str | None = None) -> EvalReport:
    """Build every ``*.txt`` with a ``.json`` beside it in ``gold_dir`` and score it."""
    pairs = sorted((p, p.with_suffix(".json")) for p in Path(gold_dir).glob("*.txt"))
    pairs = [(text, gold) for text, gold in pairs if gold.exists()]
    if not pairs and (Path(gold_dir) / "merges.json").exists():
        return EvalReport(articles=0, scores={element: Score() for element in ELEMENTS})
    if not pairs:
        raise KgError(f"{gold_dir}: no gold articles (*.txt with a .json beside it)")
    store = open_store(None)
    report = build([text for text, _ in pairs], store, model=model)
    if report.failures:
        raise KgError("; ".join(str(f) for f in report.failures))
    golds = {text.stem: _load(gold) for text, gold in pairs}
    predicted = _predictions(store)
    scores = {element: Score() for element in ELEMENTS}
    for article_id, gold in golds.items():
        got = predicted.get(article_iri(article_id).value, _empty())
        for element in ELEMENTS:
            _score(scores[element], article_id, element, gold, got)
    return EvalReport(articles=len(golds), scores=scores)


def _load(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KgError(f"{path}: cannot read gold annotations ({exc})") from exc


# ------------------------------------------------------------------ what the graph says


def _prediction_queries() -> dict[str, str]:
    """How each element is read back from a graph: the registry's queries, by the names the
    gold uses ("cities" for the places query, "officials"/"posts" for people)."""
    from kg.elements import ELEMENTS

    queries = {e.name: e.eval_query for e in ELEMENTS if e.eval_query}
    queries["cities"] = queries.pop("places")
    queries["officials"] = queries.pop("people")
    queries["posts"] = POSTS_QUERY
    return queries


POSTS_QUERY = """SELECT ?g ?name ?post WHERE { GRAPH ?g {
        ?p a pol:Official ; rdfs:label ?name ; pol:holdsPost/rdfs:label ?post } }"""


def _empty() -> dict[str, list]:
    return {name: [] for name in _prediction_queries()}


def _predictions(store: Store) -> dict[str, dict[str, list]]:
    out: dict[str, dict[str, list]] = {}
    for name, sparql in _prediction_queries().items():
        results = store.query(sparql)
        columns = [v.value for v in results.variables if v.value != "g"]
        for row in results:
            values = {c: row[c].value if row[c] is not None else None for c in columns}
            out.setdefault(row["g"].value, _empty())[name].append(values)
    return out


# ------------------------------------------------------------------ comparison


def _score(score: Score, article: str, element: str, gold: dict, got: dict[str, list]) -> None:
    if element == "cities":
        wanted = [gold["city"]] if gold.get("city") else []
        found = sorted({row["city"] for row in got["cities"]})
        _exact(score, article, wanted, found)
    elif element == "meetings":
        _exact(
            score,
            article,
            [m["type"] for m in gold["meetings"]],
            [row["type"] for row in got["meetings"]],
            multiset=True,
        )
    elif element == "dates":
        _exact(
            score,
            article,
            [m["date"] for m in gold["meetings"] if m.get("date")],
            [row["date"] for row in got["meetings"] if row["date"]],
            multiset=True,
        )
    elif element == "chairs":
        _exact(
            score,
            article,
            sorted({m["chair"] for m in gold["meetings"] if m.get("chair")}),
            sorted({row["chair"] for row in got["meetings"] if row["chair"]}),
        )
    elif element == "officials":
        _exact(
            score, article, list(gold["officials"]), sorted({r["name"] for r in got["officials"]})
        )
    elif element == "posts":
        wanted = [f"{name} | {post}" for name, posts in gold["officials"].items() for post in posts]
        found = sorted({f"{r['name']} | {r['post']}" for r in got["posts"]})
        _exact(score, article, wanted, found, key=_post_key)
    elif element == "speeches":
        wanted = [f"{s['kind']} | {s['occasion']}" for s in gold["speeches"]]
        found = [f"{r['kind']} | {r['occasion'] or r['label']}" for r in got["speeches"]]
        _similar(score, article, wanted, found, _speech_similarity, SPEECH_SIMILARITY)
    elif element == "documents":
        _similar(
            score,
            article,
            gold["documents"],
            [r["title"] for r in got["documents"]],
            _word_similarity,
            DOCUMENT_SIMILARITY,
        )
    elif element == "concepts":
        _exact(
            score, article, gold.get("concepts", []), sorted({r["label"] for r in got["concepts"]})
        )
    elif element == "directives":
        _similar(
            score,
            article,
            gold["directives"],
            [r["quote"] for r in got["directives"]],
            _sentence_similarity,
            DIRECTIVE_SIMILARITY,
        )


def _exact(
    score: Score,
    article: str,
    wanted: Iterable[str],
    found: Iterable[str],
    *,
    multiset: bool = False,
    key: Callable[[str], object] | None = None,
) -> None:
    key = key or _normal
    remaining = list(found) if multiset else sorted(set(found))
    for item in list(wanted) if multiset else sorted(set(wanted)):
        match = next((f for f in remaining if key(f) == key(item)), None)
        if match is None:
            score.false_negatives += 1
            score.misses.append(f"{article}: {item}")
        else:
            remaining.remove(match)
            score.true_positives += 1
    score.false_positives += len(remaining)
    score.false_hits.extend(f"{article}: {item}" for item in remaining)


def _similar(
    score: Score,
    article: str,
    wanted: list[str],
    found: list[str],
    similarity: Callable[[str, str], float],
    threshold: float,
) -> None:
    """Greedy one-to-one matching, best pairs first."""
    pairs = sorted(
        ((similarity(w, f), i, j) for i, w in enumerate(wanted) for j, f in enumerate(found)),
        reverse=True,
    )
    used_w: set[int] = set()
    used_f: set[int] = set()
    for value, i, j in pairs:
        if value < threshold:
            break
        if i not in used_w and j not in used_f:
            used_w.add(i)
            used_f.add(j)
    score.true_positives += len(used_w)
    score.false_negatives += len(wanted) - len(used_w)
    score.false_positives += len(found) - len(used_f)
    score.misses.extend(f"{article}: {w}" for i, w in enumerate(wanted) if i not in used_w)
    score.false_hits.extend(f"{article}: {f}" for j, f in enumerate(found) if j not in used_f)


def _normal(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.lower().split()).strip(" .,;")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w'-]+", _normal(text))) - STOP_WORDS


def _word_similarity(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 1.0


def _speech_similarity(a: str, b: str) -> float:
    kind_a, _, rest_a = a.partition(" | ")
    kind_b, _, rest_b = b.partition(" | ")
    return _word_similarity(rest_a, rest_b) if kind_a == kind_b else 0.0


def _sentence_similarity(a: str, b: str) -> float:
    na, nb = _normal(a), _normal(b)
    if (
        na
        and nb
        and (na in nb or nb in na)
        and min(len(na), len(nb)) >= 0.5 * max(len(na), len(nb))
    ):
        return 1.0
    return _word_similarity(a, b)


def _post_key(text: str) -> tuple[str, frozenset[str]]:
    name, _, post = text.partition(" | ")
    words = frozenset(re.findall(r"[\w'-]+", _normal(post))) - POST_NOISE_WORDS
    return _normal(name), words


# ------------------------------------------------------------------ merges across articles

#: What identifies a mention's node in its article graph, by kind: (class, labelling property).
MERGE_NODES = {
    "person": ("pol:Person", "rdfs:label"),
    "speech": ("pol:CitedSpeech", "rdfs:label"),
    "meeting": ("pol:Meeting", "pol:date"),
    "organization": ("pol:Organization", "rdfs:label"),
    "place": ("pol:Place", "rdfs:label"),
}


@dataclass
class MergeReport:
    """Pairwise merge quality: of the mention pairs given one IRI, how many are one thing
    (precision); of the pairs that are one thing, how many got one IRI (recall)."""

    pairs_merged: int = 0
    pairs_correct: int = 0
    pairs_expected: int = 0
    wrong_merges: list[str] = field(default_factory=list)
    missed_merges: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.pairs_correct / self.pairs_merged if self.pairs_merged else 1.0

    @property
    def recall(self) -> float:
        return self.pairs_correct / self.pairs_expected if self.pairs_expected else 1.0


def evaluate_merges(fixture_dir: Path, *, model: str | None = None) -> MergeReport:
    """Build the articles of ``fixture_dir`` and score the merges listed in ``merges.json``."""
    spec = _load(Path(fixture_dir) / "merges.json")
    store = open_store(None)
    report = build(sorted(Path(fixture_dir).glob("*.txt")), store, model=model)
    if report.failures:
        raise KgError("; ".join(str(f) for f in report.failures))
    found: list[tuple[dict, str | None]] = []
    for mention in spec["mentions"]:
        node = _node_for(store, mention)
        found.append((mention, node))
    out = MergeReport()
    for i, (a, node_a) in enumerate(found):
        if node_a is None:
            out.not_found.append(f"{a['article']}: {a['kind']} {a['label']}")
        for b, node_b in found[i + 1 :]:
            if a["kind"] != b["kind"]:
                continue
            same = a["cluster"] == b["cluster"]
            merged = node_a is not None and node_a == node_b
            pair = f"{a['kind']}: {a['article']} {a['label']} ~ {b['article']} {b['label']}"
            out.pairs_expected += same
            out.pairs_merged += merged
            out.pairs_correct += same and merged
            if merged and not same:
                out.wrong_merges.append(pair)
            if same and not merged:
                out.missed_merges.append(pair)
    return out


def _node_for(store: Store, mention: dict) -> str | None:
    graph = article_iri(mention["article"])
    cls, prop = MERGE_NODES[mention["kind"]]
    sparql = (
        f"SELECT DISTINCT ?node ?label WHERE {{ GRAPH <{graph.value}> {{ "
        f"?node a {cls} ; {prop} ?label }} }}"
    )
    rows = list(store.query(sparql))
    wanted = mention["label"].lower()
    for row in rows:
        label = row["label"].value.lower()
        if (
            label == wanted
            if mention["kind"] in {"person", "place", "organization"}
            else wanted in label
        ):
            return row["node"].value
    if mention["kind"] == "person":  # name variants: "Yuan jiajun", "Chen Min'er"
        key = re.sub(r"[’'\s-]", "", wanted)
        for row in rows:
            if re.sub(r"[’'\s-]", "", row["label"].value.lower()) == key:
                return row["node"].value
    return None
