"""nlp/arrays.py and the document-wide looks that read the parse's array instead of walking
every token: the same words found as a walk finds them."""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc

from statgraph.extract.context.quoting import quote_ranges
from statgraph.link.acronyms import defined_acronyms
from statgraph.link.person_names import place_names
from statgraph.nlp import load_nlp
from statgraph.nlp.arrays import indices_with
from statgraph.pipeline import load_resources
from statgraph.settings import Settings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_indices_with_is_a_walk_of_the_tokens_in_a_doc_and_a_span(en_vocab) -> None:  # noqa: ANN001
    doc = Doc(en_vocab, words=["The", "Lake", "Tana", "region", "(", "LTR", ")", "and", "the", "lake", "."])
    assert indices_with(doc, ORTH, ["("]) == [4]
    assert indices_with(doc, LOWER, ["the", "lake"]) == [0, 1, 8, 9]
    assert indices_with(doc, ORTH, ["absent"]) == []
    span = doc[3:10]
    assert indices_with(span, LOWER, ["the", "lake"]) == [5, 6]  # places in the span
    assert [span[k].i for k in indices_with(span, LOWER, ["the", "lake"])] == [8, 9]


def test_lemmas_read_off_the_array_are_those_of_the_parse() -> None:
    text = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    doc = load_nlp(Settings().model)(text)
    lemmas = {t.lemma_ for t in doc if t.is_alpha}
    chosen = sorted(lemmas)[::7]
    assert indices_with(doc, LEMMA, chosen) == [t.i for t in doc if t.lemma_ in chosen]


def test_acronym_and_place_names_of_composed_sentences() -> None:
    nlp = load_nlp(Settings().model)
    gazetteer = load_resources(Settings()).gazetteer
    doc = nlp("The Kivu province remains tense. Officials in Kivu said the talks would resume.")
    assert "Kivu" in place_names([doc])
    assert place_names([nlp("Officials met on Monday (local time) and said little.")]) == frozenset()
    assert defined_acronyms([nlp("The envoys spoke (briefly) after the vote.")], gazetteer) == {}


def test_quote_ranges_of_marks_of_every_kind() -> None:
    text = 'She said "we will stay" and “never leave”.\n«Oui» he said, then ” a stray close.\n"Open to the end'
    assert quote_ranges(text) == [(9, 23), (28, 41), (43, 48), (43, 64), (80, 96)]


def test_has_word_is_a_walk_of_the_lower_case_forms(en_vocab) -> None:  # noqa: ANN001
    from statgraph.nlp.arrays import has_word, hashes, lower_forms

    doc = Doc(en_vocab, words=["Envoys", "called", "FOR", "calm", "."])
    other = Doc(en_vocab, words=["They", "met", "."])
    assert has_word(doc, "for") and has_word(doc, "envoys") and not has_word(doc, "For")
    assert not has_word(doc, "on") and not has_word(other, "for")  # another Doc: its own words
    assert has_word(doc, "for")  # and back again
    assert lower_forms(Doc(en_vocab, words=[])) == frozenset()
    assert hashes(frozenset({"calm", "storm"})) & lower_forms(doc) == hashes(frozenset({"calm"}))


def test_word_lists_of_a_sentence_are_those_of_its_tokens() -> None:
    from statgraph.extract.sentence import sentences, word_lists

    doc = load_nlp(Settings().model)("The Ministers CALLED for talks. Norway backs Iceland.")
    for sent in sentences(doc):
        plain = doc[sent.start : sent.end]
        expected = ([t.lower_ for t in plain], [t.lemma_.lower() for t in plain])
        assert word_lists(sent) == expected == word_lists(plain)


def test_parts_of_speech_of_a_sentence_are_those_of_its_tokens() -> None:
    from statgraph.extract.sentence import parts_of_speech, sentences

    doc = load_nlp(Settings().model)("Both of which back Netanyahu. The envoy quickly left Kyiv!")
    for sent in sentences(doc):
        plain = doc[sent.start : sent.end]
        assert parts_of_speech(sent) == [t.pos_ for t in plain] == parts_of_speech(plain)
        assert "pos_list" in sent.__dict__  # read off the array, not the tokens


def test_the_forms_a_sentence_reader_notes_are_those_of_the_doc() -> None:
    from spacy.attrs import LOWER as LOWER_ID

    from statgraph.extract.sentence import sentences
    from statgraph.nlp import arrays

    doc = load_nlp(Settings().model)("Envoys called FOR calm in Kyiv.")
    sentences(doc)
    assert arrays._LOWER_FORMS[0][0] is doc  # noted by the reader, not read again
    assert arrays.lower_forms(doc) == frozenset(doc.to_array(LOWER_ID).tolist())
    assert arrays.has_word(doc, "for") and not arrays.has_word(doc, "For")
