"""The command line on the seeds graph: every command, its formats and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from statgraph.cli import cli

ROOT = Path(__file__).resolve().parent.parent

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
KEYS = [
    "id",
    "doc",
    "holder",
    "holder_id",
    "relation",
    "target",
    "target_id",
    "speaker",
    "voice",
    "start",
    "end",
    "passage",
    "confidence",
    "date",
    "review",
]


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_cli_help_and_readme(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"statgraph {command}" in README, f"the README does not show `statgraph {command}`"


def test_cli_statements_jsonl(runner: CliRunner, seed_candidates_path: Path) -> None:
    result = runner.invoke(cli, ["statements", str(seed_candidates_path), "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records and all(list(r) == KEYS for r in records)
    assert any(
        r["holder"] == "CSTO" and r["relation"] == "deployed_to" and r["target"] == "Kazakhstan" for r in records
    )


def test_cli_statements_csv_and_table(runner: CliRunner, seed_graph_path: Path) -> None:
    csv_out = runner.invoke(cli, ["statements", str(seed_graph_path), "--format", "csv"]).output
    assert csv_out.splitlines()[0] == ",".join(KEYS)
    table = runner.invoke(cli, ["statements", str(seed_graph_path), "--format", "table"]).output
    assert table.splitlines()[0].split()[:4] == ["doc", "date", "holder", "relation"]


def test_cli_query_select_ask_construct(runner: CliRunner, seed_candidates_path: Path) -> None:
    select = runner.invoke(
        cli, ["query", str(seed_candidates_path), "SELECT ?t WHERE { actor:CSTO sg:deployed_to ?t }", "--format", "json"]
    )
    assert select.exit_code == 0, select.output
    assert json.loads(select.output)["results"]["bindings"] == [
        {"t": {"type": "uri", "value": "https://statgraph.org/id/actor/Kazakhstan"}}
    ]
    ask = runner.invoke(cli, ["query", str(seed_candidates_path), "ASK { actor:Russia sg:opposes topic:NATO_expansion }"])
    assert ask.output.strip() == "true"
    construct = runner.invoke(
        cli, ["query", str(seed_candidates_path), "CONSTRUCT { ?h sg:opposes ?t } WHERE { ?h sg:opposes ?t }"]
    )
    assert len(rdflib.Graph().parse(data=construct.output, format="turtle")) > 5


def test_cli_saved_queries(runner: CliRunner, seed_candidates_path: Path, tmp_path: Path) -> None:
    for name in ("design-examples", "stances", "positions", "sources"):
        result = runner.invoke(cli, ["query", str(seed_candidates_path), name, "--format", "csv"])
        assert result.exit_code == 0, result.output
        assert len(result.output.splitlines()) > 1, name
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a sg:Statement }")
    result = runner.invoke(cli, ["query", str(seed_candidates_path), "-f", str(rq), "--format", "csv"])
    assert int(result.output.splitlines()[1]) > 50


def test_cli_query_error_is_one_line(runner: CliRunner, seed_graph_path: Path) -> None:
    result = runner.invoke(cli, ["query", str(seed_graph_path), "SELECT ?x WHERE { ?x"])
    assert result.exit_code == 1
    assert "line" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    "fmt, parser",
    [("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld"), ("ntriples", "nt")],
)
def test_cli_export_round_trips(
    runner: CliRunner, seed_graph_path: Path, tmp_path: Path, fmt: str, parser: str
) -> None:
    out = tmp_path / f"g.{fmt}"
    result = runner.invoke(cli, ["export", str(seed_graph_path), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    original = rdflib.Graph().parse(seed_graph_path, format="turtle")
    again = rdflib.Dataset() if parser in {"trig", "nquads"} else rdflib.Graph()
    again.parse(data=out.read_bytes(), format=parser)
    assert (
        len(again) == len(original) if parser not in {"trig", "nquads"} else len(list(again.quads())) == len(original)
    )


def test_cli_build_formats_by_extension(runner: CliRunner, seeds_dir: Path, tmp_path: Path) -> None:
    one = sorted(seeds_dir.glob("*.txt"))[4]
    for suffix, parser in ((".trig", "trig"), (".jsonld", "json-ld")):
        out = tmp_path / f"g{suffix}"
        result = runner.invoke(cli, ["build", str(one), "--out", str(out), "-q"])
        assert result.exit_code == 0, result.output
        graph = rdflib.Dataset() if parser == "trig" else rdflib.Graph()
        graph.parse(data=out.read_bytes(), format=parser)
        assert len(list(graph.quads()) if parser == "trig" else graph) > 100


def test_cli_bad_output_extension(runner: CliRunner, seeds_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(seeds_dir), "--out", str(tmp_path / "g.docx")])
    assert result.exit_code == 1
    assert "extension" in result.output


def test_cli_view_writes_html(runner: CliRunner, seed_graph_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    result = runner.invoke(cli, ["view", str(seed_graph_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Kazakhstan" in out.read_text(encoding="utf-8")


def test_cli_export_min_confidence_keeps_exactly_the_confident_statements(
    runner: CliRunner, seed_candidates_path: Path, tmp_path: Path
) -> None:
    from statgraph.graph.read import read_statements
    from statgraph.store import load_graph

    every = read_statements(load_graph(seed_candidates_path))
    floor = sorted(r["confidence"] for r in every)[len(every) // 2]
    out = tmp_path / "confident.ttl"
    result = runner.invoke(
        cli, ["export", str(seed_candidates_path), "--min-confidence", str(floor), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    kept = load_graph(out)
    assert read_statements(kept) == [r for r in every if r["confidence"] >= floor]
    # no statement node, direct triple or actor is left without a passage above the floor
    from rdflib import RDF
    from rdflib.namespace import PROV

    from statgraph.graph.namespaces import SG

    for node in kept.subjects(RDF.type, SG.Statement):
        assert list(kept.objects(node, PROV.wasDerivedFrom))
        assert min(float(c) for c in kept.objects(node, SG.confidence)) >= floor
    holders_targets = {o for p in (SG.holder, SG.target) for o in kept.objects(None, p)}
    assert {s for s, _, _ in kept.triples((None, RDF.type, SG.Actor))} <= holders_targets | set(
        kept.objects(None, SG.speaker)
    )
    assert len(kept) < len(load_graph(seed_candidates_path))


def test_cli_topics_lists_each_topic_with_the_wordings_that_name_it(
    runner: CliRunner, seed_candidates_path: Path
) -> None:
    import csv
    import io

    result = runner.invoke(cli, ["topics", str(seed_candidates_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and list(rows[0]) == ["topic", "label", "phrase", "passages"]
    nato = [r for r in rows if r["topic"] == "NATO_expansion"]
    assert nato and all(int(r["passages"]) >= 1 for r in nato)
    assert any("expand" in r["phrase"] for r in nato)
    # actors and offices are no topics
    assert not any(r["topic"] in {"NATO", "Russia", "CSTO"} for r in rows)


def test_cli_progress_bar_counts_the_documents(seeds_dir: Path, tmp_path: Path) -> None:
    from statgraph.cli import _count_documents

    records = tmp_path / "records.jsonl"
    records.write_text('{"text": "One."}\n\n{"text": "Two."}\n', encoding="utf-8")
    assert _count_documents((str(seeds_dir),)) == len(list(seeds_dir.glob("*.txt"))) == 5
    assert _count_documents((str(seeds_dir), str(records))) == 7


def test_cli_empty_folder_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(cli, ["build", str(empty), "--out", str(tmp_path / "g.ttl")])
    assert result.exit_code == 1
    assert "no documents in" in result.output and ".txt" in result.output
    assert not (tmp_path / "g.ttl").exists()


def test_cli_misspelt_saved_query_names_the_saved_ones(runner: CliRunner, seed_graph_path: Path) -> None:
    result = runner.invoke(cli, ["query", str(seed_graph_path), "stancse"])
    assert result.exit_code == 1
    assert "did you mean stances?" in result.output and "design-examples" in result.output


def test_cli_statements_of_a_file_that_is_no_graph(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["statements", str(ROOT / "README.md")])
    assert result.exit_code == 1
    assert "neither a graph file" in result.output and "no store at" not in result.output


def test_cli_build_reports_the_union_graph_triples(
    runner: CliRunner, seeds_dir: Path, seed_graph_path: Path, seed_store_path: Path, tmp_path: Path
) -> None:
    from statgraph.pipeline import count_triples
    from statgraph.store import load_graph, open_store

    one = sorted(seeds_dir.glob("*.txt"))[4]
    out = tmp_path / "one.ttl"
    result = runner.invoke(cli, ["build", str(one), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f", {len(load_graph(out))} triples -> " in result.output
    store = open_store(seed_store_path)
    try:
        assert count_triples(store) == len(load_graph(seed_graph_path))
    finally:
        store.close()


def test_cli_network_out_prints_a_summary(
    runner: CliRunner, seed_graph_path: Path, seed_candidates_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "congruence.graphml"
    result = runner.invoke(cli, ["network", str(seed_graph_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    nodes = out.read_text(encoding="utf-8").count("<node ")
    assert f"congruence network: {nodes} nodes, " in result.output and f"edges -> {out}" in result.output
    conflict = runner.invoke(
        cli,
        ["network", str(seed_candidates_path), "--kind", "conflict", "--min-confidence", "0", "--out", str(tmp_path / "c.csv")],
    )
    rows = (tmp_path / "c.csv").read_text(encoding="utf-8").splitlines()
    assert f"conflict network: {len({n for r in rows[1:] for n in r.split(',')[:2]})} nodes, {len(rows) - 1} edges" in conflict.output
    # Russia demands a halt to the bloc's eastward expansion; NATO rejects Russia's calls for a freeze on it
    assert any(r.startswith("Russia,NATO,") and "eastward expansion" in r for r in rows), rows
    lone = tmp_path / "lone" / "note.txt"  # one actor's stance: no pair of actors to link
    lone.parent.mkdir()
    lone.write_text("Russia firmly opposes the eastward expansion of NATO, Sergey Lavrov said.\n", encoding="utf-8")
    built = runner.invoke(cli, ["build", str(lone.parent), "--out", str(tmp_path / "lone.ttl"), "--min-confidence", "0"])
    assert built.exit_code == 0, built.output
    empty = runner.invoke(
        cli,
        ["network", str(tmp_path / "lone.ttl"), "--min-confidence", "0", "--merge-speakers", "--out", str(tmp_path / "m.csv")],
    )
    assert "no two actors share a target with the same stance" in empty.output
    assert "has no statements" not in empty.output


def test_cli_affiliation_rows_go_from_actor_to_target(seed_candidates_path: Path) -> None:
    import csv
    import io

    from statgraph.graph.read import read_statements
    from statgraph.store import load_graph
    from statgraph.views import network_of
    from statgraph.views.discourse import to_csv

    network = network_of(load_graph(seed_candidates_path), kind="affiliation")
    rows = list(csv.DictReader(io.StringIO(to_csv(network).decode("utf-8"))))
    labels = {node: data["label"] for node, data in network.nodes(data=True)}
    pairs = {
        (labels[one], labels[other]) if network.nodes[one]["bipartite"] == 0 else (labels[other], labels[one])
        for one, other in network.edges()
    }
    assert len(rows) == len(pairs) > 100
    assert {(row["source"], row["target"]) for row in rows} == pairs
    holders = {r["holder"] for r in read_statements(load_graph(seed_candidates_path))}
    assert {row["source"] for row in rows} <= holders | {labels[n] for n in network if n.startswith("actor:")}
