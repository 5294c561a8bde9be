"""Lists of targets as a reader reads them, on text of our own: each distinct issue of a list
is its own target, issues sharing their words are one, and list members the parser hung
elsewhere (on the verb, as an apposition) are still members, and so is a place the parser hung
on the verb right after the object ("the truce in Sudan")."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _targets(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_each_issue_with_its_own_words_is_its_own_target() -> None:
    text = "Chile opposes the closure of the border crossings and the expulsion of Peruvian traders."
    found = _targets(text, "Chile", "opposes")
    assert any(t.startswith("closure of the border crossings") and "expulsion" not in t for t in found), found
    assert any(t.startswith("expulsion of Peruvian traders") for t in found), found


def test_a_last_member_hung_on_the_verb_is_still_listed() -> None:
    text = (
        "Chile's envoy criticized the imposition of tariffs and quotas on Peru by some countries, "
        "and the seizure of its ships and the politicization of the trade issues."
    )
    found = _targets(text, "Chile", "opposes") + _targets(text, "Chile", "criticizes")
    assert any(t.startswith("imposition of tariffs and quotas") for t in found), found
    assert any(t.startswith("seizure of its ships") for t in found), found
    assert any(t.startswith("politicization of the trade issues") for t in found), found


def test_a_middle_member_read_as_an_apposition_is_still_listed() -> None:
    text = (
        "Chile said: We are united in our commitment to the Lima Accord, the principles of free trade, "
        "and the vital regional partnership."
    )
    found = " | ".join(_targets(text, "Chile", "supports"))
    assert "principles of free trade" in found, found
    assert "vital regional partnership" in found, found


def test_an_apposition_naming_a_person_is_no_list_member() -> None:
    text = "Chile condemned the arrest of Juan Pérez, the opposition leader, and the ban on his party."
    found = _targets(text, "Chile", "opposes")
    assert not any(t.startswith("opposition leader") for t in found), found


def test_a_clause_of_its_own_after_and_is_no_list_member() -> None:
    text = "Chile condemned the raids on the ports, and the government recalled its ambassador."
    found = _targets(text, "Chile", "opposes")
    assert not any("government" in t for t in found), found


def test_the_passage_of_each_listed_issue_is_exact() -> None:
    text = "Chile opposes the closure of the border crossings and the expulsion of Peruvian traders."
    found = [s for s in statements_of(text) if s.relation == "opposes"]
    assert len(found) >= 2
    assert all(text[s.start : s.end] == s.evidence for s in found)


def test_a_place_hung_on_the_verb_after_the_object_stays_with_the_object() -> None:
    text = "Chile welcomed the truce in Sudan."
    assert _targets(text, "Chile", "supports") == ["truce in Sudan"]


def test_a_place_after_a_list_qualifies_the_whole_list() -> None:
    text = "Chile said it supports peace and stability across the Taiwan Strait."
    found = _targets(text, "Chile", "supports")
    assert "peace and stability across the Taiwan Strait" in found, found


def test_a_phrase_after_the_object_that_names_no_place_is_left_out() -> None:
    text = "Chile welcomed the truce on Monday."
    assert _targets(text, "Chile", "supports") == ["truce"]
