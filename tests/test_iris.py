"""IRIs and literals minted from any text give valid Turtle that parses back to the same graph.

Labels, names and texts are drawn from all of Unicode: quotes, spaces, angle brackets,
newlines, control characters, bidirectional marks and unpaired surrogates.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic

from statgraph.documents import document_id, make_document
from statgraph.graph.build import build_graph, iri
from statgraph.models import Statement
from statgraph.relations import load_relations

BASE_IRI = "https://statgraph.org/id/"
# Every code point, unpaired surrogates included; plus the characters that break Turtle.
ANY_CHARACTER = st.characters(codec=None, exclude_categories=())
TURTLE_BREAKERS = "\"'<>\\ \n\r\t{}|^`#%@:;,.!?&=+~\x00\x07\x1b\x7f\u0085\u00a0\u200b\u202e\ufeff"
NASTY = st.sampled_from([*TURTLE_BREAKERS, "\ud800", "\udfff"])
LABEL = st.text(st.one_of(ANY_CHARACTER, NASTY), max_size=40)
# Ids, rules and the model name are made by statgraph, never read from a document: no surrogates.
NAME = st.text(st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(TURTLE_BREAKERS)), max_size=40)
TARGET_TYPES = ("topic", "office", "state", "person", "organization", "group")
RELATIONS = tuple(name for name, relation in load_relations().items() if relation.kind != "role")


@st.composite
def documents_with_statements(draw: st.DrawFn) -> tuple:
    text = draw(st.text(st.one_of(ANY_CHARACTER, NASTY), min_size=1, max_size=200))
    document = make_document(
        text,
        draw(LABEL) or "x",
        draw(LABEL),
        draw(st.sampled_from(["text/plain", "text/html"])),
        title=draw(LABEL),
        author=draw(LABEL),
        outlet=draw(LABEL),
        url=draw(LABEL),
    )
    statements = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        statements.append(
            Statement(
                doc_id=document.id,
                doc_name=document.name,
                holder=draw(LABEL),
                holder_id=draw(NAME),
                holder_type=draw(st.sampled_from(TARGET_TYPES[2:])),
                relation=draw(st.sampled_from(RELATIONS)),
                target=draw(LABEL),
                target_id=draw(NAME),
                target_type=draw(st.sampled_from(TARGET_TYPES)),
                target_text=draw(LABEL),
                speaker=draw(st.none() | LABEL),
                speaker_id=draw(st.none() | NAME),
                voice=draw(st.sampled_from(["quoted", "reported", "author"])),
                start=start,
                end=end,
                evidence=text[start:end],
                confidence=draw(st.floats(0, 1)),
                rule=draw(NAME),
                cue=draw(LABEL),
                negated=draw(st.booleans()),
            )
        )
    return document, statements


def assert_round_trip(graph: Graph, fmt: str = "turtle") -> None:
    data = graph.serialize(format=fmt, encoding="utf-8")
    parsed = Graph().parse(data=data, format=fmt)
    if not isomorphic(graph, parsed):
        _, only_built, only_parsed = graph_diff(graph, parsed)
        pytest.fail(
            f"only in the built graph:\n{only_built.serialize(format='nt')}\n"
            f"only in the parsed graph:\n{only_parsed.serialize(format='nt')}"
        )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents_with_statements(), NAME)
def test_iris_any_labels_give_turtle_that_parses_back(case: tuple, model: str) -> None:
    document, statements = case
    graph = build_graph([(document, statements)], base_iri=BASE_IRI, model=model)
    assert_round_trip(graph, "turtle")
    assert_round_trip(graph, "nt")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["actor", "topic", "office", "doc"]), LABEL)
def test_iris_minted_iris_are_valid(kind: str, label: str) -> None:
    node = iri(BASE_IRI, kind, document_id(label) if kind == "doc" else label)
    assert node.startswith(f"{BASE_IRI}{kind}/")
    assert not set(node) & set('<>"{}|^`\\ \n\r\t'), node
    assert node.isascii() and node.isprintable()


@pytest.mark.model
@settings(max_examples=8, deadline=None)
@given(
    st.lists(st.text(st.one_of(ANY_CHARACTER, NASTY), max_size=300), min_size=1, max_size=3),
    st.lists(LABEL, min_size=1, max_size=3),
)
def test_iris_random_text_through_the_real_build(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str], names: list[str]
) -> None:
    from statgraph.pipeline import build
    from statgraph.store import load_graph

    folder = tmp_path_factory.mktemp("random")
    records = "".join(
        json.dumps(
            {
                "name": name,
                "title": name,
                "text": f"{text}\nMoscow opposes {name} and {text[:20]}, the minister said.\n",
            }
        )
        + "\n"
        for text, name in zip(texts, names, strict=False)
    )
    (folder / "corpus.jsonl").write_text(records, encoding="utf-8")
    out = folder / "out.ttl"
    result = build([folder], out)
    graph = load_graph(out)
    assert len(graph) == result.triples
    assert_round_trip(graph, "turtle")


def test_iris_surrogates_in_file_names_are_carried(tmp_path: Path) -> None:
    document = make_document("Text.", "bad\udcff name.txt", "/tmp/bad\udcff name.txt")
    assert "\udcff" not in document.name and "\ufffd" in document.name
    graph = build_graph([(document, [])], base_iri=BASE_IRI, model="m")
    assert_round_trip(graph)
