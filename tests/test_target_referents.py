"""A ", which is unacceptable" after a clause that ends on a name judges the clause's acts, not
the name the parser hangs "which" on, on text of our own; an ordinary relative clause about a
name, and one about a common noun, stay as they were."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _found(text: str, holder: str) -> list[tuple[str, str | None, str]]:
    return [(s.relation, s.target_id, s.target_text) for s in statements_of(text) if s.holder_id == holder]


def test_a_which_after_a_clause_judges_its_acts() -> None:
    text = (
        "Peru's foreign minister said that the Chilean navy may try to enter Peru's territorial waters "
        "and seize fishing boats off Peru, which is unacceptable for Peru."
    )
    found = _found(text, "Peru")
    assert any(r == "opposes" and t.startswith("enter Peru") for r, _, t in found), found
    assert any(r == "opposes" and t.startswith("seize fishing boats") for r, _, t in found), found
    assert not any(target_id == "Peru" or t == "Peru" for _, target_id, t in found), found


def test_a_violation_after_a_clause_blames_no_name() -> None:
    text = "Peru's foreign minister said Chile sold warships to Bolivia, which is a flagrant violation of the treaty."
    found = _found(text, "Peru")
    assert not any(target_id == "Bolivia" for _, target_id, _ in found), found


def test_a_common_noun_before_which_is_what_is_judged() -> None:
    text = "Peru's foreign minister said Chile imposed new tariffs, which are unacceptable."
    found = _found(text, "Peru")
    assert any(r == "opposes" and "tariffs" in t for r, _, t in found), found


def test_the_move_stands_for_the_act_told_before() -> None:
    text = "Peru announced it would expel the Bolivian ambassador. Chile condemned the move."
    found = _found(text, "Chile")
    assert ("opposes", "Peru_expel_Bolivian_ambassador", "Peru expel the Bolivian ambassador") in found, found


def test_the_decision_stands_for_what_was_decided() -> None:
    text = "Peru decided to close its border with Bolivia. Chile welcomed the decision."
    found = _found(text, "Chile")
    assert any(r == "supports" and t == "Peru close its border with Bolivia" for r, _, t in found), found


def test_the_move_after_two_acts_names_nothing() -> None:
    text = "Peru closed its border and expelled the ambassador. Chile condemned the move."
    found = _found(text, "Chile")
    assert not any("move" in t or "border" in t or "ambassador" in t for _, _, t in found), found


def test_a_move_that_says_what_it_is_keeps_its_words() -> None:
    text = "Peru expelled the ambassador. Chile condemned the move to close the border."
    found = _found(text, "Chile")
    assert any(r == "opposes" and t == "move to close the border" for r, _, t in found), found
    assert not any("ambassador" in t for _, _, t in found), found


def test_its_in_a_clause_of_a_named_state_is_that_state_s() -> None:
    text = "Peru said Bolivia must put an end to its provocative actions and statements."
    found = _found(text, "Peru")
    assert any(r == "opposes" and t == "Bolivia's provocative actions" for r, _, t in found), found
    assert not any(t == "provocative actions" for _, _, t in found), found


def test_its_after_a_verb_turning_against_it_is_not_the_subject_s() -> None:
    found = _found("Chile opposed its proposal on Monday.", "Chile")
    assert not any("Chile's" in t for _, _, t in found), found


def test_a_decision_set_after_an_act_sums_it_up() -> None:
    text = "Peru expelled the Bolivian ambassador on Monday, a decision that Chile criticized."
    found = _found(text, "Chile")
    assert any(r == "opposes" and t.startswith("Peru expelled the Bolivian ambassador") for r, _, t in found), found
    assert not any("decision" in t for _, _, t in found), found
