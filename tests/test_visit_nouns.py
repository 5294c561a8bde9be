"""Visits told by nouns: a meeting "between" people that names its own place
(meeting_places.py), "their visit" (joint_visits.py), a visit "conducted" (made_verbs):
behaviour on sentences of our own."""

from __future__ import annotations

from conftest import pairs_of

_MEETING = (
    "The pledge came {when} a meeting in Riyadh between Saudi Foreign Minister Faisal bin Farhan "
    "and US Secretary of State Antony Blinken."
)


def test_a_meeting_between_two_people_in_a_place_is_a_visit_by_the_one_abroad() -> None:
    text = _MEETING.format(when="during")
    visits = pairs_of(text, "visited")
    assert ("Antony_Blinken", "Saudi_Arabia") in visits
    assert not any(holder == "Faisal_bin_Farhan" for holder, _ in visits)  # at home in Riyadh
    assert ("Faisal_bin_Farhan", "Antony_Blinken") in pairs_of(text, "met_with")


def test_the_place_after_the_sides_is_read_too() -> None:
    text = (
        "A joint statement was issued after talks between Kenyan President William Ruto and "
        "Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday."
    )
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")


def test_a_meeting_still_to_come_is_no_visit() -> None:
    assert not pairs_of(_MEETING.format(when="ahead of"), "visited")
    text = (
        "Blinken spoke of the planned meeting in Riyadh between Saudi Foreign Minister Faisal bin "
        "Farhan and US Secretary of State Antony Blinken."
    )
    assert not pairs_of(text, "visited")


def test_their_visit_is_made_by_the_two_people_of_the_subject() -> None:
    text = "French President Emmanuel Macron and German Chancellor Olaf Scholz pledged aid during their visit to Kyiv."
    visits = pairs_of(text, "visited")
    assert ("Emmanuel_Macron", "Ukraine") in visits
    assert ("Olaf_Scholz", "Ukraine") in visits


def test_their_visit_still_to_come_is_none() -> None:
    text = "French President Emmanuel Macron and German Chancellor Olaf Scholz discussed their planned visit to Kyiv."
    assert not pairs_of(text, "visited")
    text = "French President Emmanuel Macron and German Chancellor Olaf Scholz will pledge aid during their visit to Kyiv."
    assert not pairs_of(text, "visited")


def test_a_visit_conducted_is_made() -> None:
    text = "Kenyan President William Ruto and Ugandan President Yoweri Museveni conducted a joint visit to Rwanda."
    visits = pairs_of(text, "visited")
    assert ("William_Ruto", "Rwanda") in visits
    assert ("Yoweri_Museveni", "Rwanda") in visits
