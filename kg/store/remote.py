"""A store on any SPARQL 1.1 server: Protocol for queries, Update and Graph Store for writes.

Configured by the query endpoint URL, plus (from the environment, since they are secrets or
server-specific): ``KG_UPDATE_URL`` (default: the query URL), ``KG_GSP_URL`` (the Graph
Store endpoint; without it, uploads use ``INSERT DATA``), ``KG_ENDPOINT_USER`` and
``KG_ENDPOINT_PASSWORD`` (HTTP basic or digest authentication). For Virtuoso that is
``/sparql``, ``/sparql-auth`` and ``/sparql-graph-crud-auth``.

An article's graph is uploaded in batches into a temporary graph (``<graph>.upload``) and then
swapped in with one ``MOVE``: a server that goes away mid-upload leaves no partial article
graph behind. Requests that fail for want of a server are retried with growing pauses; what a
failed upload left in the temporary graph is invisible to reads and replaced by the first
batch of the next upload of that article (a Graph Store ``PUT``, or ``DROP`` + ``INSERT``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf.namespaces import ID, PREFIXES
from kg.store.base import Term
from kg.store.dataset import (
    DEFAULT_BASE_IRI,
    Dataset,
    base_declaration_end,
    query_form,
    without_dataset,
)
from kg.store.values import with_values

#: Triples per upload request; large enough to be fast, small enough for any server's limits.
BATCH_TRIPLES = 5000
#: Attempts for a request that fails for want of a server (refused, reset, 502-504).
RETRIES = 3
RETRY_PAUSE = 0.5
ARTICLE_GRAPHS = f"{ID}article/"
UPLOAD_SUFFIX = ".upload"
#: Article graphs, not the temporary graphs of uploads in progress (or that failed).
ONLY_ARTICLES = (
    f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPHS}") && !STRENDS(STR(?g), "{UPLOAD_SUFFIX}"))'
)
TRANSIENT = {502, 503, 504}


@dataclass(frozen=True)
class RemoteSolution:
    """One row of a SELECT, indexable by variable name or :class:`pyoxigraph.Variable`."""

    values: dict[str, Term | None]

    def __getitem__(self, key: str | ox.Variable) -> Term | None:
        return self.values.get(key.value if isinstance(key, ox.Variable) else key)


class RemoteSolutions:
    """SELECT results shaped like :class:`pyoxigraph.QuerySolutions` (``variables``, rows)."""

    def __init__(self, variables: list[str], rows: list[RemoteSolution]) -> None:
        self.variables = [ox.Variable(v) for v in variables]
        self._rows = rows

    def __iter__(self) -> Iterator[RemoteSolution]:
        return iter(self._rows)


class RemoteStore:
    def __init__(self, endpoint: str, *, read_only: bool = False) -> None:
        self.endpoint = endpoint
        self.read_only = read_only
        self.update_url = os.environ.get("KG_UPDATE_URL", endpoint)
        self.gsp_url = os.environ.get("KG_GSP_URL")
        user, password = os.environ.get("KG_ENDPOINT_USER"), os.environ.get("KG_ENDPOINT_PASSWORD")
        handlers: list[urllib.request.BaseHandler] = []
        if user:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {endpoint, self.update_url, self.gsp_url} - {None}:
                passwords.add_password(None, url, user, password or "")
            handlers += [
                urllib.request.HTTPDigestAuthHandler(passwords),
                urllib.request.HTTPBasicAuthHandler(passwords),
            ]
        self._opener = urllib.request.build_opener(*handlers)

    # -- reading

    def query(
        self,
        sparql: str,
        substitutions: Mapping[str, Term] | None = None,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        base_iri: str | None = None,
    ) -> RemoteSolutions | list[ox.Triple] | bool:
        """See :meth:`kg.store.base.Store.query`: the dataset goes to the server as the
        protocol's ``default-graph-uri`` / ``named-graph-uri``, the base as a leading ``BASE``
        (a ``BASE`` in the query comes later in the prologue, so it wins)."""
        dataset = Dataset.of(default_graphs, named_graphs)
        if dataset:  # the protocol's graphs replace the query's (Virtuoso would merge them)
            sparql = without_dataset(sparql)
        text = _with_values(_with_prologue(sparql, base_iri), substitutions or {})
        fields = [("query", text)]
        fields += [("default-graph-uri", g.value) for g in dataset.default_graphs]
        fields += [("named-graph-uri", g.value) for g in dataset.named_graphs]
        body = urllib.parse.urlencode(fields).encode()
        # asked by form: Virtuoso answers a CONSTRUCT in results JSON when that is acceptable
        graph_form = query_form(sparql) in {"CONSTRUCT", "DESCRIBE"}
        accept = "application/n-triples" if graph_form else "application/sparql-results+json"
        data, media = self._request(
            self.endpoint,
            body,
            accept=accept,
            content_type="application/x-www-form-urlencoded",
            error=QueryError,
        )
        if "json" in media:
            return _solutions(json.loads(data))
        return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))

    def graphs(self) -> Iterator[ox.NamedNode]:
        rows = self.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {ONLY_ARTICLES} }}")
        return (row["g"] for row in rows)

    def quads(self) -> Iterator[ox.Quad]:
        rows = self.query(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {ONLY_ARTICLES} }}")
        return (ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)

    # -- writing

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        triples = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
        temporary = ox.NamedNode(f"{graph.value}{UPLOAD_SUFFIX}")
        batches = [triples[i : i + BATCH_TRIPLES] for i in range(0, len(triples), BATCH_TRIPLES)]
        try:
            if not batches:
                self._update(f"DROP SILENT GRAPH {temporary}")
            for number, batch in enumerate(batches):
                # the first batch replaces whatever an upload that failed left in the graph
                self._upload(temporary, batch, replace=number == 0)
            self._update(f"DROP SILENT GRAPH {graph} ; MOVE SILENT {temporary} TO {graph}")
        except StoreError:
            with contextlib.suppress(
                StoreError
            ):  # leave nothing half-written; the old graph stands
                self._update(f"DROP SILENT GRAPH {temporary}")
            raise

    def remove_graph(self, graph: ox.NamedNode) -> bool:
        exists = self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        if not exists:
            return False
        self._update(f"DROP SILENT GRAPH {graph}")
        return True

    def close(self) -> None:
        pass

    def _upload(self, graph: ox.NamedNode, triples: list[str], *, replace: bool) -> None:
        """Add ``triples`` to ``graph`` (``replace``: instead of what it held)."""
        data = "\n".join(triples).encode("utf-8")
        if self.gsp_url:
            url = f"{self.gsp_url}?{urllib.parse.urlencode({'graph': graph.value})}"
            self._request(
                url,
                data,
                content_type="application/n-triples",
                error=StoreError,
                method="PUT" if replace else "POST",
            )
        else:
            drop = f"DROP SILENT GRAPH {graph} ;\n" if replace else ""
            self._update(f"{drop}INSERT DATA {{ GRAPH {graph} {{\n{data.decode('utf-8')}\n}} }}")

    def _update(self, update: str) -> None:
        if self.read_only:
            raise StoreError("the store was opened read-only")
        body = urllib.parse.urlencode({"update": update}).encode()
        self._request(
            self.update_url,
            body,
            content_type="application/x-www-form-urlencoded",
            error=StoreError,
        )

    def _request(
        self,
        url: str,
        body: bytes,
        *,
        content_type: str,
        error: type[Exception],
        accept: str = "*/*",
        method: str = "POST",
    ) -> tuple[bytes, str]:
        request = urllib.request.Request(
            url,
            data=body,
            method=method,
            headers={"Content-Type": content_type, "Accept": accept},
        )
        for attempt in range(RETRIES):
            try:
                with self._opener.open(request, timeout=60) as response:
                    return response.read(), response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as exc:
                detail = exc.read().decode("utf-8", "replace")[:300].strip()
                if exc.code not in TRANSIENT or attempt == RETRIES - 1:
                    raise error(f"{url} answered {exc.code}: {detail}") from exc
            except (urllib.error.URLError, OSError) as exc:
                if attempt == RETRIES - 1:
                    raise StoreError(f"cannot reach {url}: {exc}") from exc
            time.sleep(RETRY_PAUSE * 2**attempt)
        raise StoreError(f"cannot reach {url}")  # pragma: no cover - the loop always returns


def _with_prologue(sparql: str, base_iri: str | None) -> str:
    """The query with a ``BASE`` and the prefixes it does not declare itself. Virtuoso wants
    ``BASE`` first: the query's own ``BASE`` stays first and our base is left out."""
    declared = {p.lower() for p in _declared(sparql)}
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
    own_base = base_declaration_end(sparql)
    if own_base is None:
        return f"BASE <{base_iri or DEFAULT_BASE_IRI}>\n{prefixes}{sparql}"
    return f"{sparql[:own_base]}\n{prefixes}{sparql[own_base:]}"


def _declared(sparql: str) -> list[str]:
    return re.findall(r"(?i)\bPREFIX\s+([\w-]*):", sparql)


def _with_values(sparql: str, substitutions: Mapping[str, Term]) -> str:
    """Parameters as a VALUES block of serialised terms (never spliced text)."""
    return with_values(sparql, list(substitutions), [list(substitutions.values())])


def _solutions(doc: dict) -> RemoteSolutions | bool:
    if "boolean" in doc:
        return bool(doc["boolean"])
    variables = doc["head"].get("vars", [])
    rows = [
        RemoteSolution({name: _term(binding.get(name)) for name in variables})
        for binding in doc["results"]["bindings"]
    ]
    return RemoteSolutions(variables, rows)


def _term(value: dict | None) -> Term | None:
    if value is None:
        return None
    kind = value["type"]
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        # Virtuoso names blank nodes "nodeID://b10006", not a valid blank node label
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", value["value"]))
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    if "datatype" in value:  # "typed-literal" is SPARQL 1.0's name, still sent by Virtuoso
        return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
    return ox.Literal(value["value"])
