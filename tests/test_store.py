"""The embedded store: builds add documents, reads match a file, a kill leaves whole documents."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from conftest import write_corpus

from statgraph.cli import cli
from statgraph.errors import QueryError, StoreError
from statgraph.graph.read import read_statements
from statgraph.pipeline import build, build_store
from statgraph.query import result_rows, run_query, saved_queries
from statgraph.store import UNION_GRAPH, load_graph, open_store

SG = "https://statgraph.org/ns#"
pytestmark = pytest.mark.model


def _statements(location: Path | str) -> list[dict]:
    store = open_store(location)
    try:
        return read_statements(store, extra=True)
    finally:
        store.close()


def _ntriples(location: Path | str) -> bytes:
    from statgraph.exports.rdf import to_ntriples

    store = open_store(location)
    try:
        return to_ntriples(store.graph())
    finally:
        store.close()


def test_store_statements_match_the_file(seed_store_path: Path, seed_graph_path: Path) -> None:
    assert _statements(seed_store_path) == read_statements(load_graph(seed_graph_path), extra=True)


def test_store_saved_queries_and_export_match_the_file(seed_store_path: Path, seed_graph_path: Path) -> None:
    graph, store = load_graph(seed_graph_path), open_store(seed_store_path)
    try:
        for name in saved_queries():
            assert result_rows(run_query(store, name)) == result_rows(run_query(graph, name)), name
    finally:
        store.close()
    assert _ntriples(seed_store_path) == _ntriples(seed_graph_path)


def test_store_rebuild_changes_nothing(
    seed_store_path: Path, seed_graph_path: Path, seeds_dir: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "store"
    shutil.copytree(seed_store_path, copy)
    before = _ntriples(copy)
    result = build_store([seeds_dir], copy)
    assert (result.report.unchanged, result.report.replaced) == (5, 0)
    assert result.triples == len(load_graph(seed_graph_path))  # the union graph, shared nodes once
    assert _ntriples(copy) == before


def test_store_changed_document_replaces_its_older_version(
    seed_store_path: Path, seeds_dir: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    changed = sorted(corpus.glob("*.txt"))[2]
    changed.chmod(0o644)
    paragraphs = changed.read_text(encoding="utf-8").split("\n\n")
    changed.write_text("\n\n".join(paragraphs[: len(paragraphs) // 2]) + "\n", encoding="utf-8")
    copy = tmp_path / "store"
    shutil.copytree(seed_store_path, copy)
    result = build_store([corpus], copy)
    assert (result.report.unchanged, result.report.replaced) == (4, 1)
    fresh = tmp_path / "fresh.ttl"
    build([corpus], fresh)
    assert _statements(copy) == read_statements(load_graph(fresh), extra=True)
    assert _ntriples(copy) == _ntriples(fresh), "the union graph lost or kept the wrong triples"


def test_store_one_name_in_two_folders_is_two_documents(seeds_dir: Path, tmp_path: Path) -> None:
    first, second = sorted(seeds_dir.glob("*.txt"))[2:4]
    for folder, source in (("a", first), ("b", second)):
        (tmp_path / folder).mkdir()
        shutil.copy(source, tmp_path / folder / "same.txt")
    result = build_store([tmp_path / "a", tmp_path / "b"], tmp_path / "store")
    assert (result.report.documents, result.report.replaced) == (2, 0)
    assert {r["doc"] for r in _statements(tmp_path / "store")} == {"same.txt"}
    store = open_store(tmp_path / "store")
    try:
        assert len(store.find_documents([], ["same.txt"])) == 2
    finally:
        store.close()


def test_store_refuses_updates(seed_store_path: Path) -> None:
    store = open_store(seed_store_path)
    try:
        with pytest.raises(QueryError, match="only through"):
            run_query(store, "INSERT DATA { actor:X sg:opposes actor:Y }", allow_update=True)
    finally:
        store.close()


def test_store_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()


def test_store_terms_round_trip_through_oxigraph() -> None:
    import pyoxigraph

    from statgraph.stores.terms import from_oxigraph, ntriples_lines

    odd = 'quote " back\\slash\nnew\rline\ttab \x00\x1f\x7f é 𝄞'
    triples = [
        (rdflib.URIRef("https://x.org/a b"), rdflib.URIRef("https://x.org/p"), rdflib.Literal(odd)),
        (
            rdflib.URIRef("https://x.org/a"),
            rdflib.URIRef("https://x.org/p"),
            rdflib.Literal("x", lang="en"),
        ),
        (rdflib.URIRef("https://x.org/a"), rdflib.URIRef("https://x.org/p"), rdflib.Literal(3)),
    ]
    data = "".join(line + " .\n" for line in ntriples_lines(triples)).encode()
    back = [
        tuple(from_oxigraph(t) for t in (q.subject, q.predicate, q.object))
        for q in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES)
    ]
    assert back[0][2] == rdflib.Literal(odd) and back[1:] == [t for t in triples[1:]]
    assert str(back[0][0]) == "https://x.org/a%20b"


def test_store_cli_build_and_read_the_default_store(
    runner: CliRunner,
    seeds_dir: Path,
    tmp_path: Path,
    seed_graph_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    one = sorted(seeds_dir.glob("*.txt"))[4]
    monkeypatch.setenv("STATGRAPH_STORE", str(tmp_path / "store"))
    result = runner.invoke(cli, ["build", str(one)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "-> " + str(tmp_path / "store") in result.output
    again = runner.invoke(cli, ["build", str(one)], catch_exceptions=False)
    assert "1 already stored" in again.output
    rows = runner.invoke(cli, ["statements", "--format", "jsonl"], catch_exceptions=False)
    assert rows.exit_code == 0 and one.name in rows.output
    query = runner.invoke(cli, ["query", "stances", "--format", "csv"], catch_exceptions=False)
    assert query.exit_code == 0 and len(query.output.splitlines()) > 1
    ask = runner.invoke(cli, ["query", "--store", str(tmp_path / "store"), "ASK { ?s a sg:Document }"])
    assert ask.output.strip() == "true"
    exported = runner.invoke(cli, ["export", "--format", "nt", "--out", str(tmp_path / "g.nt")])
    assert exported.exit_code == 0 and len(rdflib.Graph().parse(tmp_path / "g.nt", format="nt")) > 100
    view = runner.invoke(cli, ["view", "--out", str(tmp_path / "v.html")])
    assert view.exit_code == 0, view.output
    both = runner.invoke(cli, ["statements", str(seed_graph_path), "--store", str(tmp_path / "store")])
    assert both.exit_code == 2


def test_store_cli_read_of_a_missing_store(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["statements", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "no store at" in result.output and "Traceback" not in result.output


def test_store_cli_build_out_and_store_exclusive(runner: CliRunner, seeds_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        cli,
        ["build", str(seeds_dir), "--out", str(tmp_path / "g.ttl"), "--store", str(tmp_path / "s")],
    )
    assert result.exit_code == 2


def _wal_bytes(store: Path) -> int:
    return sum(f.stat().st_size for f in store.glob("*.log")) if store.is_dir() else 0


def test_store_killed_build_leaves_whole_documents(tmp_path: Path) -> None:
    """SIGKILL a real build part way: only whole documents are stored; the next build completes."""
    corpus = write_corpus(tmp_path / "corpus", 200)
    store = tmp_path / "store"
    command = [sys.executable, "-m", "statgraph", "build", str(corpus), "--store", str(store), "-q"]
    with open(tmp_path / "stderr.txt", "wb") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        deadline = time.monotonic() + 120
        while _wal_bytes(store) < 200_000 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # the first batch is committed; the next one is being parsed
        ended = process.poll()
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    assert ended is None, f"the build ended before it was killed: {(tmp_path / 'stderr.txt').read_text()}"
    written = _check_whole_documents(store)
    assert 0 < written < 200
    result = build_store([corpus], store)
    assert result.report.unchanged == written
    assert _check_whole_documents(store) == 200


def _check_whole_documents(location: Path) -> int:
    """Each document graph has its document node and whole references; the union is their union."""
    import pyoxigraph

    store = pyoxigraph.Store(str(location))
    union = pyoxigraph.NamedNode(UNION_GRAPH)
    graphs = [g for g in store.named_graphs() if g != union]
    for graph in graphs:
        assert store.query(f"ASK {{ GRAPH {graph} {{ {graph} a <{SG}Document> }} }}")
        broken = store.query(f"""ASK {{ GRAPH {graph} {{ ?ref a <{SG}Reference> .
            FILTER NOT EXISTS {{ ?ref <http://www.w3.org/ns/oa#hasTarget>/<http://www.w3.org/ns/oa#hasSelector>
                                      /<http://www.w3.org/ns/oa#exact> ?text }} }} }}""")
        assert not broken, f"{graph} has a reference without its passage"
    missing = store.query(
        f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {union}) FILTER NOT EXISTS {{ GRAPH {union} {{ ?s ?p ?o }} }} }}"
    )
    extra = store.query(
        f"ASK {{ GRAPH {union} {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {union}) }} }}"
    )
    assert not missing and not extra, "the union graph is not the union of the document graphs"
    del store
    return len(graphs)
