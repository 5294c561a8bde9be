"""The relationship view: filters, the page's data, escaping, offline assets and the layout."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from statgraph.cli import cli
from statgraph.errors import ExportError, InputError
from statgraph.views import network_format, view_graph, write_view
from statgraph.relations import default_stance_groups
from statgraph.views.html import PHYSICS_LIMIT, page_data, render_html, script_json
from statgraph.views.layout import compute_positions
from statgraph.views.network import (
    find_node,
    read_node_types,
    relationship_graph,
    select_records,
    stance_of,
)

HOSTILE = [
    "</script><script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "<!-- <script>",
    "\u2028\u2029 & <b>bold</b>",
]


def _vis_network() -> Path:
    import pyvis

    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"


def _hostile_graph() -> nx.MultiDiGraph:
    """A relationship graph whose every text field carries markup."""
    records = [
        {
            "doc": f"{text}.txt",
            "holder": f"Russia {text}",
            "holder_id": "Russia",
            "relation": "opposes",
            "target": f"NATO {text}",
            "target_id": "NATO_expansion",
            "speaker": text,
            "voice": "quoted",
            "start": 0,
            "end": 10,
            "passage": f"Russia opposes NATO expansion {text}",
            "title": text,
            "date": text,
        }
        for text in HOSTILE
    ]
    return relationship_graph(records)


def _data_block(page: str) -> dict:
    found = re.search(r'<script id="sg-data" type="application/json">(.*?)</script>', page, re.S)
    assert found is not None
    return json.loads(found.group(1))


def test_views_stance_groups_follow_the_brief() -> None:
    assert {relation for relation, stance in default_stance_groups().items() if stance == "oppose"} == {
        "opposes",
        "rejects",
        "criticizes",
    }
    assert stance_of("holds_role") == "event" and stance_of("cooperates_with") == "cooperate"
    assert stance_of("something_new") == "event"


def test_views_node_types_come_from_the_graph(seed_graph) -> None:  # noqa: ANN001
    types = read_node_types(seed_graph)
    assert types["Russia"][0] == "state"
    assert types["NATO"][0] == "organization"
    assert types["Sergey_Lavrov"][0] == "person"
    assert {kind for kind, _ in types.values()} >= {"person", "state", "organization", "topic"}


def test_views_relationship_graph_keeps_every_passage(seed_statements: list[dict], seed_graph) -> None:  # noqa: ANN001
    graph = relationship_graph(seed_statements, read_node_types(seed_graph))
    passages = [p for _, _, data in graph.edges(data=True) for p in data["passages"]]
    assert len(passages) == len(seed_statements)
    assert graph.nodes["Russia"]["kind"] == "state"
    for _, _, key, data in graph.edges(keys=True, data=True):
        assert data["stance"] == stance_of(key)
        assert all(p["passage"] for p in data["passages"])


def test_views_select_records_by_stance_group_and_document(seed_statements: list[dict]) -> None:
    opposing = select_records(seed_statements, relations=["oppose"])
    assert opposing and {r["relation"] for r in opposing} <= {"opposes", "rejects", "criticizes"}
    doc = seed_statements[0]["doc"]
    assert {r["doc"] for r in select_records(seed_statements, docs=[doc])} == {doc}


def test_views_select_records_names_the_choices(seed_statements: list[dict]) -> None:
    with pytest.raises(InputError, match="'opose'.*oppose"):
        select_records(seed_statements, relations=["opose"])
    with pytest.raises(InputError, match="no statements from document 'missing.txt'"):
        select_records(seed_statements, docs=["missing.txt"])


def test_views_focus_gives_the_ego_network(seed_graph) -> None:  # noqa: ANN001
    graph, notes = view_graph(seed_graph, focus="russia", depth=1)
    undirected = graph.to_undirected()
    assert "Russia" in graph and all(node == "Russia" or undirected.has_edge("Russia", node) for node in graph)
    assert notes and "within 1 step of Russia" in notes[0]


def test_views_focus_suggests_a_close_name(seed_graph) -> None:  # noqa: ANN001
    graph, _ = view_graph(seed_graph)
    with pytest.raises(InputError, match="did you mean 'Russia'"):
        find_node(graph, "Rusia")


def test_views_min_support_and_max_nodes_say_what_they_leave_out(seed_graph) -> None:  # noqa: ANN001
    graph, notes = view_graph(seed_graph, min_support=2)
    assert graph.number_of_edges() and all(len(d["passages"]) >= 2 for *_, d in graph.edges(data=True))
    assert "at least 2 passages" in notes[0]
    full, _ = view_graph(seed_graph)
    small, notes = view_graph(seed_graph, max_nodes=10)
    assert len(small) == 10 and f"the 10 busiest of {len(full)} nodes" in notes[0]
    assert "Russia" in small


def test_views_filters_that_leave_nothing_are_an_error(seed_graph) -> None:  # noqa: ANN001
    with pytest.raises(InputError, match="nothing to show"):
        view_graph(seed_graph, min_support=10_000)


def test_views_script_json_cannot_close_the_element() -> None:
    text = script_json({"t": HOSTILE})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"t": HOSTILE}


def test_views_script_json_escapes_lone_surrogates() -> None:
    text = script_json({"t": "a\ud800b"})
    assert text.encode("utf-8") and json.loads(text) == {"t": "a\ud800b"}


def test_views_page_escapes_every_document_text() -> None:
    page = render_html(_hostile_graph(), title=HOSTILE[0])
    assert page.count("\n<script") == 3 and page.lower().count("</script") == 3
    markup, scripts = page.split("\n<script>", 1)  # the page, then the two shipped scripts
    assert "<img" not in markup and "<b>" not in markup and "<!-- <" not in markup
    assert "__pwned" not in scripts
    assert "<title>&lt;/script&gt;&lt;script&gt;" in page
    data = _data_block(page)
    texts = {p["text"] for p in data["passages"]} | {p["speaker"] for p in data["passages"]}
    assert {f"Russia opposes NATO expansion {text}" for text in HOSTILE} <= texts
    assert data["title"] == HOSTILE[0]


def test_views_page_requests_nothing_and_allows_only_its_scripts() -> None:
    page = render_html(_hostile_graph())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page, re.I)
    assert "@import" not in page and "url(http" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_views_inline_pyvis_vis_network_with_its_licence(seed_graph) -> None:  # noqa: ANN001
    shipped = _vis_network().read_text(encoding="utf-8")
    header = shipped[:1000]
    assert "@version 9.1.2" in header and "Apache 2.0" in header and "MIT License" in header
    graph, _ = view_graph(seed_graph)
    assert shipped in render_html(graph, title="seeds")


def test_views_page_data_has_legend_passages_and_curves(seed_graph) -> None:  # noqa: ANN001
    graph, _ = view_graph(seed_graph)
    data = page_data(graph, title="seeds")
    assert data["physics"] and data["directed"]
    assert {"state", "person", "organization", "topic"} <= set(data["nodeStyles"])
    assert {"support", "oppose", "demand", "event"} <= set(data["stanceColours"])
    assert sum(len(e["passages"]) for e in data["edges"]) == sum(len(d["passages"]) for *_, d in graph.edges(data=True))
    pairs = [frozenset((e["from"], e["to"])) for e in data["edges"]]
    for edge, pair in zip(data["edges"], pairs, strict=True):
        assert (edge["curve"] > 0) == (pairs.count(pair) > 1)


def test_views_large_graphs_come_with_positions_and_no_physics() -> None:
    graph = nx.barabasi_albert_graph(PHYSICS_LIMIT + 50, 3, seed=1)
    nx.set_node_attributes(graph, "topic", "kind")
    data = page_data(graph, title="big")
    assert not data["physics"]
    assert all("x" in node and "y" in node for node in data["nodes"])
    assert len({(node["x"], node["y"]) for node in data["nodes"]}) == len(graph)


def test_views_layout_is_repeatable_and_spread_out() -> None:
    graph = nx.random_partition_graph([40] * 5, 0.3, 0.01, seed=2)
    first, second = compute_positions(graph), compute_positions(graph)
    assert first == second
    xs = [x for x, _ in first.values()]
    assert max(xs) - min(xs) > 300
    assert compute_positions(nx.Graph()) == {}


def test_views_write_view_writes_only_its_file(
    seed_graph,
    tmp_path: Path,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out" / "view.html"
    nodes, edges = write_view(seed_graph, out, title="Seeds")
    assert nodes > 10 and edges > 10
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "out",
        "out/view.html",
    ]
    assert "<title>Seeds</title>" in out.read_text(encoding="utf-8")


def test_views_network_format_from_the_extension() -> None:
    assert network_format(None, "x.GEXF") == "gexf" and network_format(None, None) == "csv"
    assert network_format("html", "x.csv") == "html"
    with pytest.raises(ExportError, match="--format"):
        network_format(None, "x.docx")


def test_views_cli_view_with_filters(seed_graph_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "russia.html"
    result = CliRunner().invoke(
        cli,
        [
            "view",
            str(seed_graph_path),
            "--out",
            str(out),
            "--focus",
            "Russia",
            "--relation",
            "oppose",
            "--min-support",
            "1",
            "--title",
            "Russia",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    data = _data_block(out.read_text(encoding="utf-8"))
    assert {edge["stance"] for edge in data["edges"]} == {"oppose"}
    assert "Showing only relations oppose" in data["notes"][0]


def test_views_cli_view_bad_filter_exits_1(seed_graph_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["view", str(seed_graph_path), "--out", str(tmp_path / "x.html"), "--focus", "Atlantis"],
        catch_exceptions=False,
    )
    assert result.exit_code == 1
    assert "no actor or topic named 'Atlantis'" in result.output
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("command", ["view", "network"])
def test_views_cli_help(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"], catch_exceptions=False)
    assert result.exit_code == 0 and "Example:" in result.output


def test_views_page_texts_carry_the_documents_shown_up_to_the_cap() -> None:
    from statgraph.views.texts import page_texts

    texts = {"a.txt": "Moscow opposes NATO. " * 3, "b.txt": "Kyiv asks for aid.", "c.txt": "Changed since."}
    passages = [
        {"doc": "a.txt", "start": 0, "end": 20, "text": "Moscow opposes NATO."},
        {"doc": "b.txt", "start": 0, "end": 18, "text": "Kyiv asks for aid."},
        {"doc": "c.txt", "start": 0, "end": 7, "text": "Altered"},
        {"doc": "d.txt", "start": 0, "end": 4, "text": "Gone"},
    ]
    records = page_texts(texts, passages, cap=len(texts["a.txt"]) + 5)
    assert records["a.txt"] == {"text": texts["a.txt"], "why": None}
    assert records["b.txt"]["text"] is None and "at most" in records["b.txt"]["why"]  # past the cap
    assert records["c.txt"]["text"] is None and "differs" in records["c.txt"]["why"]
    assert records["d.txt"]["text"] is None and "not among the files" in records["d.txt"]["why"]
    assert "without --texts" in page_texts({}, passages)["a.txt"]["why"]


def test_views_page_data_carries_confidence_rule_and_escaped_texts(seed_graph, seeds_dir: Path) -> None:  # noqa: ANN001
    from statgraph.views.texts import read_texts

    graph, _ = view_graph(seed_graph)
    texts = read_texts([seeds_dir])
    data = page_data(graph, title="seeds", texts=texts)
    assert all(isinstance(p["confidence"], float) and p["rule"] for p in data["passages"])
    assert {p["doc"] for p in data["passages"]} == set(data["documents"])
    for passage in data["passages"]:
        text = data["documents"][passage["doc"]]["text"]
        assert text[passage["start"] : passage["end"]] == passage["text"]
    hostile = _hostile_graph()
    texts = {}
    for *_, edge in hostile.edges(data=True):
        for passage in edge["passages"]:
            passage["end"] = len(passage["passage"])
            texts[passage["doc"]] = passage["passage"] + " " + " ".join(HOSTILE)
    page = render_html(hostile, texts=texts)
    markup = page.split("\n<script>", 1)[0]
    assert "<img" not in markup and "<b>" not in markup and "</script><script>" not in markup
    carried = _data_block(page)["documents"]
    assert {record["text"] for record in carried.values()} == set(texts.values())


def test_views_cli_view_texts_carries_the_documents(seed_graph_path: Path, seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "texts.html"
    name = "001_6a9b0ba25ffe49f7.txt"
    args = ["view", str(seed_graph_path), "--out", str(out), "--doc", name, "--texts", str(seeds_dir)]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    documents = _data_block(out.read_text(encoding="utf-8"))["documents"]
    assert list(documents) == [name]  # only the documents the page shows
    assert documents[name]["text"] == (seeds_dir / name).read_text(encoding="utf-8")
    args = ["view", str(seed_graph_path), "--out", str(out), "--texts", str(tmp_path / "nope")]
    missing = CliRunner().invoke(cli, args)
    assert missing.exit_code == 2 and "does not exist" in missing.output
