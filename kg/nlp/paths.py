"""Dependency rules that are a path down the tree, matched by walking down from their anchor.

spaCy's ``DependencyMatcher`` first matches every node of every pattern against the whole
doc and climbs each matching token's ancestors: for one rule whose later nodes are as
common as ``{"DEP": "pobj"}`` that is a millisecond an article, a twentieth of all the
extraction. A rule that is a path (each node the immediate child, ``>``, of the node
before it) on plain token attributes is answered here instead, from the tokens its first
node can be, down their children: the same matches, in a fraction of the time.
:func:`path_rule` says whether a pattern is such a path; :class:`PathMatcher` matches them
and answers as ``DependencyMatcher`` does (``(key, [token indices in the pattern's order])``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.tokens import Doc, Token

#: The token attributes a path's nodes may test, and how to read each off a token.
ATTRIBUTES: dict[str, Callable[[Token], str]] = {
    "LEMMA": lambda t: t.lemma_,
    "LOWER": lambda t: t.lower_,
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
    "DEP": lambda t: t.dep_,
    "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_,
}

#: A node's test: (attribute reader, allowed values) for each attribute it names.
NodeTest = tuple[tuple[Callable[[Token], str], frozenset[str]], ...]


def path_rule(pattern: list[dict[str, Any]]) -> list[NodeTest] | None:
    """The node tests of a pattern that is a path down the tree, or None when it is not one
    (another relation, a node hanging off an earlier one, an operator, another attribute)."""
    tests = []
    for index, node in enumerate(pattern):
        if index and (
            node.get("REL_OP") != ">" or node.get("LEFT_ID") != pattern[index - 1].get("RIGHT_ID")
        ):
            return None
        test = []
        for attr, value in node.get("RIGHT_ATTRS", {}).items():
            if attr not in ATTRIBUTES:
                return None
            if isinstance(value, str):
                allowed = frozenset({value})
            elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
                allowed = frozenset(value["IN"])
            else:
                return None
            test.append((ATTRIBUTES[attr], allowed))
        tests.append(tuple(test))
    return tests if tests else None


class PathMatcher:
    """Path rules (see :func:`path_rule`) by key; call it on a doc."""

    def __init__(self) -> None:
        self._paths: list[tuple[int, list[NodeTest]]] = []

    def add(self, key: int, tests: list[NodeTest]) -> None:
        self._paths.append((key, tests))

    def __len__(self) -> int:
        return len(self._paths)

    def __call__(
        self, doc: Doc, starts: Iterable[int] | None = None
    ) -> list[tuple[int, list[int]]]:
        """Every path of every rule in ``doc``; ``starts``: the only token indices a first
        node may be (a cheap preselection by word; every token when None)."""
        candidates = range(len(doc)) if starts is None else sorted(set(starts))
        found = []
        for key, tests in self._paths:
            for index in candidates:
                token = doc[index]
                if _passes(token, tests[0]):
                    found.extend((key, path) for path in _paths_down(token, tests, 1, [index]))
        return found


def _passes(token: Token, test: NodeTest) -> bool:
    return all(read(token) in allowed for read, allowed in test)


def _paths_down(
    token: Token, tests: list[NodeTest], depth: int, path: list[int]
) -> Iterator[list[int]]:
    if depth == len(tests):
        yield list(path)
        return
    for child in token.children:
        if _passes(child, tests[depth]):
            yield from _paths_down(child, tests, depth + 1, [*path, child.i])
