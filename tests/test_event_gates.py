"""The cheap gates in front of the event readers and the screens (speed only: each gate skips a
reader only where it would read nothing, and the screens answer as before, asked lazily)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from statgraph.extract import screens
from statgraph.extract.events.forms import token_forms
from statgraph.extract.events.gates import forces_told
from statgraph.extract.events.member_lists import may_list_members, representative_word
from statgraph.extract.found import PRESUPPOSED_RULES


_VOCAB = spacy.blank("en").vocab  # with the English lexical attributes (lower_)


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos)


def test_a_name_is_read_for_a_list_only_with_an_apposition() -> None:
    # "Zedland , Ayland and Beeland" in apposition to the body "Quorum"
    listed = _doc(
        ["Quorum", ",", "Ayland", "and", "Beeland", "met"],
        [5, 0, 0, 2, 2, 5],
        ["nsubj", "punct", "appos", "cc", "conj", "ROOT"],
        ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB"],
    )
    assert may_list_members(listed[0])
    assert not may_list_members(listed[2])  # "Ayland" has no apposition of its own


def test_a_name_after_of_is_read_for_the_apposition_on_the_noun_before() -> None:
    # "the bloc of Quorum , Ayland and Beeland": the list hangs on "bloc"
    doc = _doc(
        ["the", "bloc", "of", "Quorum", ",", "Ayland", "and", "Beeland"],
        [1, 1, 1, 2, 1, 1, 5, 5],
        ["det", "ROOT", "prep", "pobj", "punct", "appos", "cc", "conj"],
        ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"],
    )
    assert may_list_members(doc[3])
    plain = _doc(["the", "bloc", "of", "Quorum"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"], ["DET", "NOUN", "ADP", "PROPN"])
    assert not may_list_members(plain[3])


def test_representative_words_with_or_without_a_plural_s() -> None:
    assert representative_word("ministers") and representative_word("minister")
    assert not representative_word("bananas")


def test_forces_are_looked_for_once_per_document() -> None:
    armed = _doc(["Ayland", "troops", "entered", "Beeland"], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "dobj"],
                 ["PROPN", "NOUN", "VERB", "PROPN"])
    calm = _doc(["Ayland", "welcomed", "Beeland"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "PROPN"])
    assert forces_told(armed)
    assert not forces_told(calm)  # another document: its own answer, not the one kept
    assert forces_told(armed)


def test_a_word_no_form_reads_makes_no_generator() -> None:
    doc = _doc(["the", "talks", "ended"], [1, 2, 2], ["det", "nsubj", "ROOT"], ["DET", "NOUN", "VERB"])
    assert token_forms(doc[0], None, None, doc[0].lower_, doc[0].pos_) == ()  # type: ignore[arg-type]
    assert token_forms(doc[1], None, None, doc[1].lower_, doc[1].pos_) != ()  # type: ignore[arg-type]


def test_the_screens_stop_at_the_first_that_fires(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(found: object, _: object) -> bool:
        raise AssertionError("a screen after the first that fires was asked")

    monkeypatch.setattr(screens, "_SCREENS", (("quiet", lambda f, s: False), ("first", lambda f, s: True), ("later", never)))
    assert screens.screen_reason(SimpleNamespace(rule="some_rule"), None) == "first"  # type: ignore[arg-type]


def test_a_mood_screen_is_not_asked_of_a_presupposed_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(found: object, _: object) -> bool:
        raise AssertionError("a mood screen was asked of a presupposed reading")

    mood = sorted(screens.MOOD_SCREENS)[0]
    monkeypatch.setattr(screens, "_SCREENS", ((mood, never), ("other", lambda f, s: True)))
    found = SimpleNamespace(rule=sorted(PRESUPPOSED_RULES)[0])
    assert screens.screen_reason(found, None) == "other"  # type: ignore[arg-type]
    monkeypatch.setattr(screens, "_SCREENS", ((mood, lambda f, s: True),))
    assert screens.screen_reason(SimpleNamespace(rule="some_rule"), None) == mood  # type: ignore[arg-type]
