"""Round sixteen's precision screens, on sentences of our own: each wrong reading is dropped,
and the stance stated outright beside it is kept (stances/sanctions.py opposed_act,
stances/evaluation.py, stances/deontics.py _past_owed, stance_screens.things_as_group,
ontology/cues.toml [demands] verbs and [opposes] phrasal "warn against")."""

from __future__ import annotations

import pytest

from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_sanctions_one_opposes_imposing_are_no_support() -> None:
    found = triples_of("The Danish foreign minister said his country opposes imposing sanctions on Chile.")
    assert not {t for t in found if t[1] == "supports"}
    assert has_triple(found, "Denmark", "opposes", "sanctions")


def test_sanctioning_rejected_is_no_support() -> None:
    found = triples_of("Norway rejects sanctioning the tribunal over its rulings.")
    assert not {t for t in found if t[1] == "supports"}


def test_tariffs_in_a_regretted_decision_are_no_support_of_the_regretter() -> None:
    found = triples_of(
        '"I deeply regret the Brazilian decision to impose tariffs on Peruvian coffee," Sweden\'s prime minister said.'
    )
    assert not {t for t in found if t[1] == "supports"}


def test_sanctions_imposed_are_still_support() -> None:
    found = triples_of("Norway imposed sanctions on Chile on Tuesday.")
    assert has_triple(found, "Norway", "supports", "sanctions", "Chile")


def test_praise_of_an_owned_thing_is_no_support_of_its_owner() -> None:
    found = triples_of(
        '"The opposition does not have Malta\'s best interests at heart," the prime minister of Norway said.'
    )
    assert not {t for t in found if t[1] == "supports" and t[2] == "Malta"}


def test_blame_of_an_owned_thing_still_criticizes_its_owner() -> None:
    found = triples_of('"Chile\'s reckless policy is destroying the region," the prime minister of Norway said.')
    assert {t for t in found if t[0] == "Norway" and t[1] == "criticizes" and "Chile" in t[2]}


@pytest.mark.parametrize("text", [
    "The president of Peru ordered the withdrawal of the ambassador to Chile.",
    "The Peruvian foreign ministry instructed its embassy in Santiago to lodge a protest.",
])
def test_a_command_is_no_demand(text: str) -> None:
    assert not {t for t in triples_of(text) if t[1] == "demands"}


def test_a_call_is_still_a_demand() -> None:
    found = triples_of("Peru demanded the withdrawal of the Chilean ambassador.")
    assert has_triple(found, "Peru", "demands", "withdrawal")


def test_demonstrative_things_are_no_group_of_actors() -> None:
    found = triples_of(
        "Peru said Chile had moved troops to the border. "
        "These moves, Peru asserted, not only escalate tensions but also undermine regional stability."
    )
    assert not {t for t in found if t[1] == "opposes" and "stability" in t[2]}


def test_demonstrative_actors_still_speak() -> None:
    found = triples_of(
        "Peru and Chile met in Lima. "
        "These countries also agreed on the need to establish constructive relations with Bolivia."
    )
    assert has_triple(found, "Peru", "supports", "constructive relations")


def test_warning_against_an_act_opposes_it() -> None:
    found = triples_of("The Peruvian president has warned Chile against unilateral steps regarding the border river.")
    assert has_triple(found, "Peru", "opposes", "unilateral steps")
    assert not {t for t in found if t[1] == "warns" and "unilateral" in t[2]}


def test_warning_of_consequences_still_warns() -> None:
    found = triples_of("Peru warned Chile of consequences.")
    assert has_triple(found, "Peru", "warns", "consequences")


def test_what_should_have_been_done_is_no_demand() -> None:
    found = triples_of('"The president of Peru should have come to parliament," the Chilean senator said.')
    assert not {t for t in found if t[1] == "demands"}


def test_what_should_be_done_is_still_a_demand() -> None:
    found = triples_of('"The president of Peru should come to parliament," the Chilean senator said.')
    assert has_triple(found, "Chile", "demands", "come to parliament")
