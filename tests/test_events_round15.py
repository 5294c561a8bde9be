"""Round fifteen's events: meeting partners known by their role in the meeting, a party told by
its possessive, visits told after or from a visit noun, and an event left undone ("failed to
meet"). Behaviour on sentences of our own (the whole reading, with the rules' own confidences)."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, pair",
    [
        # a ruler's title before a name the tagger gives no label
        ("William Ruto met Sultan Hassanal Bolkiah in Brunei.", ("William_Ruto", "Hassanal_Bolkiah")),
        # the person an office met, named at the end of the office's phrase
        ("William Ruto met with speaker of the Ethiopian parliament Tagesse Chafo on Tuesday.",
         ("William_Ruto", "Tagesse_Chafo")),
        ("William Ruto met with the speaker of the Ethiopian parliament, Tagesse Chafo, on Tuesday.",
         ("William_Ruto", "Tagesse_Chafo")),
    ],
)
def test_a_meeting_partner_known_by_the_meeting(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "William Ruto will meet Sultan Hassanal Bolkiah in Brunei.",
        "William Ruto failed to meet Sultan Hassanal Bolkiah in Brunei.",
        "William Ruto met with the wife of President Tagesse Chafo on Tuesday.",
    ],
)
def test_no_meeting_with_a_titled_name_planned_failed_or_someone_elses(text: str) -> None:
    found = pairs_of(text, "met_with")
    assert ("William_Ruto", "Hassanal_Bolkiah") not in found
    assert ("William_Ruto", "Tagesse_Chafo") not in found


@pytest.mark.parametrize(
    "text",
    [
        "William Ruto failed to meet Abiy Ahmed in Addis Ababa.",
        "William Ruto failed to visit Ethiopia.",
        "Ethiopia failed to join the African Union.",
    ],
)
def test_an_event_left_undone_is_none(text: str) -> None:
    assert not pairs_of(text, "met_with")
    assert not pairs_of(text, "visited")
    assert not pairs_of(text, "member_of")


def test_an_event_managed_is_kept() -> None:
    text = "William Ruto managed to meet Abiy Ahmed in Addis Ababa."
    assert ("William_Ruto", "Abiy_Ahmed") in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text, party",
    [
        ("Critics accused Jane Okafor's Freedom Union (FU) party of breaking its promise.", "Freedom_Union_FU_party"),
        ("Critics accused Jane Okafor's opposition Freedom Union (FU) party of breaking its promise.",
         "Freedom_Union_FU_party"),
        ("The Freedom Union Party's Jane Okafor criticised the budget.", "Freedom_Union_Party"),
        ("The Freedom Union Party's candidate, Jane Okafor, criticised the budget.", "Freedom_Union_Party"),
    ],
)
def test_a_party_told_by_a_possessive(text: str, party: str) -> None:
    assert ("Jane_Okafor", party) in pairs_of(text, "member_of")


@pytest.mark.parametrize(
    "text",
    [
        "The Freedom Union Party's former MP Jane Okafor criticised the budget.",
        "Jane Okafor criticised the Freedom Union Party's budget.",
        "The Freedom Union Party's leader criticised the budget.",
    ],
)
def test_no_party_membership_past_or_of_a_thing(text: str) -> None:
    assert not pairs_of(text, "member_of")


@pytest.mark.parametrize(
    "text",
    [
        "Ruto said before returning from an official visit to Ethiopia that ties were strong.",
        "Speaking after a four-day visit to Ethiopia, Ruto said ties were strong.",
        "The visit follows a trip by Ruto to Ethiopia last month.",
    ],
)
def test_a_visit_told_after_or_from_its_noun(text: str) -> None:
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")


@pytest.mark.parametrize(
    "text",
    [
        # another's visit, a visit still to come, a noun no one's act is told after, one's own country
        "Ruto spoke after a visit to Ethiopia by Abiy Ahmed.",
        "Ruto will speak after a visit to Ethiopia.",
        "The talks after a visit to Ethiopia were tense.",
        "Ruto spoke after the visit of Abiy Ahmed to Ethiopia.",
    ],
)
def test_no_visit_of_the_speaker_nor_home(text: str) -> None:
    found = pairs_of(text, "visited")
    assert ("William_Ruto", "Ethiopia") not in found
    assert ("Abiy_Ahmed", "Ethiopia") not in found


@pytest.mark.parametrize(
    "text, pair",
    [
        ("William Ruto and Abiy Ahmed spoke on Monday. They held talks on trade.", ("William_Ruto", "Abiy_Ahmed")),
        ("Kenya and Ethiopia signed a trade pact on Monday. They met again in Nairobi.", ("Kenya", "Ethiopia")),
    ],
)
def test_they_who_met_are_the_sides_named_together_before(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "William Ruto and Abiy Ahmed spoke on Monday. They will meet in Nairobi.",
        "William Ruto and Abiy Ahmed spoke on Monday. They did not meet.",
        # sides of different kinds, or one side alone, make no pair
        "William Ruto and Kenya spoke on Monday. They met in Nairobi.",
        "William Ruto spoke on Monday. They met in Nairobi.",
    ],
)
def test_no_meeting_of_they_planned_denied_or_unpaired(text: str) -> None:
    assert not pairs_of(text, "met_with")
