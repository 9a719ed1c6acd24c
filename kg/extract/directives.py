"""Directives: sentences that state a required action.

A directive is cued by an obligation ("it is necessary to", "must", "should", "need
to", "urged all parties to", "strive to") or is a bare imperative, as machine
translations render the Chinese list of requirements ("Strengthen grassroots
governance, improve ..."). ``verb`` is the lemma of the action the cue governs.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.context import Context
from kg.types import DirectiveRecord

#: Obligation cues and the modality each records, strongest first.
MODAL_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "necessary",
        re.compile(
            r"(?i)\b(?:it\s+is|it's)\s+(?:also\s+|even\s+more\s+|therefore\s+)?"
            r"(?:necessary|essential|imperative|required)\s+to\b"
        ),
    ),
    (
        "urge",
        re.compile(
            r"(?i)\b(?:urged|urges|urging|requiring|requires|required|called\s+on|calls\s+on|asked)\s+"
            r"(?P<addressee>[^.;:\"“]{2,80}?)\s+to\b"
        ),
    ),
    ("need", re.compile(r"(?i)\b(?:the\s+need\s+to|needs?\s+to)\b")),
    ("must", re.compile(r"(?i)\bmust\b")),
    ("should", re.compile(r"(?i)\bshould\b")),
    ("strive", re.compile(r"(?i)\b(?:strive|endeavou?r)\s+to\b|\bmake\s+every\s+effort\s+to\b")),
)
#: Sentences with a cue that still state no required action.
NOT_DIRECTIVE = (
    # quorum statements: "There should be 45 members present"
    re.compile(r"(?i)\bthere\s+(?:should|must)\s+be\s+\d+"),
    re.compile(r"(?i)\bmembers?\s+(?:should\s+be\s+)?present\b.*\bquorum\b"),
    # a rhetorical "should" describing what was expected, not what must be done
    re.compile(r"(?i)\bshould\s+have\s+been\b"),
)
#: Adverbs that may stand before a bare imperative's verb ("Actively strengthen ...").
IMPERATIVE_ADVERB_TAGS = frozenset({"RB", "RBR"})
#: Verbs that open descriptive sentences, never imperatives.
NOT_IMPERATIVE_LEMMAS = frozenset({"be", "have", "say", "see", "note", "enter"})
#: Action verbs of this genre, taken as imperatives at the start of a sentence even when the
#: small model tags the capitalised word as a proper noun ("Adhere to ...", "Persist in ...").
IMPERATIVE_VERBS = frozenset(
    {
        "adhere",
        "persist",
        "insist",
        "uphold",
        "focus",
        "promote",
        "strengthen",
        "improve",
        "deepen",
        "accelerate",
        "implement",
        "ensure",
        "build",
        "strive",
        "tighten",
        "consolidate",
        "establish",
        "enhance",
        "optimize",
        "advance",
        "continue",
        "guide",
        "prevent",
        "resolve",
        "carry",
        "give",
        "make",
        "take",
        "do",
        "pay",
        "grasp",
        "understand",
        "study",
        "increase",
        "expand",
        "foster",
        "cultivate",
        "coordinate",
        "standardize",
        "intensify",
        "speed",
        "highlight",
        "press",
        "compact",
        "fight",
        "innovate",
        "launch",
        "organize",
        "plan",
    }
)
#: A subject names an addressee when it is an actor (committees, departments, cadres...).
ADDRESSEE_WORDS = re.compile(
    r"(?i)\b(?:committees?|governments?|departments?|districts?|count(?:y|ies)|cadres?|members?|"
    r"officials?|levels?|units?|offices?|organs?|enterprises?|parties|leaders?|organizations?|"
    r"bureaus?|agencies|towns?|streets?|villages?)\b"
)
#: What may follow a lexicon verb for it to read as an imperative ("Adhere to", "Press and").
IMPERATIVE_OBJECT_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PART", "ADV", "CCONJ", "PRON"})
TERMINAL_PUNCTUATION = (".", "!", "?", ";", "。", "”", '"', "’", ")")


def find_directives(ctx: Context) -> list[DirectiveRecord]:
    found: list[DirectiveRecord] = []
    for sent in ctx.sentences:
        record = _directive(ctx, sent)
        if record is not None:
            found.append(record)
    return found


def _directive(ctx: Context, sent: SpacySpan) -> DirectiveRecord | None:
    text = sent.text.strip()
    if not text.endswith(TERMINAL_PUNCTUATION) or any(p.search(text) for p in NOT_DIRECTIVE):
        return None  # headlines and captions carry no punctuation; quorums are not actions
    start = sent.start_char + sent.text.index(text)
    span = ctx.span(start, start + len(text))
    for modality, cue in MODAL_CUES:
        match = cue.search(sent.text)
        if match is None:
            continue
        verb = _verb_after(sent, sent.start_char + match.end())
        if verb is None:
            continue
        addressee = match.groupdict().get("addressee") or _subject_addressee(ctx, verb)
        return DirectiveRecord(
            text=text,
            verb=verb.lemma_.lower(),
            modality=modality,
            span=span,
            rule=f"directive.{modality}.v1",
            addressee=" ".join(addressee.split()) if addressee else None,
        )
    verb = _imperative_verb(sent)
    if verb is not None:
        return DirectiveRecord(
            text=text,
            verb=verb.lemma_.lower(),
            modality="imperative",
            span=span,
            rule="directive.imperative.v1",
        )
    return None


def _verb_after(sent: SpacySpan, char: int) -> Token | None:
    """The first verb after the cue, skipping adverbs and auxiliaries ("must be resolved")."""
    for token in sent:
        if token.idx < char:
            continue
        if token.pos_ == "VERB":
            return token
        if token.pos_ not in {"ADV", "AUX", "PART", "PUNCT", "SPACE"}:
            return None
    return None


def _imperative_verb(sent: SpacySpan) -> Token | None:
    """The verb of a bare imperative, skipping leading adverbs ("Actively strengthen ...")."""
    for token in sent:
        if token.is_space or token.is_punct:
            continue
        lemma = token.lemma_.lower()
        follows = sent.doc[token.i + 1].pos_ if token.i + 1 < sent.end else ""
        if token.text.lower() in IMPERATIVE_VERBS and follows in IMPERATIVE_OBJECT_POS:
            return token
        if token.tag_ == "VBG" and lemma in IMPERATIVE_VERBS and token.dep_ == "ROOT":
            return token  # "Deepening reform, ..." — a translated imperative list, no finite verb
        if token.tag_ in IMPERATIVE_ADVERB_TAGS:
            continue
        if token.tag_ == "VB" and lemma not in NOT_IMPERATIVE_LEMMAS:
            return token
        return None
    return None


def _subject_addressee(ctx: Context, verb: Token) -> str | None:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    text = ctx.text[subject.left_edge.idx : subject.right_edge.idx + len(subject.right_edge.text)]
    return text if ADDRESSEE_WORDS.search(text) else None
