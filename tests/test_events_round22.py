"""Round twenty-two's events: a call partner hung on the medium ("spoke by telephone with X"),
the envoys of a list of states summoned, and a meeting attended by those it names. Behaviour on
sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Jane Okafor spoke by telephone with Ugandan President John Mwangi on Monday.",
        "Kenyan President Jane Okafor spoke by phone with Ugandan President John Mwangi on Monday.",
        "The head of Kenya's government, President Jane Okafor, spoke by telephone with Ugandan President "
        "John Mwangi on Monday.",
    ],
)
def test_a_call_partner_after_the_medium_met(text: str) -> None:
    assert ("Jane_Okafor", "John_Mwangi") in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Jane Okafor will speak by telephone with Ugandan President John Mwangi on Monday.",
        "Kenyan President Jane Okafor did not speak by telephone with Ugandan President John Mwangi.",
        "Kenyan President Jane Okafor was elected by a wide margin with the backing of John Mwangi.",
    ],
)
def test_a_call_to_come_refused_or_no_medium_is_no_meeting(text: str) -> None:
    assert ("Jane_Okafor", "John_Mwangi") not in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya summoned the ambassadors of Uganda, Tanzania and Rwanda on Monday.",
        "Kenya summoned the ambassadors of six countries, including Uganda, Tanzania and Rwanda.",
        "Envoys from Uganda, Tanzania and Rwanda were summoned to the Kenyan Foreign Ministry on Monday.",
        "Kenya summoned foreign envoys on Monday. Envoys from Uganda, Tanzania and Rwanda were summoned "
        "to the Foreign Ministry, officials said.",
    ],
)
def test_the_envoys_of_a_list_of_states_summoned_met_the_summoner(text: str) -> None:
    assert {("Kenya", "Uganda"), ("Kenya", "Tanzania"), ("Kenya", "Rwanda")} <= pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya will summon the ambassadors of Uganda, Tanzania and Rwanda on Monday.",
        "Kenya did not summon the ambassadors of Uganda, Tanzania and Rwanda.",
        "Kenya summoned its ambassadors to Uganda, Tanzania and Rwanda for consultations.",
        "The talks went well, officials said. Envoys from Uganda, Tanzania and Rwanda were summoned to the "
        "Foreign Ministry.",
    ],
)
def test_envoys_summoned_later_own_or_by_no_one_named_are_no_meeting(text: str) -> None:
    assert not {("Kenya", "Uganda"), ("Kenya", "Tanzania")} & pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was attended by Kenyan Foreign Minister Jane Okafor, Ugandan Foreign Minister John "
        "Mwangi and Tanzanian Foreign Minister Peter Moshi.",
        "The talks were attended by Kenyan Foreign Minister Jane Okafor, Ugandan Foreign Minister John "
        "Mwangi and Tanzanian Foreign Minister Peter Moshi.",
    ],
)
def test_those_who_attended_one_meeting_met_each_other(text: str) -> None:
    met = pairs_of(text, "met_with")
    assert {("Jane_Okafor", "John_Mwangi"), ("Jane_Okafor", "Peter_Moshi"), ("John_Mwangi", "Peter_Moshi")} <= met


def test_two_who_attended_the_talks_met() -> None:
    text = "Kenyan Foreign Minister Jane Okafor and Ugandan Foreign Minister John Mwangi attended the talks on Monday."
    assert ("Jane_Okafor", "John_Mwangi") in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "The meeting will be attended by Kenyan Foreign Minister Jane Okafor and Ugandan Foreign Minister "
        "John Mwangi.",
        "The summit was attended by Kenyan Foreign Minister Jane Okafor and Ugandan Foreign Minister John Mwangi.",
        "A meeting of African Union foreign ministers was attended by Kenyan Foreign Minister Jane Okafor and "
        "Ugandan Foreign Minister John Mwangi.",
    ],
)
def test_a_meeting_to_come_or_a_gathering_attended_pairs_no_one(text: str) -> None:
    assert ("Jane_Okafor", "John_Mwangi") not in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Jane Okafor, currently in Uganda, said the deal was close.",
        "Kenyan President Jane Okafor, in Uganda for talks, said the deal was close.",
        "Kenyan President Jane Okafor spoke to reporters while she was in Uganda.",
    ],
)
def test_a_person_told_in_a_place_abroad_beside_the_act_visited_it(text: str) -> None:
    assert ("Jane_Okafor", "Uganda") in pairs_of(text, "visited")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Jane Okafor, in Nairobi, said the deal was close.",
        "Kenyan President Jane Okafor, in a statement on Uganda, said the deal was close.",
        "Kenyan President Jane Okafor, in Uganda next week, will say the deal is close.",
        "Kenyan President Jane Okafor will speak to reporters when she is in Uganda.",
        "Kenyan President Jane Okafor, who was born in Uganda, said the deal was close.",
    ],
)
def test_at_home_no_place_to_come_or_born_there_is_no_visit(text: str) -> None:
    assert ("Jane_Okafor", "Uganda") not in pairs_of(text, "visited")


def test_a_meeting_between_names_the_parser_breaks_apart_is_read_by_the_names() -> None:
    text = "The meeting between Omar al-Hadi and Jane Okafor took place in Cairo."
    assert ("Omar_al_Hadi", "Jane_Okafor") in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Omar al-Hadi and Jane Okafor did not take place.",
        "The meeting between Omar al-Hadi and Jane Okafor will take place in Cairo next week.",
        "The meeting between Kenyan President Jane Okafor and Ugandan President John Mwangi did not take place.",
    ],
)
def test_a_meeting_between_that_did_not_or_will_take_place_is_none(text: str) -> None:
    assert pairs_of(text, "met_with") == set()
