"""extract/sentence.py: a sentence that makes its tokens once reads as the Span it stands for."""

from __future__ import annotations

import pytest

from statgraph.extract.sentence import Sentence, lemmas, sentences
from statgraph.nlp import load_nlp
from statgraph.settings import Settings

TEXT = "Russia condemned the strikes. China urged restraint on both sides. The talks ended."


@pytest.fixture(scope="module")
def doc():  # noqa: ANN201 - a spaCy Doc
    return load_nlp(Settings().model)(TEXT)


def test_sentences_are_the_docs_sentences(doc) -> None:  # noqa: ANN001
    spans = list(doc.sents)
    found = sentences(doc)
    assert [(s.start, s.end) for s in found] == [(s.start, s.end) for s in spans]
    assert all(isinstance(s, Sentence) for s in found)
    assert found == spans  # equal as Spans: same doc, start and end
    assert [s.text for s in found] == [s.text for s in spans]
    assert [s.root.i for s in found] == [s.root.i for s in spans]


def test_sentence_iterates_and_indexes_its_tokens_once(doc) -> None:  # noqa: ANN001
    sent = sentences(doc)[1]
    span = doc[sent.start : sent.end]
    assert [t.i for t in sent] == [t.i for t in span]
    assert list(sent)[0] is list(sent)[0]  # the same Token object each walk
    assert sent[0] is sent[0] and sent[0] == span[0]
    assert sent[-1] == span[-1] and sent[-1].text == "."
    assert sent[1:3] == span[1:3] and sent[1:3].text == "urged restraint"
    assert list(reversed(sent)) == list(reversed(span))
    with pytest.raises(IndexError):
        sent[len(span)]


def test_lemmas_are_the_sentences_lower_case_lemmas(doc) -> None:  # noqa: ANN001
    sent = sentences(doc)[1]
    assert lemmas(sent) == {"china", "urge", "restraint", "on", "both", "side", "."}
    assert lemmas(doc[sent.start : sent.end]) == lemmas(sent)  # a plain Span reads the same


def test_sentence_joins_its_text_once(doc) -> None:  # noqa: ANN001
    for sent in sentences(doc):
        span = doc[sent.start : sent.end]
        assert sent.text == span.text and sent.text_with_ws == span.text_with_ws
        assert sent.text is sent.text  # joined at the first reading, then kept


def test_sentence_text_cut_from_the_parsed_text_is_span_text_on_a_real_passage() -> None:
    """Cut from the text the Doc was parsed from, or joined from its tokens: the same texts, on
    a seed article whose lines carry spaces, quotes and dashes."""
    from pathlib import Path

    seed = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    doc = load_nlp(Settings().model)(text)
    cut, joined = sentences(doc, text), sentences(doc)
    assert len(cut) > 5
    assert [s.text for s in cut] == [s.text for s in joined] == [s.text for s in doc.sents]
    assert cut[0].text is cut[0].text  # cut once, then kept


def test_words_read_off_the_array_are_the_tokens_words() -> None:
    """`sentences` makes each sentence's lemmas and vocabulary from the parse's array; they are
    those its tokens give (capitals, contractions, curly quotes and abbreviations included)."""
    doc = load_nlp(Settings().model)("Oslo’s envoy didn't WELCOME the U.N. plan. “We’ll see,” said Ms. Berg.")
    for sent in sentences(doc):
        tokens = list(doc[sent.start : sent.end])
        assert sent.lemmas == {t.lemma_.lower() for t in tokens}
        assert sent.vocabulary == sent.lemmas | {t.lower_ for t in tokens}
    assert "welcome" in sentences(doc)[0].vocabulary and "WELCOME" not in sentences(doc)[0].vocabulary
