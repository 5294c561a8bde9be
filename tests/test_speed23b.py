"""Round twenty-three's cheaper reader loops: what they read off the parse's array once is what
the per-word walks they replace found (sentence.heads_with_child, resolve._left_subtree)."""

from __future__ import annotations

import pytest

from statgraph.extract.sentence import heads_with_child, sentences
from statgraph.link.resolve import _left_subtree
from statgraph.nlp import load_nlp
from statgraph.settings import Settings

TEXT = (
    "Spain and Portugal signed a water treaty with Morocco in the spring. "
    "The former Finance Minister of Ruritania, who wanted to leave the talks early, refused to sign it. "
    "Officials of the two states met the envoys and the judges of the court."
)


@pytest.fixture(scope="module")
def doc():  # noqa: ANN201 - a spaCy Doc
    return load_nlp(Settings().model)(TEXT)


@pytest.mark.parametrize("label", ["conj", "dobj", "xcomp", "nsubj", "prep"])
def test_heads_with_child_are_the_words_with_such_a_child(doc, label: str) -> None:  # noqa: ANN001
    for sent in sentences(doc):
        walked = {t.i for t in sent.doc if any(c.dep_ == label for c in t.children)}
        assert heads_with_child(sent, label) == walked
        assert heads_with_child(sent, label) is heads_with_child(sent, label)  # read once a Doc
    assert heads_with_child(doc[0:5], label) == walked  # a plain Span reads the array anew


def test_heads_with_child_finds_a_list_and_an_object(doc) -> None:  # noqa: ANN001
    first = sentences(doc)[0]
    spain, signed = first[0], next(t for t in first if t.lower_ == "signed")
    assert spain.i in heads_with_child(first, "conj")  # "Spain and Portugal"
    assert signed.i in heads_with_child(first, "dobj")  # "signed a water treaty"
    assert spain.i not in heads_with_child(first, "dobj")


def test_left_subtree_is_the_subtree_up_to_the_word(doc) -> None:  # noqa: ANN001
    for token in doc:
        assert [t.i for t in _left_subtree(token)] == [t.i for t in token.subtree if t.i <= token.i]
    minister = next(t for t in doc if t.text == "Minister")
    assert [t.text for t in _left_subtree(minister)] == ["The", "former", "Finance", "Minister"]


# Noun events of kinds `_noun_events` and `noun_forms` read, and nouns that tell none
_NOUNS = (
    "The United States said its ally Israel had the right to respond. "
    "Ana Ruiz's visit to Lima ended on Tuesday. "
    "Kenya, a member of the African Union, hosted the summit in Nairobi. "
    "The deployment of Japanese destroyers in the Red Sea began in May. "
    "The talks between Chile and Peru on fishing rights resumed. "
    "The weather and the harvest were poor this year."
)


class _Every:
    def __contains__(self, word: object) -> bool:
        return True


@pytest.mark.model
def test_nouns_read_only_when_they_may_tell_an_event(monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import statements_of

    from statgraph.extract.events import acts

    def keys() -> list[tuple]:
        return [(s.holder_id, s.relation, s.target_id, s.start, s.end, s.rule) for s in statements_of(_NOUNS)]

    gated = keys()
    monkeypatch.setattr(acts, "_noun_cues", lambda lexicon: _Every())
    assert gated == keys()  # every noun read in full finds nothing more
    assert {"cooperates_with", "deployed_to", "met_with"} <= {key[1] for key in gated}
