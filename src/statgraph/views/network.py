"""Statements -> networkx: the relationship graph behind the HTML view, and its filters.

One node per actor or topic; one edge per (holder, relation, target) with every passage
behind it kept as edge data. Statement records carry ids and labels only, so node types
come from the graph itself (the saved query queries/node-types.rq).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..graph.read import filter_records
from ..relations import default_stance_groups, stance_of

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

    from ..store import Store

NODE_TYPES = ("person", "state", "organization", "group", "topic", "office", "actor")
PASSAGE_KEYS = (
    "doc", "title", "date", "outlet", "speaker", "voice", "start", "end", "passage", "confidence", "rule", "id", "review"
)


def read_node_types(graph: Graph | Store) -> dict[str, tuple[str, str | None]]:
    """Node id -> (type, label) for every actor, topic and office of a graph.

    Args:
        graph: a graph built by statgraph, or a store.

    Returns:
        Ids as `read_statements` gives them; an actor's type wins over a topic of the same id.
    """
    from ..query import load_query, result_rows, run_query

    names, rows = result_rows(run_query(graph, load_query("node-types")))
    found: dict[str, tuple[str, str | None]] = {}
    for row in rows:
        values = dict(zip(names, row, strict=True))
        node_id, kind = values["id"] or "", values["type"] or "actor"
        if node_id not in found or found[node_id][0] in ("topic", "office"):
            found[node_id] = (kind, values["label"])
    return found


def select_records(
    records: Iterable[dict[str, Any]],
    *,
    relations: Sequence[str] = (),
    docs: Sequence[str] = (),
    min_confidence: float = 0.0,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """The records of some relations (or stance groups) and some documents, at a confidence or
    more, dated within a range.

    Args:
        records: statement records (see `read_statements`).
        relations: relation names (opposes) or stance groups (oppose); none keeps all.
        docs: document file names; none keeps all.
        min_confidence: the lowest confidence kept.
        since: the first day kept (ISO date), or None.
        until: the last day kept, or None; with either bound, undated passages go.

    Returns:
        The records kept, in their order.

    Raises:
        InputError: a relation or a document is not known.
    """
    records = list(records)
    wanted = set(relations)
    stances = default_stance_groups()
    unknown = wanted - set(stances) - set(stances.values())
    if unknown:
        choices = sorted(set(stances) | set(stances.values()))
        raise InputError(f"unknown relation {sorted(unknown)[0]!r}; choose from {', '.join(choices)}")
    present = {record["doc"] for record in records}
    missing = sorted(set(docs) - present)
    if missing:
        raise InputError(
            f"no statements from document {missing[0]!r}; documents with statements: "
            f"{', '.join(sorted(present)[:10])}{' ...' if len(present) > 10 else ''}"
        )
    return [
        record
        for record in filter_records(records, min_confidence=min_confidence, since=since, until=until)
        if (not wanted or record["relation"] in wanted or stance_of(record["relation"]) in wanted)
        and (not docs or record["doc"] in docs)
    ]


def relationship_graph(
    records: Iterable[dict[str, Any]], types: dict[str, tuple[str, str | None]] | None = None
) -> nx.MultiDiGraph:
    """A MultiDiGraph: nodes by id (label, kind), an edge a relation with its passages.

    Args:
        records: statement records (see `read_statements`; `extra=True` adds title and date).
        types: node id -> (type, label), from `read_node_types`.

    Returns:
        Edges keyed by relation, with data relation, stance, summary and passages.
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    for record in records:
        holder, target, key = record["holder_id"], record["target_id"], record["relation"]
        _add_node(graph, holder, record["holder"], "actor", types or {})
        _add_node(graph, target, record["target"], "topic", types or {})
        if not graph.has_edge(holder, target, key):
            labels = graph.nodes[holder]["label"], graph.nodes[target]["label"]
            summary = f"{labels[0]} {key.replace('_', ' ')} {labels[1]}"
            graph.add_edge(
                holder,
                target,
                key=key,
                relation=key,
                stance=stance_of(key),
                summary=summary,
                passages=[],
            )
        passage = {name: record.get(name) for name in PASSAGE_KEYS}
        graph.edges[holder, target, key]["passages"].append(passage)
    return graph


def _add_node(
    graph: nx.Graph,
    node: str,
    label: str | None,
    default: str,
    types: dict[str, tuple[str, str | None]],
) -> None:
    """Add a node once: its type and label from the graph's node types, else from the record."""
    if node not in graph:
        kind, known = types.get(node, (default, None))
        graph.add_node(node, label=known or label or node, kind=kind)


def support(data: dict[str, Any]) -> int:
    """The number of passages behind an edge (its `weight`, else its passages)."""
    return int(data.get("weight") or len(data.get("passages", ())))


def find_node(graph: nx.Graph, name: str) -> Any:
    """The node an id or a label names (case-insensitive).

    Raises:
        InputError: nothing has that name; the message suggests close ones.
    """
    if name in graph:
        return name
    wanted = name.casefold().strip()
    by_name = {str(data.get("label", node)).casefold(): node for node, data in graph.nodes(data=True)}
    by_name.update({str(node).casefold(): node for node in graph})
    if wanted in by_name:
        return by_name[wanted]
    close = difflib.get_close_matches(wanted, list(by_name), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(graph.nodes[by_name[c]]['label']) for c in close)}?" if close else ""
    raise InputError(f"no actor or topic named {name!r} in the view{hint}")


def trim_graph(
    graph: nx.MultiDiGraph,
    *,
    min_support: int = 1,
    focus: str | None = None,
    depth: int = 1,
    max_nodes: int | None = None,
) -> tuple[nx.MultiDiGraph, list[str]]:
    """Apply the view's filters: weak edges, an ego network, and a cap on the nodes.

    Args:
        graph: the relationship graph (or any graph whose edges carry passages or a weight).
        min_support: drop edges with fewer passages.
        focus: an actor or topic (id or label): keep those within `depth` steps of it.
        depth: steps from `focus`, either direction.
        max_nodes: past this many nodes, keep the busiest (most passages).

    Returns:
        The trimmed copy and notes that say what was left out, for the page.
    """
    notes = []
    if min_support > 1:
        graph = drop_weak_edges(graph, min_support)
        notes.append(f"edges with at least {min_support} passages")
    if focus:
        import networkx as nx

        centre = find_node(graph, focus)
        near = nx.ego_graph(graph.to_undirected(as_view=True), centre, radius=depth)
        graph = graph.subgraph(near).copy()
        notes.append(f"within {depth} step{'s' if depth > 1 else ''} of {graph.nodes[centre]['label']}")
    if max_nodes is not None and len(graph) > max_nodes:
        graph, note = keep_busiest(graph, max_nodes)
        notes.append(note)
    return graph, notes


def drop_weak_edges(graph: nx.Graph, min_support: int) -> nx.Graph:
    """A copy without the edges of fewer than `min_support` passages, nor the nodes left bare.

    Args:
        graph: any graph whose edges carry passages or a weight.
        min_support: the fewest passages an edge needs.

    Returns:
        The copy.
    """
    kept = graph.copy()
    if kept.is_multigraph():
        kept.remove_edges_from(
            [(u, v, k) for u, v, k, data in kept.edges(keys=True, data=True) if support(data) < min_support]
        )
    else:
        kept.remove_edges_from([(u, v) for u, v, data in kept.edges(data=True) if support(data) < min_support])
    kept.remove_nodes_from([node for node in list(kept) if kept.degree(node) == 0])
    return kept


def keep_busiest(graph: nx.Graph, max_nodes: int) -> tuple[nx.Graph, str]:
    """The `max_nodes` nodes with the most passages on their edges, and a note saying so.

    Args:
        graph: any graph whose edges carry passages or a weight.
        max_nodes: how many nodes to keep; ties go to the smaller id.

    Returns:
        The subgraph (a copy) and the note for the page.
    """
    busy = dict.fromkeys(graph, 0)
    for holder, target, data in graph.edges(data=True):
        busy[holder] += support(data)
        busy[target] += support(data)
    kept = [node for *_, node in sorted((-count, str(node), node) for node, count in busy.items())][:max_nodes]
    note = (
        f"the {max_nodes:,} busiest of {len(graph):,} nodes (most passages); narrow the view with "
        f"--focus, --relation, --doc or --min-support, or raise --max-nodes"
    )
    return graph.subgraph(kept).copy(), note
