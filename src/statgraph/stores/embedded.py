"""The embedded store: Oxigraph on disk through pyoxigraph's own calls.

Writes are N-Quads handed to `Store.load` (one transaction a batch of whole documents)
or one SPARQL Update per replaced document; queries read the union graph. What it shares
with a graph file read into memory lives in stores/oxigraph.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import QueryError, StoreError
from .result import StoreResult
from .oxigraph import OxigraphDataset

if TYPE_CHECKING:
    from ..store import DocumentGraph

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
            raise StoreError(_missing(location))
        try:
            store: Any = pyoxigraph.Store(str(path))
        except OSError as e:
            raise StoreError(f"cannot open the store {location!r}: {e} (is another statgraph process using it?)") from e
        self.location = location
        self.data = OxigraphDataset(store, location, UNION_GRAPH)
        self._unflushed = 0

    def query(self, sparql: str, *, update: bool = False) -> StoreResult | None:
        """Run SPARQL on the union graph (statgraph's prefixes predefined).

        Raises:
            QueryError: an update (a store changes only through build), or a syntax error.
        """
        if update:
            raise QueryError(
                f"the store {self.location!r} changes only through `statgraph build`; "
                "export it to a file to run updates on a copy"
            )
        return self.data.query(sparql)

    def find_documents(self, iris: Sequence[str], names: Sequence[str]) -> list[tuple[str, str]]:
        """(graph IRI, file name) of stored documents with one of these IRIs or names."""
        return self.data.find_documents(iris, names)

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        """Load new documents in one transaction; replace older versions one update each."""
        self.data.write(graphs)
        self._unflushed += sum(len(g.lines) for g in graphs)
        if self._unflushed >= FLUSH_TRIPLES:
            try:
                self.data.store.flush()
            except OSError as e:
                raise StoreError(f"cannot write to the store {self.location!r}: {e}") from e
            self._unflushed = 0

    def curate(self, update: str) -> None:
        """Run a curation update that statgraph.curation wrote (one transaction).

        Raises:
            StoreError: the store refused it.
        """
        try:
            self.data.store.update(update)
        except (OSError, SyntaxError) as e:
            raise StoreError(f"cannot record the decision in the store {self.location!r}: {e}") from e

    def graph(self) -> Any:
        """The union graph as an rdflib Graph."""
        return self.data.graph()

    def dataset(self) -> OxigraphDataset:
        """The document graphs and their union, for exporters and counts."""
        return self.data

    def close(self) -> None:
        """Release the folder's lock; what was written is already in RocksDB's write-ahead log."""
        self.data.store = None


def _missing(location: str) -> str:
    """The message for a store folder that does not exist (or a file statgraph cannot read)."""
    path = Path(location)
    if path.is_file():
        from ..store import FORMATS

        return (
            f"{location!r} is neither a graph file ({', '.join(sorted(FORMATS))}) nor a store folder; "
            "give a graph built by `statgraph build --out`, or a store"
        )
    return f"no store at {location!r}: build one with `statgraph build PATHS --store {location}`, or give a graph file"
