"""Round twenty's events: envoys from two or more states who met, troops kept in a force or a
mission in a place. Behaviour on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Senior officials from Kenya, Uganda and Ghana met in Cairo on Sunday.",
        "Kenyan, Ugandan and Ghanaian negotiators held talks in Cairo on Sunday.",
    ],
)
def test_envoys_from_states_who_met_are_their_states_meeting(text: str) -> None:
    assert {("Kenya", "Uganda"), ("Kenya", "Ghana"), ("Uganda", "Ghana")} <= pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "Officials from Kenya and Uganda will meet in Cairo next week.",
        "Officials from Kenya met in Nairobi on Sunday.",
        "Western officials met in Paris on Sunday.",
    ],
)
def test_envoys_of_one_state_or_a_meeting_to_come_is_no_meeting_of_states(text: str) -> None:
    assert pairs_of(text, "met_with") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has more than 1,000 troops in the 10,000-strong force in south Somalia.",
        "Kenya has more than 1,000 troops in the UN mission in Somalia.",
    ],
)
def test_troops_kept_in_a_force_in_a_place_are_deployed_there(text: str) -> None:
    assert ("Kenya", "Somalia") in pairs_of(text, "deployed_to")


def test_troops_in_a_force_of_no_place_are_no_deployment() -> None:
    assert pairs_of("Kenya has more than 1,000 troops in the force.", "deployed_to") == set()


def test_an_issue_raised_with_a_person_is_a_meeting() -> None:
    text = "Jane Okafor raised the repatriation issue with UN Secretary General Peter Mwangi."
    assert ("Jane_Okafor", "Peter_Mwangi") in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "Jane Okafor will raise the issue with Peter Mwangi.",
        "Jane Okafor raised defence spending in line with Kenya's commitments.",
    ],
)
def test_an_issue_to_be_raised_or_a_raise_in_line_with_is_no_meeting(text: str) -> None:
    assert pairs_of(text, "met_with") == set()


def test_telling_a_news_briefing_abroad_is_a_visit() -> None:
    text = "Kenyan Foreign Minister Jane Okafor told a news briefing in Beirut that aid would continue."
    assert ("Jane_Okafor", "Lebanon") in pairs_of(text, "visited")


def test_telling_a_news_briefing_at_home_is_no_visit() -> None:
    text = "Kenyan Foreign Minister Jane Okafor told a press conference in Nairobi that aid would continue."
    assert pairs_of(text, "visited") == set()


def test_points_raised_by_several_are_no_meeting_among_them() -> None:
    text = "Jane Okafor, Peter Mwangi and Grace Achieng separately raised constitutional points of order."
    assert pairs_of(text, "met_with") == set()


def test_those_who_discussed_it_together_still_met() -> None:
    assert ("Jane_Okafor", "Peter_Mwangi") in pairs_of("Jane Okafor and Peter Mwangi discussed bilateral ties.", "met_with")


def test_telling_a_conference_in_a_town_the_lexicon_does_not_place_is_no_visit() -> None:
    text = "Israeli Prime Minister Jane Okafor told a security conference in Herzliya that Israel is not bound."
    assert pairs_of(text, "visited") == set()
