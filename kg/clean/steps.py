"""Named cleaning rules. Each finds :class:`Edit`s in a text; none edits in place.

The order of :data:`CLEANING_STEPS` matters only where one rule's match could
contain another's (a hashtag trailer before glued-sentence repair, say).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from kg.clean.offsets import Edit
from kg.clean.wrapping import in_wrapped_block
from kg.ingest.dateline import DATELINE_LABEL
from kg.ingest.forms import FIRST_WIDE, LAST_WIDE, ODD_SPACES, WIDE_OFFSET

_LINE_END = r"[ \t]*(?:\n|$)"


class CleaningStep(NamedTuple):
    name: str
    find: Callable[[str], Iterator[Edit]]
    removes_boilerplate: bool  # True: what it removes is kept aside (credits name reporters)


def _remove_matches(
    pattern: re.Pattern[str], group: str | int = 0
) -> Callable[[str], Iterator[Edit]]:
    def find(text: str) -> Iterator[Edit]:
        for match in pattern.finditer(text):
            if match.end(group) > match.start(group):
                yield Edit(match.start(group), match.end(group))

    return find


def _insert_after_matches(pattern: re.Pattern[str], text: str) -> Callable[[str], Iterator[Edit]]:
    def find(source: str) -> Iterator[Edit]:
        for match in pattern.finditer(source):
            yield Edit(match.end(), match.end(), text)

    return find


def _replace_matches(pattern: re.Pattern[str], replacement: str) -> Callable[[str], Iterator[Edit]]:
    def find(text: str) -> Iterator[Edit]:
        for match in pattern.finditer(text):
            yield Edit(match.start(), match.end(), replacement)

    return find


# A trailer of three or more hashtags is the scraper's keyword footer, never prose.
HASHTAG_TRAILER = re.compile(r"(?m)^[ \t]*#[^\s#]+(?:[ \t]+#[^\s#]*){2,}.*" + _LINE_END)

# Comment-form footers end the article: everything after them is site furniture.
REPLY_FOOTER = re.compile(r"(?im)^[ \t]*Leave a (?:Reply|Replay|Comment)\b[\s\S]*\Z")

# Navigation headings that stand alone on a line.
NAVIGATION_LINE = re.compile(
    r"(?im)^[ \t]*(?:Table of Contents|Contents|See also\b[^\n]*|Related (?:articles|news)\b[^\n]*"
    r"|Share (?:this|to)\b[^\n]*|Print this page)" + _LINE_END
)

# Photo and reporter credits: at the end of a line, often glued to the sentence before it
# ("...delivered a speech.Photo by reporter Su Si/Visual Chongqing").
PHOTO_CREDIT = re.compile(
    r"(?m)(?:(?<=[.!?。”\"])|^)[ \t]*\(?(?:(?:Photo(?:graph)?|Picture|Image)s?\s+(?:by|from|:)\s+)?"
    r"(?:our\s+|the\s+)?(?:[Rr]eporters?|[Pp]hotographers?|[Cc]orrespondents?|[Cc]ameraman)\s+"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    r"(?:\s*(?:and|,)\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})*"
    r"(?:\s*/\s*[^\n]{0,60}?)?\)?[ \t]*$"
)

# A dateline stamp is metadata (ingest already read it), not part of the first sentence:
# a labelled one wherever it starts a line, a bare one only when alone or before a marker.
_STAMP = r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
DATELINE_STAMP = re.compile(
    r"(?im)^[ \t]*(?:"
    + DATELINE_LABEL
    + _STAMP
    + r"(?:[ \t]+by[ \t]+[^\n]{1,40}$)?"
    + r"|"
    + _STAMP
    + r"(?=[ \t]*(?:$|▲|■|●)))[ \t]*[▲■●]?"
)

# Scrapers glue an "html" token onto the paragraph that follows a link ("htmlTen years ago").
# (the word first, its start checked behind it: a pattern opening with a literal is searched
# for the literal alone, 30 times faster than trying lookbehinds at every character)
HTML_PREFIX = re.compile(r"html(?<![^\s.!?。]html)(?=[A-Z]|[ \t]+[A-Z])[ \t]*")

# Zero-width, bidirectional and control characters (but not newline and tab) break
# tokenisation and hide inside names; removed first, so that no other rule trips on them.
INVISIBLE_CHARS = re.compile(
    r"[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    r"\x00-\x08\x0b-\x1f\x7f-\x9f]"
)

# Spaces other than the ASCII one (kg.ingest.forms): the tokenizer glues them into words.
ODD_SPACE = re.compile(f"[{ODD_SPACES}]")

# Full-width forms a translation kept from the Chinese, beside Latin text ("Secretary，Zhang
# Wei：" / "（Draft）"): read as the ASCII character they stand for. Left alone inside Chinese.
WIDE_FORM = re.compile(f"[{chr(FIRST_WIDE)}-{chr(LAST_WIDE)}]")
#: Wide separators that a space follows once they are ASCII ("，Zhang" -> ", Zhang").
_SPACED_AFTER = frozenset(",;:!?")


def _wide_forms(text: str) -> Iterator[Edit]:
    for match in WIDE_FORM.finditer(text):
        start = match.start()
        before = text[start - 1] if start else " "
        after = text[start + 1] if start + 1 < len(text) else " "
        if not (before.isascii() or after.isascii()):
            continue  # inside Chinese: the gazetteer reads it there as it is
        narrow = chr(ord(match[0]) - WIDE_OFFSET)
        if narrow in _SPACED_AFTER and after.isascii() and after.isalnum():
            narrow += " "
        yield Edit(start, start + 1, narrow)


# "spots.Safety" — a sentence glued to the next by a lost space; re-insert it after the stop.
# (Each branch opens with the stop itself, its context checked around it: a pattern opening
# with characters is searched for them alone, not tried with lookbehinds at every position.)
GLUED_SENTENCE = re.compile(
    r"[.!?](?<=[a-z\u2019”)][.!?])(?=[A-Z][a-z])|"
    # ... and in lower case, where the next word is one that opens sentences ("pipes.the
    # meeting also required"); a web address ("gov.cn") is not followed by one
    r"[.!?](?<=[a-z]{3}[.!?])(?=(?:the|we|it|this|all|he|she|they|there|at|in|on)\s)|"
    # ... and the Chinese full stop a translation kept ("organization。It is necessary"): the
    # parser ends a sentence at it only when a space follows
    r"[。！？](?=[A-Za-z\"“(])|"
    # ... and a closing bracket glued to the next word: "(Reporter Zhang Li)Wang Hao presided"
    r"[)）](?=[A-Z][a-z])"
)


# A line break inside a sentence, as text wrapped at a fixed width has it: the line ends in no
# stop and the next starts in lower case ("Secretary Cui Yong\npresided over"). The parser
# reads the break as a token of its own between the name and its verb, and loses both.
WRAPPED_LINE = re.compile(r"(?<=[A-Za-z0-9,’'])[ \t]*\n[ \t]*(?=[A-Za-z])")


def _wrapped_lines(text: str) -> Iterator[Edit]:
    """Breaks inside sentences (:data:`WRAPPED_LINE`) where the next line starts in lower case,
    or where lines of a fixed width run on: a capitalised word then still continues."""
    for match in WRAPPED_LINE.finditer(text):
        if text[match.end()].islower() or in_wrapped_block(text, match.end()):
            yield Edit(match.start(), match.end(), " ")


CLEANING_STEPS: tuple[CleaningStep, ...] = (
    CleaningStep("invisible_chars", _remove_matches(INVISIBLE_CHARS), False),
    CleaningStep("odd_space", _replace_matches(ODD_SPACE, " "), False),
    CleaningStep("wide_form", _wide_forms, False),
    CleaningStep("reply_footer", _remove_matches(REPLY_FOOTER), True),
    CleaningStep("hashtag_trailer", _remove_matches(HASHTAG_TRAILER), True),
    CleaningStep("navigation_line", _remove_matches(NAVIGATION_LINE), True),
    CleaningStep("photo_credit", _remove_matches(PHOTO_CREDIT), True),
    CleaningStep("dateline_stamp", _remove_matches(DATELINE_STAMP), True),
    CleaningStep("html_prefix", _remove_matches(HTML_PREFIX), True),
    CleaningStep("glued_sentence", _insert_after_matches(GLUED_SENTENCE, " "), False),
    CleaningStep("wrapped_line", _wrapped_lines, False),
)
