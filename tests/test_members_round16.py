"""Memberships not read (round sixteen): a party's seats in a parliament, a mission a state
leads, a membership only to be approved. Sentences of our own."""

from __future__ import annotations

from conftest import pairs_of


def test_a_partys_seats_in_a_parliament_are_no_membership() -> None:
    assert not pairs_of("The Unity Front has six seats in the 120-member Knesset.", "member_of")
    # a state's seat on a council still is one
    found = pairs_of("Japan holds a non-permanent seat on the Security Council.", "member_of")
    assert ("Japan", "UN_Security_Council") in found


def test_a_mission_a_state_leads_is_not_joined() -> None:
    text = "Abinader raised the status of the Kenya-led Multinational Security Support Mission in Haiti."
    assert not pairs_of(text, "member_of")
    # a bloc led by a state still has it as a member
    found = pairs_of("Armenia is a member of the Moscow-led Collective Security Treaty Organization.", "member_of")
    assert ("Russia", "CSTO") in found


def test_a_membership_still_to_be_approved_is_none() -> None:
    text = "The government will amend it only if Bulgaria first approves North Macedonia's EU membership."
    assert not pairs_of(text, "member_of")


def test_the_countries_of_a_body_spelled_out_after_a_colon() -> None:
    text = "The deal needs the four founding countries of the Mercosur bloc: Argentina, Brazil, Paraguay and Uruguay."
    assert {h for h, _ in pairs_of(text, "member_of")} == {"Argentina", "Brazil", "Paraguay", "Uruguay"}
    found = pairs_of("Kenya was the only country of the African Union to vote.", "member_of")
    assert ("Kenya", "African_Union") in found
    # near miss: an ally of a body is none of its members
    assert not pairs_of("Ukraine, an ally of the EU, asked for help.", "member_of")
