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


def test_its_after_a_listed_name_is_that_names() -> None:
    text = "Chile condemned Peru and its allies for the naval blockade."
    found = _found(text, "Chile")
    assert any(t.startswith("Peru's allies") for _, t in found), found


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a noun that takes no infinitive is not read with one past a date
        ("The Chilean government criticized the report on Tuesday by the commission to the senate.", "to the senate"),
        ("Chile rejected the verdict on Monday to protect its fishermen.", "to protect"),
        # an "its" after a list of names is bound to none of them
        ("Chile condemned Peru, Bolivia and its allies for the naval blockade.", "'s allies"),
    ],
)
def test_near_misses_are_not_read_together(text: str, part: str) -> None:
    found = _found(text, "Chile")
    assert not any(part in t for _, t in found), found


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


def _offices(text: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.relation == "holds_role" and s.holder_id == "Carlos_Mendez"]


@pytest.mark.parametrize(
    ("text", "office", "not_office"),
    [
        # a unit led is named with the body it belongs to, not as the body
        ("Carlos Mendez, who led the IMF mission to Peru, said the programme will support reforms.",
         "leader of IMF mission to Peru", "leader of International Monetary Fund"),
        # a body named by its alias keeps its name
        ("Carlos Mendez, who heads the UN refugee agency, said the inspection will start soon.",
         "head of UNHCR", "head of UN refugee agency"),
        # "once" as a conjunction makes no office former; "once" as "formerly" does
        ("Carlos Mendez, who led the IAEA, said the inspection, once approved, will start soon.",
         "leader of IAEA", "former leader of IAEA"),
        ("Carlos Mendez, who once led the IAEA, said the inspection will start soon.",
         "former leader of IAEA", "leader of IAEA"),
    ],
)
def test_an_office_of_leading_is_worded_as_a_reader_words_it(text: str, office: str, not_office: str) -> None:
    offices = _offices(text)
    assert office in offices, offices
    assert not_office not in offices, offices
