"""Endpoint: the store served read-only over the SPARQL 1.1 Protocol, with a query page."""

from kg.endpoint.server import make_server, serve

__all__ = ["make_server", "serve"]
