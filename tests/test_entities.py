"""entity_at: the entity of doc.ents that holds a token, read off the IOB tags around it."""

from __future__ import annotations

from spacy.tokens import Doc

from statgraph.nlp.entities import entity_at


def test_entity_at_gives_the_span_doc_ents_gives_for_every_token(en_vocab) -> None:  # noqa: ANN001
    words = "The Foreign Minister of the United Kingdom met Wang Yi in Beijing on Friday".split()
    ents = ["O", "O", "O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-DATE"]
    doc = Doc(en_vocab, words=words, ents=ents)
    for token in doc:
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        found = entity_at(token)
        if expected is None:
            assert found is None, token.text
        else:
            assert found is not None and (found.start, found.end, found.label_) == (expected.start, expected.end, expected.label_)
    assert entity_at(doc[5]).text == "the United Kingdom"
    assert entity_at(doc[13]).text == "Friday"  # an entity that ends the Doc
    assert entity_at(doc[7]) is None


def test_entity_at_leaves_out_untagged_tokens(en_vocab) -> None:  # noqa: ANN001
    doc = Doc(en_vocab, words=["Talks", "in", "Doha"], ents=["O", "O", "B-GPE"])
    assert [entity_at(t) is None for t in doc] == [True, True, False]
    untagged = Doc(en_vocab, words=["Talks", "in", "Doha"])
    assert all(entity_at(t) is None for t in untagged)
