"""Meetings, round eight: a meeting held "with" a partner the parser hangs on the verb, the one met
taken for a second subject after a phrase put first, a guest received in the passive; talks only
sought or refused are none held; what was discussed names no place visited. Behaviour on sentences
of our own (the rules' own candidates)."""

from __future__ import annotations

from conftest import pairs_of


def test_a_meeting_held_with_a_partner_is_met_with() -> None:
    assert ("Wang_Yi", "Sergey_Lavrov") in pairs_of("Wang Yi held a meeting with Sergei Lavrov.", "met_with")
    assert ("China", "Russia") in pairs_of("China held a meeting with Russia on Monday.", "met_with")
    # the partner's own city: no visit by the partner
    text = "Wang Yi held a meeting with Sergei Lavrov in Moscow."
    assert ("Wang_Yi", "Russia") in pairs_of(text, "visited")
    assert ("Sergey_Lavrov", "Russia") not in pairs_of(text, "visited")


def test_the_one_met_after_a_phrase_put_first_is_no_second_subject() -> None:
    text = "On the sidelines of the summit, Xi Jinping met Joe Biden."
    assert ("Xi_Jinping", "Joe_Biden") in pairs_of(text, "met_with")
    text = "On the sidelines of the forum in Bali, Chinese President Xi Jinping met US President Joe Biden."
    assert ("Xi_Jinping", "Joe_Biden") in pairs_of(text, "met_with")


def test_a_guest_received_in_the_passive_met_the_host() -> None:
    text = "Macron was received by Putin at the Kremlin."
    assert ("Vladimir_Putin", "Emmanuel_Macron") in pairs_of(text, "met_with")
    assert ("Emmanuel_Macron", "Russia") in pairs_of(text, "visited")
    assert ("Abdel_Fattah_el_Sisi", "Emmanuel_Macron") in pairs_of("Macron was hosted by Sisi in Cairo.", "met_with")
    # a gathering hosted, or a plan welcomed, is no guest
    assert not pairs_of("The summit was hosted by Sisi in Cairo.", "met_with")
    assert not pairs_of("The plan was welcomed by Sisi.", "met_with")


def test_talks_only_sought_or_refused_are_no_meeting() -> None:
    for verb in ("sought", "wants", "refused", "requested", "proposed"):
        assert not pairs_of(f"Sergei Lavrov {verb} talks with Antony Blinken.", "met_with"), verb
    assert ("Sergey_Lavrov", "Antony_Blinken") in pairs_of("Sergei Lavrov held talks with Antony Blinken.", "met_with")


def test_what_was_discussed_names_no_place_visited() -> None:
    text = "Olaf Scholz and Emmanuel Macron discussed the war in Ukraine."
    assert ("Olaf_Scholz", "Emmanuel_Macron") in pairs_of(text, "met_with")
    assert not pairs_of(text, "visited")
    assert not pairs_of("Olaf Scholz discussed the crisis in Sudan with Emmanuel Macron.", "visited")
    # the place of the discussion itself still is one
    text = "In Cairo, Olaf Scholz and Emmanuel Macron discussed the war."
    assert ("Olaf_Scholz", "Egypt") in pairs_of(text, "visited")


def test_a_gerund_after_a_preposition_of_time_is_the_clause_subjects_act() -> None:
    text = "Xi Jinping said after meeting Joe Biden that ties were stable."
    assert ("Xi_Jinping", "Joe_Biden") in pairs_of(text, "met_with")
    text = "After visiting Beijing, Emmanuel Macron said ties were stable."
    assert ("Emmanuel_Macron", "China") in pairs_of(text, "visited")
    text = "Emmanuel Macron spoke after talking with Xi Jinping."
    assert ("Emmanuel_Macron", "Xi_Jinping") in pairs_of(text, "met_with")
    # a gerund that says what is insisted on or spoken about is no act done
    assert not pairs_of("Emmanuel Macron insisted on meeting Xi Jinping.", "met_with")
    assert not pairs_of("Emmanuel Macron spoke about meeting Xi Jinping.", "met_with")


def test_a_call_received_from_a_caller_is_a_meeting() -> None:
    text = "Emmanuel Macron received a phone call from Olaf Scholz."
    assert ("Emmanuel_Macron", "Olaf_Scholz") in pairs_of(text, "met_with")
    assert ("Narendra_Modi", "Vladimir_Putin") in pairs_of("Narendra Modi took a call from Vladimir Putin.", "met_with")
    # calls that are demands, or a call not received, are none
    assert not pairs_of("Israel received calls from France for restraint.", "met_with")
    assert not pairs_of("Israel received a call from France to stop the war.", "met_with")
    assert not pairs_of("Emmanuel Macron did not receive a call from Olaf Scholz.", "met_with")


def test_forces_that_act_in_a_place_are_deployed_there() -> None:
    text = "Israeli forces killed three people in Jenin on Tuesday."
    assert ("Israel", "Jenin") in pairs_of(text, "deployed_to")
    assert ("Israel", "Jenin") in pairs_of("Israeli troops clashed with gunmen in Jenin.", "deployed_to")
    assert ("United_States", "Syria") in pairs_of("US forces conducted a raid in Syria.", "deployed_to")
    # an act only possible, denied, or an "in" that names no place
    assert not pairs_of("Russian forces could strike targets in Kyiv.", "deployed_to")
    assert not pairs_of("Russian troops did not attack civilians in Bucha.", "deployed_to")
    assert not pairs_of("Russian forces failed in their attempt to take Kyiv.", "deployed_to")


def test_a_sending_of_forces_named_by_their_demonym_is_their_states() -> None:
    text = "The deployment of Kenyan police to Haiti began in June."
    assert ("Kenya", "Haiti") in pairs_of(text, "deployed_to")
    # one only planned, asked for, opposed or approved; weapons named by their maker
    assert not pairs_of("The planned deployment of Kenyan police to Haiti was delayed.", "deployed_to")
    assert not pairs_of("Haiti called for the deployment of Kenyan police to the capital.", "deployed_to")
    assert not pairs_of("Moscow opposed the deployment of American troops to Poland.", "deployed_to")
    assert not pairs_of("The Council approved the deployment of Kenyan police to Haiti.", "deployed_to")
    assert not pairs_of("The deployment of American weapons to Ukraine angered Moscow.", "deployed_to")


def test_a_joint_statement_hung_on_the_subjects_still_makes_them_act_together() -> None:
    text = "In May, Japan and Canada, in a joint statement, condemned the attack."
    assert ("Japan", "Canada") in pairs_of(text, "cooperates_with")
    assert not pairs_of("In May, Japan and Canada, in separate statements, condemned the attack.", "cooperates_with")


def test_representatives_gathered_as_a_participle_met_each_other() -> None:
    text = "We, the foreign ministers of Canada, Mexico and Chile, gathered in Ottawa."
    assert {("Canada", "Mexico"), ("Canada", "Chile"), ("Mexico", "Chile")} <= pairs_of(text, "met_with")
    assert not pairs_of("The leaders of Canada, the generals and the priests gathered in Ottawa.", "met_with")


def test_a_guest_the_tagger_takes_for_a_place_is_still_received() -> None:
    text = "Jens Stoltenberg welcomed Finnish President Sauli Niinistö to NATO Headquarters."
    assert ("Jens_Stoltenberg", "Sauli_Niinisto") in pairs_of(text, "met_with")
    assert not pairs_of("Jens Stoltenberg welcomed the decision of Finland.", "met_with")


def test_one_who_appears_alongside_a_host_abroad_visited_the_place() -> None:
    text = ("Speaking at a press conference in Doha alongside Lebanese Prime Minister Nawaf Salam, "
            "Sheikh Mohammed said the talks would resume.")
    assert ("Nawaf_Salam", "Qatar") in pairs_of(text, "visited")
    # "alongside" with no gathering of a place: no visit
    text = "Speaking alongside Lebanese Prime Minister Nawaf Salam, Sheikh Mohammed said the talks would resume."
    assert not pairs_of(text, "visited")


def test_an_interview_with_an_outlet_is_no_meeting() -> None:
    assert not pairs_of("Rafael Grossi spoke with Reuters on Friday.", "met_with")
    assert not pairs_of("Emmanuel Macron talked with The New York Times.", "met_with")
    assert ("Rafael_Grossi", "Abbas_Araghchi") in pairs_of("Rafael Grossi spoke with Abbas Araghchi on Friday.", "met_with")


def test_sitting_down_or_shaking_hands_with_someone_is_meeting_them() -> None:
    text = "Emmanuel Macron sat down with Olaf Scholz in Berlin."
    assert ("Emmanuel_Macron", "Olaf_Scholz") in pairs_of(text, "met_with")
    assert ("Emmanuel_Macron", "Germany") in pairs_of(text, "visited")
    assert ("Narendra_Modi", "Xi_Jinping") in pairs_of("Narendra Modi shook hands with Xi Jinping.", "met_with")
    assert not pairs_of("Narendra Modi refused to shake hands with Xi Jinping.", "met_with")
    assert not pairs_of("Narendra Modi sat with Xi Jinping's book.", "met_with")


def test_one_met_in_the_passive_met_the_agent() -> None:
    assert ("Xi_Jinping", "Joe_Biden") in pairs_of("Joe Biden was met by Xi Jinping at the airport.", "met_with")
    assert not pairs_of("The demands were met by Xi Jinping.", "met_with")


def test_the_members_a_body_is_said_to_include_in_a_relative_clause() -> None:
    text = "ASEAN, whose members include Vietnam and the Philippines, met in Jakarta."
    assert {("Vietnam", "ASEAN"), ("Philippines", "ASEAN")} <= pairs_of(text, "member_of")
    assert not pairs_of("Joe Biden, whose allies include Japan, spoke.", "member_of")


def test_a_state_that_sits_on_a_body_is_its_member() -> None:
    text = "Kenya, which sits on the Security Council, voted for the resolution."
    assert ("Kenya", "UN_Security_Council") in pairs_of(text, "member_of")
    assert ("Japan", "UN_Security_Council") in pairs_of("Japan serves on the UN Security Council.", "member_of")
    assert not pairs_of("Japan wants to sit on the UN Security Council.", "member_of")
    assert not pairs_of("Japan does not sit on the UN Security Council.", "member_of")


def test_a_stop_in_a_place_is_a_visit_to_it_not_to_where_one_is_going() -> None:
    text = "Antony Blinken stopped in Qatar on his way to Israel."
    visited = pairs_of(text, "visited")
    assert ("Antony_Blinken", "Qatar") in visited and ("Antony_Blinken", "Israel") not in visited
    assert not pairs_of("Antony Blinken stopped the war in Gaza.", "visited")
    assert not pairs_of("The fighting stopped in Gaza.", "visited")


def test_a_quoted_post_opening_on_met_with_is_its_speakers_meeting() -> None:
    text = 'Subrahmanyam Jaishankar tweeted, "Met with Chinese Foreign Minister Wang Yi in Vientiane today."'
    assert ("Subrahmanyam_Jaishankar", "Wang_Yi") in pairs_of(text, "met_with")
    assert ("Subrahmanyam_Jaishankar", "Laos") in pairs_of(text, "visited")
    # the word outside a quote, or not opening it, is no post
    assert not pairs_of("The Met Office said storms would come.", "met_with")
    text = 'Subrahmanyam Jaishankar wrote: "The Met Office with Wang Yi in charge is new."'
    assert ("Subrahmanyam_Jaishankar", "Wang_Yi") not in pairs_of(text, "met_with")


def test_one_of_a_states_allies_works_with_it() -> None:
    assert ("Japan", "United_States") in pairs_of("Japan is one of America's closest allies.", "cooperates_with")
    text = "Japan, one of America's closest allies, sent aid."
    assert ("Japan", "United_States") in pairs_of(text, "cooperates_with")
    assert not pairs_of("Japan is not one of America's allies.", "cooperates_with")
    assert not pairs_of("One of America's allies sent aid.", "cooperates_with")
