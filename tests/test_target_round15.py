"""Targets worded as the text words them, on text of our own: what a demand noun asks of doers
that name no actor ("an ultimatum for the rebels to hand over power"), a noun's "for"-clause the
parser hung elsewhere ("the need | for a commission to monitor the border"), and an owed act
whose noun keeps its own clause worded once ("issues which need to be raised")."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _texts(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_an_ultimatum_asks_the_act_of_unnamed_doers() -> None:
    text = "Chile issued a one-week ultimatum for the rebels in Peru to hand over power to the elected government."
    found = _texts(text, "Chile", "demands")
    assert any("rebels in Peru hand over power" in t for t in found), found
    assert "rebels in Peru" not in found, found


def test_an_infinitive_hung_on_the_thing_asked_for_is_no_act_of_it() -> None:
    found = _texts("Chile made an appeal for funds to help the refugees.", "Chile", "demands")
    assert found and not any("funds help" in t for t in found), found


def test_a_need_keeps_its_for_clause_hung_on_the_noun() -> None:
    text = "Chile and Peru shared an understanding on the need for a joint commission to monitor the border."
    found = _texts(text, "Chile", "supports")
    assert "understanding on the need for a joint commission to monitor the border" in found, found


def test_a_need_keeps_its_for_clause_hung_on_the_verb() -> None:
    text = (
        "Chile and Peru shared an understanding on the need for a \"three-way\" dialogue involving the two "
        "countries' trade and finance ministers to further deepen economic ties in the mining and energy sectors."
    )
    found = _texts(text, "Chile", "supports")
    assert any(t.startswith("understanding on the need for a \"three-way\" dialogue") for t in found), found


def test_an_owed_act_of_a_noun_keeping_its_clause_is_worded_once() -> None:
    text = "Chile said it wants to address specific issues which need to be raised with the Peruvian government."
    found = _texts(text, "Chile", "demands")
    assert found and all(t.count("need to be raised") <= 1 for t in found), found
    assert "specific issues which need to be raised with the Peruvian government" in found, found


def test_a_giving_verb_offers_its_second_object_not_the_receiver() -> None:
    found = _texts("Chile offered governments help in finding fair and lawful asylum schemes.", "Chile", "proposes")
    assert "help in finding fair and lawful asylum schemes" in found, found
    assert "governments" not in found, found


def test_a_call_for_a_thing_to_do_something_names_no_doer() -> None:
    text = "Chile renewed its call for peaceful dialogue to ensure stability in the region."
    found = _texts(text, "Chile", "demands")
    assert found and not any("dialogue ensure" in t for t in found), found

