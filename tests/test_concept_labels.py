"""A made concept's label: the short phrase most passages give, alike in a file and a store."""

from __future__ import annotations

from collections import Counter

from statgraph.graph.build import document_graph_triples, iri, run_triples
from statgraph.link.labels import concept_labels, preferred_label
from statgraph.models import Document, Statement
from statgraph.pipeline import relabel_concepts
from statgraph.settings import Settings
from statgraph.store import DocumentGraph, open_store
from statgraph.stores.oxigraph import open_memory
from statgraph.stores.terms import ntriples_lines

BASE = "https://statgraph.org/id/"
LABELS = """SELECT ?p ?label WHERE {
  <https://statgraph.org/id/topic/sanctions_on_Russia> ?p ?label
  FILTER (?p IN (rdfs:label, skos:prefLabel, skos:altLabel)) } ORDER BY ?p ?label"""


def test_labels_the_most_frequent_phrase_wins_and_ties_do_not_read_the_order() -> None:
    assert preferred_label(Counter({"sanctions on Russia": 1, "restrictions on Russia": 2})) == "restrictions on Russia"
    tie = ["sanctions on Russia", "Russia sanctions", "sanctions against Russia"]
    assert {preferred_label(Counter(dict.fromkeys(order, 1))) for order in (tie, tie[::-1])} == {"Russia sanctions"}
    rows = [("t", "the sanctions on Russia", 1), ("t", "sanctions on Russia", 1), ("t", "Russia sanctions", 1)]
    assert concept_labels(rows, lambda text: text.removeprefix("the ")) == {"t": "sanctions on Russia"}


def _document(name: str, wording: str) -> DocumentGraph:
    """A document whose one statement a build linked to the concept sanctions_on_Russia."""
    text = f"Russia opposes {wording}."
    document = Document(id=name, name=name, text=text)
    statement = Statement(
        doc_id=name, doc_name=name, holder="Russia", holder_id="Russia", relation="opposes",
        target="sanctions on Russia", target_id="sanctions_on_Russia", target_text=wording,
        start=0, end=len(text), evidence=text,
    )
    run, run_part = run_triples(BASE, "test")
    lines = ntriples_lines([*run_part, *document_graph_triples(document, [statement], BASE, run)])
    return DocumentGraph(str(iri(BASE, "doc", name)), name, lines)


def _labels(target) -> list[tuple[str, str]]:  # noqa: ANN001 - a store or a dataset
    return sorted((str(p).rsplit("#", 1)[-1], str(label)) for p, label in target.query(LABELS).rows)


def test_labels_a_store_rewrites_a_label_when_documents_join_as_a_file_build_writes_it(tmp_path) -> None:  # noqa: ANN001
    first, later = _document("a.txt", "sanctions on Russia"), [_document(n, "restrictions on Russia") for n in ("b.txt", "c.txt")]
    store = open_store(tmp_path / "store", create=True)
    try:
        store.write([first])
        relabel_concepts(store, Settings())
        assert ("prefLabel", "sanctions on Russia") in _labels(store)
        store.write(later)  # two passages now call it "restrictions on Russia"
        relabel_concepts(store, Settings())
        in_store = _labels(store)
        document_labels = store.query(
            "SELECT DISTINCT ?g ?label WHERE { GRAPH ?g { topic:sanctions_on_Russia rdfs:label ?label } }"
        ).rows
    finally:
        store.close()
    assert in_store == [("altLabel", "sanctions on Russia"), ("label", "restrictions on Russia"),
                        ("prefLabel", "restrictions on Russia")]
    assert len(document_labels) == 4  # the three document graphs and the union graph, each rewritten
    assert {str(label) for _, label in document_labels} == {"restrictions on Russia"}
    memory = open_memory("file.ttl")
    memory.write([first, *later])
    relabel_concepts(memory, Settings())
    assert _labels(memory) == in_store
