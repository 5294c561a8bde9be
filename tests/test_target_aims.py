"""The aim of an endorsed act, not its means, on text of our own: "work with X to uphold Y",
"play a role in reducing Z", "provide support to free W"; and every act of a list of endorsed
acts."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _targets(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_working_with_others_to_do_something_backs_what_is_done() -> None:
    text = "Chile is committed to working with all its neighbours to strengthen the regional trade council."
    found = _targets(text, "Chile", "supports")
    assert any("strengthen the regional trade council" in t for t in found), found
    assert not any(t.startswith("working with") for t in found), found


def test_a_role_in_an_act_backs_the_act() -> None:
    text = (
        "Chile is committed to continue working with relevant parties to uphold the Lima Accord "
        "and play a constructive role in reducing tensions in the Andes."
    )
    found = _targets(text, "Chile", "supports")
    assert any(t.startswith("reducing tensions in the Andes") for t in found), found
    assert any("Lima Accord" in t for t in found), found
    assert not any("working with relevant parties" in t for t in found), found


def test_support_asked_for_an_end_asks_the_end() -> None:
    text = (
        "The Security Council called upon the leaders to provide the necessary political support "
        "to free the technical committees from obstructions."
    )
    found = _targets(text, "UN_Security_Council", "demands")
    assert any("free the technical committees from obstructions" in t for t in found), found
    assert not any("provide the necessary political support" in t for t in found), found


def test_an_act_that_is_no_means_keeps_its_words_and_its_purpose() -> None:
    text = "Chile urged countries to come together to reach a final deal."
    assert _targets(text, "Chile", "demands") == ["countries come together to reach a final deal"]


def test_the_aim_of_an_act_not_to_be_done_is_not_endorsed() -> None:
    text = "Chile urged Peru not to work with the rebels to topple the government."
    found = _targets(text, "Chile", "demands")
    assert not any(t.startswith("Peru topple") for t in found), found


def test_every_act_of_a_list_of_endorsed_acts_is_endorsed() -> None:
    text = "Chile pledged to reopen the border crossings and restore the trade corridor with Peru."
    found = _targets(text, "Chile", "supports")
    assert any(t.startswith("reopen the border crossings") for t in found), found
    assert any(t.startswith("restore the trade corridor") for t in found), found


def test_a_coordinated_clause_with_its_own_subject_is_no_listed_act() -> None:
    text = "Chile pledged to reopen the border crossings and Peru remains a partner."
    found = _targets(text, "Chile", "supports")
    assert not any("remains" in t for t in found), found
