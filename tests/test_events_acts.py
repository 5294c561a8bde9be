"""Acts on text of our own: pacts and ties, visits shown by meetings and signings abroad,
arming, and proposals made by leading or pledging."""

from __future__ import annotations

import pytest
from conftest import pairs_of, statements_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, pairs",
    [
        (
            "In Nairobi, the minister signed the Treaty between Kenya and the Republic of Ghana on Trade.",
            {("Kenya", "Ghana"), ("Ghana", "Kenya")},
        ),
        ("Chile and Peru have an agreement on fisheries.", {("Chile", "Peru"), ("Peru", "Chile")}),
        ("Chile did not sign the accord with Peru.", set()),
    ],
)
def test_the_parties_to_a_pact_cooperate_each_way(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "cooperates_with") == pairs


def test_ties_deepened_by_two_sides_are_held_by_the_first() -> None:
    assert pairs_of("Cuba and Venezuela have strengthened economic ties.", "cooperates_with") == {("Cuba", "Venezuela")}


def test_a_tie_whose_aim_is_denied_is_still_a_tie_and_a_denied_tie_is_none() -> None:
    text = "Officials said Hungary's partnership with Serbia is not aimed at anyone."
    assert pairs_of(text, "cooperates_with") == {("Hungary", "Serbia")}
    assert pairs_of("There is no partnership between Hungary and Serbia.", "cooperates_with") == set()


def test_a_state_named_before_a_tie_noun_holds_it() -> None:
    text = "The minister praised U.K. defence partnerships with India and Egypt."
    assert pairs_of(text, "cooperates_with") == {("United_Kingdom", "India"), ("United_Kingdom", "Egypt")}


def test_cooperation_furthered_among_states_ties_each_pair() -> None:
    found = pairs_of("The ministers agreed to deepen cooperation among Kenya, Uganda and Tanzania.", "cooperates_with")
    assert {("Kenya", "Uganda"), ("Uganda", "Tanzania"), ("Tanzania", "Kenya")} <= found


def test_a_visit_by_a_person_after_the_place() -> None:
    text = "Students rallied to celebrate a visit to Nairobi by Senator John Reed."
    assert pairs_of(text, "visited") == {("John_Reed", "Kenya")}


def test_sides_meeting_at_a_gathering_abroad_visited_its_place_and_at_home_did_not() -> None:
    text = (
        "German Chancellor Olaf Scholz and French President Emmanuel Macron met on the sidelines "
        "of a summit in Germany on Monday."
    )
    assert pairs_of(text, "visited") == {("Emmanuel_Macron", "Germany")}


def test_talks_held_in_a_capital_abroad_are_a_visit() -> None:
    text = "Kenyan Foreign Minister Musalia Mudavadi said he had useful talks with Antony Blinken in Washington."
    assert ("Musalia_Mudavadi", "United_States") in pairs_of(text, "visited")


def test_signing_abroad_is_a_visit_and_at_home_is_not() -> None:
    assert pairs_of("Kenyan President William Ruto signed the accord in Tokyo.", "visited") == {
        ("William_Ruto", "Japan")
    }
    assert pairs_of("Kenyan President William Ruto signed the accord in Nairobi.", "visited") == set()


def test_arming_a_state_deploys_to_it() -> None:
    assert pairs_of("Russia is arming Syria.", "deployed_to") == {("Russia", "Syria")}


def test_an_initiative_led_by_a_state_is_its_proposal_and_an_effort_is_not() -> None:
    found = [
        s for s in statements_of("The Danish-led initiative to train pilots drew praise.") if s.relation == "proposes"
    ]
    assert [(s.holder_id, "initiative" in s.target) for s in found] == [("Denmark", True)]
    assert pairs_of("US-led efforts to dominate the region breed conflict.", "proposes") == set()


def test_assistance_pledged_to_a_body_is_offered_and_assistance_given_is_not() -> None:
    found = [
        s for s in statements_of("Canada will provide medical equipment to the Red Cross.") if s.relation == "proposes"
    ]
    assert [(s.holder_id, s.target) for s in found] == [("Canada", "medical equipment")]
    assert pairs_of("Canada provided medical equipment to the Red Cross.", "proposes") == set()
    assert pairs_of("Canada will provide Ukraine with two Patriot launchers.", "proposes") == set()


@pytest.mark.parametrize(
    "text, pairs",
    [
        (
            "Trade recovered after German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin.",
            {("Olaf_Scholz", "Emmanuel_Macron")},
        ),
        ("Trade recovered after the talks collapsed.", set()),
    ],
)
def test_people_the_parser_takes_for_the_object_of_after_are_those_who_met(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert pairs_of(text, "met_with") == pairs


def test_a_partner_met_at_a_named_gathering_abroad_visited_its_place() -> None:
    text = (
        "Serbian President Aleksandar Vucic met Chinese Foreign Minister Wang Yi on the sidelines "
        "of the ASEAN Summit in Jakarta."
    )
    assert pairs_of(text, "visited") == {("Aleksandar_Vucic", "Indonesia"), ("Wang_Yi", "Indonesia")}


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("The Prime Minister of Pakistan visited Kabul last month.", {("Pakistan", "Afghanistan")}),
        ("Pakistan's prime minister visited Kabul on Monday.", {("Pakistan", "Afghanistan")}),
        ("A Hamas delegation visited Cairo on Monday.", {("Hamas", "Egypt")}),
        # a visit still to come, or one told as a habit, is none
        ("A high-level US delegation was due to travel to Honiara this week.", set()),
        ("Chinese investors visited Kenya last week.", set()),
    ],
)
def test_a_visit_by_an_office_named_by_no_person_is_its_states(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "visited") == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Since then Australian officials have been in Wellington for further discussions.", {("Australia", "New_Zealand")}),
        ("Indian diplomats are in Kabul this week.", {("India", "Afghanistan")}),
        ("Chinese officials were in Beijing on Monday.", set()),  # at home: no visit
    ],
)
def test_officials_named_by_no_person_in_a_place_abroad_are_their_states_visit(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert pairs_of(text, "visited") == pairs
