"""Round ten's event forms and conditions: a membership told with a future auxiliary is not (yet)
held, a gathering of many sides names no pair that met, chairs of one gathering met, and more.
Behaviour on sentences of our own (the whole reading, with the rules' own confidences)."""

from __future__ import annotations

from conftest import moods_of, pairs_of


def test_a_membership_told_to_come_is_none_yet() -> None:
    assert not pairs_of("Kenya and Ethiopia will join the bloc.", "member_of")
    assert not pairs_of("Officials said Kenya would join the African Union.", "member_of")


def test_a_membership_told_as_done_is_held_and_a_meeting_to_come_is_none() -> None:
    assert ("Kenya", "African_Union") in pairs_of("Officials said Kenya joined the African Union.", "member_of")
    # round thirteen: a meeting told to come is no candidate (events/planned.py), one held is
    assert not moods_of("An aide said Ruto will meet Abiy to discuss the dam.", "met_with")
    moods = moods_of("An aide said Ruto met Abiy to discuss the dam.", "met_with")
    assert moods and set(moods) == {"mood=None"}


def test_a_tie_told_to_come_is_still_one_and_a_deployment_none() -> None:
    assert pairs_of("Kenya and Ethiopia will continue to work together on security.", "cooperates_with")
    # round twenty-three: a sending told with a future auxiliary is none yet (event_screens.py)
    assert ("Kenya", "Somalia") not in pairs_of("Kenya said it would send troops to Somalia.", "deployed_to")


def test_a_gathering_of_many_sides_names_no_pair_that_met() -> None:
    text = "Kenya, Uganda, Tanzania, Rwanda and Burundi met in Arusha on Monday."
    assert not pairs_of(text, "met_with")
    # two or three sides did meet one another
    assert ("Kenya", "Uganda") in pairs_of("Kenya and Uganda met in Arusha on Monday.", "met_with")


def test_forces_sent_from_states_named_after_the_noun_are_theirs() -> None:
    text = "The deployment of troops from Kenya and Uganda to Somalia began in June."
    assert pairs_of(text, "deployed_to") == {("Kenya", "Somalia"), ("Uganda", "Somalia")}
    # forces of a state named by their demonym are that state's, wherever they come from
    text = "The deployment of Russian troops from Belarus to Ukraine began in February."
    assert pairs_of(text, "deployed_to") == {("Russia", "Ukraine")}
    # forces taken out of a place are not sent to it
    assert not pairs_of("The withdrawal of troops from Kenya to Uganda ended.", "deployed_to")


def test_people_who_chair_one_gathering_together_met() -> None:
    pair = ("William_Ruto", "Yoweri_Museveni")
    assert pair in pairs_of("The talks were presided over by William Ruto and Yoweri Museveni.", "met_with")
    assert pair in pairs_of("The summit, co-chaired by William Ruto and Yoweri Museveni, ended on Monday.", "met_with")
    assert pair in pairs_of("William Ruto and Yoweri Museveni co-chaired the talks.", "met_with")


def test_one_chair_separate_bodies_or_a_chair_to_come_name_no_meeting() -> None:
    assert not pairs_of("The summit was hosted by William Ruto.", "met_with")
    assert not pairs_of("William Ruto and Yoweri Museveni chaired separate committees.", "met_with")
    assert not pairs_of("The summit will be co-chaired by William Ruto and Yoweri Museveni.", "met_with")
    assert not pairs_of("The talks were not chaired by William Ruto and Yoweri Museveni.", "met_with")


def test_each_place_of_a_visit_listed_is_visited() -> None:
    pairs = pairs_of("Ruto visited Kampala, Kigali and Dodoma last year.", "visited")
    assert {("William_Ruto", "Uganda"), ("William_Ruto", "Rwanda"), ("William_Ruto", "Tanzania")} <= pairs


def test_a_single_submarine_drone_or_helicopter_sent_is_deployed() -> None:
    assert ("Kenya", "Somalia") in pairs_of("Kenya sent a submarine to Somalia.", "deployed_to")
    assert ("Kenya", "Somalia") in pairs_of("Kenya dispatched a helicopter to Somalia.", "deployed_to")
    # a ship of no named force is no deployment
    assert not pairs_of("China sent a cargo ship to Kenya.", "deployed_to")


def test_a_body_of_which_a_state_is_a_member_has_it_as_member() -> None:
    text = "NATO, of which Kenya and Uganda are members, backed the plan."
    assert {("Kenya", "NATO"), ("Uganda", "NATO")} <= pairs_of(text, "member_of")
    assert not pairs_of("The African Union, of which Kenya is not a member, backed the plan.", "member_of")


def test_signers_who_sign_together_met_but_a_pact_described_by_its_signers_tells_no_meeting() -> None:
    text = "Ruto and Museveni signed a defence pact in Kampala on Tuesday."
    assert ("William_Ruto", "Yoweri_Museveni") in pairs_of(text, "met_with")
    text = "The pact signed by Kenyan President William Ruto and Ugandan President Yoweri Museveni angered Somalia."
    assert not pairs_of(text, "met_with")
    assert ("Kenya", "Uganda") in pairs_of(text, "cooperates_with")  # its parties still work together
