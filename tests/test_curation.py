"""Curation: decisions on statements kept in the store's curation graph, through rebuilds."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from statgraph.cli import cli
from statgraph.curation import CURATION_GRAPH, Correction, Decision, find_orphans, read_decisions, record_decision
from statgraph.errors import InputError, StoreError
from statgraph.graph.read import read_statements
from statgraph.judge.gold import label_of
from statgraph.models import Statement
from statgraph.pipeline import build_store
from statgraph.query import result_rows, run_query
from statgraph.settings import Settings
from statgraph.store import open_store

BASE = Settings().base_iri


@pytest.fixture()
def store_path(seed_store_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(seed_store_path, copy)
    return copy


def _records(path: Path, **options: bool) -> list[dict]:
    store = open_store(path)
    try:
        return read_statements(store, extra=True, **options)
    finally:
        store.close()


def _decide(path: Path, decision: Decision, when: datetime | None = None) -> str:
    store = open_store(path)
    try:
        return record_decision(store, decision, base_iri=BASE, when=when)
    finally:
        store.close()


def _pick(records: list[dict], count: int) -> list[dict]:
    """`count` records of distinct statements, each stated in one passage only."""
    once = [r for r in records if sum(x["id"] == r["id"] for x in records) == 1]
    return once[:count]


@pytest.mark.model
def test_curation_statement_ids_are_the_statement_iris(store_path: Path) -> None:
    records = _records(store_path)
    store = open_store(store_path)
    try:
        names, rows = result_rows(run_query(store, "SELECT ?s WHERE { ?s a sg:Statement }"))
    finally:
        store.close()
    assert {r["id"] for r in records} == {row[0].rsplit("/", 1)[1] for row in rows}
    assert all(r["review"] is None for r in records)


@pytest.mark.model
def test_curation_reject_accept_correct(store_path: Path) -> None:
    before = _records(store_path)
    rejected, accepted, corrected = _pick(before, 3)
    _decide(store_path, Decision(rejected["id"], "reject", reason="not_stated", reviewer="ana"))
    _decide(store_path, Decision(accepted["id"], "accept", reviewer="ana"))
    _decide(store_path, Decision(corrected["id"], "correct", reason="wrong_target", reviewer="bob",
                                 correction=Correction(corrected["holder"], "opposes", "Reviewed topic")))
    after = _records(store_path)
    ids = {r["id"] for r in after}
    assert rejected["id"] not in ids and corrected["id"] not in ids
    assert [r["review"] for r in after if r["id"] == accepted["id"]] == ["accepted"]
    new = [r for r in after if r["review"] == "corrected"]
    assert [(r["holder"], r["relation"], r["target"], r["start"], r["doc"]) for r in new] == [
        (corrected["holder"], "opposes", "Reviewed topic", corrected["start"], corrected["doc"])
    ]
    assert len(after) == len(before) - 1
    marked = {r["id"]: (r["review"], r["reason"]) for r in _records(store_path, include_rejected=True)}
    assert marked[rejected["id"]] == ("rejected", "not_stated")
    assert marked[corrected["id"]] == ("replaced", "wrong_target")


@pytest.mark.model
def test_curation_decisions_survive_rebuild_and_changed_document(store_path: Path, seeds_dir: Path,
                                                                 tmp_path: Path) -> None:
    before = _records(store_path)
    rejected, corrected = _pick(before, 2)
    _decide(store_path, Decision(rejected["id"], "reject", reason="wrong_holder"))
    _decide(store_path, Decision(corrected["id"], "correct", correction=Correction("NATO", "supports", "Peace")))
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    changed = corpus / rejected["doc"]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nRussia opposes NATO expansion, Lavrov said.\n",
                       encoding="utf-8")
    result = build_store([corpus], store_path)
    assert result.report.replaced == 1
    after = _records(store_path)
    assert rejected["id"] not in {r["id"] for r in after}
    assert any(r["review"] == "corrected" and r["target"].lower() == "peace" for r in after)
    assert find_orphans(open_store(store_path)) == []


@pytest.mark.model
def test_curation_orphans_are_kept_and_reported(store_path: Path, seeds_dir: Path, tmp_path: Path) -> None:
    record = _pick(_records(store_path), 1)[0]
    _decide(store_path, Decision(record["id"], "accept"))
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    path = corpus / record["doc"]
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: record["start"]] + " " * (record["end"] - record["start"]) + text[record["end"]:],
                    encoding="utf-8")
    build_store([corpus], store_path)
    store = open_store(store_path)
    try:
        orphans = find_orphans(store)
        assert [(o["statement"], o["verdict"]) for o in orphans] == [(record["id"], "accept")]
    finally:
        store.close()
    out = CliRunner().invoke(cli, ["review", "--orphans", "--store", str(store_path)], catch_exceptions=False)
    assert out.exit_code == 0 and record["id"] in out.output


@pytest.mark.model
def test_curation_later_decision_wins_and_both_are_kept(store_path: Path) -> None:
    record = _pick(_records(store_path), 1)[0]
    first = datetime(2026, 1, 1, tzinfo=UTC)
    _decide(store_path, Decision(record["id"], "accept", reviewer="ana"), first)
    _decide(store_path, Decision(record["id"], "reject", reason="other", reviewer="bob"), first + timedelta(seconds=1))
    store = open_store(store_path)
    try:
        decisions = [d for d in read_decisions(store) if d["statement"] == record["id"]]
        graphs = result_rows(run_query(store, "SELECT DISTINCT ?g WHERE { ?s sg:rank ?r }"))
    finally:
        store.close()
    assert [(d["reviewer"], d["verdict"], d["latest"]) for d in decisions] == [("ana", "accept", False),
                                                                               ("bob", "reject", True)]
    assert record["id"] not in {r["id"] for r in _records(store_path)}
    assert graphs[1]  # the ranks are readable from the union graph
    assert CURATION_GRAPH.startswith("https://")


@pytest.mark.model
def test_curation_saved_queries_and_export_leave_rejected_out(store_path: Path, runner: CliRunner) -> None:
    events = ("holds_role", "visited", "met_with", "deployed_to", "member_of")
    record = next(r for r in _pick(_records(store_path), 50) if r["relation"] not in events)

    def passages() -> int:  # the passages the saved stances query counts
        store = open_store(store_path)
        try:
            names, rows = result_rows(run_query(store, "stances"))
            return sum(int(row[names.index("passages")] or 0) for row in rows)
        finally:
            store.close()

    before = passages()
    out = runner.invoke(cli, ["review", record["id"], "--reject", "wrong_relation", "--store", str(store_path)],
                        catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert passages() == before - 1
    relation = f"<https://statgraph.org/ns#{record['relation']}>"
    holder = f"<{BASE}actor/{record['holder_id']}>"
    kept = runner.invoke(cli, ["export", "--store", str(store_path), "--format", "nt"], catch_exceptions=False).output
    full = runner.invoke(cli, ["export", "--store", str(store_path), "--format", "nt", "--include-rejected"],
                         catch_exceptions=False).output

    def direct(text: str) -> list[str]:
        return [line for line in text.splitlines()
                if line.startswith(f"{holder} {relation} ") and line.endswith(f"/{record['target_id']}> .")]

    assert direct(full) and not direct(kept)


@pytest.mark.model
def test_curation_export_gold_lines_and_train_labels(store_path: Path, tmp_path: Path, runner: CliRunner) -> None:
    rejected, accepted = _pick(_records(store_path), 2)
    _decide(store_path, Decision(rejected["id"], "reject", reason="wrong_target"))
    _decide(store_path, Decision(accepted["id"], "accept"))
    out = tmp_path / "reviews.jsonl"
    result = runner.invoke(cli, ["review", "--export", str(out), "--store", str(store_path)], catch_exceptions=False)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted((line["statement"], line["verdict"]) for line in lines) == sorted(
        [(rejected["id"], "rejected"), (accepted["id"], "accepted")]
    )
    for line in lines:
        gold_keys = {"doc", "id", "holder", "holder_any", "relation", "target", "target_all", "evidence", "voice"}
        assert gold_keys <= set(line)
    from statgraph.judge.gold import read_gold

    gold = read_gold(out)
    assert sum(len(v) for v in gold.values()) == 2


def _statement(holder: str, relation: str, target: str) -> Statement:
    return Statement(doc_id="0", doc_name="a.txt", holder=holder, holder_id=holder, relation=relation, target=target,
                     target_id=target, start=0, end=1, evidence="x")


def test_curation_label_of_decisions_labels_only_what_was_reviewed() -> None:
    gold = [
        {"holder_any": ["russia"], "relation": "opposes", "target_all": [["nato"]], "verdict": "accepted"},
        {"holder_any": ["china"], "relation": "supports", "target_all": [["sanctions"]], "verdict": "rejected"},
    ]
    assert label_of(_statement("Russia", "opposes", "NATO"), gold) is True
    assert label_of(_statement("China", "supports", "sanctions"), gold) is False
    assert label_of(_statement("Iran", "warns", "Israel"), gold) is None
    plain = [{k: v for k, v in g.items() if k != "verdict"} for g in gold]
    assert label_of(_statement("Iran", "warns", "Israel"), plain) is False


@pytest.mark.model
def test_curation_refuses_what_is_not_whole(store_path: Path, seed_graph_path: Path, runner: CliRunner) -> None:
    record = _records(store_path)[0]
    with pytest.raises(InputError, match="reason"):
        _decide(store_path, Decision(record["id"], "reject"))
    with pytest.raises(InputError, match="no statement"):
        _decide(store_path, Decision("0123456789abcdef", "accept"))
    with pytest.raises(InputError, match="unknown relation"):
        _decide(store_path, Decision(record["id"], "correct", correction=Correction("Russia", "likes", "NATO")))
    graph_file = open_store(seed_graph_path)
    with pytest.raises(StoreError, match="graph file"):
        record_decision(graph_file, Decision(record["id"], "accept"), base_iri=BASE)
    assert runner.invoke(cli, ["review", "--store", str(store_path), "--accept"]).exit_code == 2
    assert runner.invoke(cli, ["review", record["id"], "--store", str(store_path), "--correct"]).exit_code == 2
    missing = runner.invoke(cli, ["review", "0123456789abcdef", "--accept", "--store", str(store_path)])
    assert missing.exit_code == 1 and "statements --format jsonl" in missing.output


@pytest.mark.model
def test_curation_view_and_network_leave_rejected_out(store_path: Path, runner: CliRunner, tmp_path: Path) -> None:
    from statgraph.views import view_graph

    record = _pick(_records(store_path), 1)[0]
    _decide(store_path, Decision(record["id"], "reject", reason="not_stated"))
    store = open_store(store_path)
    try:
        def passages(include: bool) -> list[dict]:
            network, _ = view_graph(store, max_nodes=None, include_rejected=include)
            return [p for _, _, data in network.edges(data=True) for p in data["passages"]]

        assert record["id"] not in {p["id"] for p in passages(False)}
        assert [p["review"] for p in passages(True) if p["id"] == record["id"]] == ["rejected"]
    finally:
        store.close()
    for options in ([], ["--include-rejected"]):
        drawn = runner.invoke(cli, ["view", "--store", str(store_path), "--out", str(tmp_path / "v.html"), *options])
        assert drawn.exit_code == 0, drawn.output
        network = runner.invoke(cli, ["network", "--store", str(store_path), "--kind", "conflict", *options])
        assert network.exit_code == 0, network.output


@pytest.mark.model
@pytest.mark.server
def test_curation_on_a_sparql_server_store(seeds_dir: Path, tmp_path: Path) -> None:
    from test_server import _start_server

    server, url = _start_server(tmp_path)
    try:
        build_store([seeds_dir], url)
        record = _pick(_records_at(url), 1)[0]
        store = open_store(url)
        record_decision(store, Decision(record["id"], "reject", reason="wrong_target", reviewer="ana"), base_iri=BASE)
        assert record["id"] not in {r["id"] for r in read_statements(store)}
        build_store([seeds_dir], url)  # nothing changes: the decision stays
        assert [d["verdict"] for d in read_decisions(store)] == ["reject"]
    finally:
        server.kill()
        server.wait()


def _records_at(location: str) -> list[dict]:
    store = open_store(location)
    return read_statements(store)


@pytest.mark.model
def test_curation_a_store_with_decisions_still_conforms_to_the_shapes(store_path: Path) -> None:
    from rdflib.namespace import PROV

    from statgraph.check import check_graph

    records = _pick(_records(store_path), 2)
    _decide(store_path, Decision(records[0]["id"], "reject", reason="wrong_holder"))
    _decide(store_path, Decision(records[1]["id"], "correct", correction=Correction("NATO", "supports", "Peace")))
    ontology = Path(__file__).resolve().parent.parent / "ontology"
    store = open_store(store_path)
    try:
        graph = store.graph()
    finally:
        store.close()
    assert check_graph(graph, ontology).conforms  # the correction reads its passages through the old statement
    orphan = next(s for s in graph.subjects(PROV.wasRevisionOf, None))
    graph.remove((orphan, PROV.wasRevisionOf, None))  # a statement with neither passages nor an original
    report = check_graph(graph, ontology)
    assert not report.conforms
    assert any("statement:" in v.focus for v in report.violations)
