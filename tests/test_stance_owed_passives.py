"""Demands read from what a speaker says must or should be done to something, put in the passive
(extract/stances/owed_passives.py); on sentences of our own."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import statements_of
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def _owed(text: str) -> list:
    return [s for s in statements_of(text) if s.rule == "owed_passive"]


def test_what_must_be_done_to_something_is_the_speakers_demand() -> None:
    found = _found("“All political prisoners must be released,” the Chilean president said.")
    assert _has(found, "Chile", "demands", "prisoners", "released")
    found = _found(
        "Chile's president said the border conflict must be stopped and the situation must be defused peacefully."
    )
    assert _has(found, "Chile", "demands", "conflict", "stopped")
    assert _has(found, "Chile", "demands", "situation", "defused")


def test_a_semi_modal_over_a_passive_is_a_demand_too() -> None:
    found = _found("Chile said those involved in the killings need to be punished.")
    assert _has(found, "Chile", "demands", "killings", "punished")


def test_a_demand_stops_at_a_clause_of_reason() -> None:
    found = _found(
        "“The journalists must be released at once, as they are detained for their work,” Chile's minister said."
    )
    assert _has(found, "Chile", "demands", "journalists", "released")
    assert not any("detained" in t for h, r, t in found if r == "demands")


@pytest.mark.parametrize(
    "text",
    [
        "The bill must now be debated in the Senate.",  # the report's own voice
        "“It should be recalled that Peru signed the treaty,” the Chilean minister said.",  # a pronoun
        "“Hospitals must never be targeted,” the Chilean minister said.",  # negated
        "“Peru should be allowed to take part in the talks,” the Chilean minister said.",  # an allowance
        "“Should the border be closed?” the Chilean minister asked.",  # a question
        "“The talks should have been held in Lima,” the Chilean minister said.",  # a past obligation
        "“If the treaty must be revised, we will say so,” the Chilean minister said.",  # a condition
        "“Chile must be prepared for anything,” the Chilean minister said.",  # the speaker's own side
    ],
)
def test_what_asks_nothing_of_anyone_is_no_owed_passive(text: str) -> None:
    assert _owed(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "“It is a concept that needs to be shared by every state,” the Chilean minister said.",  # a relative clause
        "“The seats still have to be determined,” the Chilean minister said.",  # a step still to come
        "“Border security should be discussed at the summit,” the Chilean minister said.",  # talk
        "“No business shall be transacted until then,” the Chilean minister said.",  # no subject asked
        "“Relations with Peru must be enhanced,” the Chilean minister said.",  # the side's own ties
    ],
)
def test_descriptions_and_steps_of_a_process_are_no_owed_passive(text: str) -> None:
    assert _owed(text) == [], text
