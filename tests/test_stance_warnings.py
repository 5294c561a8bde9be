"""Warnings real reporting states without a warning verb, on sentences of our own: a warning
named by a noun ("issued a stern warning to Washington") and a warning put as a condition
("if Yerevan does not ..., the damage will be inflicted on them")."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import pairs_of
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def _warned(text: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in _found(text) if r == "warns"}


def test_a_warning_issued_warns_its_addressee_and_its_content() -> None:
    found = _found("Beijing issued a stern warning to Washington over arms sales to Taiwan.")
    assert _has(found, "China", "warns", "United States")
    assert _has(found, "China", "warns", "arms sales")


def test_a_warning_drawn_from_someone_is_theirs_without_the_giver_in_the_target() -> None:
    found = _found("Finland's membership drew an angry warning of countermeasures from the Kremlin.")
    assert ("Russia", "countermeasures") in _warned("Finland's membership drew an angry warning of countermeasures from the Kremlin.")
    assert not any("Kremlin" in t for _, r, t in found if r == "warns")


def test_threats_issued_warn_whom_they_are_against() -> None:
    assert _has(_found("Russia issued threats against Finland."), "Russia", "warns", "Finland")


def test_an_owned_warning_and_an_ultimatum_warn_whom_they_are_to() -> None:
    assert _has(_found("China's warning to the Philippines came after the collision."), "China", "warns", "Philippines")
    assert _has(_found("Moscow repeated its warning to Finland against joining NATO."), "Russia", "warns", "joining NATO")
    assert _has(_found("Russia issued an ultimatum to Ukraine."), "Russia", "warns", "Ukraine")


def test_a_warning_that_a_clause_holds_warns_of_the_clause() -> None:
    found = _found("Putin voiced a warning that sanctions would follow any invasion.")
    assert _has(found, "Vladimir_Putin", "warns", "sanctions would follow")


def test_no_warning_a_warning_only_asked_for_and_a_danger_warn_nothing() -> None:
    for text in (
        "The Kremlin has sent no warning to Finland.",
        "The Kremlin did not issue a warning to Finland.",
        "Japan said Russia should issue a warning to North Korea.",
        "China's threat to Taiwan keeps growing.",
        "The threat posed by China is growing.",
        "Poland spoke of the threat from Russia to Europe.",
    ):
        assert not _warned(text), text


def test_a_condition_of_not_acting_warns_the_actor_conditioned_on() -> None:
    found = _found(
        "“If Yerevan does not make the right decision, then the damage will be inflicted on them,” "
        "the Azerbaijani minister said."
    )
    assert _has(found, "Azerbaijan", "warns", "Armenia")


def test_a_retaliation_of_ones_own_on_a_condition_warns_the_actor() -> None:
    assert _has(_found("“If Israel attacks Iran, we will respond decisively,” Iran's foreign minister said."), "Iran", "warns", "Israel")
    found = _found("“If Ukraine does not withdraw its troops, we will take further steps,” Putin said.")
    assert _has(found, "Russia", "warns", "Ukraine")


def test_a_promise_or_a_mere_forecast_on_a_condition_warns_no_one() -> None:
    for text in (
        "“Russia will come back to full compliance with the treaty if the United States does so,” Ryabkov said.",
        "“If Iran keeps its word, we will lift the sanctions,” Blinken said.",
        "“If the talks succeed, trade between China and Japan will grow,” Wang Yi said.",
        "If Russia does not stop, the war will continue for years.",
    ):
        assert not {(h, t) for h, t in _warned(text) if t in {"United States", "Iran", "Japan", "Russia"}}, text


def test_who_acts_despite_a_warning_is_the_one_warned() -> None:
    found = _found("Despite warnings from Beijing, the Philippines sent ships to the shoal.")
    assert _has(found, "China", "warns", "Philippines")


def test_another_said_to_face_consequences_is_warned_by_the_speaker() -> None:
    assert ("Chile", "Peru") in pairs_of(
        "“Peru will face consequences if it crosses the border again,” Chile's defence minister said.", "warns")
    assert ("Chile", "Peru") in pairs_of("Chile's defence minister said Peru would pay a heavy price for the raid.", "warns")
    assert ("Chile", "Peru") in pairs_of("Chile said Peruvian officials could face sanctions.", "warns")


def test_another_said_to_be_punished_or_held_responsible_is_warned_by_the_speaker() -> None:
    assert ("Chile", "Peru") in pairs_of("Chile said Peruvian officials would be held responsible for the raid.", "warns")
    assert ("Chile", "Peru") in pairs_of("Chile warned that Peruvian officials could be punished.", "warns")
    assert not pairs_of("Chile said Peruvian officials were held responsible for the raid.", "warns")


def test_consequences_denied_own_or_in_the_writers_voice_warn_no_one() -> None:
    for text in (
        "Chile's defence minister said Peru would not face sanctions.",
        "“We will face consequences if we do nothing,” Chile's defence minister said.",
        "Peru could face consequences if it crosses the border.",
    ):
        assert not pairs_of(text, "warns"), text
