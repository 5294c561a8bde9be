"""networkx -> one self-contained HTML page: vis-network inlined, the graph as escaped JSON.

The page template is our own, not pyvis's. pyvis 0.3.2 with `cdn_resources="in_line"` still
loads Bootstrap from a CDN and with `"local"` loads vis-network from one; it does not escape
`heading`, and shows a tooltip that contains `href` through innerHTML. Its `add_edge` is
quadratic on undirected graphs and `from_nx` changes the graph it is given. What we keep from
pyvis is its vis-network 9.1.2 build, read from the installed pyvis package
(templates/lib/vis-9.1.2/vis-network.min.js, dual-licensed Apache-2.0 or MIT, licence
header kept) and inlined.

The page: views/view.html (markup up to the data block), view.css and view.js (the graph,
labels, filters, side panel, statements table with CSV export, timeline and the document
reader). The data block holds nodes, edges, one table of passages (with confidence, rule and
date) and, with `texts`, the documents' texts (views/texts.py, capped at TEXT_CAP characters).

Safety: the data sits in a `<script type="application/json">` block with <, >, & and
U+2028/U+2029 escaped; views/view.js builds every piece of document text with textContent
(vis-network shows string tooltips with innerText; canvas labels are drawn with fillText);
a Content-Security-Policy lets only the page's own scripts run (by hash) and lets nothing
load from the network (the CSV export is a blob the page builds).
Layout: up to PHYSICS_LIMIT nodes the browser lays the graph out and then stops physics, so
it stays still; past it the positions are computed here (views/layout.py), edges are
straight and physics is off, so the page draws at once.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..errors import ExportError
from .network import support
from .texts import TEXT_CAP, page_texts

if TYPE_CHECKING:
    import networkx as nx

PHYSICS_LIMIT = 300  # nodes; past this the layout is computed beforehand and physics is off
EDGE_LABEL_LIMIT = 300  # edges; past this edges carry no text on the canvas
# vis-network as pyvis 0.3.2 ships it
VIS_NETWORK = "templates/lib/vis-9.1.2/vis-network.min.js"
NODE_STYLES = {  # type -> (vis-network shape, fill, border)
    "person": ("dot", "#4e79a7", "#2d4a66"),
    "state": ("square", "#e15759", "#8f2d2f"),
    "organization": ("diamond", "#59a14f", "#2f5f2a"),
    "group": ("triangle", "#b07aa1", "#6b4463"),
    "topic": ("hexagon", "#edc948", "#9c8421"),
    "office": ("triangleDown", "#bab0ac", "#6f6865"),
    "actor": ("dot", "#9c755f", "#5e4638"),
}
STANCE_COLOURS = {
    "support": "#2ca02c",
    "oppose": "#d62728",
    "demand": "#ff7f0e",
    "propose": "#1f77b4",
    "warn": "#9467bd",
    "cooperate": "#17becf",
    "event": "#9a9a9a",
    "congruence": "#1a9850",
    "conflict": "#d73027",
}
PASSAGE_FIELDS = (
    "doc",
    "title",
    "date",
    "outlet",
    "speaker",
    "voice",
    "start",
    "end",
    "text",
    "statement",
    "confidence",
    "rule",
    "review",
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def render_html(
    graph: nx.Graph,
    *,
    title: str = "statgraph",
    notes: Sequence[str] = (),
    texts: Mapping[str, str] | None = None,
) -> str:
    """A self-contained HTML page of a graph that works offline; all document text is escaped.

    Args:
        graph: nodes with label and kind; edges with stance, passages, and optionally summary,
            label (default: the relation) and weight (default: the number of passages);
            graph.graph["weight_unit"] names what a weight counts (default: passage).
        title: the page's title.
        notes: lines shown above the graph (what the view leaves out).
        texts: document name -> text, for the documents the page shows (see views/texts.py).

    Returns:
        The page.
    """
    scripts = [_asset(VIS_NETWORK, package="pyvis"), _asset("view.js")]
    css = _asset("view.css")
    data = page_data(graph, title=title, notes=notes, texts=texts)
    page = (
        _template()
        .replace("@CSP@", _csp(scripts, css))
        .replace("@CSS@", css)
        .replace("@TITLE@", html.escape(title))
        .replace("@DATA@", script_json(data))
    )
    return page + "".join(f"<script>{script}</script>\n" for script in scripts) + "</body>\n</html>\n"


def page_data(
    graph: nx.Graph, *, title: str, notes: Sequence[str] = (), texts: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The JSON the page is built from: nodes, edges, a passage table, document texts, styles and options.

    Args:
        graph: as for `render_html`.
        title: the page's title.
        notes: lines shown above the graph.
        texts: document name -> text; each document shown gets its text or the reason it has none.

    Returns:
        A JSON-ready dict; edges refer to passages by index, so a passage is stored once.
    """
    physics = len(graph) <= PHYSICS_LIMIT
    index, nodes = _node_records(graph, physics=physics)
    passages: dict[tuple[Any, ...], int] = {}
    edges = _edge_records(graph, index, passages)
    kinds = {node["kind"] for node in nodes}
    stances = {edge["stance"] for edge in edges}
    # a field the passage lacks is left out (the page reads it as empty), which keeps big pages small
    table = [
        {name: value for name, value in zip(PASSAGE_FIELDS, key, strict=True) if value is not None} for key in passages
    ]
    return {
        "title": title,
        "notes": list(notes),
        "directed": graph.is_directed(),
        "physics": physics,
        "edgeLabels": len(edges) <= EDGE_LABEL_LIMIT and len({e["label"] for e in edges}) > 1,
        "weightUnit": str(graph.graph.get("weight_unit", "passage")),
        "nodeStyles": {
            kind: dict(zip(("shape", "color", "border"), style, strict=True))
            for kind, style in NODE_STYLES.items()
            if kind in kinds
        },
        "stanceColours": {stance: colour for stance, colour in STANCE_COLOURS.items() if stance in stances},
        "nodes": nodes,
        "edges": edges,
        "passages": table,
        "timeline": timeline(passages),
        "textCap": TEXT_CAP,
        "documents": page_texts(texts or {}, table),
    }


def timeline(passages: Iterable[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Passages per month of their documents' dates, in order: [{"month": "2022-01", "passages": 12}]."""
    at = PASSAGE_FIELDS.index("date")
    months = Counter(str(key[at])[:7] for key in passages if key[at])
    return [{"month": month, "passages": count} for month, count in sorted(months.items())]


def _node_records(graph: nx.Graph, *, physics: bool) -> tuple[dict[Any, int], list[dict[str, Any]]]:
    """Page ids by node, and the node records (with positions when physics is off)."""
    from .layout import compute_positions

    positions = {} if physics else compute_positions(graph)
    busy: dict[Any, int] = defaultdict(int)
    for holder, target, data in graph.edges(data=True):
        busy[holder] += support(data)
        busy[target] += support(data)
    index, nodes = {}, []
    for number, node in enumerate(sorted(graph, key=str)):
        data = graph.nodes[node]
        index[node] = number
        record = {
            "id": number,
            "key": str(node),
            "label": str(data.get("label", node)),
            "kind": data.get("kind") if data.get("kind") in NODE_STYLES else "actor",
            "weight": busy[node],
            "degree": graph.degree(node),
        }
        if node in positions:
            record["x"], record["y"] = positions[node]
        nodes.append(record)
    return index, nodes


def _edge_records(graph: nx.Graph, index: dict[Any, int], passages: dict[tuple[Any, ...], int]) -> list[dict[str, Any]]:
    """Edge records; each edge's passages are added to `passages` (key -> page index)."""
    items = (
        graph.edges(keys=True, data=True)
        if graph.is_multigraph()
        else ((u, v, None, data) for u, v, data in graph.edges(data=True))
    )
    edges = sorted(items, key=_edge_order)
    curves = _curves([(holder, target) for holder, target, _, _ in edges])
    return [_edge_record(graph, number, edge, curves[number], index, passages) for number, edge in enumerate(edges)]


def _edge_record(
    graph: nx.Graph,
    number: int,
    edge: tuple[Any, Any, Any, dict[str, Any]],
    curve: float,
    index: dict[Any, int],
    passages: dict[tuple[Any, ...], int],
) -> dict[str, Any]:
    """One edge as the page reads it; its passages by index into the page's passage table."""
    holder, target, key, data = edge
    keys = dict.fromkeys(_passage_key(passage) for passage in data.get("passages", ()))
    label = str(data.get("label") or data.get("relation") or key or "")
    ends = graph.nodes[holder].get("label", holder), graph.nodes[target].get("label", target)
    record = {
        "id": number,
        "from": index[holder],
        "to": index[target],
        "label": label.replace("_", " "),
        "stance": data.get("stance") if data.get("stance") in STANCE_COLOURS else "event",
        "weight": support(data),
        "curve": curve,
        "passages": [passages.setdefault(passage, len(passages)) for passage in keys],
        "summary": str(data.get("summary") or f"{ends[0]} {label} {ends[1]}"),
    }
    if data.get("pairs"):  # a congruence or conflict edge: each actor's passages, target by target
        record["pairs"] = [
            {
                "target": str(pair["target"]),
                "one": [passages.setdefault(_passage_key(p), len(passages)) for p in pair["one"]],
                "other": [passages.setdefault(_passage_key(p), len(passages)) for p in pair["other"]],
            }
            for pair in data["pairs"]
        ]
    return record


def _edge_order(edge: tuple[Any, Any, Any, dict[str, Any]]) -> tuple[str, str, str]:
    return str(edge[0]), str(edge[1]), str(edge[2])


def _passage_key(passage: dict[str, Any]) -> tuple[Any, ...]:
    values = {**passage, "text": passage.get("passage", passage.get("text"))}
    return tuple(values.get(field) for field in PASSAGE_FIELDS)


def _curves(pairs: list[tuple[Any, Any]]) -> list[float]:
    """How much each edge bends: 0 when it alone joins its two nodes, so parallel edges part."""
    seen: dict[tuple[Any, Any], int] = defaultdict(int)
    both: dict[frozenset[Any], int] = defaultdict(int)
    for holder, target in pairs:
        both[frozenset((holder, target))] += 1
    curves = []
    for holder, target in pairs:
        seen[holder, target] += 1
        alone = both[frozenset((holder, target))] == 1
        curves.append(0.0 if alone else round(0.15 * seen[holder, target], 2))
    return curves


def script_json(value: Any) -> str:
    """JSON that is safe inside a `<script>` element: <, >, &, U+2028 and U+2029 escaped.

    Args:
        value: any JSON-ready value.

    Returns:
        The JSON text; no document text in it can close the element or open a comment.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _JSON_ESCAPES.items():
        text = text.replace(char, escaped)
    return _SURROGATE.sub(_escape_surrogate, text)


def _escape_surrogate(match: re.Match[str]) -> str:
    """A lone surrogate as a JSON escape, so the page can be written as UTF-8."""
    return f"\\u{ord(match.group()):04x}"


def _template() -> str:
    """The page's HTML up to its data block (views/view.html)."""
    return (resources.files("statgraph") / "views" / "view.html").read_text(encoding="utf-8")


def _asset(name: str, package: str = "statgraph") -> str:
    """A file shipped in statgraph/views (or, with package="pyvis", in pyvis), checked to be
    safe to inline.

    Raises:
        ExportError: the file is missing or could end the element it is inlined in.
    """
    folder = resources.files(package) / ("views" if package == "statgraph" else "")
    try:
        text = (folder / name).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError) as e:
        raise ExportError(f"the view's {name} is missing from the {package} package: {e}") from e
    if "</script" in text.lower() or "</style" in text.lower() or "<!--" in text:
        raise ExportError(f"the view's {name} contains a closing tag and cannot be inlined")
    return text


def _csp(scripts: Sequence[str], css: str) -> str:
    """A Content-Security-Policy that allows these inline scripts and style only, and no network."""
    return (
        f"default-src 'none'; script-src {' '.join(_digest(script) for script in scripts)}; "
        f"style-src {_digest(css)}; img-src data:; base-uri 'none'; form-action 'none'"
    )


def _digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
