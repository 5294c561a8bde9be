"""Target words the parser hung away from their noun, on text of our own: what a decision is,
told in a to-infinitive after a date and the decider ("the decision on Monday by Peru to close
the border"); whose "its"-noun is listed after a name ("Peru and its allies"); and a feeling
said of someone, which judges no one."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _found(text: str, holder: str) -> list[tuple[str, str]]:
    return [(s.relation, s.target_text) for s in statements_of(text) if s.holder_id == holder]


def test_a_decision_is_read_with_its_doer_and_infinitive_past_a_date() -> None:
    text = "The Chilean government criticized the decision on Tuesday by Peru to close the border crossings."
    found = _found(text, "Chile")
    assert ("opposes", "decision by Peru to close the border crossings") in found, found
    assert ("opposes", "decision") not in found, found


def test_a_report_takes_no_infinitive_past_a_date() -> None:
    text = "The Chilean government criticized the report on Tuesday by the commission to the senate."
    found = _found(text, "Chile")
    assert not any("to the senate" in t for _, t in found), found


def test_a_date_alone_does_not_join_a_purpose_to_a_noun_that_takes_no_infinitive() -> None:
    text = "Chile rejected the verdict on Monday to protect its fishermen."
    found = _found(text, "Chile")
    assert not any(t.startswith("verdict") and "protect" in t for _, t in found), found


def test_its_after_a_listed_name_is_that_names() -> None:
    text = "Chile condemned Peru and its allies for the naval blockade."
    found = _found(text, "Chile")
    assert any(t.startswith("Peru's allies") for _, t in found), found


def test_its_after_a_list_of_names_is_left_unbound() -> None:
    text = "Chile condemned Peru, Bolivia and its allies for the naval blockade."
    found = _found(text, "Chile")
    assert not any("'s allies" in t for _, t in found), found


def test_a_feeling_said_of_a_person_judges_no_one() -> None:
    text = "Chile criticized the border closure, saying President Ana Ruiz was disappointed."
    found = _found(text, "Chile")
    assert ("opposes", "border closure") in found, found
    assert not any("Ruiz" in t for _, t in found), found


def test_a_fault_said_of_a_person_still_judges_them() -> None:
    text = "Chile said President Ana Ruiz was reckless and dishonest."
    found = [(s.relation, s.target_id) for s in statements_of(text) if s.holder_id == "Chile"]
    assert ("criticizes", "Ana_Ruiz") in found, found


def test_acts_listed_under_one_modal_are_each_owed() -> None:
    text = (
        '"Peru should withdraw its patrol boats from the bay as well as compensate the fishermen," '
        "the Chilean foreign minister said."
    )
    found = _found(text, "Chile")
    assert ("demands", "Peru should withdraw its patrol boats from the bay") in found, found
    assert ("demands", "Peru should compensate the fishermen") in found, found
    assert not any(t.endswith("as well") for _, t in found), found


def test_a_clause_with_its_own_subject_after_a_modal_is_not_listed_under_it() -> None:
    text = '"Peru must withdraw its patrol boats, and we will respond," the Chilean foreign minister said.'
    found = _found(text, "Chile")
    assert ("demands", "Peru must withdraw its patrol boats") in found, found
    assert not any("respond" in t for _, t in found), found


def test_a_unit_led_is_named_with_the_body_it_belongs_to() -> None:
    text = "Carlos Mendez, who led the IMF mission to Peru, said the financing programme will support reforms."
    roles = [(s.holder_id, s.target_text) for s in statements_of(text) if s.relation == "holds_role"]
    assert ("Carlos_Mendez", "leader of IMF mission to Peru") in roles, roles


def test_a_body_named_by_its_alias_keeps_its_name() -> None:
    text = "Carlos Mendez, who heads the UN refugee agency, said the inspection will start soon."
    roles = [(s.holder_id, s.target_text) for s in statements_of(text) if s.relation == "holds_role"]
    assert ("Carlos_Mendez", "head of UNHCR") in roles, roles


def test_once_as_a_conjunction_makes_no_office_former() -> None:
    text = "Carlos Mendez, who led the IAEA, said the inspection, once approved, will start soon."
    roles = [s.target_text for s in statements_of(text) if s.relation == "holds_role"]
    assert "leader of IAEA" in roles, roles
    earlier = "Carlos Mendez, who once led the IAEA, said the inspection will start soon."
    assert "former leader of IAEA" in [s.target_text for s in statements_of(earlier) if s.relation == "holds_role"]
