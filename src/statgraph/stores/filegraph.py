"""A graph file as a read-only store: rdflib parses it and runs the queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import StoreError

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import DocumentGraph


class FileStore:
    """An RDF file (Turtle, TriG, N-Quads, JSON-LD ...) read whole into memory."""

    def __init__(self, location: str, *, create: bool = False) -> None:
        from ..store import load_graph

        if create:
            raise StoreError(
                f"{location!r} is a graph file, not a store: write it with "
                "`build --out`, or give --store a folder or a SPARQL endpoint URL"
            )
        self.location = location
        self._graph = load_graph(location)

    def query(self, sparql: str, *, update: bool = False) -> Any:
        """Run SPARQL with rdflib; an update changes the graph in memory only."""
        from ..query import run_rdflib

        return run_rdflib(self._graph, sparql, update=update)

    def find_documents(self, iris: Sequence[str], names: Sequence[str]) -> list[tuple[str, str]]:
        """A graph file keeps no document graphs: build writes it whole."""
        raise StoreError(
            f"{self.location!r} is a graph file, rewritten whole by `build --out`; "
            "give a store folder or a SPARQL endpoint URL to add documents"
        )

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        """See find_documents."""
        self.find_documents((), ())

    def graph(self) -> Graph:
        """The parsed graph."""
        return self._graph

    def close(self) -> None:
        """Nothing to release."""
