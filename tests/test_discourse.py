"""Discourse networks: congruence, conflict and affiliation, and the files Gephi and visone read."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from statgraph.cli import cli
from statgraph.errors import ExportError, InputError
from statgraph.views import render_network
from statgraph.views.discourse import (
    discourse_network,
    to_csv,
    to_gexf,
    to_graphml,
    to_html,
)

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
TYPES = {
    "Russia": ("state", "Russia"),
    "China": ("state", "China"),
    "NATO": ("organization", "NATO"),
    "West": ("group", "the West"),
    "NATO_expansion": ("topic", "NATO expansion"),
    "UN_Charter": ("topic", "UN Charter"),
}


def _record(holder: str, relation: str, target: str, start: int) -> dict:
    return {
        "doc": "d.txt",
        "holder": TYPES[holder][1],
        "holder_id": holder,
        "relation": relation,
        "target": TYPES[target][1],
        "target_id": target,
        "speaker": None,
        "voice": "author",
        "start": start,
        "end": start + 40,
        "passage": f"{holder} {relation} {target}.",
        "title": "A report",
        "date": "2024-01-02",
    }


RECORDS = [
    _record("Russia", "opposes", "NATO_expansion", 0),
    _record("Russia", "criticizes", "NATO_expansion", 50),  # same target again: one more passage
    _record("China", "rejects", "NATO_expansion", 100),
    _record("NATO", "supports", "NATO_expansion", 150),
    _record("West", "supports", "NATO_expansion", 200),
    _record("Russia", "supports", "UN_Charter", 250),
    _record("China", "supports", "UN_Charter", 300),
    _record("West", "warns", "UN_Charter", 350),  # no polarity: not in congruence or conflict
    _record("Russia", "visited", "China", 400),  # an event: in no network
]


def _weights(graph: nx.Graph) -> dict[frozenset[str], int]:
    return {frozenset((a, b)): data["weight"] for a, b, data in graph.edges(data=True)}


def test_discourse_congruence_counts_shared_targets() -> None:
    graph = discourse_network(RECORDS, "congruence", TYPES)
    assert _weights(graph) == {frozenset(("Russia", "China")): 2, frozenset(("NATO", "West")): 1}
    data = graph.edges["Russia", "China"]
    assert sorted(data["targets"].values()) == ["NATO expansion", "UN Charter"]
    assert len(data["passages"]) == 5  # Russia twice and China once on expansion, both on the Charter
    assert graph.nodes["Russia"] == {"label": "Russia", "kind": "state"}


def test_discourse_conflict_links_opposite_stances() -> None:
    graph = discourse_network(RECORDS, "conflict", TYPES)
    assert _weights(graph) == {
        frozenset(pair): 1 for pair in (("Russia", "NATO"), ("Russia", "West"), ("China", "NATO"), ("China", "West"))
    }
    assert "opposite stances on 1 target: NATO expansion" in graph.edges["Russia", "NATO"]["summary"]


def test_discourse_demands_and_proposals_agree_with_their_target() -> None:
    records = [
        _record("Russia", "demands", "NATO_expansion", 0),  # demanding a thing is agreeing with it
        _record("China", "proposes", "NATO_expansion", 50),
        _record("NATO", "opposes", "NATO_expansion", 100),
        _record("West", "warns", "NATO_expansion", 150),  # a warning keeps no polarity
    ]
    assert _weights(discourse_network(records, "congruence", TYPES)) == {frozenset(("Russia", "China")): 1}
    assert _weights(discourse_network(records, "conflict", TYPES)) == {
        frozenset(("Russia", "NATO")): 1, frozenset(("China", "NATO")): 1
    }


def test_discourse_affiliation_is_two_mode_with_stances() -> None:
    graph = discourse_network(RECORDS, "affiliation", TYPES)
    actors = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 0}
    assert actors == {"actor:Russia", "actor:China", "actor:NATO", "actor:West"}
    assert nx.is_bipartite(graph)
    edge = graph.edges["actor:Russia", "target:NATO_expansion"]
    assert edge["stance"] == "oppose" and edge["weight"] == 2 and edge["relations"] == "criticizes;opposes"
    assert graph.edges["actor:West", "target:UN_Charter"]["stance"] == "warn"
    assert not graph.has_node("target:China")  # the visit is an event


def test_discourse_unknown_kind_names_the_choices() -> None:
    with pytest.raises(InputError, match="'agreement'.*congruence, conflict, affiliation"):
        discourse_network(RECORDS, "agreement")


def test_discourse_graphml_has_label_and_weight_for_gephi_and_visone() -> None:
    data = to_graphml(discourse_network(RECORDS, "congruence", TYPES))
    root = ET.fromstring(data)
    keys = {(key.get("for"), key.get("attr.name")): key.get("attr.type") for key in root.iter(f"{GRAPHML}key")}
    assert keys[("node", "label")] == "string"
    assert keys[("edge", "weight")] in {"int", "long", "double"}
    graph = nx.read_graphml(io.BytesIO(data))
    assert graph.nodes["Russia"]["label"] == "Russia"
    assert graph.edges["Russia", "China"]["weight"] == 2
    assert graph.edges["Russia", "China"]["targets"] == "NATO expansion; UN Charter"


def test_discourse_gexf_reads_back() -> None:
    graph = nx.read_gexf(io.BytesIO(to_gexf(discourse_network(RECORDS, "affiliation", TYPES))))
    assert graph.nodes["actor:Russia"]["label"] == "Russia"
    assert graph.edges["actor:Russia", "target:NATO_expansion"]["weight"] == 2


def test_discourse_csv_lists_weighted_edges() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(discourse_network(RECORDS, "congruence", TYPES)).decode())))
    assert rows[0] == {
        "source": "China",
        "target": "Russia",
        "weight": "2",
        "targets": "NATO expansion; UN Charter",
        "polarity": "both",
    }
    assert [row["weight"] for row in rows] == ["2", "1"]
    affiliation = to_csv(discourse_network(RECORDS, "affiliation", TYPES)).decode()
    assert affiliation.splitlines()[0] == "source,target,weight,stance"


def test_discourse_files_survive_control_characters_and_markup() -> None:
    records = [dict(r, holder=f"{r['holder']}\x07 <b>&") for r in RECORDS]
    graph = discourse_network(records, "congruence")
    assert nx.read_graphml(io.BytesIO(to_graphml(graph))).number_of_edges() == 2
    assert nx.read_gexf(io.BytesIO(to_gexf(graph))).number_of_edges() == 2
    assert "<b>" not in to_html(graph).decode().split("\n<script>")[0]


def test_discourse_seeds_networks(seed_graph) -> None:  # noqa: ANN001
    affiliation = nx.read_graphml(io.BytesIO(render_network(seed_graph, kind="affiliation", fmt="graphml")))
    assert affiliation.number_of_edges() > 20
    assert affiliation.nodes["actor:Russia"]["label"] == "Russia"
    congruence = render_network(seed_graph, kind="congruence", fmt="csv").decode()
    assert congruence.startswith("source,target,weight,targets,polarity\n")
    with pytest.raises(ExportError, match="unknown network format 'pajek'"):
        render_network(seed_graph, kind="conflict", fmt="pajek")


def test_discourse_cli_writes_each_format(seed_graph_path: Path, tmp_path: Path) -> None:
    for name in ("c.graphml", "c.gexf", "c.csv", "c.html"):
        result = CliRunner().invoke(
            cli,
            [
                "network",
                str(seed_graph_path),
                "--kind",
                "affiliation",
                "--out",
                str(tmp_path / name),
            ],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.output
    assert nx.read_gexf(tmp_path / "c.gexf").number_of_edges() > 20
    assert "<title>statgraph affiliation network</title>" in (tmp_path / "c.html").read_text(encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["network", str(seed_graph_path), "--kind", "affiliation", "--min-weight", "2"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    assert all(int(row["weight"]) >= 2 for row in csv.DictReader(io.StringIO(result.output)))


def test_discourse_cli_unknown_extension_exits_1(seed_graph_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["network", str(seed_graph_path), "--out", str(tmp_path / "n.docx")],
        catch_exceptions=False,
    )
    assert result.exit_code == 1 and "--format" in result.output
