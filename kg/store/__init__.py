"""Store: where the graph lives. One table names every backend."""

from __future__ import annotations

from pathlib import Path

from kg.store.base import Store, rdflib_dataset
from kg.store.oxigraph import OxigraphStore
from kg.store.remote import RemoteStore

__all__ = ["STORES", "OxigraphStore", "RemoteStore", "Store", "open_store", "rdflib_dataset"]

#: Backends by name: the embedded store by path, a SPARQL 1.1 server by endpoint URL.
STORES: dict[str, type] = {"oxigraph": OxigraphStore, "sparql": RemoteStore}


def open_store(
    path: Path | str | None, *, read_only: bool = False, endpoint: str | None = None
) -> Store:
    """Open the store at ``path`` (``None``: a fresh in-memory store), or the SPARQL 1.1
    server at ``endpoint`` when one is given."""
    if endpoint:
        return STORES["sparql"](endpoint, read_only=read_only)
    return STORES["oxigraph"](path, read_only=read_only)
