"""statgraph: documents in, a knowledge graph of who holds which position out.

Every statement keeps the passage that states it (document, offsets, exact text).

    import statgraph
    result = statgraph.build(["seeds"], "graphs/seeds.ttl")
    graph = statgraph.load_graph("graphs/seeds.ttl")
    rows = statgraph.read_statements(graph)
"""

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    ExportError,
    ExtractionError,
    InputError,
    QueryError,
    StatgraphError,
    StoreError,
)
from .graph.build import build_graph  # noqa: E402
from .graph.read import read_statements  # noqa: E402
from .models import Document, Passage, Statement  # noqa: E402
from .pipeline import build, build_store, extract_statements, iter_documents  # noqa: E402
from .query import run_query, saved_queries  # noqa: E402
from .settings import Settings  # noqa: E402
from .store import load_graph, open_store, save_graph  # noqa: E402

__all__ = [
    "Document",
    "ExportError",
    "ExtractionError",
    "InputError",
    "Passage",
    "QueryError",
    "Settings",
    "Statement",
    "StatgraphError",
    "StoreError",
    "__version__",
    "build",
    "build_graph",
    "build_store",
    "extract_statements",
    "iter_documents",
    "load_graph",
    "open_store",
    "read_statements",
    "run_query",
    "save_graph",
    "saved_queries",
]
