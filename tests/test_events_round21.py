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


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Jane Okafor made the announcement from Cairo, where she is attending a summit.",
        "Kenyan President Jane Okafor gave a speech in Cairo on Monday.",
        "Kenyan President Jane Okafor said on Monday that no progress was made. "
        "She told a news briefing after attending the summits in Egypt that the talks were hard.",
    ],
)
def test_a_speech_made_or_a_summit_attended_abroad_is_a_visit(text: str) -> None:
    assert ("Jane_Okafor", "Egypt") in pairs_of(text, "visited")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Jane Okafor made the announcement from Nairobi.",
        "Kenyan President Jane Okafor made a mistake in Cairo.",
        "Kenyan President Jane Okafor will give a speech in Cairo on Monday.",
    ],
)
def test_a_speech_at_home_no_speech_or_one_to_come_is_no_visit(text: str) -> None:
    assert pairs_of(text, "visited") == set()


_TALKS = "Kenya and Uganda resume peace talks in Cairo.\n\n"


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (_TALKS + "The Ugandan delegation arrived on Saturday.", "Uganda"),
        ("The African Union summit was held in Cairo on Monday. Kenyan President Jane Okafor arrived in the morning.",
         "Jane_Okafor"),
    ],
)
def test_an_arrival_with_no_place_is_at_the_gathering_told_before(text: str, visitor: str) -> None:
    assert (visitor, "Egypt") in pairs_of(text, "visited")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Jane Okafor arrived on Saturday.",
        "The African Union summit was held in Cairo on Monday. Kenyan President Jane Okafor arrived back home on Tuesday.",
        "The African Union summit was held in Cairo on Monday. Egyptian President Omar Hassan arrived in the morning.",
        "The African Union summit was held in Cairo on Monday. Kenyan President Jane Okafor arrived in Nairobi on Tuesday.",
    ],
)
def test_an_arrival_with_no_gathering_home_or_elsewhere_is_no_visit_there(text: str) -> None:
    assert all(place != "Egypt" for _, place in pairs_of(text, "visited"))

