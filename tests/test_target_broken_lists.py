"""Later members of a list of targets that the parser broke off the list (extract/broken_lists.py),
on text of our own: another object of the verb after a comma, a repeated preposition, a gerund
qualifying a noun read as a second verb, and a noun mis-tagged as an adjective."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _texts(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_a_later_object_after_a_comma_is_a_member() -> None:
    text = (
        "Chile called for an immediate cessation of hostilities, unrestricted humanitarian access to deliver aid, "
        "and an inclusive national dialogue to resolve the crisis."
    )
    found = _texts(text, "Chile", "demands")
    assert any(t.startswith("unrestricted humanitarian access") for t in found), found
    assert any(t.startswith("inclusive national dialogue") for t in found), found


def test_a_repeated_preposition_opens_another_member() -> None:
    text = "Chile stressed the need for the upcoming meeting between the two ministers and for the reopening of the embassies."
    found = _texts(text, "Chile", "demands")
    assert "reopening of the embassies" in found, found
    assert "upcoming meeting between the two ministers" in found, found


def test_a_gerund_read_as_a_verb_qualifies_the_member() -> None:
    found = _texts("Chile has pressed for an immediate truce and demining cooperation at the border.", "Chile", "demands")
    assert any("demining cooperation at the border" in t for t in found), found


def test_a_member_mistagged_as_an_adjective_stays_in_the_list() -> None:
    text = (
        "Peru reiterated its categorical rejection of occupation, forced displacement, demographic engineering, "
        "and the expansion of settlements."
    )
    found = _texts(text, "Peru", "rejects")
    assert any("forced displacement" in t for t in found), found
    assert any("expansion of settlements" in t for t in found), found


def test_an_aside_after_the_object_is_no_member() -> None:
    found = _texts("Chile condemned the attack, calling it cowardly.", "Chile", "opposes")
    assert found == ["attack"], found


def test_a_lone_noun_after_a_comma_is_an_aside() -> None:
    text = "Peru recognized the independence of the region, a decision rejected by the government and several countries."
    found = _texts(text, "Peru", "supports")
    assert not any(t.startswith("decision") for t in found), found


def test_members_owned_by_the_inner_object_stay_inside() -> None:
    text = "Peru opposes the imposition of sanctions against the court, its personnel, its judges, or those who assist its work."
    found = _texts(text, "Peru", "opposes")
    assert not any(t.startswith(("personnel", "those")) for t in found), found


def test_a_gerund_member_leaves_out_a_clause_hung_on_it() -> None:
    text = (
        "Chile has pressed for an immediate truce and demining cooperation at the border, while Peru expressed "
        "optimism about the talks."
    )
    found = _texts(text, "Chile", "demands")
    assert any(t.endswith("demining cooperation at the border") for t in found), found


def test_members_owned_as_the_first_one_is_go_on_the_list() -> None:
    text = (
        "Chile reaffirmed Peru's responsibility to the region, its compliance with international law "
        "and its determination to restore good relations with Bolivia."
    )
    found = _texts(text, "Chile", "supports")
    assert any(t.startswith("compliance with international law") for t in found), found
