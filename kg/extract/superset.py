"""Ask an automaton whether a rule could match a text, before Python's regex engine tries.

The extractors keep a few hundred regular expressions, and most of their time is Python's
backtracking engine trying each one at every position of a sentence that holds no match
(two thirds of the regex time, measured on the benchmark corpus). RE2 compiles a pattern
into a DFA that reads the text once: on these patterns' long alternations it answers tens
of times faster. RE2 has no lookarounds, so it is given each rule's **superset**
(:func:`superset_source`): the rule with its lookarounds, anchors and word boundaries
dropped, its character classes widened where RE2's differ from Python's, and its long
counted repeats opened up. Whatever the rule matches, its superset matches too, so a text
(or window) in which the superset matches nowhere is one the rule need not be run on; on
the rest the rule runs as before and finds exactly what it found before.

RE2 comes from the ``google-re2`` package; without it (:data:`AVAILABLE` false) every rule
simply runs.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser's opcodes (a documented-stable private module)
from re import _parser as sre_parse
from typing import Any

try:  # the automata's engine; optional: without it every rule runs (slower, same matches)
    from re2 import _re2
except ImportError:  # pragma: no cover - google-re2 is a dependency; this is the fallback
    _re2 = None

AVAILABLE = _re2 is not None

#: A counted repeat above this many is opened up (RE2 spells repeats out, and a superset may
#: match more): "[^;]{3,300}" is "[^;]{3,}" to the automaton.
MAX_COUNT = 8
#: Python's ``\s`` for a str pattern: every character ``str.isspace`` accepts.
SPACE = (
    r"\t\n\x{0b}\f\r\x{1c}-\x{1f} \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}"
    r"\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
)
#: Python's ``\w``: letters, digits and numbers, and the underscore (a superset of
#: ``str.isalnum``: every letter and number category).
WORD = r"\pL\pN_"
DIGIT = r"\p{Nd}"
ANY = r"(?s:.)"

_CATEGORY = {
    sre.CATEGORY_DIGIT: DIGIT,
    sre.CATEGORY_SPACE: SPACE,
    sre.CATEGORY_WORD: WORD,
}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


def superset_source(regex: re.Pattern[str], parsed: Any = None) -> str:
    """RE2 syntax for a pattern matching wherever ``regex`` matches (and perhaps more);
    ``parsed``: the pattern as ``re._parser.parse`` read it, when already at hand."""
    flags = "(?i)" if regex.flags & re.IGNORECASE else ""
    tree = parsed if parsed is not None else sre_parse.parse(regex.pattern, regex.flags)
    return flags + _sequence(tree)


class Automaton:
    """A rule's superset compiled by RE2 (on first use: most rules of a short build never
    run), asked whether it matches anywhere in a text or a window of it."""

    __slots__ = ("_always", "_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: Any = None
        self._always = False  # a superset matching the empty string matches every text

    def may_match(self, text: str, bounds: tuple[int, ...], at_start: bool = False) -> bool:
        """Whether the superset matches in ``text`` (between ``bounds``, as ``pos, endpos``),
        starting at the window's start when ``at_start`` (for ``match`` and ``fullmatch``)."""
        compiled = self._compiled or self._compile()
        if self._always:
            return True
        encoded, start, end = _encoded_window(text, bounds)
        anchor = _ANCHOR_START if at_start else _UNANCHORED
        return compiled.Match(anchor, encoded, start, end)[0][0] != -1

    def _compile(self) -> Any:
        options = _re2.RE2.Options()
        options.max_mem = MAX_MEMORY
        options.never_capture = True
        options.log_errors = False
        compiled = _re2.RE2(self.source.encode("utf-8"), options)
        # too big for the budget, or matching nothing at all: always yes (the rule runs)
        self._always = not compiled.ok() or compiled.Match(_UNANCHORED, b"", 0, 0)[0][0] != -1
        self._compiled = compiled
        return compiled


def automaton_for(regex: re.Pattern[str], parsed: Any = None) -> Automaton | None:
    """The superset automaton of ``regex``, or None without RE2."""
    if not AVAILABLE:
        return None
    source = superset_source(regex, parsed)
    return Automaton(source)


#: RE2's memory budget for one automaton (its default is 8 MiB; the title rules are large).
MAX_MEMORY = 64 << 20
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED if _re2 is not None else None
_ANCHOR_START = _re2.RE2.Anchor.ANCHOR_START if _re2 is not None else None

#: The texts last encoded, newest first: the rules of a sentence ask in turn (one tuple:
#: safe across threads).
_recent: tuple[tuple[str, bytes], ...] = ()
RECENT = 4


def _encoded_window(text: str, bounds: tuple[int, ...]) -> tuple[bytes, int, int]:
    """The text as UTF-8, and the window ``bounds`` (``pos, endpos`` in characters, as
    ``re`` takes them) in bytes."""
    global _recent
    encoded = None
    for seen, known in _recent:
        if seen is text:
            encoded = known
            break
    if encoded is None:
        encoded = text.encode("utf-8")
        _recent = ((text, encoded), *_recent[: RECENT - 1])
    if not bounds:
        return encoded, 0, len(encoded)
    start = min(max(bounds[0], 0), len(text))
    end = min(max(bounds[1], start), len(text)) if len(bounds) > 1 else len(text)
    if len(encoded) == len(text):  # ASCII: characters are bytes
        return encoded, start, end
    byte_start = _re2.CharLenToBytes(encoded, 0, start)
    return encoded, byte_start, byte_start + _re2.CharLenToBytes(encoded, byte_start, end - start)


def _sequence(items: Any) -> str:
    return "".join(_item(op, av) for op, av in items)


def _item(op: Any, av: Any) -> str:
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is sre.ANY:
        return ANY
    if op in {sre.AT, sre.ASSERT, sre.ASSERT_NOT}:
        return ""  # zero width: dropping it lets more match
    if op is sre.IN:
        return _charset(av)
    if op is sre.BRANCH:
        return "(?:" + "|".join(_sequence(branch) for branch in av[1]) + ")"
    if op is sre.SUBPATTERN:
        _, add, remove, body = av
        switch = ("i" if add & re.IGNORECASE else "") + ("-i" if remove & re.IGNORECASE else "")
        return f"(?{switch}:{_sequence(body)})"
    if op is sre.ATOMIC_GROUP:
        return f"(?:{_sequence(av)})"
    if op in _REPEATS:
        low, high, body = av
        inner = f"(?:{_sequence(body)})"
        if high != sre.MAXREPEAT and high <= MAX_COUNT:
            return inner + f"{{{low},{high}}}"
        low = min(low, MAX_COUNT)  # at least as many, up to any number
        return inner + ("*" if low == 0 else "+" if low == 1 else f"{{{low},}}")
    if op is sre.GROUPREF or op is sre.GROUPREF_EXISTS:
        return ANY + "*"  # what a group matched earlier: anything
    raise ValueError(f"no superset for regex opcode {op}")


def _char(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _charset(items: Any) -> str:
    negated = bool(items) and items[0][0] is sre.NEGATE
    parts = []
    for op, av in items[1:] if negated else items:
        if op is sre.LITERAL:
            parts.append(_char(av))
        elif op is sre.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is sre.CATEGORY and av in _CATEGORY and not negated:
            parts.append(_CATEGORY[av])
        else:  # a negated category, or a category in a negated class: any character
            return ANY
    if not parts:
        return ANY
    return f"[{'^' if negated else ''}{''.join(parts)}]"
