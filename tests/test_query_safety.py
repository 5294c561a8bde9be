"""Nothing executed: queries are read-only and offline unless allowed; RDF read back
from a file cannot expand entities or fetch a remote context.

A local listener stands in for the network: a refused query or file must not reach it,
and an allowed one does (which shows the test would notice).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from statgraph.cli import cli
from statgraph.errors import QueryError, StoreError
from statgraph.query import check_query, run_query
from statgraph.store import load_graph

TRIPLE = "<http://example.org/a> <http://example.org/p> <http://example.org/b>"
UPDATES = [
    f"INSERT DATA {{ {TRIPLE} }}",
    f"insert data {{ {TRIPLE} }}",
    "DELETE WHERE { ?s ?p ?o }",
    "delete { ?s ?p ?o } insert { ?o ?p ?s } where { ?s ?p ?o }",
    "CLEAR ALL",
    "drop silent default",
    "CREATE GRAPH <http://example.org/g>",
    "COPY DEFAULT TO <http://example.org/g>",
    "# a comment first\nPREFIX ex: <http://example.org/>\nInSeRt DaTa { ex:a ex:p 'SELECT' }",
    f'PREFIX ex: <http://example.org/> # "SELECT * WHERE {{}}"\nINSERT DATA {{ {TRIPLE} }}',
]
NETWORK = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "select * where { service silent <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y ?z OPTIONAL { SeRvIcE <{url}> { ?s ?p ?o } } }",
    "ASK { FILTER EXISTS { SERVICE <{url}> { ?s ?p ?o } } }",
    "SELECT * WHERE { BIND(<{url}> AS ?endpoint) SERVICE ?endpoint { ?s ?p ?o } }",
    "SELECT * FROM <{url}> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <{url}> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "# INSERT DATA { }\nSELECT * WHERE {\n  # a comment\n  SERVICE <{url}> { ?s ?p ?o } }",
]
NETWORK_UPDATES = [
    "LOAD <{url}>",
    "load silent <{url}> into graph <http://example.org/g>",
    "DELETE { ?s ?p ?o } USING <{url}> WHERE { ?s ?p ?o }",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <{url}> { ?s ?p ?o } }",
]
# Words in strings, IRIs and comments are not operations.
HARMLESS = [
    'SELECT ?x WHERE { ?x ?p "INSERT DATA { } SERVICE LOAD DROP ALL" }',
    "SELECT ?x WHERE { ?x ?p '''\nDELETE WHERE { ?s ?p ?o }\n''' } # LOAD <http://example.org/>",
    "SELECT ?x WHERE { ?x <http://example.org/SERVICE> <http://example.org/LOAD> }",
    "ASK { ?service ?load ?drop }",
    "PREFIX service: <http://example.org/>\nSELECT * WHERE { ?s service:load ?o }",
]
# Tricks that must not slip an update or a network call through as a query.
TRICKS = [
    f"SELECT * WHERE {{ ?s ?p ?o }} ; INSERT DATA {{ {TRIPLE} }}",
    f"SELECT * WHERE {{ ?s ?p ?o }}\n#\nINSERT DATA {{ {TRIPLE} }}",
    f'SELECT * WHERE {{ ?s ?p "x" }} INSERT DATA {{ {TRIPLE} }}',
    f"INSERT DATA {{ {TRIPLE} }} # SELECT * WHERE {{ }}",
    "SELECT * WHERE { ?s ?p ?o } \\u0053ERVICE <http://example.org/> { }",
]


class Listener:
    """A loopback TCP server that counts connections and answers HTTP 500."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/sparql"
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            with connection:
                connection.settimeout(2)
                try:
                    connection.recv(65536)
                    connection.sendall(b"HTTP/1.0 500 Refused\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

    def close(self) -> None:
        self.running = False
        self.thread.join(timeout=5)
        self.server.close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture()
def graph() -> Graph:
    graph = Graph()
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("b")))
    return graph


@pytest.mark.parametrize("sparql", UPDATES)
def test_query_safety_updates_are_refused_unless_allowed(graph: Graph, sparql: str) -> None:
    with pytest.raises(QueryError, match="read-only unless you pass --allow-update"):
        run_query(graph, sparql)
    assert len(graph) == 1
    assert check_query(sparql, allow_update=True) == "update"


def test_query_safety_an_allowed_update_changes_the_graph(graph: Graph) -> None:
    assert run_query(graph, f"INSERT DATA {{ {TRIPLE} }}", allow_update=True) is None
    assert len(graph) == 2


@pytest.mark.parametrize("template", NETWORK + NETWORK_UPDATES)
def test_query_safety_network_is_refused_before_anything_runs(listener: Listener, template: str) -> None:
    sparql = template.replace("{url}", listener.url)
    graph = Dataset(default_union=True)
    with pytest.raises(QueryError, match="reaches the network; it is refused unless you pass --allow-network"):
        run_query(graph, sparql, allow_update=True)
    time.sleep(0.05)
    assert listener.connections == 0


@pytest.mark.parametrize("template", [NETWORK[0], NETWORK[1], NETWORK_UPDATES[0]])
def test_query_safety_network_is_reached_when_allowed(listener: Listener, template: str) -> None:
    """The listener does see the requests (Oxigraph's SERVICE, rdflib's LOAD) once they are
    allowed: the refusal matters. (FROM is refused too, though Oxigraph reads it as a graph of
    the dataset rather than fetching it.)"""
    sparql = template.replace("{url}", listener.url)
    try:
        result = run_query(Dataset(default_union=True), sparql, allow_update=True, allow_network=True)
        list(result or [])  # rdflib evaluates a SELECT as it is read
    except Exception:  # noqa: BLE001 - the listener answers 500
        pass
    assert listener.connections >= 1


def test_query_safety_the_store_refuses_service_before_oxigraph_runs(listener: Listener, tmp_path: Path) -> None:
    from statgraph.store import open_store

    store = open_store(tmp_path / "store", create=True)
    try:
        with pytest.raises(QueryError, match="--allow-network"):
            run_query(store, NETWORK[0].replace("{url}", listener.url))
    finally:
        store.close()
    assert listener.connections == 0


@pytest.mark.parametrize("sparql", HARMLESS)
def test_query_safety_words_in_strings_and_comments_are_not_operations(graph: Graph, sparql: str) -> None:
    assert check_query(sparql) == "query"
    run_query(graph, sparql)


@pytest.mark.parametrize("sparql", TRICKS)
def test_query_safety_tricks_do_not_pass_as_queries(graph: Graph, sparql: str) -> None:
    with pytest.raises(QueryError):
        run_query(graph, sparql)
    assert len(graph) == 1


def test_query_safety_syntax_error_gives_line_and_column_of_the_users_query(graph: Graph) -> None:
    with pytest.raises(QueryError) as error:
        run_query(graph, "SELECT ?s\nWHERE {\n  ?s ?p ?o }\nLIMT 3")
    message = str(error.value)
    assert message.startswith("SPARQL syntax error at line 4, column 1: ")
    assert "LIMT 3\n  ^" in message


def test_query_safety_empty_query_is_refused(graph: Graph) -> None:
    with pytest.raises(QueryError, match="empty"):
        run_query(graph, "# nothing but a comment\n")


def test_query_safety_cli_refuses_and_allows(runner, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "g.ttl"
    path.write_text(f"{TRIPLE} .\n")
    refused = runner.invoke(cli, ["query", str(path), f"insert data {{ {TRIPLE} }}"])
    assert refused.exit_code == 1
    assert "--allow-update" in refused.output and "Traceback" not in refused.output
    allowed = runner.invoke(cli, ["query", str(path), "--allow-update", "CLEAR DEFAULT"])
    assert allowed.exit_code == 0, allowed.output
    assert path.read_text() == f"{TRIPLE} .\n"  # updates change the graph in memory only
    bad = runner.invoke(cli, ["query", str(path), "SELECT ?s WHERE {\n ?s ?p }"])
    assert bad.exit_code == 1 and "line 2, column" in bad.output


def test_query_safety_jsonld_with_a_remote_context_is_refused(listener: Listener, tmp_path: Path) -> None:
    cases = {
        "string.jsonld": f'{{"@context": "{listener.url}", "@id": "http://example.org/a", "name": "x"}}',
        "list.jsonld": f'{{"@context": [{{"ex": "http://example.org/"}}, "{listener.url}"], "@id": "http://x"}}',
        "nested.jsonld": f'{{"@graph": [{{"@context": "{listener.url}", "@id": "http://x"}}]}}',
        "import.jsonld": f'{{"@context": {{"@version": 1.1, "@import": "{listener.url}"}}, "@id": "http://x"}}',
        "local.jsonld": '{"@context": "/etc/passwd", "@id": "http://x"}',
    }
    for name, text in cases.items():
        (tmp_path / name).write_text(text)
        with pytest.raises(StoreError, match="remote JSON-LD context"):
            load_graph(tmp_path / name)
    assert listener.connections == 0
    try:  # rdflib alone does fetch it
        Graph().parse(data=cases["string.jsonld"], format="json-ld")
    except Exception:  # noqa: BLE001 - the listener answers 500
        pass
    assert listener.connections == 1


def test_query_safety_jsonld_with_an_inline_context_loads(tmp_path: Path) -> None:
    path = tmp_path / "inline.jsonld"
    path.write_text('{"@context": {"ex": "http://example.org/"}, "@id": "ex:a", "ex:p": "b"}')
    assert len(load_graph(path)) == 1


def entity_bomb(levels: int = 9) -> str:
    """The billion-laughs document in RDF/XML (about 800 bytes)."""
    entities = ['<!ENTITY a0 "lolololololololololololololololololol">']
    entities += [f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, levels)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n' + "\n".join(entities) + "\n]>\n"
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">\n'
        f'<rdf:Description rdf:about="http://example.org/x"><ex:p>&a{levels - 1};</ex:p></rdf:Description>\n'
        "</rdf:RDF>\n"
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_query_safety_rdfxml_entity_bomb_is_refused_fast(tmp_path: Path, runner, encoding: str) -> None:  # noqa: ANN001
    path = tmp_path / "bomb.rdf"
    path.write_bytes(entity_bomb().encode(encoding))
    started = time.perf_counter()
    with pytest.raises(StoreError, match="DOCTYPE"):
        load_graph(path)
    print(f"entity bomb ({encoding}, {path.stat().st_size} bytes) refused in {time.perf_counter() - started:.4f} s")
    result = runner.invoke(cli, ["export", str(path), "--format", "nt"])
    assert result.exit_code == 1 and "DOCTYPE" in result.output and "Traceback" not in result.output


def test_query_safety_plain_rdfxml_loads(tmp_path: Path) -> None:
    path = tmp_path / "plain.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/x">'
        "<ex:p>y</ex:p></rdf:Description></rdf:RDF>\n"
    )
    assert len(load_graph(path)) == 1
