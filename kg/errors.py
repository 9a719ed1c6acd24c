"""Every error policykg raises on purpose, in one place.

Library code raises these; the CLI turns them into one clear line each.
"""


class KgError(Exception):
    """Base class for errors a user can act on."""


class IngestError(KgError):
    """An input file could not be read as an article (missing, empty, not UTF-8 text...)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelError(KgError):
    """The configured spaCy pipeline is not installed or not usable."""


class StoreError(KgError):
    """The graph store could not be opened, read or written."""


class QueryError(KgError):
    """A query could not be found, parsed, bound or executed."""


class ExportError(KgError):
    """The graph could not be exported in the requested format."""
