"""Visits and meetings read off encounters, on text of our own: a person met or received away
from the state they serve visited it; a meeting of three pairs every side; ties fostered."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, pairs",
    [
        (
            "Chinese Foreign Minister Wang Yi held talks with Iranian Foreign Minister Mohammad Javad Zarif in Beijing on Monday.",
            {("Mohammad_Javad_Zarif", "China")},
        ),
        ("Russian President Vladimir Putin hosted Chinese President Xi Jinping on Tuesday.", {("Xi_Jinping", "Russia")}),
        ("Brazilian President Lula received Chinese President Xi Jinping on Wednesday.", {("Xi_Jinping", "Brazil")}),
        ("Russian President Vladimir Putin will receive Chinese President Xi Jinping next week.", set()),
    ],
)
def test_one_met_or_received_abroad_visited(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "visited") == pairs


def test_a_meeting_of_three_pairs_every_side() -> None:
    text = "French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni met in Rome on Friday."
    met = {frozenset(p) for p in pairs_of(text, "met_with")}
    assert met == {
        frozenset({"Emmanuel_Macron", "Olaf_Scholz"}),
        frozenset({"Emmanuel_Macron", "Giorgia_Meloni"}),
        frozenset({"Olaf_Scholz", "Giorgia_Meloni"}),
    }


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("China increased the scale of cooperation with Russia in healthcare.", {("China", "Russia")}),
        ("Japan has fostered cooperation with Vietnam.", {("Japan", "Vietnam")}),
        ("China did not increase cooperation with Russia.", set()),
    ],
)
def test_ties_fostered_are_cooperation(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "cooperates_with") == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        ('Lula said: "My visit to Beijing was a success."', {("Lula_da_Silva", "China")}),
        ('Lula said: "Our visit to Beijing was a success."', {("Lula_da_Silva", "China")}),
        ('Lula said: "My upcoming visit to Beijing will be a success."', set()),
    ],
)
def test_the_speakers_own_visit(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "visited") == pairs


@pytest.mark.parametrize(
    "text, found",
    [
        ("Japan summoned the Chinese ambassador on Friday.", {("Japan", "Chinese_ambassador")}),
        ("Somalia summoned its ambassador to Ethiopia for consultations.", set()),
        ("Japan did not summon the Chinese ambassador.", set()),
    ],
)
def test_a_foreign_envoy_summoned_is_met(text: str, found: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "met_with") == found


@pytest.mark.parametrize(
    "text, pairs",
    [
        (
            "Indian Prime Minister Narendra Modi thanked Japanese Prime Minister Fumio Kishida for his hospitality.",
            {("Narendra_Modi", "Japan")},
        ),
        (
            "Indian Prime Minister Narendra Modi did not thank Japanese Prime Minister Fumio Kishida for his hospitality.",
            set(),
        ),
        ("Indian Prime Minister Narendra Modi thanked Indian President Droupadi Murmu for her hospitality.", set()),
    ],
)
def test_thanks_for_hospitality_tell_a_visit(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "visited") == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Kenya signed a defence deal with the United States on Monday.", {("Kenya", "United_States"), ("United_States", "Kenya")}),
        ("Kenya did not sign a deal with the United States.", set()),
    ],
)
def test_a_deal_signed_is_cooperation(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "cooperates_with") == pairs
