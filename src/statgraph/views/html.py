"""networkx -> a single offline HTML page (pyvis), written only to the path given."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

NODE_COLOURS = {"person": "#4e79a7", "state": "#e15759", "organization": "#59a14f", "group": "#b07aa1",
                "topic": "#edc948", "office": "#bab0ac", "actor": "#9c755f"}


def render_html(graph: nx.MultiDiGraph, *, title: str = "statgraph") -> str:
    """An HTML page of the relationship graph; all document text is escaped."""
    from pyvis.network import Network

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node, data in sorted(graph.nodes(data=True)):
        net.add_node(node, label=data["label"], title=html.escape(data["label"]),
                     color=NODE_COLOURS.get(data["kind"], "#999999"))
    for holder, target, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        net.add_edge(holder, target, label=key, title=html.escape(f"{key}: {len(data['passages'])} passage(s)"),
                     value=len(data["passages"]))
    return net.generate_html(name="index.html")
