"""Visits told by a meeting noun "between" people that names its own place: behaviour on
sentences of our own."""

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
