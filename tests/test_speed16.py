"""Round sixteen's speed work: answers kept or made once are the answers made anew."""

from __future__ import annotations

import numpy as np
import pytest

from statgraph.extract.per_token import per_token_span
from statgraph.extract.phrases import phrase_span
from statgraph.extract.sentence import sentences
from statgraph.graph.build import forget_made, iri
from statgraph.nlp import load_nlp
from statgraph.settings import Settings


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - a spaCy Language
    return load_nlp(Settings().model)


def test_a_phrase_span_is_kept_per_token_and_equals_the_one_made_anew(nlp) -> None:  # noqa: ANN001
    doc = nlp("The council rejected the proposal of the northern provinces to hold a vote.")
    proposal = next(t for t in doc if t.lower_ == "proposal")
    first = phrase_span(proposal)
    assert doc.user_data["statgraph.phrase_span"] == {proposal.i: (first.start, first.end)}
    again = phrase_span(proposal)
    assert again == first and again.text == first.text
    assert phrase_span.__wrapped__(proposal) == first  # the function itself, unkept, agrees


def test_per_token_span_asks_once_a_word_and_keeps_only_plain_spans(nlp) -> None:  # noqa: ANN001
    doc = nlp("Ministers of three states met in the capital.")
    asked: list[int] = []

    @per_token_span("test.words_to_end")
    def to_end(token):  # noqa: ANN001, ANN202
        asked.append(token.i)
        return doc[token.i : len(doc)]

    @per_token_span("test.labelled")
    def labelled(token):  # noqa: ANN001, ANN202
        asked.append(-token.i)
        return doc[token.i : token.i + 1].char_span(0, len(token.text), label="X") or doc[token.i : token.i + 1]

    assert to_end(doc[2]) == to_end(doc[2]) == doc[2:] and asked == [2]
    span = labelled(doc[1])
    labelled(doc[1])
    assert span.label_ == "X" and asked == [2, -1, -1]  # a labelled span is not remade as a slice


def test_sentences_share_the_docs_tokens_and_read_its_words(nlp) -> None:  # noqa: ANN001
    doc = nlp("Japan protested the launch. Seoul called for calm and the talks resumed.")
    found = sentences(doc, doc.text)
    assert [(s.start, s.end) for s in found] == [(s.start, s.end) for s in doc.sents]
    for sent in found:
        plain = doc[sent.start : sent.end]
        assert [t.i for t in sent] == [t.i for t in plain] and sent.text == plain.text
        assert sent.lemmas == {t.lemma_.lower() for t in plain}
        assert sent.vocabulary == sent.lemmas | {t.lower_ for t in plain}
        assert sent.tokens is not found[0].tokens or sent is found[0]
    assert sentences(nlp(""), "") == []


def test_made_iris_are_forgotten_at_a_builds_start() -> None:
    first = iri("https://example.org/id/", "actor", "Republic of Nowhere")
    assert str(first) == "https://example.org/id/actor/Republic_of_Nowhere"
    assert iri.cache_info().currsize > 0
    forget_made()
    assert iri.cache_info().currsize == 0
    assert iri("https://example.org/id/", "actor", "Republic of Nowhere") == first


def test_embedding_reads_each_batch_as_its_texts_encoded_alone() -> None:
    from statgraph.nlp import embed as embedding

    if not embedding.available():
        pytest.skip("no embedding model installed")
    texts = ["the harbour tariffs", "a ceasefire along the northern border and the release of prisoners",
             "talks", "water rights on the upper river", "x " * 90]
    session, tokenizer = embedding._load()
    alone = np.zeros((len(texts), embedding.DIMENSIONS), dtype=np.float32)
    for batch in embedding._batches([sum(e.attention_mask) for e in tokenizer.encode_batch(texts)]):
        encodings = tokenizer.encode_batch([texts[i] for i in batch])  # padded to this batch's longest only
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        alone[batch] = embedding._embed_arrays(session, ids, mask)
    assert np.array_equal(embedding.embed(texts), alone)
