"""statgraph: documents in, a knowledge graph of who holds which position out.

Every statement keeps the passage that states it (document, offsets, exact text).

    import statgraph
    result = statgraph.build(["seeds"], "graphs/seeds.ttl")
    graph = statgraph.load_graph("graphs/seeds.ttl")
    rows = statgraph.read_statements(graph)
"""

from .curation import Correction, Decision, find_orphans, read_decisions, record_decision
from .errors import (
    ExportError,
    ExtractionError,
    InputError,
    QueryError,
    StatgraphError,
    StoreError,
)
from .explain import explain
from .graph.build import build_graph
from .graph.read import read_statements
from .models import Document, Passage, Statement
from .pipeline import build, build_store, extract_statements, iter_documents
from .query import run_query, saved_queries
from .settings import Settings
from .check import check_graph
from .exports import export_rdf, save_graph
from .exports.results import serialize_result
from .store import load_graph, open_store
from .version import __version__

__all__ = [
    "Correction",
    "Decision",
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
    "check_graph",
    "explain",
    "export_rdf",
    "extract_statements",
    "find_orphans",
    "iter_documents",
    "load_graph",
    "open_store",
    "read_decisions",
    "read_statements",
    "record_decision",
    "run_query",
    "save_graph",
    "saved_queries",
    "serialize_result",
]
