"""Many phrases as one regular expression that is fast to scan with."""

from __future__ import annotations

import re


def phrase_trie(phrases: list[str]) -> str:
    """One regex for many phrases with shared prefixes factored out ("work safety|work
    style" -> "work\\s+(?:safety|style)"); an alternation of hundreds of phrases is tried
    phrase by phrase at every position, the trie letter by letter. Case and spacing are
    free. Where one phrase begins another, the longer is tried first, as in an alternation
    sorted longest first."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for unit in re.findall(r"\s+|.", phrase.lower()):
            node = node.setdefault(r"\s+" if unit.isspace() else re.escape(unit), {})
        node[""] = {}  # a phrase ends here

    def emit(node: dict) -> str:
        branches = [unit + emit(child) for unit, child in sorted(node.items()) if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?i:" + emit(trie) + ")" if phrases else "(?!)"
