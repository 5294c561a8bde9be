"""Round twenty's target phrases, on text of our own: a quoted verb's object the parser took
for an apposition, and a date between a noun and the infinitive that says what it is."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _texts(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_a_quoted_verb_keeps_its_object() -> None:
    # the parser hangs "the development" on "welcomed", as a second object
    found = _texts("Chile welcomed Peru’s decision to “fast-track” the development of lithium mines.",
                   "Chile", "supports")
    assert any("decision" in t and "development of lithium mines" in t for t in found), found


def test_an_unquoted_second_object_stays_apart() -> None:
    found = _texts("Chile welcomed Peru’s decision to act, the development of lithium mines.", "Chile", "supports")
    assert all("act the development" not in t and "act, the development" not in t for t in found), found


def test_a_date_between_a_decision_and_its_infinitive() -> None:
    found = _texts("Chile welcomed the Peruvian decision last March to send a delegation to the fisheries talks.",
                   "Chile", "supports")
    assert any("decision" in t and "send a delegation" in t for t in found), found


def test_a_date_alone_after_a_decision_adds_nothing() -> None:
    found = _texts("Chile welcomed the Peruvian decision last March.", "Chile", "supports")
    assert all("March" not in t for t in found), found


def test_a_complement_after_a_closing_quotation_mark() -> None:
    found = _texts("Chile and Peru agreed to “encourage financing” for the expansion of the port.", "Chile", "supports")
    assert any("financing for the expansion of the port" in t for t in found), found


def test_a_closed_quotation_before_the_noun_is_no_reason_to_read_on() -> None:
    found = _texts("Chile, which called it “fair”, welcomed the financing on Monday.", "Chile", "supports")
    assert found == ["financing"], found


def test_a_named_body_is_blamed_not_its_owner() -> None:
    found = [(s.relation, s.target_text) for s in statements_of(
        "In the letter, Rabbi Cohen accused Netanyahu’s Likud party of breaking its promise to pass the bill.")
        if s.holder_id == "Rabbi_Cohen"]
    assert ("criticizes", "Benjamin Netanyahu") not in found, found
    assert any("Likud" in t for _, t in found), found


def test_an_owned_deed_still_blames_its_owner() -> None:
    found = _texts("Ukraine condemned Russia’s missile attacks on Kyiv.", "Ukraine", "criticizes")
    assert "Russia" in found, found
