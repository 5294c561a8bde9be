"""Round nine's event forms: events told at a time still ahead, forces in a mission's place,
forces that serve or fight somewhere, and armour that moves into a place. Behaviour on sentences
of our own (the whole reading, with the rules' own confidences)."""

from __future__ import annotations

from conftest import pairs_of


def test_a_visit_or_meeting_told_for_next_week_is_none_yet() -> None:
    assert not pairs_of("The Kenyan president visits Addis Ababa next week.", "visited")
    assert not pairs_of("Ruto meets Abiy in Addis Ababa next month.", "met_with")
    assert not pairs_of("The two presidents, Ruto and Museveni, meet tomorrow in Nairobi.", "met_with")
    assert not pairs_of("Ruto's talks with Abiy later this month will focus on trade.", "met_with")
    assert not pairs_of("Ruto travels to Addis Ababa next week for talks with Abiy.", "met_with")


def test_a_membership_or_deployment_in_the_coming_months_is_none_yet() -> None:
    assert not pairs_of("Kenya joins the bloc in the coming months.", "member_of")
    assert not pairs_of("Kenya sends troops to Somalia next year.", "deployed_to")


def test_a_time_gone_by_or_a_plain_day_leaves_the_event_told() -> None:
    assert ("William_Ruto", "Ethiopia") in pairs_of("Ruto visited Addis Ababa last week.", "visited")
    assert ("William_Ruto", "Abiy_Ahmed") in pairs_of("Ruto met Abiy in Addis Ababa on Monday.", "met_with")
    # a time ahead in the sentence's other clause leaves the meeting already held
    text = "Ruto, who met Abiy last week, travels to Kampala next month."
    assert ("William_Ruto", "Abiy_Ahmed") in pairs_of(text, "met_with")
    assert not pairs_of(text, "visited")


def test_forces_sent_to_a_mission_are_deployed_in_its_place() -> None:
    assert ("Kenya", "Somalia") in pairs_of("Kenya contributed troops to the African Union mission in Somalia.", "deployed_to")
    assert ("Chad", "Mali") in pairs_of("Chad deployed 1,000 soldiers to the UN peacekeeping operation in Mali.", "deployed_to")
    # no forces, no deployment
    assert not pairs_of("Kenya contributed money to the fund in Geneva.", "deployed_to")
    assert not pairs_of("Kenya committed to supporting Somalia.", "deployed_to")


def test_forces_serving_in_a_place_or_armour_moving_into_it_are_deployed_there() -> None:
    assert ("Kenya", "Somalia") in pairs_of("Kenyan soldiers serving in Somalia were killed in an ambush.", "deployed_to")
    assert ("Kenya", "Haiti") in pairs_of("Kenyan police landed in Port-au-Prince on Tuesday.", "deployed_to")
    assert ("Russia", "Kharkiv") in pairs_of("Russian tanks rolled into Kharkiv.", "deployed_to")
    # a think tank is no armour; a person landing visits
    assert not pairs_of("American think tanks in Washington criticized the plan.", "deployed_to")
    assert not pairs_of("Kenyan diplomats landed in Port-au-Prince on Tuesday.", "deployed_to")


def test_a_delegation_received_was_met_by_its_host_and_visited_the_host() -> None:
    text = "Egypt received a Hamas delegation in Cairo on Monday."
    assert ("Egypt", "Hamas") in pairs_of(text, "met_with")
    assert ("Hamas", "Egypt") in pairs_of(text, "visited")
    assert ("Qatar", "Hamas") in pairs_of("Qatar hosted a delegation from Hamas on Monday.", "met_with")
    assert ("Hamas", "Egypt") in pairs_of("A delegation from Hamas arrived in Cairo on Monday.", "visited")


def test_a_delegation_not_received_or_only_to_come_is_no_meeting() -> None:
    assert not pairs_of("Egypt did not receive the Hamas delegation.", "met_with")
    assert not pairs_of("Egypt will receive a Hamas delegation next week.", "met_with")
    assert not pairs_of("Egypt will receive a Hamas delegation next week.", "visited")


def test_subjects_named_by_demonyms_of_two_words_act_jointly() -> None:
    text = "American and South Korean troops began joint drills on Monday."
    assert ("United_States", "South_Korea") in pairs_of(text, "cooperates_with")
    text = "The United States and South Korean officials have started the joint military exercise."
    assert ("United_States", "South_Korea") in pairs_of(text, "cooperates_with")
    # one side alone does nothing jointly with itself
    assert not pairs_of("South Korean troops began joint drills on Monday.", "cooperates_with")


def test_a_state_that_joined_in_a_gerund_of_time_is_a_member() -> None:
    assert ("Finland", "NATO") in pairs_of("Since joining NATO in 2023, Finland has doubled its spending.", "member_of")
    assert ("Iran", "BRICS") in pairs_of("After joining BRICS, Iran expanded its trade with China.", "member_of")
    # before joining, it may still be to come
    assert not pairs_of("Before joining NATO, Finland must ratify the treaty.", "member_of")


def test_a_state_among_the_members_is_one() -> None:
    assert ("Kenya", "UN_Security_Council") in pairs_of("Kenya is among the 15 members of the Security Council.", "member_of")
    assert not pairs_of("Kenya is not among the members of the Security Council.", "member_of")
    assert not pairs_of("Kenya hopes to be among the members of the Security Council.", "member_of")
    assert not pairs_of("If Kenya were among the members of the Security Council, it would veto.", "member_of")


def test_a_named_guard_acting_in_a_place_is_deployed_there() -> None:
    text = "The China Coast Guard blocked Philippine fishing boats in the South China Sea on Sunday."
    assert any(place == "South_China_Sea" for _, place in pairs_of(text, "deployed_to"))
    # a guard at a building abroad is no force
    assert not pairs_of("The guard at the embassy in Paris refused entry.", "deployed_to")


def test_one_in_a_place_for_talks_with_a_partner_met_them() -> None:
    assert ("Antony_Blinken", "Wang_Yi") in pairs_of("Blinken was in Beijing for talks with Wang Yi.", "met_with")
    # being for talks backs them; none was held
    assert not pairs_of("Blinken is for talks with Wang Yi.", "met_with")


def test_the_states_listed_in_a_named_bloc_are_its_members() -> None:
    text = "The ASEAN bloc, including Vietnam and the Philippines, issued a statement on the sea."
    assert {("Vietnam", "ASEAN"), ("Philippines", "ASEAN")} <= pairs_of(text, "member_of")
    assert not pairs_of(text, "cooperates_with")
    # a coalition with no name of its own: those listed work together
    text = "A coalition of more than 80 countries including the United States and Japan pushed for the deal."
    assert not pairs_of(text, "member_of")


def test_a_state_in_apposition_to_a_chair_belongs_to_the_body() -> None:
    assert ("Laos", "ASEAN") in pairs_of("Laos, the current chair of ASEAN, hosted the meeting.", "member_of")


def test_allies_in_a_body_need_not_share_it_with_their_owner() -> None:
    assert not pairs_of("Ukraine's allies in NATO promised more arms.", "member_of")
    assert ("Germany", "NATO") in pairs_of("Germany's NATO allies promised more arms.", "member_of")


def test_an_offensive_launched_in_a_place_is_a_deployment_there() -> None:
    assert ("Israel", "Gaza") in pairs_of("Israel launched a ground offensive in Gaza.", "deployed_to")
    assert not pairs_of("Israel threatened to launch a ground offensive in Gaza.", "deployed_to")
    assert not pairs_of("Israel is considering a ground offensive in Gaza.", "deployed_to")


def test_the_presence_of_forces_in_a_place_is_their_owners_deployment() -> None:
    text = "The presence of Russian troops in Transnistria worries Moldova."
    assert ("Russia", "Transnistria") in pairs_of(text, "deployed_to")
    assert not pairs_of("The presence of Chinese companies in Africa worries Washington.", "deployed_to")
    assert not pairs_of("A possible presence of Russian troops in Transnistria worries Moldova.", "deployed_to")


def test_a_member_of_two_bodies_belongs_to_each() -> None:
    text = "Hungary, which is a member of both NATO and the EU, blocked the aid."
    assert {("Hungary", "NATO"), ("Hungary", "European_Union")} <= pairs_of(text, "member_of")
    # a state coordinated after the body is no body
    assert pairs_of("Hungary is a member of NATO and a friend of China.", "member_of") == {("Hungary", "NATO")}
