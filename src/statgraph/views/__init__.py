"""Views of a graph: the relationship graph as an interactive HTML page."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph


def write_view(graph: Graph, out: str | os.PathLike[str], *, title: str = "statgraph") -> None:
    """Write the interactive HTML view of a statgraph graph to `out` (atomically)."""
    from ..graph.read import read_statements
    from ..store import atomic_write
    from .html import render_html
    from .network import relationship_graph

    records = read_statements(graph, extra=True)
    atomic_write(out, render_html(relationship_graph(records), title=title).encode("utf-8"))
