"""A graph file as a read-only store: read whole into an in-memory Oxigraph store.

Oxigraph parses the file (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML) and runs the
queries, as for the store on disk: a file is the store's equal, not a slower side road.
Named graphs (TriG, N-Quads, JSON-LD) are kept as document graphs; every triple is also in
the default graph, which is the union that queries read.

rdflib is not on this road: its SPARQL took 18 times the store's time to draw a view of 37
articles and 700 times for a 7-variable SELECT (issue 10). It stays where it is the better
tool: checking a query's parse tree before anything runs (query.py), pySHACL's input
(check.py), the node-by-node confidence cut (graph/confidence.py), and load_graph for
callers who want an rdflib Graph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from .result import StoreResult
from .oxigraph import OxigraphDataset, open_memory

if TYPE_CHECKING:
    from ..store import DocumentGraph


class FileStore:
    """An RDF file read whole into memory; an allowed update changes the copy in memory only."""

    def __init__(self, location: str, *, create: bool = False) -> None:
        from ..store import format_for, read_rdf_file

        if create:
            raise StoreError(
                f"{location!r} is a graph file, not a store: write it with "
                "`build --out`, or give --store a folder or a SPARQL endpoint URL"
            )
        self.location = location
        fmt = format_for(location)
        self.data = open_memory(location)
        self.data.load(read_rdf_file(location, fmt), fmt)

    def query(self, sparql: str, *, update: bool = False) -> StoreResult | None:
        """Run SPARQL with Oxigraph on the file's graph."""
        return self.data.query(sparql, update=update)

    def find_documents(self, iris: Sequence[str], names: Sequence[str]) -> list[tuple[str, str]]:
        """A graph file keeps no document graphs: build writes it whole."""
        raise StoreError(
            f"{self.location!r} is a graph file, rewritten whole by `build --out`; "
            "give a store folder or a SPARQL endpoint URL to add documents"
        )

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        """See find_documents."""
        self.find_documents((), ())

    def graph(self) -> Any:
        """The file's graph as an rdflib Graph."""
        return self.data.graph()

    def dataset(self) -> OxigraphDataset:
        """The document graphs and their union, for exporters and counts."""
        return self.data

    def close(self) -> None:
        """Nothing to release."""
