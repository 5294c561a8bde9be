"""Round thirteen's events: a meeting, visit or membership only planned, foreseen or possible is
none (CONVENTIONS.md), and more. Behaviour on sentences of our own (the whole reading, with the
rules' own confidences)."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto will travel to Ethiopia and hold talks with Abiy Ahmed on Friday.",
        "A diplomatic source said Ruto would meet Abiy Ahmed in Addis Ababa.",
        "Ruto is to meet Abiy Ahmed in Addis Ababa.",
        "Ruto is expected to hold talks with Abiy Ahmed in Nairobi.",
        "Ruto plans to visit Addis Ababa and meet Abiy Ahmed.",
        "Ruto will hold talks with Abiy Ahmed in Nairobi on Friday.",
        "Ruto said he would like to arrange a visit to Ethiopia by Abiy Ahmed as soon as possible.",
    ],
)
def test_a_meeting_or_visit_only_planned_or_possible_is_none(text: str) -> None:
    assert not pairs_of(text, "met_with")
    assert not pairs_of(text, "visited")


@pytest.mark.parametrize(
    "text, relation, pair",
    [
        ("Kenyan President William Ruto travelled to Ethiopia and held talks with Abiy Ahmed on Friday.",
         "met_with", ("William_Ruto", "Abiy_Ahmed")),
        ("Kenyan President William Ruto travelled to Ethiopia and held talks with Abiy Ahmed on Friday.",
         "visited", ("William_Ruto", "Ethiopia")),
        ("A diplomatic source said Ruto met Abiy Ahmed in Addis Ababa.", "met_with", ("William_Ruto", "Abiy_Ahmed")),
        # a permission told as given: he did arrive
        ("Ruto spoke to reporters after he was allowed to arrive in Addis Ababa.", "visited",
         ("William_Ruto", "Ethiopia")),
    ],
)
def test_the_same_meeting_or_visit_told_as_done_is_kept(text: str, relation: str, pair: tuple[str, str]) -> None:
    assert pair in pairs_of(text, relation)


def test_a_membership_only_allowed_or_bid_for_is_none() -> None:
    assert not pairs_of("The plan includes allowing Somaliland to join the African Union.", "member_of")
    text = "Washington has backed Nairobi's bid to become a permanent member of the UN Security Council."
    assert not pairs_of(text, "member_of")
    # a member named as one stays one, and so does a joining told as done
    text = "The plan was agreed between Kenya and the other members of the African Union."
    assert ("Kenya", "African_Union") in pairs_of(text, "member_of")
    assert ("Kenya", "African_Union") in pairs_of("Kenya joined the African Union in 1963.", "member_of")


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi's vote aligned it with Moscow, Minsk and Pyongyang in opposition to the resolution.",
        "Kenya joined Uganda on Monday in opposing the draft resolution at the General Assembly.",
        "Kenya and Uganda voted together against the draft resolution.",
    ],
)
def test_sides_that_vote_or_take_a_stance_alike_have_no_tie(text: str) -> None:
    assert not pairs_of(text, "cooperates_with")


def test_sides_that_act_together_or_ally_still_cooperate() -> None:
    assert ("Kenya", "Uganda") in pairs_of("Kenya joined Uganda in patrolling the lake.", "cooperates_with")
    text = "Kenya signed a defence cooperation agreement with Uganda on Monday."
    assert ("Kenya", "Uganda") in pairs_of(text, "cooperates_with")



def test_a_list_of_members_in_brackets_keeps_its_last_name() -> None:
    text = "The Quad (India, US, Japan, Australia) met in Tokyo on Monday."
    members = {(state, "Quad") for state in ("India", "United_States", "Japan", "Australia")}
    assert members <= pairs_of(text, "member_of")
    # a list of one names no members
    assert not pairs_of("The Quad (India) met in Tokyo on Monday.", "member_of")



def test_a_tie_only_sought_is_none_but_a_readiness_or_a_tie_to_go_on_is_held() -> None:
    text = "The foreign minister said on Monday that Kenya is looking to work with Uganda on tariffs."
    assert not pairs_of(text, "cooperates_with")
    text = "The foreign minister said on Monday that Kenya is ready to work with Uganda on tariffs."
    assert ("Kenya", "Uganda") in pairs_of(text, "cooperates_with")
    assert pairs_of("Kenya and Uganda will continue to work together on security.", "cooperates_with")
