"""Meetings, visits and cooperation, round five: encounters told of but not held, partners of a
discussion the parser hangs on what was discussed. Behaviour on sentences of our own (the
rules' own candidates)."""

from __future__ import annotations

from conftest import pairs_of


def test_a_meeting_called_off_or_still_to_come_is_no_meeting() -> None:
    held = "Indian Foreign Minister Subrahmanyam Jaishankar held talks with Chinese Foreign Minister Wang Yi."
    assert ("Subrahmanyam_Jaishankar", "Wang_Yi") in pairs_of(held, "met_with")
    for text in (
        "Indian Foreign Minister Subrahmanyam Jaishankar cancelled his planned meeting with Chinese Foreign "
        "Minister Wang Yi.",
        "Russia boycotted scheduled meetings with U.S. officials.",
        "Russia called off the talks with U.S. officials.",
        "The upcoming talks with Iranian officials in Vienna will focus on sanctions.",
    ):
        assert not pairs_of(text, "met_with"), text
        assert not pairs_of(text, "visited"), text


def test_a_visit_called_off_or_only_awaited_is_no_visit() -> None:
    made = "Russian Foreign Minister Sergei Lavrov's visit to Ankara ended on Friday."
    assert ("Sergey_Lavrov", "Turkey") in pairs_of(made, "visited")
    for text in (
        "Russian Foreign Minister Sergei Lavrov postponed his visit to Ankara.",
        "Tokayev expressed anticipation for Xi Jinping's state visit to Astana in July.",
        "Preparations for Narendra Modi's visit to Washington are under way.",
        "Narendra Modi's visit to Washington was cancelled.",
    ):
        assert not pairs_of(text, "visited"), text


def test_people_a_matter_was_discussed_with_were_met_though_with_hangs_on_the_matter() -> None:
    text = "Emmanuel Macron discussed the war with US President Joe Biden."
    assert ("Emmanuel_Macron", "Joe_Biden") in pairs_of(text, "met_with")
    text = "Russian President Vladimir Putin discussed security issues with his Tajik counterpart, Emomali Rakhmon."
    assert ("Vladimir_Putin", "Emomali_Rakhmon") in pairs_of(text, "met_with")
    # relations with a state are the matter, not a partner
    assert not pairs_of("Emmanuel Macron discussed relations with China.", "met_with")
    assert not pairs_of("Emmanuel Macron did not discuss the war with US President Joe Biden.", "met_with")
    assert not pairs_of("Lula is to discuss his initiative with Ukrainian President Volodymyr Zelensky.", "met_with")


def test_a_call_by_phone_is_a_meeting_of_those_who_talked() -> None:
    text = "Olaf Scholz and Emmanuel Macron spoke by phone on Monday."
    assert ("Olaf_Scholz", "Emmanuel_Macron") in pairs_of(text, "met_with")
    assert ("Olaf_Scholz", "Emmanuel_Macron") in pairs_of("Olaf Scholz and Emmanuel Macron spoke over the phone.", "met_with")
    # talking together with no call and no meeting word is no meeting
    assert not pairs_of("Olaf Scholz and Emmanuel Macron spoke at the summit.", "met_with")
    assert not pairs_of("Olaf Scholz and Emmanuel Macron did not speak by phone.", "met_with")


def test_a_joint_press_conference_is_a_meeting_and_abroad_a_visit() -> None:
    text = "Emmanuel Macron gave a joint press conference with Olaf Scholz in Berlin."
    assert ("Emmanuel_Macron", "Olaf_Scholz") in pairs_of(text, "met_with")
    assert ("Emmanuel_Macron", "Germany") in pairs_of(text, "visited")
    assert ("Olaf_Scholz", "Germany") not in pairs_of(text, "visited")  # at home
    text = "Emmanuel Macron and Olaf Scholz held a joint press conference in Berlin."
    assert ("Emmanuel_Macron", "Olaf_Scholz") in pairs_of(text, "met_with")
    assert not pairs_of("Emmanuel Macron gave a press conference in Berlin.", "met_with")
    assert not pairs_of("Macron and Scholz did not hold a joint press conference.", "met_with")


def test_a_meeting_s_place_hung_on_the_partner_s_name_is_visited_by_those_abroad() -> None:
    text = "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov in Phnom Penh."
    visited = pairs_of(text, "visited")
    assert {("Wang_Yi", "Cambodia"), ("Sergey_Lavrov", "Cambodia")} <= visited
    text = "Chinese Foreign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov in Beijing."
    assert pairs_of(text, "visited") == {("Sergey_Lavrov", "China")}  # the host is at home


def test_a_pact_signed_between_two_sides_is_cooperation() -> None:
    text = "The agreement was signed in Doha between the United States and the Taliban."
    assert {("United_States", "Taliban"), ("Taliban", "United_States")} <= pairs_of(text, "cooperates_with")
    assert not pairs_of("The agreement was never signed between the United States and the Taliban.", "cooperates_with")


def test_a_tie_raised_or_elevated_is_cooperation_also_of_a_hyphenated_pair() -> None:
    text = "China and Venezuela raised their ties to the level of strategic partnership."
    assert ("China", "Venezuela") in pairs_of(text, "cooperates_with")
    text = "The two sides adopted a joint statement, elevating the Vietnam-US relationship to a strategic partnership."
    assert ("Vietnam", "United_States") in pairs_of(text, "cooperates_with")
    assert not pairs_of("The tense China-US relationship worries investors.", "cooperates_with")
    assert not pairs_of("Vietnam refused to elevate the Vietnam-US relationship.", "cooperates_with")
    # a tie only aimed at or named as a topic is none
    assert not pairs_of("It violates an agreement to establish new DPRK-U.S. relations.", "cooperates_with")
    assert not pairs_of("He noted that restoring China-India relations would benefit the region.", "cooperates_with")
    assert not pairs_of("Egypt raised its concerns with Israel.", "cooperates_with")


def test_talks_only_possible_or_a_visit_told_with_a_planned_act_are_not_held() -> None:
    held = "Talks between Russian President Vladimir Putin and US President Joe Biden took place in Geneva."
    assert ("Vladimir_Putin", "Joe_Biden") in pairs_of(held, "met_with")
    text = "Talks between Russian President Vladimir Putin and US President Joe Biden may take place in Geneva."
    assert not pairs_of(text, "met_with")
    assert not pairs_of("Negotiations between Israel and Hamas could resume in the coming days.", "met_with")
    made = "Brazilian President Luiz Inacio Lula da Silva proposed a peace club during his visit to China."
    assert ("Lula_da_Silva", "China") in pairs_of(made, "visited")
    planned = "Brazilian President Luiz Inacio Lula da Silva plans to propose a peace club during his visit to China."
    assert not pairs_of(planned, "visited")


def test_his_visit_in_a_speaker_s_quoted_words_is_not_the_speaker_s() -> None:
    text = 'Argentine Foreign Minister Diana Mondino spoke. She said: "His visit to the Malvinas was repudiatory."'
    assert not any(holder == "Diana_Mondino" for holder, _ in pairs_of(text, "visited"))
    text = 'Russian Foreign Minister Sergei Lavrov said: "My visit to Ankara was productive."'
    assert ("Sergey_Lavrov", "Turkey") in pairs_of(text, "visited")


def test_those_who_discussed_a_matter_together_abroad_visited_the_place() -> None:
    text = "In Cairo, Sisi and Sheikh Tamim discussed the escalation in Gaza."
    assert pairs_of(text, "visited") == {("Tamim_bin_Hamad_Al_Thani", "Egypt")}


def test_the_two_leaders_on_the_phone_met_as_the_pair_named_before() -> None:
    text = "Tensions between the United States and China have risen this year.\nThe two leaders spoke on the phone on Monday."
    assert ("United_States", "China") in pairs_of(text, "met_with")


def test_a_summit_with_someone_is_a_meeting_with_them() -> None:
    text = "US President Joe Biden held a virtual summit with Chinese President Xi Jinping."
    assert ("Joe_Biden", "Xi_Jinping") in pairs_of(text, "met_with")
    text = "Biden told reporters after a summit with Chinese President Xi Jinping that ties were stable."
    assert ("Joe_Biden", "Xi_Jinping") in pairs_of(text, "met_with")
    assert not pairs_of("Leaders gathered for the NATO summit in Vilnius.", "met_with")


def test_a_visit_begun_is_a_visit_and_one_to_begin_is_not_yet() -> None:
    text = "French President Emmanuel Macron began a three-day state visit to China on Wednesday."
    assert ("Emmanuel_Macron", "China") in pairs_of(text, "visited")
    assert not pairs_of("French President Emmanuel Macron plans to begin a state visit to China.", "visited")


def test_a_meeting_or_journey_only_scheduled_is_not_held() -> None:
    text = "US Secretary of State Mike Pompeo and Chinese Foreign Minister Wang Yi met on Thursday."
    assert ("Mike_Pompeo", "Wang_Yi") in pairs_of(text, "met_with")
    text = "US Secretary of State Mike Pompeo and Chinese Foreign Minister Wang Yi are scheduled to meet on Thursday."
    assert not pairs_of(text, "met_with")
    assert not pairs_of("US Secretary of State Mike Pompeo is due to travel to Beijing on Thursday.", "visited")


def test_working_in_partnership_or_coordination_with_someone_is_cooperation() -> None:
    assert ("Turkey", "Qatar") in pairs_of("Turkey, in partnership with Qatar, built the airport.", "cooperates_with")
    text = "Egypt is acting in close coordination with Qatar to end the war."
    assert ("Egypt", "Qatar") in pairs_of(text, "cooperates_with")
    assert not pairs_of("Turkey did not act in coordination with Qatar.", "cooperates_with")


def test_a_memorandum_of_understanding_signed_with_a_state_or_an_alliance_formed_is_cooperation() -> None:
    text = "Kenya signed a memorandum of understanding with Ethiopia."
    assert ("Kenya", "Ethiopia") in pairs_of(text, "cooperates_with")
    text = "Mali formed an alliance with Burkina Faso and Niger."
    assert {("Mali", "Burkina_Faso"), ("Mali", "Niger")} <= pairs_of(text, "cooperates_with")
