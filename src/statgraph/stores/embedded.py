"""The embedded store: Oxigraph on disk through pyoxigraph's own calls.

Writes are N-Quads handed to `Store.load` (one transaction a batch of whole documents)
or one SPARQL Update per replaced document; queries read the union graph.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import QueryError, StoreError
from ..query import PREFIXES, StoreResult
from .terms import graph_of, nquads, value_text
from .updates import replace_update

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import DocumentGraph

FILE_NAME = "https://statgraph.org/ns#fileName"
# Written triples after which RocksDB's memtables are flushed to disk: without it they grow
# with the corpus (hundreds of MB per thousand documents) until the store is closed.
FLUSH_TRIPLES = 100_000


class EmbeddedStore:
    """An Oxigraph store in a folder; one process opens it at a time."""

    def __init__(self, location: str, *, create: bool = False) -> None:
        import pyoxigraph

        from ..store import UNION_GRAPH

        path = Path(location)
        if not create and not path.is_dir():
            raise StoreError(
                f"no store at {location!r}: build one with `statgraph build PATHS "
                f"--store {location}`, or give a graph file"
            )
        try:
            self._store: Any = pyoxigraph.Store(str(path))
        except OSError as e:
            raise StoreError(f"cannot open the store {location!r}: {e} (is another statgraph process using it?)") from e
        self.location = location
        self._union = pyoxigraph.NamedNode(UNION_GRAPH)
        self._unflushed = 0

    def query(self, sparql: str, *, update: bool = False) -> StoreResult:
        """Run SPARQL on the union graph (statgraph's prefixes predefined).

        Raises:
            QueryError: an update (a store changes only through build), or a syntax error.
        """
        if update:
            raise QueryError(
                f"the store {self.location!r} changes only through `statgraph build`; "
                "export it to a file to run updates on a copy"
            )
        try:
            result = self._store.query(sparql, prefixes=PREFIXES, default_graph=self._union)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {e}") from e
        except OSError as e:
            raise QueryError(f"the query failed: {e}") from e
        return _result(result)

    def find_documents(self, iris: Sequence[str], names: Sequence[str]) -> list[tuple[str, str]]:
        """(graph IRI, file name) of stored documents with one of these IRIs or names."""
        from pyoxigraph import Literal, NamedNode

        found = set()
        file_name = NamedNode(FILE_NAME)
        for iri in iris:
            node = NamedNode(iri)
            for quad in self._store.quads_for_pattern(node, file_name, None, node):
                found.add((iri, quad.object.value))
        for name in names:
            for quad in self._store.quads_for_pattern(None, file_name, Literal(name), None):
                if quad.graph_name == quad.subject:
                    found.add((quad.subject.value, name))
        return sorted(found)

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        """Load new documents in one transaction; replace older versions one update each."""
        from pyoxigraph import RdfFormat

        union = self._union.value
        fresh = [g for g in graphs if not g.replaces]
        try:
            if fresh:
                data = "".join(nquads(g.lines, g.iri) + nquads(g.lines, union) for g in fresh)
                self._store.load(data.encode("utf-8"), format=RdfFormat.N_QUADS)
            for g in graphs:
                if g.replaces:
                    self._store.update(replace_update(g, union))
            self._unflushed += sum(len(g.lines) for g in graphs)
            if self._unflushed >= FLUSH_TRIPLES:
                self._store.flush()
                self._unflushed = 0
        except (OSError, SyntaxError) as e:
            raise StoreError(f"cannot write to the store {self.location!r}: {e}") from e

    def curate(self, update: str) -> None:
        """Run a curation update that statgraph.curation wrote (one transaction).

        Raises:
            StoreError: the store refused it.
        """
        try:
            self._store.update(update)
        except (OSError, SyntaxError) as e:
            raise StoreError(f"cannot record the decision in the store {self.location!r}: {e}") from e

    def results(self, sparql: str) -> Any:
        """pyoxigraph's own result of checked SPARQL on the union graph, for the web app to
        serialize (SPARQL results JSON, XML, CSV, TSV; Turtle, N-Triples).

        Raises:
            QueryError: a syntax error.
        """
        try:
            return self._store.query(sparql, prefixes=PREFIXES, default_graph=self._union)
        except (SyntaxError, OSError) as e:
            raise QueryError(f"the query failed: {e}") from e

    def graph(self) -> Graph:
        """The union graph as an rdflib Graph."""
        return graph_of(self._store.quads_for_pattern(None, None, None, self._union))

    def close(self) -> None:
        """Release the folder's lock; what was written is already in RocksDB's write-ahead log."""
        self._store = None


def _result(result: Any) -> StoreResult:
    """A pyoxigraph query result as a StoreResult."""
    import pyoxigraph

    if isinstance(result, pyoxigraph.QueryBoolean):
        return StoreResult("ASK", askAnswer=bool(result))
    if isinstance(result, pyoxigraph.QueryTriples):
        return StoreResult("CONSTRUCT", graph=graph_of(result))
    names = [variable.value for variable in result.variables]
    rows = [[value_text(term) for term in solution] for solution in result]
    return StoreResult("SELECT", vars=names, rows=rows)
