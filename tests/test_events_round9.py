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
