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


def test_move_nouns_spelled_out_after_a_colon_are_the_acts() -> None:
    text = "Chile welcomed two steps taken by the council: the release of the prisoners and the reopening of the border."
    found = _texts(text, "Chile", "supports")
    assert "release of the prisoners" in found and "reopening of the border" in found, found
    assert not any("two steps" in t for t in found), found


def test_move_nouns_spelled_out_after_a_dash_are_the_acts() -> None:
    text = (
        "Chile also welcomed two decisions made last week -- using the profits from frozen assets as a loan "
        "to Peru and imposing new tariffs on steel."
    )
    found = _texts(text, "Chile", "supports")
    assert any(t.startswith("using the profits from frozen assets") for t in found), found
    assert not any("two decisions" in t for t in found), found


def test_a_move_noun_without_its_acts_after_the_colon_stays() -> None:
    found = _texts("Chile welcomed the decision: it is a good one.", "Chile", "supports")
    assert found == ["decision"], found


def test_a_cut_runs_on_to_the_noun_its_last_word_qualifies() -> None:
    text = "Chile said all parties should make every effort to ensure that Peru and Bolivia come to a peace treaty soon."
    found = _texts(text, "Chile", "demands")
    assert any(t.endswith("come to a peace treaty") for t in found), found
    assert not any(t.endswith("a peace") for t in found), found
