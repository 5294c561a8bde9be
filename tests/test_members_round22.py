"""Memberships told by a party office a person's title gives and by chairing a body (round
twenty-two). Sentences of our own."""

from __future__ import annotations

from conftest import pairs_of

from statgraph.extract.events.office_parties import party_of_office

_LEAD = "Politics today\n\nThe day began. "  # a first line is a headline: the sentence is the body's


def _members(text: str) -> set[tuple[str, str]]:
    return pairs_of(_LEAD + text, "member_of")


def test_a_party_office_makes_its_holder_a_member() -> None:
    assert party_of_office("leader of the Unity Party").label == "Unity Party"
    assert party_of_office("chairman of the Social Democratic Party").label == "Social Democratic Party"
    assert party_of_office("senior lawmaker and leader of the Moderate Unity party").label == "Moderate Unity party"


def test_a_former_office_or_a_body_that_is_no_party_makes_none() -> None:
    assert party_of_office("former leader of the Unity Party") is None
    assert party_of_office("former president of the Unity Party") is None
    assert party_of_office("Secretary General of NATO") is None
    assert party_of_office("President of Kenya") is None
    assert party_of_office("leader of the opposition") is None


def test_the_holder_of_a_party_office_in_apposition_is_its_member() -> None:
    text = ("Critics, including prominent rival Tom Reeve, former president of parliament and leader of the Unity "
            "party, dismissed it.")
    assert ("Tom_Reeve", "Unity_party") in _members(text)


def test_a_former_party_office_in_apposition_makes_no_member() -> None:
    text = "Tom Reeve, a former leader of the Unity Party, rejected the budget."
    assert not {m for m in _members(text) if m[0] == "Tom_Reeve"}


def test_a_state_in_apposition_to_a_bodys_chair_is_its_member() -> None:
    text = "Jane Doe met King Tom Reeve in Ghana, the current chair of the African Union, on Wednesday."
    assert ("Ghana", "African_Union") in _members(text)


def test_a_chair_of_a_meeting_or_a_person_chairing_makes_no_member() -> None:
    assert not _members("Jane Doe met Tom Reeve in Ghana, the chair of the meeting, on Monday.")


def test_a_state_assuming_the_chair_of_a_body_the_gazetteer_does_not_know() -> None:
    text = "Ghana assumed the Chair of the Coastal States Forum in May."
    assert ("Ghana", "Coastal_States_Forum") in _members(text)


def test_a_body_named_before_the_dash_of_its_relative_clause_includes_its_members() -> None:
    text = ("The planned pact between Japan and the states in the SCO — the Shanghai Cooperation Organisation — "
            "which includes China, India and Pakistan has stalled.")
    assert {("China", "SCO"), ("India", "SCO"), ("Pakistan", "SCO")} <= _members(text)


def test_a_state_before_a_relative_clause_includes_no_member() -> None:
    assert not _members("Talks with Brazil, which includes the Amazon basin, began.")


def test_members_of_the_block_are_members_of_the_bloc_named_before() -> None:
    text = ("Kenya asked the East African Community for help, but two members of the block, Uganda and Rwanda, "
            "signed a pact with the rebels.")
    assert {("Uganda", "East_African_Community"), ("Rwanda", "East_African_Community")} <= _members(text)


def test_a_party_name_inside_a_longer_one_or_a_past_office_makes_no_member() -> None:
    assert party_of_office("leader of the Citizens Party", "the Democracy for the Citizens Party leader spoke") is None
    assert party_of_office("chairman of the Unity Party", "the People's Unity Party chairman spoke") is None
    assert party_of_office("immediate-past chairman of the Unity Party") is None
    assert party_of_office("leader of the Unity Party", "the leader of the Unity Party spoke").label == "Unity Party"


def test_a_person_chairing_a_states_council_makes_the_state_no_member() -> None:
    text = "Ghana's Sovereign Council Chairman Tom Reeve spoke with Jane Doe on Monday."
    assert not {m for m in _members(text) if m[0] == "Ghana"}


def test_a_past_title_the_noted_office_leaves_out_makes_no_member() -> None:
    text = "Among them is the immediate-past national chairman of the Unity Party (UP), Tom Reeve, who spoke."
    assert not {m for m in _members(text) if m[0] == "Tom_Reeve"}
