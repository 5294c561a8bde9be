"""A SPARQL 1.1 server as the store: plain HTTP with urllib, no client library.

Queries are POSTed as application/sparql-query with the union graph as
`default-graph-uri`; updates as application/sparql-update (one request per replaced
document: a transaction on the server); new documents are bulk-loaded as N-Quads through
the Graph Store Protocol, a batch of whole documents per request.

Where the three services are (see `endpoints`): an Oxigraph server's root URL means its
/query, /update and /store; any other URL serves query and update itself (a Fuseki
dataset, Virtuoso's /sparql, ...) and bulk loading too unless $STATGRAPH_STORE_DATA says
otherwise ("none": load with INSERT DATA). $STATGRAPH_STORE_UPDATE overrides the update URL.

Notes:
    SPARQL 1.1 Protocol https://www.w3.org/TR/sparql11-protocol/ (2.1.3 query via POST
    directly, 2.2.2 update via POST directly); Graph Store HTTP Protocol
    https://www.w3.org/TR/sparql11-http-rdf-update/ (5.5 HTTP POST).
"""

from __future__ import annotations

import base64
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import QueryError, StoreError
from .result import PREFIXES, StoreResult, prefix_header
from .oxigraph import OxigraphDataset
from .terms import nquads
from .updates import find_query, insert_update, replace_update

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import DocumentGraph

TIMEOUT_SECONDS = 600
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_HEADER_LINE = re.compile(r"(?<=at )(\d+):")  # "error at 14:21" counts the PREFIX lines sent


@dataclass(frozen=True)
class Endpoints:
    """The URLs of a server's query, update and Graph Store services (data: None for none)."""

    query: str
    update: str
    data: str | None


def endpoints(url: str) -> Endpoints:
    """The services a store URL names; $STATGRAPH_STORE_UPDATE and _DATA override."""
    parts = urllib.parse.urlsplit(url)
    base = url.rstrip("/")
    if parts.path in ("", "/"):  # an Oxigraph server's root
        found = Endpoints(f"{base}/query", f"{base}/update", f"{base}/store")
    else:
        found = Endpoints(url, url, url)
    data = os.environ.get("STATGRAPH_STORE_DATA", found.data)
    return Endpoints(
        found.query,
        os.environ.get("STATGRAPH_STORE_UPDATE") or found.update,
        None if data in (None, "", "none") else data,
    )


class EndpointStore:
    """A store on a SPARQL 1.1 server (Oxigraph, Fuseki, Virtuoso, GraphDB)."""

    def __init__(self, location: str, *, create: bool = False) -> None:
        from ..store import UNION_GRAPH

        location, self._auth = _credentials(location)
        parts = urllib.parse.urlsplit(location)
        self.location = location
        self.endpoints = endpoints(location)
        self._union = UNION_GRAPH
        handlers = [urllib.request.ProxyHandler({})] if parts.hostname in _LOOPBACK else []
        self._opener = urllib.request.build_opener(*handlers)

    def query(self, sparql: str, *, update: bool = False) -> StoreResult:
        """Run SPARQL on the server's union graph.

        Raises:
            QueryError: an update (a store changes only through build), or the server
                refused the query (its message is kept).
        """
        if update:
            raise QueryError(f"the store {self.location!r} changes only through `statgraph build`")
        return self._query(sparql, {"default-graph-uri": self._union})

    def _query(self, sparql: str, dataset: dict[str, str]) -> StoreResult:
        """POST a query with protocol parameters (the dataset); a refusal is a QueryError."""
        url = f"{self.endpoints.query}?{urllib.parse.urlencode(dataset)}" if dataset else self.endpoints.query
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        try:
            body, kind = self._post(url, prefix_header() + sparql, "application/sparql-query", accept)
        except urllib.error.HTTPError as e:
            message = _HEADER_LINE.sub(lambda m: f"{int(m[1]) - len(PREFIXES)}:", _message(e))
            raise QueryError(f"the server refused the query ({e.code}): {message}") from e
        return _result(body, kind)

    def find_documents(self, iris: Sequence[str], names: Sequence[str]) -> list[tuple[str, str]]:
        """(graph IRI, file name) of stored documents with one of these IRIs or names."""
        if not iris and not names:
            return []
        result = self._query(find_query(iris, names), {})  # every named graph, so no dataset given
        return sorted({(row[0] or "", row[1] or "") for row in result.rows})  # type: ignore[union-attr]

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        """Bulk-load new documents in one request; replace older versions one request each."""
        fresh = [g for g in graphs if not g.replaces]
        if fresh and self.endpoints.data:
            data = "".join(nquads(g.lines, g.iri) + nquads(g.union, self._union) for g in fresh)
            self._send(self.endpoints.data, data, "application/n-quads")
        elif fresh:
            self._send(
                self.endpoints.update,
                insert_update(fresh, self._union),
                "application/sparql-update",
            )
        for g in graphs:
            if g.replaces:
                self._send(
                    self.endpoints.update,
                    replace_update(g, self._union),
                    "application/sparql-update",
                )

    def curate(self, update: str) -> None:
        """Run a curation update that statgraph.curation wrote (one request: a transaction)."""
        self._send(self.endpoints.update, update, "application/sparql-update")

    def graph(self) -> Graph:
        """The union graph, fetched with CONSTRUCT as N-Triples."""
        return self.dataset().graph()

    def dataset(self) -> OxigraphDataset:
        """The document graphs and their union, fetched into memory (for exporters)."""
        from .oxigraph import open_memory

        data = open_memory(self.location)
        result = self._query(_QUADS.replace("UNION", self._union), {})
        data.load("".join(f"{_quad_line(row)} .\n" for row in result.terms).encode("utf-8"), "nquads")
        return data

    def close(self) -> None:
        """Nothing to release: every request stands alone."""

    def _send(self, url: str, data: str, content_type: str) -> None:
        """POST a write; a refusal becomes a StoreError naming the server's message."""
        try:
            self._post(url, data, content_type, "*/*")
        except urllib.error.HTTPError as e:
            raise StoreError(f"{url} refused the write ({e.code}): {_message(e)}") from e

    def _post(self, url: str, data: str, content_type: str, accept: str) -> tuple[bytes, str]:
        """POST text; the response body and its media type.

        Raises:
            urllib.error.HTTPError: the server answered with an error status.
            StoreError: the server cannot be reached.
        """
        headers = {"Content-Type": f"{content_type}; charset=utf-8", "Accept": accept}
        if self._auth:
            headers["Authorization"] = self._auth
        request = urllib.request.Request(url, data=data.encode("utf-8"), headers=headers, method="POST")
        try:
            with self._opener.open(request, timeout=TIMEOUT_SECONDS) as response:
                return response.read(), response.headers.get_content_type()
        except urllib.error.HTTPError:
            raise
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {reason}") from e


_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <UNION>) }"


def _quad_line(row: list[Any]) -> str:
    """An N-Quads statement (without " .") of a row of pyoxigraph terms s, p, o, g."""
    return " ".join(str(term) for term in row)


def _credentials(url: str) -> tuple[str, str | None]:
    """The URL without user:password, and the Basic Authorization header they make."""
    parts = urllib.parse.urlsplit(url)
    if not parts.username:
        return url, None
    user = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
    netloc = parts.netloc.rsplit("@", 1)[1]
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc)), "Basic " + base64.b64encode(user.encode()).decode()


def _message(error: urllib.error.HTTPError) -> str:
    """The first line or so of an error response's body."""
    text = error.read().decode("utf-8", "replace").strip()
    return " ".join(text.split())[:300] or str(error.reason)


def _result(body: bytes, kind: str) -> StoreResult:
    """A SPARQL JSON result or an N-Triples graph as a StoreResult (Oxigraph reads both)."""
    import pyoxigraph

    from .oxigraph import result_of

    if kind in ("application/n-triples", "text/plain", "text/turtle"):
        fmt = pyoxigraph.RdfFormat.TURTLE if kind == "text/turtle" else pyoxigraph.RdfFormat.N_TRIPLES
        return StoreResult("CONSTRUCT", triples=list(pyoxigraph.parse(body, format=fmt)))
    try:
        parsed = pyoxigraph.parse_query_results(body, format=pyoxigraph.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as e:
        raise QueryError(f"the server's answer is not SPARQL JSON results: {e}") from e
    return result_of(parsed)
