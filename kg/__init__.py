"""policykg: a knowledge graph of policy directives from meeting reports.

Importing ``kg`` does no work. The stages are modules, in data-flow order:
:mod:`kg.ingest`, :mod:`kg.clean`, :mod:`kg.nlp`, :mod:`kg.extract`, :mod:`kg.resolve`,
:mod:`kg.rdf`, :mod:`kg.store`, :mod:`kg.query`, :mod:`kg.export`; :mod:`kg.pipeline`
runs them, :mod:`kg.cli` is the ``kg`` command.
"""

__version__ = "0.1.0"
__all__ = ["__version__", "pipeline_version"]


def pipeline_version() -> str:
    """The version of extraction, derived from its patterns, word lists, ontology and code
    (see :mod:`kg.version`)."""
    from kg.version import pipeline_version as derived

    return derived()
