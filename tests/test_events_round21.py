"""Round twenty-one's events, read with the sentences around them: a speaker told by "she" who
speaks in or from a place abroad, "the event" whose place was told before, and a pair told as
"they" or "the two ministers" who met abroad. Behaviour on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model

_NAMED = "Kenya's Foreign Minister Jane Okafor said on Monday that the talks had gone well. "


@pytest.mark.parametrize(
    "text",
    [
        _NAMED + "Speaking to reporters in Kampala, she said the deal was close.",
        _NAMED + "Speaking from Kampala, she said the deal was close.",
        _NAMED + "Speaking from Kampala, Okafor said the deal was close.",
    ],
)
def test_a_speaker_told_by_a_pronoun_who_speaks_abroad_visited_the_place(text: str) -> None:
    assert ("Jane_Okafor", "Uganda") in pairs_of(text, "visited")


@pytest.mark.parametrize(
    "text",
    [
        _NAMED + "Speaking from Nairobi, she said the deal was close.",
        _NAMED + "Speaking to reporters in Kampala next week, she will say the deal is close.",
    ],
)
def test_speaking_at_home_or_still_to_come_is_no_visit(text: str) -> None:
    assert pairs_of(text, "visited") == set()


@pytest.mark.parametrize(
    "second",
    [
        "Kenyan President Jane Okafor said she backed the plan, speaking at the event.",
        '"We back the plan," said Kenyan President Jane Okafor, speaking at the event.',
    ],
)
def test_the_event_told_of_before_is_where_its_speaker_was(second: str) -> None:
    text = "The African Union held its annual summit in Accra on Monday. " + second
    assert ("Jane_Okafor", "Ghana") in pairs_of(text, "visited")


def test_an_event_of_no_place_told_is_no_visit() -> None:
    text = "Kenyan President Jane Okafor said she backed the plan, speaking at the event."
    assert pairs_of(text, "visited") == set()


_MET = "Kenyan Foreign Minister Jane Okafor met Ugandan Foreign Minister John Mwangi on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        _MET + "They met again in Cairo on Tuesday.",
        _MET + "The two ministers met again in Cairo on Tuesday.",
        "Kenyan Foreign Minister Jane Okafor and her Ugandan counterpart, John Mwangi, signed the accord "
        "on Wednesday as they met in Cairo.",
    ],
)
def test_a_pair_told_as_they_who_met_abroad_visited_the_place(text: str) -> None:
    assert {("Jane_Okafor", "Egypt"), ("John_Mwangi", "Egypt")} <= pairs_of(text, "visited")


def test_a_pair_meeting_at_home_of_one_is_a_visit_of_the_other_only() -> None:
    visits = pairs_of(_MET + "They met again in Kampala on Tuesday.", "visited")
    assert ("John_Mwangi", "Uganda") not in visits
    assert ("Jane_Okafor", "Uganda") in visits


@pytest.mark.parametrize(
    "text",
    [
        _MET + "They will meet again in Cairo next week.",
        "Jane Okafor spoke on Monday. They met in Cairo on Tuesday.",
    ],
)
def test_a_meeting_still_to_come_or_no_pair_named_is_no_visit(text: str) -> None:
    assert pairs_of(text, "visited") == set()
