"""Statements -> networkx: the relationship graph behind the HTML view.

One node per actor or topic; one edge per (holder, relation, target) with every passage
behind it kept as edge data.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx


def relationship_graph(records: Iterable[dict[str, Any]], types: dict[str, str] | None = None) -> nx.MultiDiGraph:
    """A MultiDiGraph: nodes by id (label, kind), an edge a relation with its passages.

    Args:
        records: statement records (see `read_statements`).
        types: node id -> type (person, state, organization, group, topic, office).
    """
    import networkx as nx

    types = types or {}
    graph = nx.MultiDiGraph()
    for record in records:
        holder, target = record["holder_id"], record["target_id"]
        graph.add_node(holder, label=record["holder"], kind=types.get(holder, "actor"))
        if target not in graph:
            graph.add_node(target, label=record["target"], kind=types.get(target, "topic"))
        key = record["relation"]
        if not graph.has_edge(holder, target, key):
            graph.add_edge(holder, target, key=key, relation=key, passages=[])
        graph.edges[holder, target, key]["passages"].append(
            {k: record.get(k) for k in ("doc", "speaker", "voice", "start", "end", "passage", "date", "title")})
    return graph
