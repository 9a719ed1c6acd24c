"""Skip a regular expression on texts that cannot match it, by the words it requires.

Most rules are tried on every sentence and match few: the regex engine tries each at every
position of the sentence, which costs far more than asking whether the sentence holds the
literal words the rule cannot match without. :func:`required_literals` reads those words off
the pattern itself (as code-search indexes do with trigrams), so no word list is kept by
hand: "(?i)\\b(?:it\\s+is|it's)\\s+necessary\\s+to\\b" requires "necessary"; an alternation
requires one of its branches' words. :class:`Prefiltered` asks for them (case folded, so a
case-insensitive rule is never skipped wrongly) before running the pattern.

A pattern whose every match would hold nothing literal ("[A-Z][a-z]+") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as sre  # the parser's opcodes (a documented-stable private module)
from re import _parser as sre_parse
from typing import Any

#: Cross products of literal alternatives are kept up to this many strings.
MAX_EXACT = 32
#: A guard of more strings than this, or of a string shorter than MIN_LENGTH, costs about
#: what it saves (a substring search is a twentieth of a regex scan of a sentence, and short
#: strings are in every sentence): the pattern then runs unguarded.
MAX_GUARD = 48
MIN_LENGTH = 3

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


@dataclass(frozen=True)
class _Info:
    #: Every string the part matches (case folded), when few; None otherwise.
    exact: frozenset[str] | None
    #: Strings one of which every match of the part holds; None when nothing is required.
    required: frozenset[str] | None


_NOTHING = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


def required_literals(pattern: str | re.Pattern[str]) -> frozenset[str] | None:
    """Case-folded strings one of which every match of ``pattern`` holds, or None."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    info = _sequence(list(sre_parse.parse(source, flags)))
    return _best([info.exact, info.required])


def _sequence(items: list[tuple[Any, Any]]) -> _Info:
    candidates: list[frozenset[str] | None] = []
    run: frozenset[str] | None = frozenset({""})
    whole: frozenset[str] | None = frozenset({""})  # the exact strings of the whole sequence
    for op, av in items:
        part = _item(op, av)
        if part.exact is not None and run is not None:
            joined = frozenset(a + b for a in run for b in part.exact)
            if len(joined) <= MAX_EXACT:
                run = joined
            else:
                candidates.append(run)
                run = part.exact
        else:
            candidates.append(run)
            candidates.append(part.required)
            run = part.exact if part.exact is not None else frozenset({""})
        if whole is not None:
            whole = (
                frozenset(a + b for a in whole for b in part.exact)
                if part.exact is not None
                else None
            )
            if whole is not None and len(whole) > MAX_EXACT:
                whole = None
    candidates.append(run)
    return _Info(whole, _best(candidates))


def _item(op: Any, av: Any) -> _Info:
    if op is sre.LITERAL:
        return _Info(frozenset({chr(av).casefold()}), None)
    if op in _ZERO_WIDTH:
        return _EMPTY
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.IN:
        return _charset(av)
    if op is sre.BRANCH:
        branches = [_sequence(list(branch)) for branch in av[1]]
        exact = None
        if all(b.exact is not None for b in branches):
            exact = frozenset().union(*(b.exact for b in branches))  # type: ignore[arg-type]
            exact = exact if len(exact) <= MAX_EXACT else None
        required = [_best([b.exact, b.required]) for b in branches]
        union = (
            None if any(r is None for r in required) else frozenset().union(*required)  # type: ignore[arg-type]
        )
        return _Info(exact, union)
    if op in _REPEATS:
        low, high, body = av
        inner = _sequence(list(body))
        if low == 0:
            optional = inner.exact | {""} if high == 1 and inner.exact is not None else None
            return _Info(optional, None)
        exact = inner.exact if low == high == 1 else None
        return _Info(exact, _best([inner.exact, inner.required]))
    return _NOTHING


def _charset(items: list[tuple[Any, Any]]) -> _Info:
    """A character class of a few literal characters ("[’']") is exact; others are not."""
    if all(op is sre.LITERAL for op, _ in items) and len(items) <= MAX_EXACT:
        return _Info(frozenset(chr(av).casefold() for _, av in items), None)
    return _NOTHING


def _best(candidates: list[frozenset[str] | None]) -> frozenset[str] | None:
    """The most selective requirement: its shortest string longest, then fewest strings."""
    usable = [_minimal(c) for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Without the strings that hold another of them: a text holding "chairman" holds
    "chair", so asking for "chair" alone answers for both."""
    by_length = sorted(strings, key=len)
    kept: list[str] = []
    for string in by_length:
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)


class Prefiltered:
    """A compiled pattern that first asks whether the text holds a string it requires.

    Answers as the pattern does (``search``, ``match``, ``fullmatch``, ``finditer``,
    ``findall``, ``sub``); matches are the pattern's own (``match.re is p.regex``)."""

    def __init__(self, regex: re.Pattern[str], guard: frozenset[str]) -> None:
        self.regex = regex
        self.guard = tuple(sorted(guard))
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.groupindex = regex.groupindex
        self.groups = regex.groups

    def _may_match(self, text: str, bounds: tuple[int, ...]) -> bool:
        """Whether the text (between ``bounds``, as ``pos, endpos``) holds a guard string."""
        folded = _folded(text)
        if bounds:
            start = max(bounds[0], 0)  # as re takes them: a negative bound is 0
            end = max(bounds[1], 0) if len(bounds) > 1 else len(text)
            if len(folded) != len(text):  # folding lengthened a character: fold the window
                folded, start, end = text[start:end].casefold(), 0, None
            # (loops: any() over a generator took 2.5 times as long; SIM110 would restore it)
            for word in self.guard:  # noqa: SIM110
                if folded.find(word, start, end) != -1:
                    return True
            return False
        for word in self.guard:  # noqa: SIM110
            if word in folded:
                return True
        return False

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.regex.search(text, *bounds) if self._may_match(text, bounds) else None

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.regex.match(text, *bounds) if self._may_match(text, bounds) else None

    def fullmatch(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.regex.fullmatch(text, *bounds) if self._may_match(text, bounds) else None

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, *bounds) if self._may_match(text, bounds) else iter(())

    def findall(self, text: str, *bounds: int) -> list[Any]:
        return self.regex.findall(text, *bounds) if self._may_match(text, bounds) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self._may_match(text, ()) else text

    def __getattr__(self, name: str) -> Any:  # split, subn, scanner...: unguarded
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r}, guard={self.guard!r})"


#: The texts last folded, newest first, with their foldings: the rules of a sentence ask in
#: turn, between rules asking of the whole article (one tuple: safe across threads).
_recent: tuple[tuple[str, str], ...] = ()
RECENT = 4


def _folded(text: str) -> str:
    """``text.casefold()``, kept for the last few texts."""
    global _recent
    recent = _recent
    for seen, folded in recent:
        if seen is text:
            return folded
    folded = text.casefold()
    _recent = ((text, folded), *recent[: RECENT - 1])
    return folded


def prefiltered(regex: re.Pattern[str]) -> re.Pattern[str] | Prefiltered:
    """``regex`` behind a guard of the strings it requires, when that guard is cheap."""
    guard = required_literals(regex)
    if guard is None or len(guard) > MAX_GUARD or min(map(len, guard)) < MIN_LENGTH:
        return regex
    return Prefiltered(regex, guard)


def made_by(match: re.Match[str], rule: re.Pattern[str] | Prefiltered) -> bool:
    """Whether ``match`` was found by ``rule``, prefiltered or not (``match.re`` is the bare
    pattern)."""
    return match.re is getattr(rule, "regex", rule)


def prefilter_module_patterns(
    namespace: dict[str, Any], *, keep: frozenset[str] = frozenset()
) -> None:
    """Put the guard before every rule a module keeps at its top level: patterns, and patterns
    in tuples, lists and dict values (``(label, pattern)`` pairs too). ``keep``: names left as
    they are. A module telling its rules apart asks :func:`made_by`, not ``match.re is``."""
    for name, value in list(namespace.items()):
        if name in keep or name.startswith("__"):
            continue
        namespace[name] = _guarded(value)


def _guarded(value: Any) -> Any:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        return prefiltered(value)
    if isinstance(value, tuple) and value and all(_is_rule(v) for v in value):
        return tuple(_guarded(v) for v in value)
    if isinstance(value, list) and value and all(_is_rule(v) for v in value):
        return [_guarded(v) for v in value]
    if isinstance(value, dict) and value and all(_is_rule(v) for v in value.values()):
        return {k: _guarded(v) for k, v in value.items()}
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], re.Pattern):
        return (value[0], _guarded(value[1]))
    return value


def _is_rule(value: Any) -> bool:
    return isinstance(value, re.Pattern) or (
        isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], re.Pattern)
    )
