"""extract/tokens.py: a token that keeps its word attributes reads as the spaCy Token it stands for."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from statgraph.extract.sentence import sentences
from statgraph.extract.tokens import KEPT, CachedToken
from statgraph.nlp import load_nlp
from statgraph.settings import Settings

TEXT = (
    "The foreign ministers of Ruritania and Elbonia didn't meet in Geneva on Tuesday. "
    "Elbonia’s envoy said the 3 talks were “useful”, and urged restraint."
)


@pytest.fixture(scope="module")
def doc():  # noqa: ANN201 - a spaCy Doc
    return load_nlp(Settings().model)(TEXT)


def test_every_kept_attribute_reads_as_the_tokens_own(doc) -> None:  # noqa: ANN001
    for i, plain in enumerate(doc):
        cached = CachedToken(doc.vocab, doc, i)
        for name in KEPT:
            assert getattr(cached, name) == getattr(plain, name), (plain.text, name)
            assert getattr(cached, name) == getattr(plain, name), (plain.text, name)  # the kept value
        assert cached == plain and hash(cached) == hash(plain) and cached.i == plain.i
        assert cached.sent == plain.sent and cached.sent == plain.sent  # found, then kept


def test_a_kept_attribute_is_read_once(doc) -> None:  # noqa: ANN001
    cached = CachedToken(doc.vocab, doc, 1)
    assert "lemma_" not in vars(cached)
    assert cached.lemma_ == "foreign" and vars(cached)["lemma_"] == "foreign"
    assert isinstance(Token.lemma_, type(Token.pos_)) and not isinstance(CachedToken.lemma_, type(Token.pos_))


def test_tokens_it_gives_are_new_objects_as_spacy_gives_them(doc) -> None:  # noqa: ANN001
    """Rules compare tokens with `is` in places: what head, children and sent give must stay a
    new object at each reading, or such a comparison would read otherwise."""
    cached = CachedToken(doc.vocab, doc, 3)
    assert cached.head == doc[3].head and cached.head is not cached.head
    assert list(cached.children) == list(doc[3].children)
    assert cached.sent is not cached.sent and cached.sent.start == 0


def test_sentence_tokens_keep_their_attributes(doc) -> None:  # noqa: ANN001
    second = sentences(doc)[1]
    assert all(isinstance(t, CachedToken) for t in second)
    assert [t.lower_ for t in second] == [t.lower_ for t in doc[second.start : second.end]]
    assert all(t.sent == second for t in second)
