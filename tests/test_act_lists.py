"""Lists of acts asked for, as a reader reads them, on text of our own: "urged X to do A, do B
and not do C" asks three things, also where the parser hung the later acts on the first act or
on the asking verb instead of coordinating them; a purpose after a comma is no list member."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _targets(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_acts_hung_on_the_asking_verb_are_each_asked() -> None:
    text = (
        "Chile's foreign ministry demanded Peru to fully respect Chile's rights over the Atacama coast, "
        "quickly investigate the shooting and publish the results to the Chilean side, and not repeat such raids."
    )
    found = _targets(text, "Chile", "demands")
    assert any("respect Chile's rights over the Atacama coast" in t for t in found), found
    assert any("investigate the shooting" in t and "respect" not in t for t in found), found
    assert any("publish the results" in t for t in found), found
    assert any(t.endswith("not repeat such raids") for t in found), found


def test_an_act_hung_on_the_first_act_ends_it() -> None:
    text = (
        "Chile called on Peru to immediately halt its incursions, pull its vessels back from the disputed waters "
        "and to fully comply with its obligations under the treaty."
    )
    found = _targets(text, "Chile", "demands")
    assert any(t.endswith("immediately halt its incursions") for t in found), found
    assert any("pull its vessels back from the disputed waters" in t and "halt" not in t for t in found), found
    assert any("comply with its obligations under the treaty" in t for t in found), found


def test_infinitives_listed_after_a_comma_are_each_asked() -> None:
    text = "Chile urged Peru to lift the fishing ban, to release the detained crews and to reopen the ports."
    found = _targets(text, "Chile", "demands")
    assert any(t.endswith("lift the fishing ban") for t in found), found
    assert any(t.endswith("release the detained crews") for t in found), found
    assert any(t.endswith("reopen the ports") for t in found), found


def test_a_purpose_after_a_comma_is_no_list_member() -> None:
    text = "Chile urged Peru to lift the fishing ban, to reach a lasting settlement of the dispute."
    found = _targets(text, "Chile", "demands")
    assert any(t.endswith("lift the fishing ban") for t in found), found
    assert not any(t.endswith("reach a lasting settlement of the dispute") for t in found), found


def test_a_clause_with_its_own_subject_is_no_list_member() -> None:
    text = "Chile urged Peru to lift the fishing ban, as the fishermen demand fair access."
    found = _targets(text, "Chile", "demands")
    assert not any(t.endswith("demand fair access") for t in found), found


def test_each_listed_act_keeps_the_passage_offsets() -> None:
    text = "Chile urged Peru to lift the fishing ban, to release the detained crews and to reopen the ports."
    found = [s for s in statements_of(text) if s.relation == "demands"]
    assert len(found) >= 3
    assert all(text[s.start : s.end] == s.evidence for s in found)


def test_a_list_of_nouns_inside_an_asked_act_stays_whole() -> None:
    text = "Chile urged Peru to withdraw its patrol boats from the bays of Arica and Iquique and to reopen the ports."
    found = _targets(text, "Chile", "demands")
    assert any(t.endswith("withdraw its patrol boats from the bays of Arica and Iquique") for t in found), found
    assert any(t.endswith("reopen the ports") and "withdraw" not in t for t in found), found


def test_each_act_of_a_stressed_need_or_importance_is_its_own_target() -> None:
    text = (
        "Chile stressed the importance of strengthening the regional fisheries regime, "
        "respecting the Lima Accord as the basis of cooperation."
    )
    found = _targets(text, "Chile", "supports")
    assert any(t.startswith("strengthening the regional fisheries regime") and "Lima" not in t for t in found), found
    assert any(t.startswith("respecting the Lima Accord") for t in found), found
    text = "Chile stressed the need to reopen the ports and to release the detained crews."
    found = _targets(text, "Chile", "demands")
    assert any(t.endswith("reopen the ports") for t in found), found
    assert any(t.endswith("release the detained crews") for t in found), found


def test_a_listed_noun_after_one_with_words_of_its_own_is_another_issue() -> None:
    text = (
        "Chile urged Peru to end any further expansion of its naval patrols "
        "and the deployment of missiles near the border."
    )
    found = _targets(text, "Chile", "demands")
    assert any(t.endswith("expansion of its naval patrols") for t in found), found
    assert not any("expansion" in t and "deployment" in t for t in found), found


def test_a_list_inside_a_preposition_stays_whole() -> None:
    text = "Chile supports developing good relations between the Republic of Peru and the Plurinational State of Bolivia."
    found = _targets(text, "Chile", "supports")
    assert any(t.endswith("between the Republic of Peru and the Plurinational State of Bolivia") for t in found), found
