"""Visits and cooperation, round six: a meeting at a seat of power or in a state of the United
States is a visit, as is a meeting of states abroad; allies named after the noun that makes them
one cooperate with its owner. Behaviour on sentences of our own (the rules' own candidates)."""

from __future__ import annotations

from conftest import pairs_of


def test_a_meeting_at_a_seat_of_power_abroad_is_a_visit() -> None:
    text = "Indian Prime Minister Narendra Modi held talks with Vladimir Putin at the Kremlin."
    assert ("Narendra_Modi", "Russia") in pairs_of(text, "visited")
    assert ("Vladimir_Putin", "Russia") not in pairs_of(text, "visited")  # at home
    text = "Japanese Prime Minister Fumio Kishida met Joe Biden at Camp David."
    assert ("Fumio_Kishida", "Camp_David") in pairs_of(text, "visited")
    assert not {p for p in pairs_of("Joe Biden met Kishida at Camp David.", "visited") if p[0] == "Joe_Biden"}
    # "at" a gathering names no place: the gathering's own place is read elsewhere; nor does a body
    assert not pairs_of("Narendra Modi met Vladimir Putin at the summit.", "visited")
    assert not pairs_of("Sergei Lavrov met Antony Blinken at the OSCE.", "visited")


def test_a_meeting_in_a_state_of_the_united_states_is_a_visit_to_it() -> None:
    text = "British Prime Minister Rishi Sunak met Joe Biden in California on Monday."
    assert ("Rishi_Sunak", "California") in pairs_of(text, "visited")
    assert ("Joe_Biden", "California") not in pairs_of(text, "visited")
    # Georgia is a state of its own: its officials meeting there are at home, Biden is abroad
    visited = pairs_of("Georgian Prime Minister Irakli Kobakhidze met Joe Biden in Georgia.", "visited")
    assert ("Joe_Biden", "Georgia") in visited and not {p for p in visited if p[0] != "Joe_Biden"}


def test_states_named_as_the_sides_of_a_meeting_abroad_are_no_visitors() -> None:
    # the people were there; the gold takes no state for a visitor of a gathering
    text = "The foreign ministers of Japan, Canada and France met in New York on the sidelines of the assembly."
    assert not pairs_of(text, "visited")
    assert not pairs_of("Russia and China held talks in Moscow.", "visited")


def test_allies_named_after_the_ally_noun_work_with_its_owner() -> None:
    assert ("Israel", "United_States") in pairs_of("America's ally Israel welcomed the decision.", "cooperates_with")
    text = "Washington's allies Japan and South Korea joined the sanctions."
    assert {("Japan", "United_States"), ("South_Korea", "United_States")} <= pairs_of(text, "cooperates_with")
    text = "The United States said its ally Israel had the right to defend itself."
    assert ("Israel", "United_States") in pairs_of(text, "cooperates_with")
    text = "Russia and its strategic partner China vetoed the resolution."
    assert ("China", "Russia") in pairs_of(text, "cooperates_with")


def test_an_ally_of_an_alliance_is_a_member_and_a_partner_of_one_may_be_none() -> None:
    text = "NATO ally Turkey bought Russian missiles."
    assert ("Turkey", "NATO") in pairs_of(text, "member_of")
    assert ("Turkey", "NATO") not in pairs_of(text, "cooperates_with")
    text = "The plan angered NATO partner Ukraine."
    assert not pairs_of(text, "member_of") and not pairs_of(text, "cooperates_with")


def test_former_allies_and_allies_of_no_one_named_are_no_tie() -> None:
    assert not pairs_of("Russia's former ally Georgia joined the talks.", "cooperates_with")
    assert not pairs_of("The Houthis attacked close ally Israel.", "cooperates_with")  # whose ally: not said
    assert not pairs_of("Its allies were not consulted.", "cooperates_with")


def test_a_persons_own_talks_abroad_are_a_visit() -> None:
    assert ("Wang_Yi", "Russia") in pairs_of("Wang Yi's talks in Moscow focused on trade.", "visited")
    text = (
        "Bangladeshi Foreign Minister Hasan Mahmud said his meetings on the sidelines of the two summits held in "
        "Kampala were fruitful."
    )
    assert ("Hasan_Mahmud", "Uganda") in pairs_of(text, "visited")
    assert not pairs_of("Lavrov's talks in Moscow focused on trade.", "visited")  # at home
    assert not pairs_of("Wang Yi's upcoming talks in Moscow will focus on trade.", "visited")


def test_a_visit_to_a_seat_of_power_is_a_visit_to_its_state() -> None:
    text = "Brazilian President Lula discussed his approach with Joe Biden during his recent visit to the White House."
    assert ("Lula_da_Silva", "United_States") in pairs_of(text, "visited")
    assert ("Narendra_Modi", "Russia") in pairs_of("Modi's visit to the Kremlin ended on Tuesday.", "visited")


def test_a_state_that_leads_a_body_is_its_member() -> None:
    assert ("Saudi_Arabia", "OPEC") in pairs_of("Saudi Arabia, the leader of OPEC, opposed the deal.", "member_of")
    # the leader of a state is its office, no membership
    assert not pairs_of("Vladimir Putin, the leader of Russia, opposed the deal.", "member_of")


def test_the_members_an_organisation_named_before_includes() -> None:
    text = "BRICS was founded in 2009. Its members include Brazil, Russia, India and China."
    assert {("Brazil", "BRICS"), ("China", "BRICS")} <= pairs_of(text, "member_of")
    text = "ASEAN leaders met in Jakarta. The bloc's members include Indonesia and Vietnam."
    assert ("Vietnam", "ASEAN") in pairs_of(text, "member_of")
    assert not pairs_of("BRICS was founded in 2009. Its new members could include Iran and Egypt.", "member_of")
    assert not pairs_of("Lula spoke in 2009. His advisers include Celso Amorim.", "member_of")


def test_two_people_named_as_a_pair_met() -> None:
    assert ("Vladimir_Putin", "Xi_Jinping") in pairs_of("The Putin-Xi talks lasted three hours.", "met_with")
    text = "The Biden-Xi meeting in San Francisco was cordial."
    assert ("Joe_Biden", "Xi_Jinping") in pairs_of(text, "met_with")
    assert ("Xi_Jinping", "San_Francisco") in pairs_of(text, "visited")
    assert ("Joe_Biden", "San_Francisco") not in pairs_of(text, "visited")
    assert not pairs_of("The planned Biden-Xi meeting was cancelled.", "met_with")
    assert not pairs_of("The Putin-Ukraine talks failed.", "met_with")  # a person and a state: no pair read


def test_talks_owned_by_a_name_were_held_by_it() -> None:
    text = "Antony Blinken's meeting with Wang Yi lasted two hours."
    assert ("Antony_Blinken", "Wang_Yi") in pairs_of(text, "met_with")
    text = "After Blinken's talks with Wang Yi, the two sides issued a statement."
    assert ("Antony_Blinken", "Wang_Yi") in pairs_of(text, "met_with")
    assert ("Russia", "Ukraine") in pairs_of("Russia's talks with Ukraine ended without a deal.", "met_with")
    for text in (
        "Blinken's upcoming meeting with Wang Yi will focus on trade.",
        "Antony Blinken's meeting with Wang Yi may not take place.",
    ):
        assert not pairs_of(text, "met_with"), text


def test_a_call_made_or_told_in_is_a_meeting() -> None:
    text = "Narendra Modi telephoned Vladimir Putin on Monday."
    assert ("Narendra_Modi", "Vladimir_Putin") in pairs_of(text, "met_with")
    text = "Erdogan phoned his Russian counterpart Vladimir Putin on Monday."
    assert ("Recep_Tayyip_Erdogan", "Vladimir_Putin") in pairs_of(text, "met_with")
    text = "Antony Blinken told Wang Yi in a phone call that the US would respond."
    assert ("Antony_Blinken", "Wang_Yi") in pairs_of(text, "met_with")
    text = "Erdogan urged a ceasefire in a phone call with Vladimir Putin."
    assert ("Recep_Tayyip_Erdogan", "Vladimir_Putin") in pairs_of(text, "met_with")
    for text in (
        "Modi did not telephone Putin.",
        "Putin called Biden a killer.",
        "In a call for calm, Joe Biden urged Benjamin Netanyahu to hold back.",
    ):
        assert not pairs_of(text, "met_with"), text


def test_a_person_who_speaks_in_a_place_abroad_visited_it() -> None:
    for text in (
        "Russian Foreign Minister Sergei Lavrov said in Beijing that the ties were strong.",
        "Russian Foreign Minister Sergei Lavrov told reporters in Beijing that the ties were strong.",
        "Speaking in Beijing, Russian Foreign Minister Sergei Lavrov said the ties were strong.",
    ):
        assert ("Sergey_Lavrov", "China") in pairs_of(text, "visited"), text
    for text in (
        "Russian Foreign Minister Sergei Lavrov said in Moscow that the ties were strong.",  # at home
        "Russian Foreign Minister Sergei Lavrov said the war in Ukraine would go on.",  # a topic, not a place
        "Russian Foreign Minister Sergei Lavrov will speak in Beijing next week.",  # still to come
    ):
        assert not pairs_of(text, "visited"), text


def test_armies_and_fighters_in_a_place_are_deployed_there() -> None:
    assert ("Wagner_Group", "Mali") in pairs_of("Wagner fighters in Mali were accused of abuses.", "deployed_to")
    assert ("Russia", "Ukraine") in pairs_of("The Russian army in Ukraine lost ground.", "deployed_to")
    assert not pairs_of("The Russian army may soon be in Moldova.", "deployed_to")


def test_mediators_of_one_mediation_work_together() -> None:
    mediating = pairs_of("Egypt and Qatar are mediating between Israel and Hamas.", "cooperates_with")
    assert ("Egypt", "Qatar") in mediating
    text = "Egypt, Qatar and the United States brokered the ceasefire."
    assert ("Qatar", "United_States") in pairs_of(text, "cooperates_with")
    assert not pairs_of("Egypt and Qatar may mediate the talks.", "cooperates_with")
    # the sides mediated between are no partners of the mediators
    assert ("Egypt", "Israel") not in mediating


def test_members_given_as_examples_or_by_whose_allies_they_are() -> None:
    text = "EU countries such as Hungary and Slovakia objected."
    assert {("Hungary", "European_Union"), ("Slovakia", "European_Union")} <= pairs_of(text, "member_of")
    assert ("Poland", "NATO") in pairs_of("NATO members like Poland and Turkey objected.", "member_of")
    assert ("Germany", "NATO") in pairs_of("Germany's NATO allies welcomed the decision.", "member_of")
    assert not pairs_of("EU candidates such as Ukraine and Moldova welcomed it.", "member_of")
    assert not pairs_of("Countries such as Hungary objected.", "member_of")


def test_a_state_leading_forces_in_a_place_is_deployed_there() -> None:
    text = "The Saudi-led coalition in Yemen struck Sanaa."
    assert ("Saudi_Arabia", "Yemen") in pairs_of(text, "deployed_to")
    assert ("Kenya", "Haiti") in pairs_of("The Kenyan-led mission in Haiti has struggled.", "deployed_to")
    for text in (
        "A possible US-led mission in Gaza was discussed.",  # only planned
        "The US-led coalition struck Houthi targets.",  # no place
        "The EU-led mission in Georgia monitors the border.",  # a body, not a state's forces
    ):
        assert not pairs_of(text, "deployed_to"), text
