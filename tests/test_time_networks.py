"""Dates through the commands (--since/--until), time windows, congruence by polarity, speakers
merged into whom they speak for, and empty networks that say why."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from statgraph.cli import cli
from statgraph.documents import make_document
from statgraph.errors import InputError
from statgraph.graph.build import build_graph
from statgraph.graph.read import read_statements
from statgraph.models import Statement
from statgraph.views import network_of, view_graph
from statgraph.views.windows import time_windows

BASE = "https://statgraph.org/id/"
KINDS = {"Russia": "state", "China": "state", "NATO": "organization", "Sergey_Lavrov": "person"}
LABELS = {"Sergey_Lavrov": "Sergey Lavrov"}


def _statement(  # noqa: ANN001 - document: a Document
    document, holder: str, relation: str, target: str, *, speaker: str | None = None
) -> Statement:
    start = document.text.index(f"{holder} {relation}")
    end = start + len(f"{holder} {relation} {target}")
    return Statement(
        doc_id=document.id, doc_name=document.name, holder=LABELS.get(holder, holder), holder_id=holder,
        holder_type=KINDS[holder], relation=relation, target=target.replace("_", " "), target_id=target,
        speaker=LABELS.get(speaker or "", speaker), speaker_id=speaker, voice="reported" if speaker else "author",
        start=start, end=end, evidence=document.text[start:end], confidence=0.9,
    )


def _corpus() -> list:
    """Three documents in January, February and April 2022, and one undated."""
    lines = {
        "jan.txt": ("2022-01-10", [("Russia", "opposes", "sanctions", "Sergey_Lavrov"),
                                   ("China", "opposes", "sanctions", None),
                                   ("Sergey_Lavrov", "opposes", "sanctions", None)]),
        "feb.txt": ("2022-02-20", [("Russia", "supports", "talks", None), ("China", "supports", "talks", None),
                                   ("NATO", "opposes", "talks", None)]),
        "apr.txt": ("2022-04-02", [("NATO", "supports", "sanctions", None)]),
        "undated.txt": (None, [("China", "supports", "sanctions", None)]),
    }
    results = []
    for name, (date, said) in lines.items():
        text = " ".join(f"{holder} {relation} {target}." for holder, relation, target, _ in said)
        document = make_document(text, name, date=date)
        results.append((document, [_statement(document, h, r, t, speaker=s) for h, r, t, s in said]))
    return results


@pytest.fixture(scope="module")
def dated_graph_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    graph = build_graph(_corpus(), base_iri=BASE, model="test")
    path = tmp_path_factory.mktemp("dated") / "dated.ttl"
    graph.serialize(path, format="turtle")
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_dates_reach_statements_and_filter_them(dated_graph_path: Path) -> None:
    code, out, _ = _run("statements", str(dated_graph_path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and {row["doc"]: row["date"] for row in rows}["feb.txt"] == "2022-02-20"
    assert {row["date"] for row in rows if row["doc"] == "undated.txt"} == {""}
    code, out, _ = _run(
        "statements", str(dated_graph_path), "--format", "csv", "--since", "2022-02", "--until", "2022-02"
    )
    assert code == 0 and {row["doc"] for row in csv.DictReader(io.StringIO(out))} == {"feb.txt"}
    code, out, _ = _run("statements", str(dated_graph_path), "--format", "table", "--until", "2022-01-31")
    assert "2022-01-10" in out and "feb.txt" not in out and "undated.txt" not in out


def test_dates_since_until_on_view_and_export(dated_graph_path: Path, tmp_path: Path) -> None:
    from rdflib import Graph

    graph = Graph().parse(dated_graph_path)
    network, notes = view_graph(graph, since="2022-04-01")
    assert {data["relation"] for *_, data in network.edges(data=True)} == {"supports"}
    assert set(network) == {"NATO", "sanctions"} and "2022-04-01" in notes[0]
    with pytest.raises(InputError, match="nothing to show"):
        view_graph(graph, since="2030-01-01")
    code, _, _ = _run("export", str(dated_graph_path), "--until", "2022-01-31", "--out", str(tmp_path / "jan.ttl"))
    kept = read_statements(Graph().parse(tmp_path / "jan.ttl"))
    assert code == 0 and {record["doc"] for record in kept} == {"jan.txt"} and len(kept) == 3


def test_discourse_congruence_split_by_polarity(dated_graph_path: Path) -> None:
    from rdflib import Graph

    graph = Graph().parse(dated_graph_path)
    both = network_of(graph, kind="congruence")
    edge = both.edges["China", "Russia"]
    assert (edge["support"], edge["oppose"], edge["polarity"], edge["weight"]) == (1, 1, "both", 2)
    assert [pair["target"] for pair in edge["pairs"]] == ["sanctions", "talks"]
    assert all(len(pair["one"]) == 1 and len(pair["other"]) == 1 for pair in edge["pairs"])
    support = network_of(graph, kind="congruence", polarity="support")
    assert support.edges["China", "Russia"]["polarity"] == "support" and support.edges["China", "Russia"]["weight"] == 1
    assert not support.has_edge("Russia", "Sergey_Lavrov")  # they agree only in opposition
    code, out, _ = _run("network", str(dated_graph_path), "--polarity", "oppose")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and {row["polarity"] for row in rows} == {"oppose"}
    code, _, err = _run("network", str(dated_graph_path), "--kind", "conflict", "--polarity", "oppose")
    assert code == 1 and "congruence or affiliation" in err


def test_discourse_merge_speakers_into_whom_they_speak_for(dated_graph_path: Path) -> None:
    from rdflib import Graph

    graph = Graph().parse(dated_graph_path)
    assert network_of(graph, kind="congruence").has_edge("Russia", "Sergey_Lavrov")
    merged = network_of(graph, kind="congruence", merge_speakers=True)
    assert "Sergey_Lavrov" not in merged
    assert merged.edges["China", "Russia"]["weight"] == 2
    assert any("Sergey Lavrov → Russia" in note for note in merged.graph["notes"])


def test_discourse_empty_network_says_why(dated_graph_path: Path) -> None:
    from rdflib import Graph

    graph = Graph().parse(dated_graph_path)
    empty = network_of(graph, kind="conflict", since="2022-01-01", until="2022-01-31")
    assert empty.graph["empty"].startswith("no two actors take opposite stances on the same target")
    assert "no statements" not in empty.graph["empty"]
    code, _, err = _run("network", str(dated_graph_path), "--kind", "congruence", "--since", "2022-04")
    assert code == 0 and "no two actors share a target with the same stance" in err
    code, _, err = _run("network", str(dated_graph_path), "--polarity", "support", "--until", "2022-01-31")
    assert "none of the 3 statements is a stance of support" in err


def test_time_windows_tile_and_step() -> None:
    assert time_windows("2022-01-10", "2022-03-01", "1m") == [
        ("2022-01-10", "2022-02-09", "2022-02-09"),
        ("2022-02-10", "2022-03-09", "2022-03-09"),
    ]
    sliding = time_windows("2022-01-01", "2022-01-20", "30d", "10d")
    assert [w[0] for w in sliding] == ["2022-01-01", "2022-01-11"] and sliding[0][1:] == ("2022-01-30", "2022-01-10")
    with pytest.raises(InputError, match="'3x'"):
        time_windows("2022-01-01", "2022-02-01", "3x")


def test_network_windows_one_file_each_and_dynamic_gexf(dated_graph_path: Path, tmp_path: Path) -> None:
    code, _, err = _run("network", str(dated_graph_path), "--window", "1m", "--out", str(tmp_path / "c.graphml"))
    names = sorted(path.name for path in tmp_path.glob("c.*.graphml"))
    assert code == 0 and names == ["c.2022-01-10_2022-02-09.graphml", "c.2022-02-10_2022-03-09.graphml",
                                   "c.2022-03-10_2022-04-09.graphml"]
    february = nx.read_graphml(tmp_path / names[1])
    assert set(february.edges) == {("China", "Russia")} or set(february.edges) == {("Russia", "China")}
    assert err.count(" -> ") == 3
    code, _, _ = _run("network", str(dated_graph_path), "--window", "1m", "--out", str(tmp_path / "d.gexf"))
    text = (tmp_path / "d.gexf").read_text(encoding="utf-8")
    assert code == 0 and 'mode="dynamic"' in text and 'timeformat="date"' in text
    assert '<spell start="2022-01-10" end="2022-02-09"' in text
    assert nx.read_gexf(tmp_path / "d.gexf").number_of_edges() >= 2
    code, _, err = _run("network", str(dated_graph_path), "--window", "1m")
    assert code == 2 and "--out" in err


def test_page_data_has_dates_timeline_and_pairs(dated_graph_path: Path) -> None:
    from rdflib import Graph

    from statgraph.views.html import page_data

    graph = Graph().parse(dated_graph_path)
    network, _ = view_graph(graph)
    data = page_data(network, title="t")
    # the page leaves out empty fields: an undated passage has no date
    assert {p.get("date") for p in data["passages"]} == {"2022-01-10", "2022-02-20", "2022-04-02", None}
    assert data["timeline"] == [
        {"month": "2022-01", "passages": 3},
        {"month": "2022-02", "passages": 3},
        {"month": "2022-04", "passages": 1},
    ]
    congruence = page_data(network_of(graph, kind="congruence"), title="c")
    (edge,) = [e for e in congruence["edges"] if e["weight"] == 2]
    assert [pair["target"] for pair in edge["pairs"]] == ["sanctions", "talks"]
    first = edge["pairs"][0]
    texts = [congruence["passages"][i]["text"] for i in first["one"] + first["other"]]
    assert texts == ["China opposes sanctions", "Russia opposes sanctions"]
