"""Round twenty's opposition readings, on sentences of our own: a deed named as a wrong with
its doer, in a speaker's words, is criticism of the doer."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_a_possessed_deed_of_force_named_by_a_speaker_criticizes_its_doer() -> None:
    found = _found('"Chile\'s aggression against Peru has put an end to an era," the Bolivian minister said.')
    assert _has(found, "Bolivia", "criticizes", "Chile")


def test_a_charged_deed_with_a_demonym_or_an_agent_criticizes_the_doer() -> None:
    assert _has(_found('"Our troops faced Chilean aggression at the border," the Peruvian minister said.'),
                "Peru", "criticizes", "Chile")
    found = _found('"These are crimes committed by Chile in Peru," the Bolivian minister said.')
    assert _has(found, "Bolivia", "criticizes", "Chile")


def test_a_charged_deed_in_the_writers_narration_or_a_neutral_deed_charges_no_one() -> None:
    narrated = _found("The ministers met in Lima after Chilean aggression at the border.")
    assert not any(r == "criticizes" and "Chile" in t for _, r, t in narrated)
    neutral = _found('"Our troops faced Chilean strikes at the border," the Peruvian minister said.')
    assert not _has(neutral, "Peru", "criticizes", "Chile")


def test_the_doer_of_a_deed_of_force_still_states_no_stance_on_its_victim() -> None:
    found = _found("The prime ministers met in Lima in the wake of Chile's unprovoked aggression against Peru.")
    assert not _has(found, "Chile", "criticizes", "Peru")


def test_a_response_promised_to_an_actors_deed_warns_that_actor() -> None:
    found = _found("President Pedro Castillo said Peru would respond to Chile's countermeasures.")
    assert _has(found, "Peru", "warns", "Chile")
    found = _found('The Peruvian minister claimed that Peru "would know how to respond" if Chilean threats became real.')
    assert _has(found, "Peru", "warns", "Chile")


def test_a_response_past_negated_or_to_no_actor_warns_no_one() -> None:
    for text in (
        "President Pedro Castillo said Peru responded to Chile's countermeasures.",
        "President Pedro Castillo said Peru would not respond to Chile's countermeasures.",
        "President Pedro Castillo said Peru would respond to the letter next week.",
    ):
        assert not any(r == "warns" for _, r, _ in _found(text)), text


def test_another_actor_denied_a_right_in_a_speakers_words_is_rejected() -> None:
    found = _found('"Chile has no right to be in the bay," the Peruvian foreign minister said.')
    assert _has(found, "Peru", "rejects", "Chile's right", "bay")
    found = _found("Peru said Chile has no jurisdiction over the islands.")
    assert _has(found, "Peru", "rejects", "jurisdiction", "islands")


def test_a_right_denied_to_oneself_or_in_narration_is_no_rejection() -> None:
    for text in (
        '"We have no right to decide for them," the Peruvian foreign minister said.',
        "Chile has no right to be in the bay.",
        'The Peruvian foreign minister asked whether Chile has any right to be in the bay.',
    ):
        assert not any(r == "rejects" for _, r, _ in _found(text)), text


def test_a_deed_only_alleged_charges_no_one() -> None:
    text = '"Peru allegedly staged the atrocities committed by Chile," the Bolivian minister said.'
    assert not _has(_found(text), "Bolivia", "criticizes", "Chile")
    assert _has(_found('"Peru saw the atrocities committed by Chile," the Bolivian minister said.'),
                "Bolivia", "criticizes", "Chile")
