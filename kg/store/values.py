"""Bindings written into a query as a ``VALUES`` block, for where substitution cannot go: a
remote server, or a parameter with several values (a place spelt two ways).

Terms are written in their N-Triples form (quotes and line breaks escaped), never as the
text a user typed, so a value cannot end the block and add to the query.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.store.base import Term
from kg.store.dataset import opening_brace_of_where


def with_values(sparql: str, names: Sequence[str], rows: Sequence[Sequence[Term]]) -> str:
    """``sparql`` with ``VALUES (?names) { rows }`` opening its WHERE group (first, so that the
    planner starts from them), or closing the query when it has no ``WHERE`` keyword."""
    if not names:
        return sparql
    variables = " ".join(f"?{name}" for name in names)
    solutions = " ".join("(" + " ".join(str(term) for term in row) + ")" for row in rows)
    block = f"VALUES ({variables}) {{ {solutions} }}"
    brace = opening_brace_of_where(sparql)
    if brace is None:
        return f"{sparql}\n{block}"
    return f"{sparql[: brace + 1]}\n  {block}\n{sparql[brace + 1 :]}"
