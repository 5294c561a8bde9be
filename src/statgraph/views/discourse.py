"""Statements -> discourse networks, and the files Gephi, visone, R or a spreadsheet open.

As in discourse network analysis, a statement is an actor's stance on a target (a concept),
and the stance's polarity is its agreement: support (supports, and demands and proposes: an
actor that demands or proposes a thing agrees with it) or oppose (opposes, rejects,
criticizes). Warnings and cooperation have no polarity here, and events (visits,
memberships, roles) are not stances at all.

- congruence: two actors are linked when they take the same polarity on the same target;
- conflict: two actors are linked when they take opposite polarities on the same target;
  for both, the weight is the number of such targets, which the `targets` attribute names;
- affiliation: the two-mode actor-target network of every stance (events left out), with
  the stance group as the `stance` attribute and the number of passages as the weight.

Notes:
    Leifeld, P. (2017), "Discourse Network Analysis: Policy Debates as Dynamic Networks",
    in The Oxford Handbook of Political Networks. GraphML keeps `label` on nodes and `weight`
    on edges, the attributes Gephi and visone read as label and weight.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations, product
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .network import PASSAGE_KEYS, stance_of

if TYPE_CHECKING:
    import networkx as nx

KINDS = ("congruence", "conflict", "affiliation")
POLARITIES = ("support", "oppose")
# A stance group's agreement with its target: to demand or propose a thing is to agree with it.
AGREEMENT_OF = {"support": "support", "demand": "support", "propose": "support", "oppose": "oppose"}
# A congruence edge's label by the polarity its actors agree in.
AGREEMENT = {"support": "agree in support", "oppose": "agree in opposition", "both": "agree in support and opposition"}
_SIDES = {
    "congruence": (("support", "support"), ("oppose", "oppose")),
    "conflict": (("support", "oppose"),),
}
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
Types = dict[str, tuple[str, str | None]]


def discourse_network(
    records: Iterable[dict[str, Any]], kind: str, types: Types | None = None, *, polarity: str | None = None
) -> nx.Graph:
    """A discourse network of statement records.

    Args:
        records: statement records (see `read_statements`).
        kind: congruence, conflict or affiliation.
        types: node id -> (type, label), from `read_node_types`.
        polarity: support or oppose: only agreement in support or in opposition (congruence),
            or only stances of that polarity (affiliation); None keeps both.

    Returns:
        An undirected graph; nodes carry label and kind, edges weight, stance, summary and
        passages; graph.graph["empty"] says why when it has no edge.

    Raises:
        InputError: the kind or the polarity is not known, or a polarity is asked of a
            conflict network (whose every edge joins the two).
    """
    if kind not in KINDS:
        raise InputError(f"unknown network kind {kind!r}; choose one of {', '.join(KINDS)}")
    if polarity is not None and polarity not in POLARITIES:
        raise InputError(f"unknown polarity {polarity!r}; choose one of {', '.join(POLARITIES)}")
    if polarity is not None and kind == "conflict":
        raise InputError("a conflict network joins support and opposition: --polarity is for congruence or affiliation")
    records = list(records)
    if kind == "affiliation":
        network = affiliation_network(records, types, polarity=polarity)
    else:
        network = one_mode_network(records, kind, types, polarity=polarity)
    if not network.number_of_edges():
        network.graph["empty"] = empty_reason(records, kind, polarity)
    return network


def polarity_of(relation: str) -> str | None:
    """A relation's agreement with its target (support or oppose), None for no polarity."""
    return AGREEMENT_OF.get(stance_of(relation))


def empty_reason(records: list[dict[str, Any]], kind: str, polarity: str | None = None) -> str:
    """Why a network of these records has no edge, in words an analyst can act on."""
    stances = [record for record in records if polarity_of(record["relation"]) in POLARITIES]
    if not records:
        return "no statements (with these filters)"
    if not stances or (polarity and not any(polarity_of(r["relation"]) == polarity for r in stances)):
        which = {"support": "of support", "oppose": "of opposition"}.get(polarity or "", "of support or opposition")
        return f"none of the {len(records)} statements is a stance {which}"
    count = len({record["holder_id"] for record in stances})
    actors = f"{count} actor{'s' if count != 1 else ''} take stances"
    if kind == "congruence":
        same = {"support": " in support", "oppose": " in opposition"}.get(polarity or "", "")
        return f"no two actors share a target with the same stance{same} ({actors})"
    return f"no two actors take opposite stances on the same target ({actors})"


def one_mode_network(
    records: Iterable[dict[str, Any]], kind: str, types: Types | None = None, *, polarity: str | None = None
) -> nx.Graph:
    """The actor congruence or conflict network.

    Args:
        records: statement records.
        kind: congruence (same polarity, same target) or conflict (opposite polarities).
        types: node id -> (type, label).
        polarity: congruence only: support or oppose keeps only agreement in it.

    Returns:
        Actors linked by shared targets; `weight` counts the targets, `targets` names them;
        in congruence, `support` and `oppose` count the targets agreed on in each and
        `polarity` is support, oppose or both; `pairs` holds, target by target, the passages
        of the one actor and of the other.
    """
    import networkx as nx

    graph = nx.Graph(kind=kind, weight_unit="shared target")
    sides_of = [side for side in _SIDES[kind] if polarity is None or side[0] == polarity]
    for target, sides in sorted(_polarities(records).items()):
        for first, second in sides_of:
            for one, other in _pairs(sides[first], sides[second], same=first == second):
                _link(graph, kind, (one, other), target, (sides[first][one], sides[second][other]), types)
                if kind == "congruence":
                    graph.edges[one, other]["polarities"][target] = first
    for _, _, data in graph.edges(data=True):
        _finish_one_mode(data, kind)
    return graph


def _finish_one_mode(data: dict[str, Any], kind: str) -> None:
    data["weight"] = len(data["targets"])
    labels = sorted(data["targets"].values())
    count = f"{len(labels)} target{'s' if len(labels) > 1 else ''}"
    verb = "opposite stances on"
    polarities = data.pop("polarities", {})
    if kind == "congruence":
        data["support"] = sum(1 for side in polarities.values() if side == "support")
        data["oppose"] = sum(1 for side in polarities.values() if side == "oppose")
        data["polarity"] = "both" if data["support"] and data["oppose"] else "support" if data["support"] else "oppose"
        data["label"] = AGREEMENT[data["polarity"]]
        verb = {"support": "agree in support of", "oppose": "agree in opposition to"}.get(
            data["polarity"], "take the same stance on"
        )
    data["summary"] = f"{data['pair'][0]} and {data['pair'][1]} {verb} {count}: {'; '.join(labels)}"


def _pairs(first: Iterable[str], second: Iterable[str], *, same: bool) -> Iterable[tuple[str, str]]:
    """Pairs of distinct actors: within one side (same polarity) or across two."""
    if same:
        return combinations(sorted(first), 2)
    return ((one, other) for one, other in product(sorted(first), sorted(second)) if one != other)


def _polarities(
    records: Iterable[dict[str, Any]],
) -> dict[str, dict[str, dict[str, list[dict[str, Any]]]]]:
    """target id -> polarity -> holder id -> the records that state it."""
    found: dict[str, dict[str, dict[str, list[dict[str, Any]]]]] = {}
    for record in records:
        polarity = polarity_of(record["relation"])
        if polarity in POLARITIES:
            sides = found.setdefault(record["target_id"], {side: defaultdict(list) for side in POLARITIES})
            sides[polarity][record["holder_id"]].append(record)
    return found


def _link(
    graph: nx.Graph,
    kind: str,
    pair: tuple[str, str],
    target: str,
    sides: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    types: Types | None,
) -> None:
    """Add (or strengthen) the edge between two actors for one shared target, with the
    passages of each actor on it side by side (`pairs`)."""
    records = sides[0] + sides[1]
    for node in pair:
        if node not in graph:
            kind_of, known = (types or {}).get(node, ("actor", None))
            graph.add_node(node, label=known or _holder_label(records, node), kind=kind_of)
    if not graph.has_edge(*pair):
        labels = (graph.nodes[pair[0]]["label"], graph.nodes[pair[1]]["label"])
        graph.add_edge(*pair, label=kind, stance=kind, targets={}, passages=[], pairs=[], pair=labels,
                       polarities={})
    data = graph.edges[pair]
    label = (types or {}).get(target, ("topic", None))[1] or records[0]["target"]
    data["targets"][target] = label
    data["passages"].extend(_passage(record) for record in records)
    data["pairs"].append(
        {"target": label, "one": [_passage(r) for r in sides[0]], "other": [_passage(r) for r in sides[1]]}
    )


def _passage(record: dict[str, Any]) -> dict[str, Any]:
    """A statement's passage, with the statement it supports ("France opposes Russia")."""
    statement = f"{record['holder']} {record['relation'].replace('_', ' ')} {record['target']}"
    return {**{key: record.get(key) for key in PASSAGE_KEYS}, "statement": statement}


def _holder_label(records: list[dict[str, Any]], holder: str) -> str:
    return str(next(record["holder"] for record in records if record["holder_id"] == holder))


def affiliation_network(
    records: Iterable[dict[str, Any]], types: Types | None = None, *, polarity: str | None = None
) -> nx.Graph:
    """The two-mode network of actors and the targets they take a stance on.

    Args:
        records: statement records; events are left out.
        types: node id -> (type, label).
        polarity: support or oppose: only stances of that polarity.

    Returns:
        Nodes `actor:<id>` (bipartite 0) and `target:<id>` (bipartite 1); an edge's `stance`
        is its stance group (the most stated when several), `stances` all of them, and
        `weight` the number of passages.
    """
    import networkx as nx

    types = types or {}
    graph = nx.Graph(kind="affiliation")
    for record in records:
        stance = stance_of(record["relation"])
        if stance == "event" or (polarity is not None and polarity_of(record["relation"]) != polarity):
            continue
        actor, target = f"actor:{record['holder_id']}", f"target:{record['target_id']}"
        for node, key, label, side, default in (
            (actor, record["holder_id"], record["holder"], 0, "actor"),
            (target, record["target_id"], record["target"], 1, "topic"),
        ):
            if node not in graph:
                kind, known = types.get(key, (default, None))
                graph.add_node(node, label=known or label, kind=kind, bipartite=side)
        if not graph.has_edge(actor, target):
            graph.add_edge(actor, target, counts=defaultdict(int), relations=set(), passages=[])
        data = graph.edges[actor, target]
        data["counts"][stance] += 1
        data["relations"].add(record["relation"])
        data["passages"].append(_passage(record))
    for actor, target, data in graph.edges(data=True):
        _finish_affiliation(data, graph.nodes[actor]["label"], graph.nodes[target]["label"])
    return graph


def _finish_affiliation(data: dict[str, Any], actor: str, target: str) -> None:
    counts = data.pop("counts")
    data["stance"] = max(sorted(counts), key=counts.__getitem__)  # the most stated; ties alphabetical
    data["stances"] = ";".join(sorted(counts))
    data["relations"] = ";".join(sorted(data["relations"]))
    data["label"] = data["stances"].replace(";", ", ")
    data["weight"] = len(data["passages"])
    data["summary"] = f"{actor} on {target}: {data['relations'].replace(';', ', ').replace('_', ' ')}"


def scalar_copy(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes GraphML and GEXF can hold: strings and numbers, valid XML.

    Args:
        graph: a discourse network.

    Returns:
        Nodes with label, kind (and bipartite); edges with weight, passages (a count) and
        targets (one-mode) or stance, stances and relations (affiliation).
    """
    import networkx as nx

    copy = nx.Graph(kind=graph.graph.get("kind", ""))
    for node, data in graph.nodes(data=True):
        copy.add_node(
            node,
            **{key: _xml_safe(value) for key, value in data.items() if key in ("label", "kind", "bipartite")},
        )
    for one, other, data in graph.edges(data=True):
        attributes: dict[str, Any] = {
            "weight": int(data["weight"]),
            "passages": len(data.get("passages", ())),
        }
        if "targets" in data:
            attributes["targets"] = _xml_safe("; ".join(sorted(data["targets"].values())))
        for key in ("polarity", "support", "oppose"):
            if key in data:
                attributes[key] = data[key]
        for key in ("stance", "stances", "relations"):
            if key in data and "targets" not in data:
                attributes[key] = _xml_safe(data[key])
        copy.add_edge(one, other, **attributes)
    return copy


def _xml_safe(value: Any) -> Any:
    return _XML_INVALID.sub("\ufffd", value) if isinstance(value, str) else value


def to_graphml(graph: nx.Graph) -> bytes:
    """GraphML (for Gephi and visone): `label` on nodes, `weight` on edges."""
    import networkx as nx

    return ("\n".join(nx.generate_graphml(scalar_copy(graph))) + "\n").encode("utf-8")


def to_gexf(graph: nx.Graph, *, flat: bool = True) -> bytes:
    """GEXF 1.2 (for Gephi): labels as node labels, weights as edge weights; `flat=False`
    writes the graph as it is (a dynamic one, with spells)."""
    import networkx as nx

    return ("\n".join(nx.generate_gexf(scalar_copy(graph) if flat else graph)) + "\n").encode("utf-8")


def to_csv(graph: nx.Graph) -> bytes:
    """An edge list by label, heaviest first: source,target,weight and then targets (one-mode,
    joined by "; "; congruence adds polarity: support, oppose or both) or stance (affiliation:
    the stance groups, joined by ";")."""
    kind = graph.graph.get("kind")
    extra, key = ("stance", "stances") if kind == "affiliation" else ("targets", "targets")
    header = ("source", "target", "weight", extra) + (("polarity",) if kind == "congruence" else ())
    rows = []
    for one, other, data in scalar_copy(graph).edges(data=True):
        if graph.nodes[one].get("bipartite") == 1:  # an undirected edge comes either way round: actor first
            one, other = other, one
        tail = (data.get("polarity", ""),) if kind == "congruence" else ()
        rows.append((-data["weight"], graph.nodes[one]["label"], graph.nodes[other]["label"], data[key], *tail))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows((source, target, -weight, *rest) for weight, source, target, *rest in sorted(rows))
    return buffer.getvalue().encode("utf-8", "replace")


def to_html(graph: nx.Graph) -> bytes:
    """The network as an interactive page (see `render_html`); title and notes from graph.graph."""
    from .html import render_html

    title = str(graph.graph.get("title") or f"statgraph {graph.graph.get('kind', 'network')} network")
    return render_html(graph, title=title, notes=graph.graph.get("notes", ())).encode("utf-8", "replace")
