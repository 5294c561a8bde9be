"""The store writer: shared triples go to the union graph once per build, and the union still
holds every triple of every document graph."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from conftest import write_corpus

from statgraph.pipeline import build_store
from statgraph.store import UNION_GRAPH, DocumentGraph, open_store
from statgraph.stores import writer as writer_module
from statgraph.stores.writer import BatchWriter


class _Recording:
    """A store that keeps the document graphs it is given."""

    def __init__(self) -> None:
        self.graphs: list[DocumentGraph] = []

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        self.graphs.extend(graphs)


def test_writer_sends_a_shared_triple_to_the_union_once() -> None:
    store = _Recording()
    with BatchWriter(store) as writer:  # type: ignore[arg-type]
        writer.add(DocumentGraph("urn:doc:a", "a.txt", ["<urn:run> <urn:p> <urn:o>", "<urn:a> <urn:p> <urn:o>"]))
        writer.add(DocumentGraph("urn:doc:b", "b.txt", ["<urn:run> <urn:p> <urn:o>", "<urn:b> <urn:p> <urn:o>"]))
    assert [list(g.lines) for g in store.graphs] == [
        ["<urn:run> <urn:p> <urn:o>", "<urn:a> <urn:p> <urn:o>"],
        ["<urn:run> <urn:p> <urn:o>", "<urn:b> <urn:p> <urn:o>"],
    ]
    assert [list(g.union) for g in store.graphs] == [
        ["<urn:run> <urn:p> <urn:o>", "<urn:a> <urn:p> <urn:o>"],
        ["<urn:b> <urn:p> <urn:o>"],
    ]
    assert writer.triples == 4


def test_writer_forgets_past_its_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer_module, "UNION_MEMORY", 2)
    store = _Recording()
    with BatchWriter(store) as writer:  # type: ignore[arg-type]
        for name in "abc":
            writer.add(DocumentGraph(f"urn:doc:{name}", f"{name}.txt", ["<urn:run> <urn:p> <urn:o>", f"<urn:{name}> <urn:p> <urn:o>"]))
    # after two documents it holds three lines, more than two: it forgets them, and writes the shared one again
    assert [len(g.union) for g in store.graphs] == [2, 1, 2]


def test_a_graph_without_union_lines_adds_all_its_lines_to_the_union() -> None:
    graph = DocumentGraph("urn:doc:a", "a.txt", ["<urn:a> <urn:p> <urn:o>"])
    assert list(graph.union) == ["<urn:a> <urn:p> <urn:o>"]


@pytest.mark.model
def test_store_union_is_exactly_the_union_of_the_document_graphs(tmp_path: Path) -> None:
    import pyoxigraph

    corpus = write_corpus(tmp_path / "corpus", 12)  # recombined seed paragraphs: many shared actors
    build_store([corpus], tmp_path / "store")
    store = open_store(tmp_path / "store")
    try:
        quads = list(store.dataset().store.quads_for_pattern(None, None, None, None))
    finally:
        store.close()
    union = pyoxigraph.NamedNode(UNION_GRAPH)
    in_union = {(q.subject, q.predicate, q.object) for q in quads if q.graph_name == union}
    in_documents = {(q.subject, q.predicate, q.object) for q in quads if q.graph_name != union}
    assert len(in_documents) > 100
    assert in_union == in_documents


def test_a_written_graph_loads_its_own_lines_and_refuses_a_relative_name() -> None:
    """The build's N-Quads are loaded without Oxigraph's checks (`lenient`), but a document
    graph named by no absolute IRI (a base IRI without a scheme) is still refused."""
    from statgraph.errors import StoreError
    from statgraph.stores.oxigraph import open_memory

    data = open_memory("memory")
    data.write([DocumentGraph("urn:doc:a", "a.txt", ['<urn:a> <urn:p> "x"'])])
    assert data.count() == 1
    with pytest.raises(StoreError, match="cannot write"):
        data.write([DocumentGraph("statgraph/doc/b", "b.txt", ['<statgraph/b> <urn:p> "y"'])])
    assert data.count() == 1
