"""Topic concepts: short head-phrase labels, paraphrases joined across documents, stable ids."""

from __future__ import annotations

import re

import pytest

from statgraph.link.concepts import ConceptIndex, link_documents, link_statements
from statgraph.link.pairs import Passage, pair_score, read_phrase
from statgraph.link.phrases import MAX_WORDS, short_phrase
from statgraph.models import Document, Statement


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("unacceptable demands to return troops to barracks on its territory", "unacceptable demands to return troops"),
        ("Russia immediately cease its aggression, withdraw its troops from Ukraine", "Russia cease aggression"),
        ("the eastward expansion of NATO", "eastward expansion of NATO"),
        ("Vladimir Zelensky's \"peace formula", "Vladimir Zelensky peace formula"),
        ("Belt and Road Initiative", "Belt and Road Initiative"),
        ("lower its price cap on Russian oil exported to third countries", "lower price cap"),
    ],
)
def test_phrases_short_phrase_is_the_head_phrase(text: str, expected: str) -> None:
    assert short_phrase(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "political, civil and military actors in Gabon favour peaceful political paths leading to the rapid return",
        "US must not obscure and hollow out the one-China principle in any form or send",
        "receive a formal written response to its security guarantee proposals from the United States soon",
        "Government February 2012, without delay, stop all violence and protect its people",
    ],
)
def test_phrases_short_phrase_keeps_at_most_five_words_in_their_order(text: str) -> None:
    short = short_phrase(text)
    assert 1 <= len(short.split()) <= MAX_WORDS
    words = re.findall(r"[\w'’.-]+", text)
    position = 0
    for word in short.split():  # every word is the text's own, in the text's order
        position = words.index(word, position) + 1


def _statement(target: str, start: int, doc: str = "a.txt", holder: str = "Russia") -> Statement:
    return Statement(
        doc_id=doc, doc_name=doc, holder=holder, holder_id=holder, relation="opposes", target=target,
        target_id=target.replace(" ", "_"), target_text=target, start=start, end=start + 10, evidence="x" * 10,
    )


def test_concepts_paraphrases_in_two_documents_are_one_concept() -> None:
    index = ConceptIndex()
    (first,) = index.link(["intensifying sanctions against Russia"], "a.txt")
    (second,) = index.link(["sanctions on Russia"], "b.txt")
    assert first == second
    assert first[1] == "intensifying sanctions against Russia"  # the phrase that made it names it


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("sanctions on Belarus", "sanctions on Moscow"),  # other names, other issues
        ("sanctions", "sanctions on Russia"),  # a bare word is not the qualified issue
        ("stability", "instability"),  # a negated word turns the stance over
        ("strongest sanctions", "sanctions on Russia"),  # a graded bare word is still bare
    ],
)
def test_concepts_different_issues_stay_apart(a: str, b: str) -> None:
    index = ConceptIndex()
    assert index.link([a], "a.txt") != index.link([b], "b.txt")


@pytest.mark.parametrize(
    ("text", "short", "head"),
    [
        ("the latest round of U.S. tariffs", "U.S. tariffs", "tariffs"),
        ("Russia's calls for a freeze on the bloc's eastward expansion", "freeze on bloc eastward expansion", "freeze"),
        ("the appointment of a special envoy", "special envoy", "envoy"),
        ("the lifting of sanctions", "lifting of sanctions", "lifting"),  # an act that undoes the issue stays
        ("demands of the protesters", "demands of protesters", "demands"),  # "of" names who demands
    ],
)
def test_topics_a_head_that_leads_to_the_issue_gives_way_to_it(text: str, short: str, head: str) -> None:
    from statgraph.link.topics import phrase_head

    assert (short_phrase(text), phrase_head(text)) == (short, head)


def test_concepts_pair_score_reads_heads_documents_and_names() -> None:
    same_doc = pair_score(read_phrase("terrorist attack", "a"), read_phrase("heinous terrorist attack", "a"), 0.5)
    other_doc = pair_score(read_phrase("terrorist attack", "a"), read_phrase("heinous terrorist attack", "b"), 0.5)
    named = pair_score(read_phrase("sanctions on Belarus", "a"), read_phrase("sanctions on Moscow", "b"), 0.5)
    assert same_doc > other_doc > named


def test_concepts_a_rebuild_gives_the_same_concepts() -> None:
    texts = ["NATO expansion eastward", "expansion of NATO to the east", "security guarantees", "ceasefire in Gaza"]
    runs = []
    for _ in range(2):
        index = ConceptIndex()
        runs.append([index.link([t], f"{i}.txt") for i, t in enumerate(texts)])
    assert runs[0] == runs[1]


def test_concepts_existing_concepts_are_joined_first() -> None:
    index = ConceptIndex()
    index.add_existing("old_concept_id", "sanctions on Russia", [("sanctions on Russia", "old.txt")])
    assert index.link(["new sanctions against Russia"], "new.txt") == [("old_concept_id", "sanctions on Russia")]


def test_concepts_minted_ids_never_take_a_lexicon_concept() -> None:
    index = ConceptIndex(reserved={"peace_talks"})
    ((concept_id, label),) = index.link(["peace talks"], "a.txt")
    assert concept_id != "peace_talks" and label == "peace talks"


def test_concepts_two_targets_of_one_passage_stay_two() -> None:
    statements = [_statement("countries of Asia", 0), _statement("countries of Africa", 0)]
    linked = link_statements(ConceptIndex(), statements)
    assert len(linked) == 2 and linked[0].target_id != linked[1].target_id


def test_concepts_link_leaves_actors_and_lexicon_concepts() -> None:
    actor = _statement("NATO", 0).model_copy(update={"target_type": "organization", "target_id": "NATO"})
    known = _statement("NATO expansion", 20).model_copy(update={"target_id": "NATO_expansion"})
    linked = link_statements(ConceptIndex(reserved={"NATO_expansion"}), [actor, known])
    assert linked == [actor, known]


def test_concepts_store_concepts_are_read_back(tmp_path) -> None:  # noqa: ANN001
    from statgraph.graph.build import build_graph
    from statgraph.models import Document
    from statgraph.pipeline import stored_concepts
    from statgraph.settings import Settings

    text = "Russia opposes sanctions on Russia." + " " * 20
    document = Document(id="abc", name="old.txt", text=text)
    statement = _statement("sanctions on Russia", 0, doc="old.txt").model_copy(update={"doc_id": "abc"})
    graph = build_graph([(document, [statement])], base_iri="https://statgraph.org/id/", model="test")
    index = stored_concepts(graph, Settings())
    assert index.link(["new sanctions against Russia"], "new.txt") == [("sanctions_on_Russia", "sanctions on Russia")]


def test_embed_is_unit_length_deterministic_and_reads_meaning() -> None:
    import numpy as np

    from statgraph.nlp.embed import embed

    texts = ["NATO expansion", "enlargement of NATO", "ceasefire in Gaza"]
    vectors = embed(texts)
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert np.array_equal(vectors, embed(texts))
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3
    assert embed([]).shape == (0, 384)


def test_embed_gives_a_text_the_same_vector_alone_or_in_any_batch() -> None:
    # texts are batched by length (`_batches`) and a document's phrases embedded at once: the
    # graph must not depend on which texts shared a batch
    import numpy as np

    from statgraph.nlp import embed as module

    texts = ["sanctions", "the expansion of NATO to the east", "a ceasefire in Gaza", "peace talks in Istanbul",
             "the construction of new settlements in the occupied West Bank and East Jerusalem"]
    alone = np.vstack([module.embed([text]) for text in texts])
    assert np.array_equal(alone, module.embed(texts))
    assert np.array_equal(alone[::-1], module.embed(texts[::-1]))


def test_link_documents_embeds_ahead_and_links_as_one_document_at_a_time() -> None:
    # phrases of several documents are embedded together; the concepts are those of linking
    # each document in turn
    docs = [(f"d{n}.txt", [f"sanctions on {country}", "the ceasefire", "peace talks"])
            for n, country in enumerate(["Russia", "Iran", "Russia", "Belarus", "Iran"])]
    batches = [(Document(id=name, name=name, text="x"), [_statement(t, i, doc=name) for i, t in enumerate(texts)])
               for name, texts in docs]
    one_by_one = ConceptIndex()
    expected = [[s.target_id for s in link_statements(one_by_one, statements)] for _, statements in batches]
    for ahead in (1, 2, 8, 32):
        got = [[s.target_id for s in statements] for _, statements in link_documents(ConceptIndex(), batches, ahead=ahead)]
        assert got == expected
    assert expected[0][0] == expected[2][0] != expected[1][0]


def test_embed_batches_hold_texts_of_about_one_length_shortest_first() -> None:
    from statgraph.nlp.embed import SPREAD, _batches

    lengths = [9, 3, 4, 30, 3 + SPREAD + 1, 3]
    assert _batches(lengths) == [[1, 5, 2], [4, 0], [3]]
    assert sorted(i for batch in _batches(lengths) for i in batch) == list(range(len(lengths)))


def test_concepts_a_bare_particular_noun_joins_only_in_its_own_document() -> None:
    # "the resolution" of one article and "the resolution" of another are two resolutions;
    # a bare issue word ("ceasefire") is one issue wherever it is named
    index = ConceptIndex()
    (first,) = index.link(["the resolution"], "a.txt")
    (again,) = index.link(["resolution"], "a.txt")
    (other,) = index.link(["the resolution"], "b.txt")
    assert first == again
    assert other[0] != first[0]
    assert index.link(["ceasefire"], "a.txt") == index.link(["the ceasefire"], "b.txt")
    existing = ConceptIndex()
    existing.add_existing("resolution", "resolution", [("resolution", "old.txt")])
    assert existing.link(["resolution"], "new.txt")[0][0] != "resolution"
    assert existing.link(["resolution"], "old.txt")[0][0] == "resolution"


def test_concepts_paraphrases_join_one_concept_the_same_in_every_rebuild() -> None:
    """One article's verb and noun wordings of one act join one concept, another act stays its
    own, and two builds from the same phrases give the same ids and labels."""
    texts = ["withdraw the troops from the border villages", "the withdrawal of troops from the border villages",
             "a levy on imported copper"]
    runs = []
    for _ in range(2):
        index = ConceptIndex()
        runs.append([index.link([t], "a.txt")[0] for t in texts])
    assert runs[0] == runs[1]
    (withdraw, withdrawal, levy) = runs[0]
    assert withdraw == withdrawal and levy != withdraw


def test_concepts_each_target_is_read_in_the_statement_it_comes_from() -> None:
    """`link` reads each phrase in its statement's passage: one holder for one wording and
    against the other in one passage keeps two concepts that the words alone would join."""
    texts = ["the fishing ban in the bay", "a ban on fishing in the bay"]
    joined = ConceptIndex().link(texts, "a.txt")
    assert joined[0][0] == joined[1][0]
    apart = ConceptIndex().link(texts, "a.txt", [Passage(0, 80, "Ministry", "demands"), Passage(0, 80, "Ministry", "opposes")])
    assert apart[0][0] != apart[1][0]
