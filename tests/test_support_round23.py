"""Support, round twenty-three, on sentences of our own: congratulating a party (cues.toml
[supports] verbs) and importance shown by a thing, stressed of an actor or predicated
(stances/importance.py)."""

from __future__ import annotations

import pytest

from conftest import pairs_of as _pairs
from conftest import triples_of as _triples
from conftest import has_triple

pytestmark = pytest.mark.model


def test_congratulating_a_party_supports_it() -> None:
    assert ("Kenya", "Ghana") in _pairs("Kenya congratulated Ghana on its successful election.", "supports")


def test_congratulations_denied_support_no_one() -> None:
    assert ("Kenya", "Ghana") not in _pairs("Kenya did not congratulate Ghana.", "supports")


def test_importance_shown_by_a_thing_is_the_speakers_support() -> None:
    found = _triples('"That statement demonstrates the importance of multilateral dialogue," said the Chilean president Gabriel Boric.')
    assert has_triple(found, "Chile", "supports", "multilateral dialogue")


def test_importance_shown_in_the_writers_own_words_or_denied_is_no_ones() -> None:
    assert not _pairs("The crisis shows the importance of dialogue.", "supports")
    found = _triples('"That statement does not show the importance of dialogue," said the Chilean president Gabriel Boric.')
    assert not has_triple(found, "Chile", "supports", "dialogue")


def test_the_importance_of_an_actor_stressed_supports_it() -> None:
    assert ("India", "Quad") in _pairs("India highlighted the importance of the Quad.", "supports")


def test_what_a_speaker_says_is_of_importance_is_supported() -> None:
    found = _triples("Chile's foreign minister said that the trade agreement with Peru is of great importance.")
    assert has_triple(found, "Chile", "supports", "trade agreement")
    found = _triples("Chile's foreign minister said that the trade agreement with Peru is of no importance.")
    assert not has_triple(found, "Chile", "supports", "trade agreement")


def test_a_commitment_is_owned_by_its_of_phrase_with_a_to_phrase() -> None:
    found = _triples("The declaration reaffirmed the commitment of Chile and Peru to the peaceful settlement of disputes.")
    assert has_triple(found, "Chile", "supports", "peaceful settlement") and has_triple(found, "Peru", "supports", "peaceful settlement")
    found = _triples("Chile welcomed the commitment of Peru to the ceasefire.")
    assert has_triple(found, "Peru", "supports", "ceasefire")


def test_a_commitment_denied_is_no_ones() -> None:
    assert not has_triple(_triples("There is no commitment of Chile to free trade."), "Chile", "supports", "free trade")
    found = _triples("The declaration did not reaffirm the commitment of Chile to free trade.")
    assert not has_triple(found, "Chile", "supports", "free trade")


def test_recommitting_to_a_thing_supports_it() -> None:
    assert has_triple(_triples("The G7 recommitted to the reform of the Security Council."), "G7", "supports", "reform")


def test_the_importance_of_an_actors_act_or_of_a_visit_is_no_support_of_it() -> None:
    found = _pairs("Chile highlighted the importance of Peru looking after its own defence.", "supports")
    assert ("Chile", "Peru") not in found
    found = _triples('"This visit is of great importance," the Chilean president Gabriel Boric said.')
    assert not has_triple(found, "Chile", "supports", "visit")
