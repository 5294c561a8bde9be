"""Targets that name what the text names, on text of our own: the person named after an office
(a counterpart met, a minister accused), the complement a noun takes where the parser hung it on
the verb ("help | in resolving"), and the object of a verb set in quotation marks ("the decision
to "fast-track" | the development")."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _found(text: str, holder: str) -> list[tuple[str, str]]:
    return [(s.relation, s.target_id) for s in statements_of(text) if s.holder_id == holder]


def _texts(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_talks_with_a_named_counterpart_meet_the_person() -> None:
    text = "Chilean Defense Minister Juan Soto held talks with his Peruvian counterpart Luis Vega in Lima on Monday."
    found = _found(text, "Juan_Soto")
    assert ("met_with", "Luis_Vega") in found, found
    assert ("met_with", "Peru") not in found, found


def test_a_call_with_a_named_counterpart_meets_the_person() -> None:
    text = "Chilean President Juan Soto's phone conversation with his Peruvian counterpart, Luis Vega, was cordial."
    found = _found(text, "Juan_Soto")
    assert ("met_with", "Luis_Vega") in found, found
    assert ("met_with", "Peru") not in found, found


def test_talks_with_an_unnamed_counterpart_still_meet_the_state() -> None:
    text = "Chilean Defense Minister Juan Soto held talks with his Peruvian counterpart in Lima on Monday."
    assert ("met_with", "Peru") in _found(text, "Juan_Soto")


def test_an_accused_minister_named_after_a_comma_is_the_person() -> None:
    text = "Chile condemned the Foreign Minister of Peru, Luis Vega, for his remarks."
    found = _found(text, "Chile")
    assert ("criticizes", "Luis_Vega") in found, found
    assert not any("Foreign_Minister" in t for _, t in found), found


def test_an_office_without_a_name_stays_the_office() -> None:
    text = "Chile condemned the remarks of the Foreign Minister of Peru."
    found = _texts(text, "Chile", "opposes")
    assert found and all("Foreign Minister of Peru" in t for t in found), found


def test_help_keeps_what_it_is_help_in() -> None:
    text = "Chile asked for help in quickly resolving the issue of abducted nationals."
    found = _texts(text, "Chile", "demands")
    assert any("resolving the issue of abducted nationals" in t for t in found), found
    assert "help" not in found, found


def test_a_quoted_verb_keeps_its_object_in_the_phrase() -> None:
    text = "Chile welcomed Peru's decision to “fast-track” the development of gas terminals."
    found = _texts(text, "Chile", "supports")
    assert any(t.endswith("the development of gas terminals") and "decision" in t for t in found), found
    assert "Peru's decision to fast-track" not in found, found


def test_a_list_after_a_quoted_word_stays_a_list() -> None:
    text = "Chile welcomed the “historic” agreement and the border treaty."
    found = _texts(text, "Chile", "supports")
    assert found and not any(t.startswith("agreement") for t in found), found


def test_its_ratification_is_the_treatys_named_before() -> None:
    text = "Both sides have initialed the peace treaty, and Chile committed to its eventual ratification."
    found = _texts(text, "Chile", "supports")
    assert "eventual ratification of the peace treaty" in found, found
    assert not any(t.startswith("Chile's") for t in found), found


def test_its_implementation_is_the_agreements() -> None:
    text = "Chile signed the trade agreement and welcomed its swift implementation."
    assert "swift implementation of the trade agreement" in _texts(text, "Chile", "supports")


def test_its_implementation_without_an_agreement_before_stays_as_worded() -> None:
    text = "Chile welcomed its swift implementation."
    found = _texts(text, "Chile", "supports")
    assert not any(" of the " in t for t in found), found


def test_an_ambassador_withdrawn_is_the_post_not_the_person() -> None:
    text = (
        "Chile announced on Friday the permanent withdrawal of its ambassador to Peru, Luis Vega Soto, in "
        "response to criticism from the Peruvian president."
    )
    found = [(s.relation, s.target_id) for s in statements_of(text)]
    assert not any(t.startswith("Luis_Vega") and r != "holds_role" for r, t in found), found


def test_a_dateline_state_does_not_meet_its_own_counterpart() -> None:
    text = (
        "Lima [Peru], December 26 : Chilean Foreign Minister Juan Soto on Wednesday held a meeting and working "
        "lunch with his Peruvian counterpart Luis Vega in Lima, with their discussions focused on trade."
    )
    assert ("Peru", "met_with", "Luis_Vega") not in {(s.holder_id, s.relation, s.target_id) for s in statements_of(text)}
