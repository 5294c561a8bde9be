"""Targets that keep the clause or complement that says which thing is meant, on text of our
own: a relative clause after a vague or quantified noun ("all the issues that ..."), and an
aside after a comma that does not."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _targets(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_a_quantified_noun_keeps_its_defining_clause() -> None:
    text = "Chile urged Peru to settle all the disputes that concern the fishing grounds off Arica."
    found = _targets(text, "Chile", "demands")
    assert any("disputes that concern the fishing grounds" in t for t in found), found


def test_a_vague_noun_with_a_defining_clause_is_a_target() -> None:
    text = "Chile rejected the approach that Peru has taken toward the fishing grounds."
    found = _targets(text, "Chile", "rejects")
    assert any(t.startswith("approach that Peru has taken") for t in found), found


def test_a_vague_noun_with_an_aside_is_no_target() -> None:
    text = "Chile rejected the approach, which Peru announced on Monday."
    found = _targets(text, "Chile", "rejects")
    assert not any(t.startswith("approach") for t in found), found


def test_a_complement_hung_on_the_verb_stays_with_its_noun() -> None:
    text = "Chile strongly rejects the threatening rhetoric of Peru against the fishermen of Arica."
    found = _targets(text, "Chile", "rejects")
    assert any(t.endswith("rhetoric of Peru against the fishermen of Arica") for t in found), found


def test_a_stance_noun_reads_the_complement_hung_on_its_light_verb() -> None:
    text = "Chile reaffirmed its unwavering support to Bolivia´s independence and sovereignty."
    found = _targets(text, "Chile", "supports")
    assert any("independence and sovereignty" in t for t in found), found


def test_a_date_after_a_noun_is_no_complement() -> None:
    text = "Chile welcomed the talks on Monday."
    found = _targets(text, "Chile", "supports")
    assert found and not any("Monday" in t for t in found), found


def test_a_kept_relative_clause_is_not_cut_inside() -> None:
    text = "Chile dismissed reasons that have nothing to do with the criteria set out for the treaty."
    found = [s.target_text for s in statements_of(text)]
    whole = "reasons that have nothing to do with the criteria set out for the treaty"
    assert any(t.endswith(whole) for t in found), found


def test_an_aside_inside_a_kept_relative_clause_is_left_out() -> None:
    text = "Chile opposes the architecture that has developed around the Pacific, which Peru built."
    found = _targets(text, "Chile", "opposes")
    assert found and all("which Peru built" not in t for t in found), found


def test_a_clause_that_only_judges_a_vague_noun_does_not_qualify_it() -> None:
    text = "Chile said it must address the issues that are important for the fishermen."
    found = [s.target_text for s in statements_of(text) if s.relation == "supports"]
    assert not any(t.startswith("issues") for t in found), found


def test_a_call_to_someone_for_something_asks_the_thing() -> None:
    text = "Bolivia welcomed a call by the UN envoy to Peru for holding elections in the country."
    found = _targets(text, "United_Nations", "demands")
    assert found and all("Peru" != t for t in found), found
    assert any("holding elections" in t for t in found), found


def test_an_appeal_for_something_hung_on_its_addressee() -> None:
    text = "Chile rejected the appeal by Peru to the parties for restraint."
    assert _targets(text, "Peru", "demands") == ["restraint"]


def test_a_call_keeps_what_it_is_for_when_hung_on_the_verb() -> None:
    text = "Bolivia welcomed a call by the UN envoy to Peru for holding elections in the country."
    found = _targets(text, "Bolivia", "supports")
    assert any(t.endswith("call by the UN envoy to Peru for holding elections in the country") for t in found), found
