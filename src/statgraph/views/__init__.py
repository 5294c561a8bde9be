"""Views of a graph: the relationship graph as an interactive page, and discourse networks.

Network file formats are looked up by name, and the built-ins register as an extension would:

    from statgraph.views import register_network_format
    register_network_format("pajek", "mypackage.module:to_pajek")

A network format takes a networkx graph (see `discourse_network`) and returns bytes.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ExportError, InputError

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

    from ..store import Store

DEFAULT_MAX_NODES = 2000
_NETWORK_FORMATS: dict[str, str] = {}


def register_network_format(name: str, target: str) -> None:
    """Register a network file format by name, as "module:function", loaded lazily."""
    _NETWORK_FORMATS[name] = target


def network_formats() -> list[str]:
    """The registered network format names."""
    return sorted(_NETWORK_FORMATS)


def get_network_format(name: str) -> Callable[[nx.Graph], bytes]:
    """The function that writes a network in a format.

    Raises:
        ExportError: no format has that name.
    """
    if name not in _NETWORK_FORMATS:
        raise ExportError(f"unknown network format {name!r}; choose one of {', '.join(network_formats())}")
    module, function = _NETWORK_FORMATS[name].split(":")
    return getattr(importlib.import_module(module), function)  # type: ignore[no-any-return]


def view_graph(
    graph: Graph | Store,
    *,
    focus: str | None = None,
    depth: int = 1,
    relations: Sequence[str] = (),
    docs: Sequence[str] = (),
    min_support: int = 1,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    min_confidence: float = 0.0,
) -> tuple[nx.MultiDiGraph, list[str]]:
    """The relationship graph a view shows, and the note that says what it leaves out.

    Args:
        graph: a graph built by statgraph, or a store.
        focus: an actor or topic (id or label): only its ego network.
        depth: steps from `focus`.
        relations: only these relations or stance groups (supports, oppose, event ...).
        docs: only passages from these documents (file names).
        min_support: only edges with at least this many passages.
        max_nodes: past this many nodes, only the busiest.
        min_confidence: only passages whose statement has at least this confidence.

    Returns:
        The networkx graph and the page's notes.

    Raises:
        InputError: a filter names something unknown, or nothing is left to show.
    """
    from ..graph.read import read_statements
    from .network import read_node_types, relationship_graph, select_records, trim_graph

    records = select_records(read_statements(graph, extra=True), relations=relations, docs=docs,
                             min_confidence=min_confidence)
    network = relationship_graph(records, read_node_types(graph))
    network, notes = trim_graph(network, min_support=min_support, focus=focus, depth=depth, max_nodes=max_nodes)
    notes = _chosen(relations=relations, documents=docs) + notes
    notes += [f"statements of confidence {min_confidence} or more"] if min_confidence > 0 else []
    if not len(network) and notes:
        raise InputError(f"nothing to show with these filters: {'; '.join(notes)}")
    return network, [f"Showing only {'; '.join(notes)}."] if notes else []


def _chosen(**choices: Sequence[str]) -> list[str]:
    """Notes that name the relations and documents chosen ("relations oppose, warns")."""
    return [f"{name} {', '.join(values)}" for name, values in choices.items() if values]


def write_view(
    graph: Graph | Store, out: str | os.PathLike[str], *, title: str = "statgraph", **filters: Any
) -> tuple[int, int]:
    """Write the interactive HTML view of a statgraph graph to `out` (atomically).

    Args:
        graph: a graph built by statgraph, or a store.
        out: the HTML file to write; nothing else is written.
        title: the page's title.
        **filters: focus, depth, relations, docs, min_support, max_nodes, min_confidence (see `view_graph`).

    Returns:
        The number of nodes and edges drawn.
    """
    from ..store import atomic_write
    from .html import render_html

    network, notes = view_graph(graph, **filters)
    atomic_write(out, render_html(network, title=title, notes=notes).encode("utf-8", "replace"))
    return network.number_of_nodes(), network.number_of_edges()


def network_format(fmt: str | None, out: str | os.PathLike[str] | None) -> str:
    """The format asked for, else the one `out`'s extension names, else csv.

    Raises:
        ExportError: the extension names no network format.
    """
    if fmt:
        return fmt
    if out is None:
        return "csv"
    suffix = Path(out).suffix.lower().lstrip(".")
    found = {"htm": "html", "xml": "graphml"}.get(suffix, suffix)
    if found not in _NETWORK_FORMATS:
        raise ExportError(
            f"cannot tell a network format from {str(out)!r}; name one with --format ({', '.join(network_formats())})"
        )
    return found


def render_network(
    graph: Graph | Store, *, kind: str, fmt: str, min_weight: int = 1, min_confidence: float = 0.0
) -> bytes:
    """A discourse network of a statgraph graph, in a file format.

    Args:
        graph: a graph built by statgraph, or a store.
        kind: congruence, conflict or affiliation (see statgraph.views.discourse).
        fmt: html, graphml, gexf or csv (or a registered format).
        min_weight: only edges of at least this weight.

    Returns:
        The file's bytes.

    Raises:
        InputError: the kind is unknown.
        ExportError: the format is unknown.
    """
    writer = get_network_format(fmt)
    return writer(make_network(graph, kind=kind, min_weight=min_weight, min_confidence=min_confidence))  # type: ignore[no-any-return]


def make_network(graph: Graph | Store, *, kind: str, min_weight: int = 1, min_confidence: float = 0.0) -> Any:
    """The discourse network (networkx) that `render_network` writes; its notes say why it is
    empty when it is (no statements, or none that make an edge of this kind)."""
    from ..graph.read import read_statements
    from .discourse import discourse_network
    from .network import drop_weak_edges, read_node_types

    records = [r for r in read_statements(graph, extra=True) if r["confidence"] >= min_confidence]
    network = discourse_network(records, kind, read_node_types(graph))
    notes, edges = [], network.number_of_edges()
    if min_weight > 1:
        network = drop_weak_edges(network, min_weight)
        notes.append(f"Showing only edges of weight {min_weight} or more.")
    if not records:
        notes.append("The graph has no statements.")
    elif not edges:
        notes.append(_EMPTY[kind])
    elif not network.number_of_edges():
        notes.append(f"No edge has weight {min_weight} or more.")
    network.graph["notes"] = notes
    network.graph["title"] = f"statgraph {kind} network"
    return network


_EMPTY = {
    "congruence": "No congruence edges: no two actors take the same stance on one target.",
    "conflict": "No conflict edges: no two actors take opposite stances on one target.",
    "affiliation": "No affiliation edges: the statements hold no stances, only events.",
}


register_network_format("html", "statgraph.views.discourse:to_html")
register_network_format("graphml", "statgraph.views.discourse:to_graphml")
register_network_format("gexf", "statgraph.views.discourse:to_gexf")
register_network_format("csv", "statgraph.views.discourse:to_csv")
