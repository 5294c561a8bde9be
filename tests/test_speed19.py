"""Round nineteen's speed gates: each skips a reader only on a word it would read nothing of
(speed only; seeds and 100 train articles built byte-identical with and without them)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from statgraph.extract.cues import Cue, load_lexicon
from statgraph.extract.events.forms import _FORM_LEMMAS, _FORM_WORDS, tells_nothing, token_forms
from statgraph.extract.stances.noun_gate import stance_noun_words
from statgraph.link.person_names import PARTY_LETTERS
from statgraph.settings import Settings

_VOCAB = spacy.blank("en").vocab


def _lexicon():  # noqa: ANN202 - the project's cue lexicon
    return load_lexicon(Path(Settings().ontology_dir).resolve())


def test_a_word_of_no_event_part_and_no_form_word_tells_nothing() -> None:
    assert tells_nothing("the", "the", "DET")
    assert tells_nothing(",", ",", "PUNCT")
    assert tells_nothing("quickly", "quickly", "ADV")


def test_every_word_an_event_reader_reads_is_let_through() -> None:
    for pos in ("NOUN", "PROPN", "VERB"):
        assert not tells_nothing("the", "the", pos)  # a noun, a name or a verb: always read
    for word in _FORM_WORDS:
        assert not tells_nothing(word, "x", "ADP")
    for lemma in _FORM_LEMMAS:
        assert not tells_nothing("x", lemma, "AUX")  # "is", "remains": lemma be, remain
    for letter in PARTY_LETTERS:
        assert not tells_nothing(letter.lower(), letter.lower(), "X")  # "(D-N.Y.)"
    assert not tells_nothing("led", "lead", "ADJ")  # "the Saudi-led coalition", "led" as an adjective


@pytest.mark.parametrize("word", ["the", ",", "quickly", "of"])
def test_a_word_that_tells_nothing_makes_no_form_reader(word: str) -> None:
    doc = Doc(_VOCAB, words=[word], pos=["DET"])
    assert tells_nothing(doc[0].lower_, doc[0].lemma_.lower(), "DET")
    assert token_forms(doc[0], None, None, doc[0].lower_, "DET") == ()  # type: ignore[arg-type]


def test_stance_noun_words_hold_every_noun_a_stance_is_looked_up_by() -> None:
    lexicon = _lexicon()
    read = stance_noun_words(lexicon)
    assert set(lexicon.nouns) <= read
    assert set(lexicon.agent_nouns) <= read and set(lexicon.against_nouns) <= read
    assert lexicon.speech_nouns <= read
    for key in (k for k in lexicon.nouns if " " in k):  # "security guarantees": its last word
        assert key.rsplit(" ", 1)[1] in read
    assert "tuesday" not in read and "region" not in read


def test_stance_noun_words_are_made_anew_for_another_lexicon() -> None:
    lexicon = _lexicon()
    other = replace(lexicon, nouns={**lexicon.nouns, "blorple widget": [Cue("supports", "noun", "blorple widget")]})
    assert "widget" in stance_noun_words(other)
    assert "widget" not in stance_noun_words(lexicon)


def _verb_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_joint_act_is_found_only_where_the_passage_has_a_word_of_one() -> None:
    from statgraph.extract.events.coalitions import acts_jointly

    # "Ayland and Beeland work together"
    joint = _verb_doc(["Ayland", "and", "Beeland", "work", "together"], [3, 0, 0, 3, 3],
                      ["nsubj", "cc", "conj", "ROOT", "advmod"], ["PROPN", "CCONJ", "PROPN", "VERB", "ADV"],
                      ["Ayland", "and", "Beeland", "work", "together"])
    assert acts_jointly(joint[3])
    # "Ayland held the joint exercises": an object said to be joint
    held = _verb_doc(["Ayland", "held", "the", "joint", "exercises"], [1, 1, 4, 4, 1],
                     ["nsubj", "ROOT", "det", "amod", "dobj"], ["PROPN", "VERB", "DET", "ADJ", "NOUN"],
                     ["Ayland", "hold", "the", "joint", "exercise"])
    assert acts_jointly(held[1])
    alone = _verb_doc(["Ayland", "held", "the", "exercises"], [1, 1, 3, 1],
                      ["nsubj", "ROOT", "det", "dobj"], ["PROPN", "VERB", "DET", "NOUN"],
                      ["Ayland", "hold", "the", "exercise"])
    assert not acts_jointly(alone[1])

