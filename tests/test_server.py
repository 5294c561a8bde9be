"""A real Oxigraph server on loopback as the store: the same statements as the embedded store."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from statgraph.cli import cli
from statgraph.graph.read import read_statements
from statgraph.pipeline import build, build_store
from statgraph.query import result_rows, run_query, saved_queries
from statgraph.store import load_graph, open_store

pytestmark = [pytest.mark.server, pytest.mark.model]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`oxigraph serve` on a free loopback port, once it answers queries."""
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install -e '.[test]')")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(folder / "server.log", "wb")  # noqa: SIM115 - closed with the server
    server = subprocess.Popen(
        [binary, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"],
        stdout=log,
        stderr=log,
    )
    log.close()
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with opener.open(f"{url}/query?query=ASK%7B%7D", timeout=2):
                return server, url
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    server.kill()
    server.wait()
    pytest.fail(f"the oxigraph server did not start: {(folder / 'server.log').read_text()}")


@pytest.fixture()
def server_url(tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh Oxigraph server, stopped after the test."""
    server, url = _start_server(tmp_path)
    yield url
    server.kill()
    server.wait()


def _statements(location: str | Path) -> list[dict]:
    store = open_store(location)
    try:
        return read_statements(store, extra=True)
    finally:
        store.close()


def test_server_build_query_statements_like_the_embedded_store(
    server_url: str, seeds_dir: Path, seed_store_path: Path, seed_graph_path: Path
) -> None:
    result = build_store([seeds_dir], server_url)
    assert (result.report.documents, result.report.unchanged) == (5, 0)
    assert _statements(server_url) == _statements(seed_store_path) == _statements(seed_graph_path)
    server, embedded = open_store(server_url), open_store(seed_store_path)
    try:
        for name in saved_queries():
            assert result_rows(run_query(server, name)) == result_rows(run_query(embedded, name)), name
        assert set(server.graph()) == set(load_graph(seed_graph_path))
    finally:
        embedded.close()
    again = build_store([seeds_dir], server_url)
    assert (again.report.unchanged, again.triples) == (5, len(load_graph(seed_graph_path)))


def test_server_replaces_a_changed_document(server_url: str, seeds_dir: Path, tmp_path: Path) -> None:
    build_store([seeds_dir], server_url)
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    changed = sorted(corpus.glob("*.txt"))[2]
    changed.chmod(0o644)
    changed.write_text(changed.read_text(encoding="utf-8").split("\n\n", 3)[-1], encoding="utf-8")
    result = build_store([corpus], server_url)
    assert (result.report.unchanged, result.report.replaced) == (4, 1)
    fresh = tmp_path / "fresh.ttl"
    build([corpus], fresh)
    assert _statements(server_url) == _statements(fresh)
    assert set(open_store(server_url).graph()) == set(load_graph(fresh))


def test_server_loads_through_update_without_graph_store(
    server_url: str, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = sorted(seeds_dir.glob("*.txt"))[4]
    monkeypatch.setenv("STATGRAPH_STORE_DATA", "none")
    assert open_store(server_url).endpoints.data is None  # type: ignore[attr-defined]
    build_store([one], server_url)
    build_store([one], tmp_path / "store")
    assert _statements(server_url) == _statements(tmp_path / "store")


def test_server_cli(server_url: str, seeds_dir: Path, runner: CliRunner) -> None:
    one = sorted(seeds_dir.glob("*.txt"))[4]
    built = runner.invoke(cli, ["build", str(one), "--store", server_url], catch_exceptions=False)
    assert built.exit_code == 0 and "1 documents" in built.output
    rows = runner.invoke(cli, ["statements", "--store", server_url, "--format", "csv"], catch_exceptions=False)
    assert rows.exit_code == 0 and one.name in rows.output
    bad = runner.invoke(cli, ["query", "--store", server_url, "SELECT ?x WHERE { ?x"])
    assert bad.exit_code == 1 and "line 1" in bad.output and "Traceback" not in bad.output
    update = runner.invoke(cli, ["query", "--store", server_url, "--allow-update", "CLEAR ALL"])
    assert update.exit_code == 1 and "only through" in update.output


def test_server_unreachable_is_a_store_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["statements", "--store", f"http://127.0.0.1:{_free_port()}"])
    assert result.exit_code == 1
    assert "cannot reach" in result.output


def test_server_loads_a_trig_export_one_graph_per_document(
    server_url: str, seed_graph_path: Path, seed_store_path: Path, tmp_path: Path
) -> None:
    """A TriG export POSTed to an Oxigraph server's Graph Store: one named graph per document,
    an empty default graph, and together the graphs hold exactly the graph file's triples."""
    trig = tmp_path / "seeds.trig"
    assert CliRunner().invoke(cli, ["export", "--store", str(seed_store_path), "--out", str(trig)]).exit_code == 0
    request = urllib.request.Request(
        f"{server_url}/store", data=trig.read_bytes(), headers={"Content-Type": "application/trig"}, method="POST"
    )
    urllib.request.build_opener(urllib.request.ProxyHandler({})).open(request, timeout=60).close()
    server = open_store(server_url)
    graphs = server._query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {})
    default = server._query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", {})
    assert (graphs.rows, default.rows) == ([["5"]], [["0"]])
    union = server._query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", {})
    assert len(union.triples) == len(load_graph(seed_graph_path))
