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
    since: str | None = None,
    until: str | None = None,
    include_rejected: bool = False,
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
        since: only passages of documents dated from this ISO date on (undated ones go).
        until: only passages of documents dated up to this ISO date.
        include_rejected: also the statements an analyst rejected (their passages say so).

    Returns:
        The networkx graph and the page's notes.

    Raises:
        InputError: a filter names something unknown, or nothing is left to show.
    """
    from ..graph.read import read_statements
    from .network import read_node_types, relationship_graph, select_records, trim_graph

    records = select_records(read_statements(graph, extra=True, include_rejected=include_rejected),
                             relations=relations, docs=docs,
                             min_confidence=min_confidence, since=since, until=until)
    network = relationship_graph(records, read_node_types(graph))
    network, notes = trim_graph(network, min_support=min_support, focus=focus, depth=depth, max_nodes=max_nodes)
    notes = _chosen(relations=relations, documents=docs) + notes
    notes += [f"statements of confidence {min_confidence} or more"] if min_confidence > 0 else []
    notes += [f"passages dated {since or '…'} to {until or '…'}"] if since or until else []
    if not len(network) and notes:
        raise InputError(f"nothing to show with these filters: {'; '.join(notes)}")
    return network, [f"Showing only {'; '.join(notes)}."] if notes else []


def _chosen(**choices: Sequence[str]) -> list[str]:
    """Notes that name the relations and documents chosen ("relations oppose, warns")."""
    return [f"{name} {', '.join(values)}" for name, values in choices.items() if values]


def write_view(
    graph: Graph | Store,
    out: str | os.PathLike[str],
    *,
    title: str = "statgraph",
    texts: Sequence[str | os.PathLike[str]] = (),
    **filters: Any,
) -> tuple[int, int]:
    """Write the interactive HTML view of a statgraph graph to `out` (atomically).

    Args:
        graph: a graph built by statgraph, or a store.
        out: the HTML file to write; nothing else is written.
        title: the page's title.
        texts: the files or folders the graph was built from; the page carries the texts of the
            documents it shows (up to views.texts.TEXT_CAP characters), so a passage opens its document.
        **filters: focus, depth, relations, docs, min_support, max_nodes, min_confidence, since, until,
            include_rejected (see `view_graph`).

    Returns:
        The number of nodes and edges drawn.
    """
    from ..store import atomic_write
    from .html import render_html
    from .texts import read_texts

    network, notes = view_graph(graph, **filters)
    page = render_html(network, title=title, notes=notes, texts=read_texts(texts) if texts else None)
    atomic_write(out, page.encode("utf-8", "replace"))
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
    graph: Graph | Store,
    *,
    kind: str,
    fmt: str,
    min_weight: int = 1,
    min_confidence: float = 0.0,
    since: str | None = None,
    until: str | None = None,
    polarity: str | None = None,
    merge_speakers: bool = False,
    include_rejected: bool = False,
) -> bytes:
    """A discourse network of a statgraph graph, in a file format.

    Args:
        graph: a graph built by statgraph, or a store.
        kind: congruence, conflict or affiliation (see statgraph.views.discourse).
        fmt: html, graphml, gexf or csv (or a registered format).
        min_weight: only edges of at least this weight.
        min_confidence: only statements at or above this confidence.
        since: only passages of documents dated from this ISO date on.
        until: only passages of documents dated up to this ISO date.
        polarity: support or oppose (see `discourse_network`).
        merge_speakers: a person who speaks for a state or organisation counts as it.
        include_rejected: also the statements an analyst rejected.

    Returns:
        The file's bytes; an empty network's page says why it is empty.

    Raises:
        InputError: the kind or polarity is unknown.
        ExportError: the format is unknown.
    """
    writer = get_network_format(fmt)
    return writer(network_of(graph, kind=kind, min_weight=min_weight, min_confidence=min_confidence, since=since,
                             until=until, polarity=polarity, merge_speakers=merge_speakers,
                             include_rejected=include_rejected))


def network_of(
    graph: Graph | Store,
    *,
    kind: str,
    min_weight: int = 1,
    min_confidence: float = 0.0,
    since: str | None = None,
    until: str | None = None,
    polarity: str | None = None,
    merge_speakers: bool = False,
    include_rejected: bool = False,
) -> nx.Graph:
    """The discourse network `render_network` writes (same arguments, no format); when it has
    no edge, graph.graph["empty"] says why."""
    records, types, notes = discourse_records(
        graph, min_confidence=min_confidence, since=since, until=until, merge_speakers=merge_speakers,
        include_rejected=include_rejected,
    )
    return make_network(records, types, kind=kind, polarity=polarity, min_weight=min_weight, notes=notes)


def write_network_windows(
    graph: Graph | Store,
    out: str | os.PathLike[str],
    *,
    kind: str,
    fmt: str,
    window: str,
    step: str | None = None,
    **choices: Any,
) -> list[tuple[Path, int]]:
    """Discourse networks per time window: one file each, or one dynamic GEXF (see
    statgraph.views.windows for the names and the windows).

    Args:
        graph: a graph built by statgraph, or a store.
        out: the file asked for; a window's file is named after it.
        kind: congruence, conflict or affiliation.
        fmt: the format; gexf writes one dynamic file at `out`.
        window: a window's length (30d, 2w, 1m, 1y); step: how far windows move on.
        **choices: min_weight, min_confidence, since, until, polarity, merge_speakers (see
            `render_network`).

    Returns:
        Each file written with the number of edges in it (a dynamic GEXF: in all windows).
    """
    from ..store import atomic_write
    from .windows import dynamic_gexf, window_networks, window_path

    writer = get_network_format(fmt)
    keep = {key: choices.get(key) for key in ("min_confidence", "since", "until")}
    records, types, notes = discourse_records(graph, **{k: v for k, v in keep.items() if v is not None},
                                              merge_speakers=bool(choices.get("merge_speakers")),
                                              include_rejected=bool(choices.get("include_rejected")))

    def make(part: list[dict[str, Any]], span: tuple[str, str, str]) -> nx.Graph:
        network = make_network(part, types, kind=kind, polarity=choices.get("polarity"),
                               min_weight=int(choices.get("min_weight") or 1),
                               notes=[*notes, f"the window {span[0]} to {span[1]}"])
        network.graph["title"] += f", {span[0]} to {span[1]}"
        return network

    networks = window_networks(records, make, window=window, step=step, since=keep["since"], until=keep["until"])
    if fmt == "gexf":
        atomic_write(out, dynamic_gexf(networks, kind))
        return [(Path(out), sum(network.number_of_edges() for _, network in networks))]
    written = []
    for span, network in networks:
        atomic_write(window_path(out, span), writer(network))
        written.append((window_path(out, span), network.number_of_edges()))
    return written


def discourse_records(
    graph: Graph | Store,
    *,
    min_confidence: float = 0.0,
    since: str | None = None,
    until: str | None = None,
    merge_speakers: bool = False,
    include_rejected: bool = False,
) -> tuple[list[dict[str, Any]], dict[str, tuple[str, str | None]], list[str]]:
    """The statement records a discourse network is made of, the node types, and notes that
    say what was chosen (dates, merged speakers)."""
    from ..graph.read import filter_records, read_statements
    from .network import read_node_types
    from .speakers import merge_speakers as merge

    types = read_node_types(graph)
    found = read_statements(graph, extra=True, include_rejected=include_rejected)
    records = filter_records(found, min_confidence=min_confidence, since=since,
                             until=until)
    notes = [f"passages dated {since or '…'} to {until or '…'}"] if since or until else []
    if merge_speakers:
        records, merged = merge(records, types)
        if merged:
            notes.append("speakers merged into whom they speak for: "
                         + "; ".join(f"{person} → {holder}" for person, holder in merged.items()))
    return records, types, notes


def make_network(
    records: list[dict[str, Any]],
    types: dict[str, tuple[str, str | None]],
    *,
    kind: str,
    polarity: str | None = None,
    min_weight: int = 1,
    notes: Sequence[str] = (),
) -> nx.Graph:
    """A discourse network of records, its title and its notes (what was chosen; why it is empty)."""
    from .discourse import discourse_network
    from .network import drop_weak_edges

    network = discourse_network(records, kind, types, polarity=polarity)
    chosen = list(notes) + ([f"agreement in {polarity}" if kind == "congruence" else f"stances of {polarity}"]
                            if polarity else [])
    if min_weight > 1:
        network = drop_weak_edges(network, min_weight)
        chosen.append(f"edges of weight {min_weight} or more")
        if not network.number_of_edges():
            network.graph["empty"] = f"no edge has weight {min_weight} or more"
    lines = [f"Showing only {'; '.join(chosen)}."] if chosen else []
    if "empty" in network.graph:
        lines.append(f"Empty network: {network.graph['empty']}.")
    network.graph["notes"] = lines
    network.graph["title"] = f"statgraph {kind} network"
    return network


register_network_format("html", "statgraph.views.discourse:to_html")
register_network_format("graphml", "statgraph.views.discourse:to_graphml")
register_network_format("gexf", "statgraph.views.discourse:to_gexf")
register_network_format("csv", "statgraph.views.discourse:to_csv")
