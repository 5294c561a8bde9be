"""A person minted from the text and spelt two ways in two documents is one actor, listed once per statement."""

from pathlib import Path

from statgraph import Settings, build, build_store, load_graph, open_store, read_statements

TEXTS = {
    "a.txt": "Mozambique protests\n\nVenâncio Mondlane called for a general strike on Monday.\n",
    "b.txt": "Mozambique vote\n\nVenancio Mondlane rejected the results of the election on Thursday.\n",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _mondlane(records: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((r["doc"], r["holder"], r["relation"]) for r in records if r["holder_id"] == "Venancio_Mondlane")


def test_two_spellings_give_one_row_a_statement_in_a_file_graph(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    build([_corpus(tmp_path / "docs")], out, Settings(min_confidence=0))
    rows = _mondlane(read_statements(load_graph(out)))
    assert [(doc, relation) for doc, _, relation in rows] == [("a.txt", "demands"), ("b.txt", "rejects")]
    assert {holder for _, holder, _ in rows} == {"Venâncio Mondlane"}  # one spelling, the greatest


def test_two_spellings_give_one_row_a_statement_in_a_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build_store([_corpus(tmp_path / "docs")], store, Settings(min_confidence=0))
    target = open_store(store)
    try:
        rows = _mondlane(read_statements(target))
    finally:
        target.close()
    assert [(doc, relation) for doc, _, relation in rows] == [("a.txt", "demands"), ("b.txt", "rejects")]


def _query_rows(graph, name: str) -> list[dict]:
    from statgraph.query import load_query, result_rows, run_query

    names, rows = result_rows(run_query(graph, load_query(name)))
    return [dict(zip(names, row, strict=True)) for row in rows]


def test_the_saved_queries_list_a_statement_once_under_one_spelling(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    build([_corpus(tmp_path / "docs")], out, Settings(min_confidence=0))
    graph = load_graph(out)
    for name in ("positions", "sources"):
        rows = [r for r in _query_rows(graph, name) if "Mondlane" in r["holder"]]
        assert sorted((r["doc"], r["relation"]) for r in rows) == [("a.txt", "demands"), ("b.txt", "rejects")], name
        assert {r["holder"] for r in rows} == {"Venâncio Mondlane"}, name
    stances = [r for r in _query_rows(graph, "stances") if "Mondlane" in r["holder"]]
    assert sorted((r["relation"], r["holder"], r["passages"]) for r in stances) == [
        ("demands", "Venâncio Mondlane", "1"), ("rejects", "Venâncio Mondlane", "1")]


def test_the_view_labels_an_actor_as_the_statements_do(tmp_path: Path) -> None:
    from statgraph.views.network import read_node_types

    out = tmp_path / "g.ttl"
    build([_corpus(tmp_path / "docs")], out, Settings(min_confidence=0))
    assert read_node_types(load_graph(out))["Venancio_Mondlane"] == ("person", "Venâncio Mondlane")
