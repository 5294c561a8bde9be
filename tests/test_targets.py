"""Targets that keep what the sentence is about, on text of our own: lists and names inside a
phrase, a that-clause's far subject, shared subjects and objects of modal clauses, acts an
actor is backed in, and the act a request asks for."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _targets(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_a_list_inside_a_phrase_stays_whole() -> None:
    text = "Chile strongly opposes the new border treaty between Peru and Bolivia."
    found = _targets(text, "Chile", "opposes")
    assert any("Peru and Bolivia" in t for t in found), found


def test_a_list_of_issues_is_one_target_worded_as_listed() -> None:
    text = "Chile strongly opposes the sanctions and the tariffs."
    found = _targets(text, "Chile", "opposes")
    assert found == ["sanctions and the tariffs"], found


def test_a_cut_phrase_does_not_end_inside_a_name() -> None:
    text = (
        "Brazil agreed at its annual summit in Lima to make Argentina, Ethiopia, Iran, Saudi Arabia, "
        "Egypt and the United Arab Emirates full members."
    )
    found = [s.target_text for s in statements_of(text) if s.relation == "supports"]
    assert found and not any(t.endswith("the United") for t in found), found


def test_a_that_clause_keeps_its_far_subject() -> None:
    text = (
        "Chile demanded that the fishermen seized by the navy last week, who are said to be held "
        "in a port in the south, are released."
    )
    found = _targets(text, "Chile", "demands")
    assert any("fishermen" in t and "released" in t for t in found), found


def test_a_near_subject_is_not_given_twice() -> None:
    text = "Chile demanded that the fishermen are released."
    found = _targets(text, "Chile", "demands")
    assert found and all(t.count("fishermen") <= 1 for t in found), found


def test_a_modal_clause_keeps_the_subject_and_object_it_shares() -> None:
    text = (
        "“Peru needs to show great restraint on the river dispute, and must not ignore and undermine "
        "the 1929 treaty in any way,” Chile's foreign minister said."
    )
    found = _targets(text, "Chile", "demands")
    assert any("Peru" in t and "treaty" in t for t in found), found


def test_backing_an_actor_in_an_act_supports_the_act() -> None:
    text = "Chile firmly supports Peru in defending its territorial integrity."
    found = _targets(text, "Chile", "supports")
    assert any("territorial integrity" in t for t in found), found


def test_backing_an_actor_in_a_place_supports_no_place() -> None:
    text = "Chile firmly supports Peru in the dispute."
    found = _targets(text, "Chile", "supports")
    assert not any("dispute" in t for t in found), found


def test_a_request_to_an_addressee_to_act_asks_the_act() -> None:
    text = "Chile renewed its request to the Security Council to sanction the smugglers."
    found = _targets(text, "Chile", "demands")
    assert any("sanction" in t for t in found), found


def test_a_stance_noun_at_a_briefing_is_not_about_the_briefing() -> None:
    text = "Chile's demand at a press briefing surprised many observers."
    found = _targets(text, "Chile", "demands")
    assert not any("briefing" in t for t in found), found


def test_every_act_of_a_coordinated_request_is_asked() -> None:
    text = "Chile urged Peru to stop the raids, stop the seizures, and settle the dispute through talks."
    found = _targets(text, "Chile", "demands")
    assert any("settle" in t for t in found), found
    assert not any(t.startswith("Chile") for t in found), found


def test_a_clause_keeps_what_says_which_thing_a_bare_noun_is() -> None:
    text = "Chile insists that Peru hand the islands only to a council that comes through free elections."
    found = _targets(text, "Chile", "demands")
    assert any("elections" in t for t in found), found


def test_a_clause_leaves_out_an_aside_after_a_comma() -> None:
    text = "Chile insists that Peru hand the islands to a council, which met last week in the capital."
    found = _targets(text, "Chile", "demands")
    assert found and not any("capital" in t for t in found), found


def test_issues_that_share_their_words_are_one_target() -> None:
    text = "Sweden reaffirmed its support for the sovereignty, stability and economic development of Moldova."
    found = _targets(text, "Sweden", "supports")
    assert found == ["sovereignty, stability and economic development of Moldova"], found


def test_a_bare_issue_after_a_qualified_one_shares_its_qualifier() -> None:
    text = "The Security Council underlined the importance of the navigational rights and freedoms of all vessels."
    found = _targets(text, "UN_Security_Council", "supports")
    assert any(t.startswith("navigational rights and freedoms") for t in found), found
    assert "freedoms of all vessels" not in found, found


def test_actors_in_a_list_of_issues_stay_actors() -> None:
    text = "Chile supports Peru and Bolivia."
    assert sorted(_targets(text, "Chile", "supports")) == ["Bolivia", "Peru"]


def test_a_target_keeps_no_quotation_mark_without_its_pair() -> None:
    text = "Chile supports the “one China” policy."
    found = _targets(text, "Chile", "supports")
    assert found and not any("”" in t or "“" in t for t in found), found


def test_a_relative_clause_target_keeps_the_noun_it_is_about() -> None:
    text = "Foreign Minister Wang Yi said China condemned the fishermen who illegally entered its waters."
    found = [s.target_text for s in statements_of(text) if s.rule == "condemning_adverb"]
    assert found and all(t.startswith("fishermen") for t in found), found


def test_an_idea_alone_is_no_target_but_an_idea_with_its_content_is() -> None:
    assert not _targets("Egypt firmly rejected the idea.", "Egypt", "rejects")
    found = _targets("Egypt firmly rejected the idea of a buffer zone in Sinai.", "Egypt", "rejects")
    assert any("buffer zone" in t for t in found), found
