"""Extraction rules kept as data: spaCy Matcher and PhraseMatcher patterns, one rule a line.

Each element's rules are ``kg/nlp/patterns/<element>.jsonl``; a row is

    {"id": "cited.spirit_of_event.v1", "kind": "token", "label": "conference spirit",
     "reason": "one line saying why the rule exists", "pattern": [...]}

- ``id``: ``<element>.<name>.v<N>``, recorded on every fact the rule yields (``pol:rule``);
  a changed pattern takes a new version number, so facts say which version found them.
- ``kind``: ``token`` (a spaCy ``Matcher`` pattern: a list of token dicts), ``phrase``
  (``PhraseMatcher``: a list of phrases, matched on the lower-cased text) or ``dependency``
  (``DependencyMatcher``: a list of node dicts).
- ``label``: what a match means to the extractor (a kind of speech, a post, a title).
- ``extend_left`` (optional): the pattern starts at its anchor word ("requirements",
  "government") and the match takes in the words that modify it from the left ("deployment
  requirements", "the central government"): a pattern that began with optional or broad
  tokens would start a partial match at nearly every token, and cost the most of any rule.

A new phrasing is one row here plus one row in the element's test table. The files are
part of the pipeline version (:mod:`kg.version`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.matcher import DependencyMatcher, Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.errors import KgError
from kg.nlp.paths import PathMatcher, path_rule

__all__ = ["Rule", "RuleMatch", "RuleSet", "rule_set", "rules"]

RULE_ID = re.compile(r"^(?P<element>[a-z_]+)\.[a-z0-9_]+\.v\d+$")
KINDS = ("token", "phrase", "dependency")


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    pattern: Any = field(hash=False, compare=False)
    label: str | None = None
    reason: str = ""
    extend_left: bool = False


@dataclass(frozen=True)
class RuleMatch:
    """One match of one rule: token offsets into the doc, and the rule that matched."""

    rule: Rule
    start: int
    end: int
    #: A dependency match's tokens, one per node of its pattern, in the pattern's order.
    tokens: tuple[int, ...] = ()


@cache
def rules(element: str) -> tuple[Rule, ...]:
    """The rules of one element, in file order, checked for shape."""
    from kg.resources import packaged

    path = packaged("nlp", "patterns", f"{element}.jsonl")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KgError(f"{path}: cannot read extraction patterns ({exc.strerror})") from exc
    out: list[Rule] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{path.name} line {number}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise KgError(f"{where}: not JSON ({exc})") from exc
        rule_id = row.get("id", "")
        match = RULE_ID.match(rule_id)
        if not match or match["element"] != element:
            raise KgError(f"{where}: id {rule_id!r} is not '{element}.<name>.v<N>'")
        if rule_id in seen:
            raise KgError(f"{where}: id {rule_id!r} given twice")
        if row.get("kind") not in KINDS:
            raise KgError(f"{where}: kind must be one of {', '.join(KINDS)}")
        if not row.get("reason"):
            raise KgError(f"{where}: {rule_id} says no reason")
        if not isinstance(row.get("pattern"), list) or not row["pattern"]:
            raise KgError(f"{where}: {rule_id} has no pattern (a non-empty list)")
        seen.add(rule_id)
        out.append(
            Rule(
                rule_id,
                row["kind"],
                row["pattern"],
                row.get("label"),
                row["reason"],
                bool(row.get("extend_left", False)),
            )
        )
    return tuple(out)


class RuleSet:
    """An element's rules compiled for one vocabulary; call it on a doc or a span."""

    def __init__(self, element: str, vocab: Vocab) -> None:
        self.element = element
        self.by_key: dict[str, Rule] = {}
        self.token = Matcher(vocab, validate=True)
        self.phrase = PhraseMatcher(vocab, attr="LOWER")
        self.dependency = DependencyMatcher(vocab, validate=True)
        self.paths = PathMatcher()  # dependency rules that are a path down the tree
        self._whole_doc: Doc | None = None
        self._whole_doc_found: list[RuleMatch] = []
        self._anchors = _dependency_anchors([r for r in rules(element) if r.kind == "dependency"])
        self._token_anchors = _token_anchors([r for r in rules(element) if r.kind == "token"])
        self._anchor_words = frozenset(
            word
            for required in self._token_anchors or ()
            for _, words in required
            for word in words
        )
        self._positions: tuple[Doc | None, list[int]] = (None, [])
        #: One Matcher per token rule, in the rules' order, to run only the rules whose
        #: words a text holds; the rank of each rule's key orders matches of one span.
        self._token_matchers: list[Matcher] = []
        self._rank: dict[int, int] = {}
        from spacy.lang.en import English

        tokenizer = English().tokenizer  # phrases are tokenised as the model would
        for rule in rules(element):
            self.by_key[rule.id] = rule
            try:
                if rule.kind == "token":
                    self.token.add(rule.id, [rule.pattern])
                    alone = Matcher(vocab, validate=True)
                    alone.add(rule.id, [rule.pattern])
                    self._rank[vocab.strings.add(rule.id)] = len(self._token_matchers)
                    self._token_matchers.append(alone)
                elif rule.kind == "phrase":
                    self.phrase.add(rule.id, [tokenizer(p) for p in rule.pattern])
                elif (path := path_rule(rule.pattern)) is not None:
                    self.paths.add(vocab.strings.add(rule.id), path)
                else:
                    self.dependency.add(rule.id, [rule.pattern])
            except (ValueError, KeyError) as exc:
                raise KgError(f"{element}.jsonl: {rule.id}: not a valid pattern ({exc})") from exc

    def __call__(self, doclike: Doc | Span) -> list[RuleMatch]:
        """Matches in ``doclike``, offsets in its doc, sorted by start (longest first)."""
        doc = doclike.doc if isinstance(doclike, Span) else doclike
        base = doclike.start if isinstance(doclike, Span) else 0
        # on a span, Matcher answers in the span's offsets
        found = []
        for key, start, end in self._token_matches(doclike) if len(self.token) else []:
            rule = self.by_key[doc.vocab.strings[key]]
            start += base
            if rule.extend_left:
                start = _left_modifiers(doc, start, base)
            found.append(RuleMatch(rule, start, base + end))
        if len(self.phrase) or len(self.dependency) or len(self.paths):
            first, last = (
                (doclike.start, doclike.end) if isinstance(doclike, Span) else (0, len(doc))
            )
            found += [m for m in self._whole_doc_matches(doc) if first <= m.start and m.end <= last]
        return sorted(found, key=lambda m: (m.start, -m.end))

    def _token_matches(self, doclike: Doc | Span) -> list[tuple[int, int, int]]:
        """The token Matcher's matches in ``doclike``, each rule run only where the text holds
        the words it requires (see :func:`_token_anchors`): most sentences hold no rule's
        words, and a Matcher costs for every rule it holds at every token."""
        anchors = self._token_anchors
        if anchors is None:
            return self.token(doclike)
        doc = doclike.doc if isinstance(doclike, Span) else doclike
        lowers, lemmas = _words_of(doc)
        first, last = (doclike.start, doclike.end) if isinstance(doclike, Span) else (0, len(doc))
        positions = self._anchor_positions(doc, lowers, lemmas)
        nearest = bisect_left(positions, first)
        if nearest == len(positions) or positions[nearest] >= last:
            return []  # no rule's word at all: the common case, decided without sets
        lower, lemma = set(lowers[first:last]), set(lemmas[first:last])
        holding = [i for i, required in enumerate(anchors) if _holds(required, lower, lemma)]
        if len(holding) == len(anchors):
            return self.token(doclike)
        # each rule's matches, by start, longest first, and a rule written earlier first
        rank = self._rank
        found = [m for i in holding for m in self._token_matchers[i](doclike)]
        return sorted(found, key=lambda m: (m[1], -m[2], rank[m[0]]))

    def _anchor_positions(self, doc: Doc, lowers: list[str], lemmas: list[str]) -> list[int]:
        """Where in ``doc`` a word of any token rule's requirements stands (kept for the doc
        last asked about: an extractor asks sentence by sentence)."""
        known_doc, positions = self._positions  # one tuple: safe across threads
        if known_doc is not doc:
            words = self._anchor_words
            positions = [
                i
                for i, (lower, lemma) in enumerate(zip(lowers, lemmas, strict=True))
                if lower in words or lemma in words
            ]
            self._positions = (doc, positions)
        return positions

    def _may_match_dependency(self, doc: Doc) -> bool:
        """Whether a doc holds a word some dependency rule is anchored on (its first node's
        LEMMA or LOWER values): the DependencyMatcher costs a millisecond a doc, the check a
        tenth of that."""
        if self._anchors is None:
            return True  # a rule anchored on no word list: always run
        lowers, lemmas = _words_of(doc)
        return not self._anchors.isdisjoint(lowers) or not self._anchors.isdisjoint(lemmas)

    def _whole_doc_matches(self, doc: Doc) -> list[RuleMatch]:
        """PhraseMatcher and DependencyMatcher read a whole doc even when given a span; their
        matches are kept for the doc last read, so an extractor asking sentence by sentence
        has the doc read once."""
        if self._whole_doc is not doc:
            self._whole_doc = doc
            strings = doc.vocab.strings
            found = [
                RuleMatch(self.by_key[strings[key]], start, end)
                for key, start, end in (self.phrase(doc) if len(self.phrase) else [])
            ]
            if (len(self.dependency) or len(self.paths)) and self._may_match_dependency(doc):
                found += [
                    RuleMatch(self.by_key[strings[key]], min(t), max(t) + 1, tuple(t))
                    for key, t in [
                        *(self.dependency(doc) if len(self.dependency) else []),
                        *self._path_matches(doc),
                    ]
                ]
            self._whole_doc_found = found
        return self._whole_doc_found

    def _path_matches(self, doc: Doc) -> list[tuple[int, list[int]]]:
        if not len(self.paths):
            return []
        if self._anchors is None:
            return self.paths(doc)
        lowers, lemmas = _words_of(doc)
        anchors = self._anchors
        return self.paths(
            doc,
            (
                i
                for i, (w, m) in enumerate(zip(lowers, lemmas, strict=True))
                if w in anchors or m in anchors
            ),
        )

    def longest(self, doclike: Doc | Span) -> Iterator[RuleMatch]:
        """Matches that no earlier or longer match overlaps (spaCy's greedy longest)."""
        taken = -1
        for match in self(doclike):
            if match.start >= taken:
                taken = match.end
                yield match


def words_in(span: Span) -> tuple[list[str], list[str]]:
    """The lower-case forms and lower-case lemmas of ``span``'s tokens, read without making a
    Token object per word: a cheap first test before a loop over a sentence's tokens."""
    lowers, lemmas = _words_of(span.doc)
    return lowers[span.start : span.end], lemmas[span.start : span.end]


_last_words: tuple[object, list[str], list[str]] = (None, [], [])
_last_surface: tuple[object, list[str], list[int]] = (None, [], [])


def surface_of(doc: Doc) -> tuple[list[str], list[int]]:
    """Each token's text and its character offset, read from the doc's arrays (no Token
    objects), kept for the doc last asked about."""
    global _last_surface
    last = _last_surface
    if last[0] is not doc:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IDX]).tolist()
        last = _last_surface = (doc, [strings[orth] for orth, _ in rows], [i for _, i in rows])
    return last[1], last[2]


def _words_of(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's lower-case form and lower-case lemma, kept for the doc last asked about:
    every rule set asks of each of its sentences in turn (one tuple: safe across threads)."""
    global _last_words
    last = _last_words
    if last[0] is not doc:
        # read from the doc's arrays: a Token object per word would cost twice as much
        strings, lowered = doc.vocab.strings, _LOWERED
        lowers, lemmas = [], []
        for lower, lemma in doc.to_array([LOWER, LEMMA]).tolist():
            if (word := lowered.get(lower)) is None:
                word = lowered[lower] = strings[lower]
            lowers.append(word)
            if (word := lowered.get(lemma)) is None:
                word = lowered[lemma] = strings[lemma].lower()
            lemmas.append(word)
        last = _last_words = (doc, lowers, lemmas)
    return last[1], last[2]


#: String hash -> the string in lower case, for LOWER and LEMMA values (a LOWER value is
#: lower case already, so one table serves both).
_LOWERED: dict[int, str] = {}


def _dependency_anchors(dependency_rules: list[Rule]) -> frozenset[str] | None:
    """The words the dependency rules' first nodes must be (LEMMA or LOWER, IN or equal), or
    None when some rule's first node is not a word list."""
    anchors: set[str] = set()
    for rule in dependency_rules:
        attrs = rule.pattern[0].get("RIGHT_ATTRS", {})
        words = attrs.get("LEMMA", attrs.get("LOWER"))
        if isinstance(words, str):
            anchors.add(words.lower())
        elif isinstance(words, dict) and isinstance(words.get("IN"), list):
            anchors.update(w.lower() for w in words["IN"])
        else:
            return None
    return frozenset(anchors)


#: Token operators under which a token may be absent from a match ("!" matches a token that
#: is NOT the word, so its words are no anchor either).
OPTIONAL_OPS = frozenset({"?", "*", "!"})


#: What a text must hold for one token rule to match: for each token every match contains,
#: the words (lower-case forms, or lemmas) it may be.
Requirement = tuple[tuple[bool, frozenset[str]], ...]


def _token_anchors(token_rules: list[Rule]) -> tuple[Requirement, ...] | None:
    """For each token rule, the words a text must hold for it to match: one of the allowed
    words of every token the pattern cannot skip that names words (LOWER, ORTH/TEXT or
    LEMMA, a value or an ``IN`` list; ``is_lemma`` says which); None when some rule requires
    no word at all (it could match any text)."""
    out = []
    for rule in token_rules:
        required = tuple(
            (attr == "LEMMA", frozenset(w.lower() for w in words))
            for spec in rule.pattern
            if not _may_be_absent(spec)
            for attr, words in _spec_words(spec)
        )
        if not required:
            return None
        out.append(required)
    return tuple(out)


def _may_be_absent(spec: dict) -> bool:
    """Whether a match may lack this token: optional operators, and quantifiers from zero
    ("{0,3}", "{,3}")."""
    op = spec.get("OP")
    return op in OPTIONAL_OPS or (isinstance(op, str) and re.match(r"\{0?,", op) is not None)


def _holds(required: Requirement, lower: set[str], lemmas: set[str]) -> bool:
    return all(bool(words & (lemmas if is_lemma else lower)) for is_lemma, words in required)


def _spec_words(spec: dict) -> Iterator[tuple[str, list[str]]]:
    """The first word attribute a token spec constrains, with the words it allows."""
    for attr in ("LOWER", "ORTH", "TEXT", "LEMMA"):
        words = _words(spec.get(attr))
        if words is not None:
            yield attr, words
            return


def _words(value: Any) -> list[str] | None:
    """The words a token attribute's value allows: a word, or an ``IN`` list of words."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
        return [str(w) for w in value["IN"]]
    return None


#: Words that modify a noun from its left and belong to the item it names.
LEFT_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})
LEFT_MODIFIER_POS = frozenset({"ADJ", "PROPN", "NOUN", "NUM"})


def _left_modifiers(doc: Doc, start: int, floor: int) -> int:
    """The first of the modifiers standing right before ``start`` ("the [central] government",
    "[deployment] requirements"), not before ``floor``."""
    while (
        start > floor
        and doc[start - 1].dep_ in LEFT_MODIFIER_DEPS
        and doc[start - 1].pos_ in LEFT_MODIFIER_POS
    ):
        start -= 1
    return start


_SETS: dict[tuple[str, int], RuleSet] = {}


def rule_set(element: str, vocab: Vocab) -> RuleSet:
    """The compiled rules of ``element`` for ``vocab`` (compiled once per process)."""
    key = (element, id(vocab))
    if key not in _SETS:
        _SETS[key] = RuleSet(element, vocab)
    return _SETS[key]
