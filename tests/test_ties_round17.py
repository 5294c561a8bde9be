"""Round seventeen's ties: being in a coalition ("A has been in coalition with B", "A and B were in
a coalition", "in government together with"), a coalition named by its sides joined with hyphens,
the sides of a joint exercise named by their forces ("among the forces of A-B-C", "Armies of A and
B began a joint exercise"). Behaviour on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


def _tied(text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs_of(text, "cooperates_with")}


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Komeito has been in coalition with the LDP since 1999.", ("Komeito", "Liberal_Democratic_Party_Japan")),
        ("Komeito and the LDP were actually in a coalition.", ("Komeito", "Liberal_Democratic_Party_Japan")),
        ("Likud has been in government together with Shas for a year.", ("Likud", "Shas")),
        ("Komeito and the LDP contested the polls in an alliance.", ("Komeito", "Liberal_Democratic_Party_Japan")),
        ("She met the deputy leader of the ÖVP-Fidesz coalition in Vienna.", ("Austrian_People_s_Party", "Fidesz")),
        ("Kenya praised the Uganda-Tanzania alliance.", ("Uganda", "Tanzania")),
        ("The annual bilateral exercise between the armed forces of Kenya and Uganda began.", ("Kenya", "Uganda")),
        ("Armies of Kenya and Uganda began their first joint military exercise on Monday.", ("Kenya", "Uganda")),
    ],
)
def test_a_coalition_or_a_joint_exercise_by_its_form(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in _tied(text)


def test_three_forces_joined_by_hyphens_give_every_pair() -> None:
    found = _tied("A joint military exercise among the forces of Kenya-Uganda-Tanzania began in Nairobi.")
    assert {frozenset(("Kenya", "Uganda")), frozenset(("Kenya", "Tanzania")), frozenset(("Uganda", "Tanzania"))} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Komeito has never been in coalition with the LDP.",
        "Chautala announced that Komeito and the LDP would contest the polls in an alliance.",
        "Likud is in government.",
        "The Kenyan-led coalition struck the rebels in Somalia.",
        "The exercise between the forces of Kenya was cancelled.",
    ],
)
def test_no_coalition_denied_still_to_come_alone_or_led(text: str) -> None:
    assert not _tied(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Three Russian jets entered Estonian airspace last week.", ("Russia", "Estonia")),
        ("Russian drones crossed deep into Polish territory on Sunday.", ("Russia", "Poland")),
        ("Two Chinese ships violated Japanese airspace near Okinawa.", ("China", "Japan")),
        ("Kenya condemned the Russian invasion of Ukrainian territory.", ("Russia", "Ukraine")),
    ],
)
def test_forces_into_a_territory_named_by_a_demonym(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs_of(text, "deployed_to")


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones did not cross into Polish territory.",
        "Russian ships entered the port of Tartus.",
        "Russian troops violated the ceasefire.",
        "Russian vessels violated the sanctions regime.",
    ],
)
def test_no_territory_entered_when_denied_or_no_territory(text: str) -> None:
    assert not pairs_of(text, "deployed_to")


def test_coalition_partners_owned_by_the_subject() -> None:
    text = "Estonia's Reform Party criticized its coalition partners, the Social Democratic Party, on Monday."
    assert ("Estonian_Reform_Party", "Social_Democratic_Party") in pairs_of(text, "cooperates_with")


def test_coalition_partners_of_no_named_subject_give_no_owner() -> None:
    text = "Critics attacked its coalition partners, the Social Democratic Party, on Monday."
    assert not {p for p in pairs_of(text, "cooperates_with") if "Social_Democratic_Party" in p}
