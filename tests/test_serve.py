"""`statgraph serve` on a free loopback port: the SPARQL 1.1 Protocol, read-only, the review
API and what keeps it safe (loopback, token, origin, limits), with two analysts at once."""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from statgraph.cli import cli
from statgraph.curation import read_decisions
from statgraph.query import result_rows, run_query
from statgraph.store import open_store

pytestmark = [pytest.mark.server, pytest.mark.model]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_server(store: Path, *options: str, log: Path | None = None) -> Iterator[str]:
    """`statgraph serve` on a free loopback port, once it answers; stopped afterwards."""
    port = free_port()
    log = log or store.parent / f"serve-{port}.log"
    with open(log, "wb") as stream:
        server = subprocess.Popen(
            [sys.executable, "-m", "statgraph", "serve", "--store", str(store), "--port", str(port), *options],
            stdout=stream, stderr=stream,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if server.poll() is not None:
                raise AssertionError(f"the server stopped: {log.read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
          method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def page_token(base: str) -> str:
    _, _, body = fetch(f"{base}/queue")
    return re.search(rb'name="statgraph-token" content="([^"]+)"', body).group(1).decode()


@pytest.fixture()
def store(seed_store_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(seed_store_path, copy)
    return copy


def _text(value: object) -> str:
    """A client's term as statgraph query prints it: decimals in their canonical form (Oxigraph
    keeps decimals by value, so its serialisers write 1 where statgraph writes 1.0)."""
    from rdflib import XSD, Literal

    from statgraph.graph.build import canonical_decimal

    if isinstance(value, Literal) and value.datatype == XSD.decimal:
        return canonical_decimal(str(value))
    return "" if value is None else str(value)


def _rows(result_names: list[str], rows: list[list[str | None]]) -> list[tuple[str, ...]]:
    return sorted(tuple("" if v is None else v for v in row) for row in rows)


def test_serve_sparql_client_gets_the_rows_statgraph_query_gets(store: Path) -> None:
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    local = open_store(store)
    try:
        expected = {name: result_rows(run_query(local, name)) for name in ("statements", "stances", "sources")}
    finally:
        local.close()
    with running_server(store) as base:
        for fmt in ("xml", "json"):  # CSV carries no datatypes (SPARQL 1.1 CSV)
            graph = Graph(store=SPARQLStore(f"{base}/sparql", returnFormat=fmt))
            for name, (names, rows) in expected.items():
                from statgraph.query import load_query

                result = graph.query(load_query(name))
                got = [[_text(v) for v in row] for row in result]
                assert [str(v) for v in result.vars] == names
                assert _rows(names, got) == _rows(names, rows), (fmt, name)


def test_serve_sparql_is_read_only_and_refuses_the_network(store: Path) -> None:
    with running_server(store) as base:
        update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
        assert fetch(f"{base}/sparql", update.encode(), {"Content-Type": "application/sparql-update"})[0] == 403
        form = urllib.parse.urlencode({"update": update}).encode()
        assert fetch(f"{base}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
        assert fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": update}))[0] == 403
        status, _, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode(
            {"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"}))
        assert status == 400 and b"SERVICE" in body
        load = urllib.parse.urlencode({"query": "LOAD <http://example.org/x>"})
        assert fetch(f"{base}/sparql?{load}")[0] in (400, 403)
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        _, _, before = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": count}))
        _, _, after = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": count}))
        assert before == after


def test_serve_sparql_formats_follow_accept(store: Path) -> None:
    select = urllib.parse.urlencode({"query": "SELECT ?d WHERE { ?d a sg:Document } ORDER BY ?d"})
    construct = urllib.parse.urlencode({"query": "CONSTRUCT { ?d a sg:Document } WHERE { ?d a sg:Document }"})
    with running_server(store) as base:
        cases = {
            "application/sparql-results+json": b'"bindings"', "application/sparql-results+xml": b"<sparql",
            "text/csv": b"d\r\nhttps://", "text/tab-separated-values": b"?d\n<https://",
        }
        for accept, start in cases.items():
            status, headers, body = fetch(f"{base}/sparql?{select}", headers={"Accept": accept})
            assert status == 200 and headers["Content-Type"].startswith(accept) and start in body, accept
        for accept, needle in {"text/turtle": b" a sg:Document .",  # with statgraph's prefixes
                               "application/n-triples": b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"}.items():
            status, headers, body = fetch(f"{base}/sparql?{construct}", headers={"Accept": accept})
            assert status == 200 and headers["Content-Type"].startswith(accept) and needle in body, accept
        assert fetch(f"{base}/sparql?{select}", headers={"Accept": "image/png"})[0] == 406
        posted = fetch(f"{base}/sparql", b"ASK { ?s a sg:Document }", {"Content-Type": "application/sparql-query",
                                                                       "Accept": "application/sparql-results+json"})
        assert json.loads(posted[2]) == {"head": {}, "boolean": True}


def test_serve_guards_loopback_token_origin_and_size(store: Path) -> None:
    with running_server(store) as base:
        assert fetch(f"{base}/queue", headers={"Host": "attacker.example"})[0] == 403
        token = page_token(base)
        body = json.dumps({"statement": "0123456789abcdef", "verdict": "accept"}).encode()
        json_type = {"Content-Type": "application/json"}
        assert fetch(f"{base}/api/decisions", body, json_type)[0] == 403
        assert fetch(f"{base}/api/decisions", body, {**json_type, "X-Statgraph-Token": "wrong"})[0] == 403
        form = {"Content-Type": "application/x-www-form-urlencoded", "X-Statgraph-Token": token}
        assert fetch(f"{base}/api/decisions", b"statement=x&verdict=accept", form)[0] == 415
        cross = {**json_type, "X-Statgraph-Token": token, "Origin": "http://attacker.example"}
        assert fetch(f"{base}/api/decisions", body, cross)[0] == 403
        status, headers, _ = fetch(f"{base}/api/decisions", body, {**json_type, "X-Statgraph-Token": token})
        assert status == 400
        status, headers, _ = fetch(f"{base}/sparql?query=ASK%7B%7D", headers={"Origin": "http://attacker.example"})
        assert not [h for h in headers if h.lower().startswith("access-control-")]
        assert _status_of_announced_body(base, 2 * 1024 * 1024).startswith(b"HTTP/1.1 413")
        assert fetch(f"{base}/sparql", b"#" * 200_000, {"Content-Type": "application/sparql-query"})[0] == 413
    refused = CliRunner().invoke(cli, ["serve", "--store", str(store), "--host", "0.0.0.0"])
    assert refused.exit_code == 1 and "--allow-remote" in refused.output


def _status_of_announced_body(base: str, size: int) -> bytes:
    """The status line the server sends when a request announces a body of `size` bytes."""
    host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(f"POST /sparql HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/sparql-query\r\n"
                     f"Content-Length: {size}\r\n\r\n".encode() + b"#" * 1024)
        return sock.recv(4096).split(b"\r\n", 1)[0]


def test_serve_allow_remote_needs_the_printed_token(store: Path, tmp_path: Path) -> None:
    log = tmp_path / "remote.log"
    with running_server(store, "--allow-remote", log=log) as base:
        for _ in range(50):
            if "token:" in log.read_text():
                break
            time.sleep(0.1)
        token = re.search(r"token: (\S+)", log.read_text()).group(1)
        assert fetch(f"{base}/queue")[0] == 401
        assert fetch(f"{base}/sparql?query=ASK%7B%7D")[0] == 401
        status, headers, _ = fetch(f"{base}/queue?token={token}")
        assert status == 200 and "HttpOnly" in headers["Set-Cookie"] and "SameSite=Strict" in headers["Set-Cookie"]
        assert fetch(f"{base}/sparql?query=ASK%7B%7D", headers={"Authorization": f"Bearer {token}"})[0] == 200


def test_serve_two_analysts_both_recorded_later_wins(store: Path) -> None:
    local = open_store(store)
    statement = result_rows(run_query(local, "SELECT ?s WHERE { ?s a sg:Statement } ORDER BY ?s LIMIT 1"))[1][0][0]
    local.close()
    statement_id = statement.rsplit("/", 1)[1]
    with running_server(store) as base:
        token = page_token(base)
        headers = {"Content-Type": "application/json", "X-Statgraph-Token": token}

        def decide(number: int) -> int:
            verdict = {"statement": statement_id, "reviewer": f"analyst{number % 2}",
                       **({"verdict": "accept"} if number % 2 else {"verdict": "reject", "reason": "other"})}
            return fetch(f"{base}/api/decisions", json.dumps(verdict).encode(), headers)[0]

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            assert list(pool.map(decide, range(24))) == [201] * 24
        assert decide(100) == 201  # the last one: a rejection
        queue = json.loads(fetch(f"{base}/api/queue?show=reviewed")[2])["items"]
        assert [(i["id"], i["review"]) for i in queue] == [(statement_id, "rejected")]
    local = open_store(store)
    try:
        decisions = [d for d in read_decisions(local) if d["statement"] == statement_id]
    finally:
        local.close()
    assert len(decisions) == 25 and [d["latest"] for d in decisions].count(True) == 1
    assert decisions[-1]["latest"] and decisions[-1]["verdict"] == "reject"


def test_serve_query_time_limit(store: Path) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with running_server(store, "--query-seconds", "0.5") as base:
        started = time.monotonic()
        status, _, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": slow}))
        assert status == 503 and b"time limit" in body
        assert time.monotonic() - started < 10
