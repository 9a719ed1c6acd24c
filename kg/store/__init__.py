"""Store: where the graph lives. One table names every backend."""

from __future__ import annotations

from pathlib import Path

from kg.store.base import Store, rdflib_dataset
from kg.store.oxigraph import OxigraphStore

__all__ = ["STORES", "OxigraphStore", "Store", "open_store", "rdflib_dataset"]

#: Backends by name; the remote SPARQL 1.1 backend joins this table.
STORES: dict[str, type[OxigraphStore]] = {"oxigraph": OxigraphStore}


def open_store(
    path: Path | str | None, *, read_only: bool = False, backend: str = "oxigraph"
) -> Store:
    """Open the store at ``path`` (``None``: a fresh in-memory store)."""
    return STORES[backend](path, read_only=read_only)
