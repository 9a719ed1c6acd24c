"""Policy documents a meeting reviewed, studied, deliberated, adopted or heard reported.

Titles come in quotes (“Jinan Three-Year Action Plan for ... (2023-2025)”) or bare
after the verb ("reviewed the decision of the Standing Committee ... on ..."). A
quoted phrase is a document only next to a review verb and when it reads like one
(a document word, or long enough to be a title); short quoted slogans are concepts.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.types import DocumentRecord

REVIEW_VERB = re.compile(
    r"(?i)\b(?:review(?:ed|s)?|stud(?:ied|y)|deliberat(?:e|ed|es)|adopt(?:ed|s)?|pass(?:ed|es)?|"
    r"approv(?:e|ed|es)|discuss(?:ed|es)?|examin(?:e|ed|es)|hear(?:d)?\s+(?:a\s+|the\s+)?reports?\s+(?:on|of)|"
    r"listened\s+to\s+(?:a\s+|the\s+)?report(?:s)?\s+on|issued|printed\s+and\s+distributed)\b"
)
DOCUMENT_WORDS = re.compile(
    r"(?i)\b(?:regulations?|rules|provisions|measures|plan|programme|program|scheme|list|"
    r"statement|opinions?|decision|report|notice|outline|guidelines?|methods|law|charter|"
    r"implementation|catalogue|catalog|standards?|resolution|draft|budget|agreement)\b"
)
QUOTED = re.compile(r"[“\"《](?P<title>[^”\"》\n]{3,300})[”\"》]")
# Bare titles: "reviewed (in writing) the decision of ... on ..." up to the clause end.
BARE_TITLE = re.compile(
    r"(?i)\b(?:also\s+)?(?:reviewed|deliberated|adopted|approved|passed)\s+(?:and\s+approved\s+)?"
    r"(?:in\s+writing\s+|in\s+principle\s+)?(?P<title>the\s+[^,;.“\"《]+?)(?=\s*(?:[,;.]|$))"
)
#: Vague objects that name no document.
VAGUE_TITLES = re.compile(r"(?i)^the\s+(?:relevant|related|other|above)\b|^the\s+work\b")
#: A quoted title follows its verb closely ("reviewed the “...”", "heard a report on the “...”")
#: or the title before it in a list ("... the “A” and the “B”").
MAX_VERB_GAP = 25
# "the report ... on the implementation of the “Regulations ...”": the title is the object of a
# nominalised review, as close to it as a quote to its verb
NOUN_CUE = re.compile(
    r"(?i)\b(?:implementation|enforcement|revision|amendment|formulation|drafting|draft)\s+"
    r"(?:of\s+)?(?:the\s+)?$"
)
LIST_JOIN = re.compile(r"^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$")
#: Quoted phrases shorter than this with no document word are slogans, not titles.
MIN_TITLE_WORDS = 6


def find_documents(ctx: Context) -> list[DocumentRecord]:
    found: list[DocumentRecord] = []
    for sent in ctx.sentences:
        text = ctx.text_of(sent)
        verb = REVIEW_VERB.search(text)
        if not verb:
            continue
        previous_end = -1
        for match in QUOTED.finditer(text):
            title = " ".join(match["title"].split())
            near_verb = any(
                0 <= match.start() - v.end() <= MAX_VERB_GAP
                for v in REVIEW_VERB.finditer(text, 0, match.start())
            )
            in_list = previous_end >= 0 and bool(
                LIST_JOIN.match(text[previous_end : match.start()])
            )
            after_noun_cue = bool(NOUN_CUE.search(text[max(0, match.start() - 40) : match.start()]))
            near_verb = near_verb or in_list or after_noun_cue
            reads_as_title = DOCUMENT_WORDS.search(title) or len(title.split()) >= MIN_TITLE_WORDS
            if near_verb and reads_as_title and not title.endswith((".", "!", "?")):
                found.append(_record(ctx, sent.start_char, match, title, "document.quoted.v1"))
                previous_end = match.end()
        for match in BARE_TITLE.finditer(text):
            title = " ".join(match["title"].split())
            if DOCUMENT_WORDS.search(title) and not VAGUE_TITLES.search(title):
                found.append(_record(ctx, sent.start_char, match, title, "document.bare.v1"))
    unique: dict[str, DocumentRecord] = {}
    for record in found:
        unique.setdefault(record.title.lower(), record)
    return list(unique.values())


def _record(ctx: Context, base: int, match: re.Match[str], title: str, rule: str) -> DocumentRecord:
    title = re.sub(r"^the\s+", "", title, flags=re.I) if rule == "document.bare.v1" else title
    title = title[:1].upper() + title[1:]
    span = ctx.span(base + match.start("title"), base + match.end("title"))
    return DocumentRecord(title=title, span=span, rule=rule)
