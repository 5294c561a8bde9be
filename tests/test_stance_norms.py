"""Stances stated by appeal to a norm (extract/stances/norms.py), by the cause an act is done
for (extract/stances/causes.py), and by a vote's conjoined sides (votes.py); on sentences of
our own."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_a_deed_called_incompatible_with_a_treaty_is_opposed() -> None:
    found = _found("Chile's foreign minister said the construction of the dam is incompatible with the river treaty.")
    assert _has(found, "Chile", "opposes", "construction", "dam")


def test_a_deed_against_the_spirit_of_a_treaty_is_opposed_and_its_doer_criticized() -> None:
    found = _found(
        "Chile's foreign minister said the closure of the border by Peru was against the spirit of the accord."
    )
    assert _has(found, "Chile", "opposes", "closure")
    assert _has(found, "Chile", "criticizes", "Peru")


def test_which_contradicts_blames_the_doer_of_the_clause() -> None:
    found = _found(
        "Chile's foreign minister said that Peru is moving troops to the border, which contradicts its obligations."
    )
    assert _has(found, "Chile", "criticizes", "Peru")


def test_an_actor_against_a_text_is_not_charged_with_a_breach() -> None:
    found = _found("Chile's foreign minister said that Peru was against the resolution.")
    assert not any(h == "Chile" and r == "criticizes" for h, r, _ in found)


def test_a_deed_contrary_to_no_norm_or_only_hypothetically_is_not_opposed() -> None:
    assert not any(r == "opposes" for _, r, _ in _found(
        "Chile's foreign minister said the closure of the border was contrary to expectations."))
    assert not any(r == "opposes" for _, r, _ in _found(
        "Chile's foreign minister said the closure of the border would be contrary to the accord."))
    assert not any(r == "opposes" for _, r, _ in _found(
        "Chile's foreign minister said the closure of the border is not incompatible with the accord."))


def test_what_must_be_settled_under_a_norm_is_demanded_and_the_norm_supported() -> None:
    found = _found(
        "Chile's foreign minister said the river dispute must be resolved in accordance with the 1929 treaty."
    )
    assert _has(found, "Chile", "demands", "dispute", "resolved", "treaty")
    assert _has(found, "Chile", "supports", "1929 treaty")


def test_what_can_only_be_settled_through_dialogue_is_demanded() -> None:
    found = _found("Chile's foreign minister said the river dispute can only be settled through dialogue.")
    assert _has(found, "Chile", "demands", "dispute", "settled", "dialogue")


def test_a_settlement_merely_told_or_under_no_norm_is_no_demand() -> None:
    assert not any(r == "demands" for _, r, _ in _found(
        "Chile's foreign minister said the river dispute was resolved in accordance with the 1929 treaty."))
    assert not any(r == "demands" for _, r, _ in _found(
        "Chile's foreign minister said the river dispute must be resolved in the coming weeks."))


def test_acting_in_support_or_solidarity_supports() -> None:
    assert _has(_found("Bolivia held rallies in solidarity with Chile."), "Bolivia", "supports", "Chile")
    assert _has(_found("Bolivia spoke in favour of talks with Chile."), "Bolivia", "supports", "talks")


def test_acting_in_protest_against_opposes_and_a_negated_act_states_nothing() -> None:
    found = _found("Bolivia recalled its ambassador in protest against the border wall.")
    assert _has(found, "Bolivia", "opposes", "wall")
    assert not any(r == "supports" for _, r, _ in _found("Bolivia did not send troops in support of Chile."))


def test_a_vote_for_one_text_and_against_another_reads_both_sides() -> None:
    found = _found("Bolivia and Peru voted in favour of the plan and against the amendment.")
    assert _has(found, "Bolivia", "supports", "plan")
    assert _has(found, "Peru", "opposes", "amendment")


def test_an_actor_said_to_try_a_hostile_act_is_criticized() -> None:
    found = _found("“Peru is trying to drag Bolivia into its border dispute,” Chile's foreign minister said.")
    assert _has(found, "Chile", "criticizes", "Peru")
    found = _found("Chile's foreign minister said attempts by Peru to intimidate fishermen had failed.")
    assert _has(found, "Chile", "criticizes", "Peru")


def test_a_benign_or_only_supposed_attempt_blames_no_one() -> None:
    assert not any(r == "criticizes" for _, r, _ in _found(
        "Chile's foreign minister said Peru is trying to improve relations with Bolivia."))
    assert not any(r == "criticizes" for _, r, _ in _found(
        "Chile's foreign minister said Peru may try to intimidate fishermen."))


def test_advising_or_deciding_against_an_act_opposes_it() -> None:
    assert _has(_found("Bolivia advised against sending troops to the border."), "Bolivia", "opposes", "sending troops")
    assert _has(_found("Peru decided against joining the pact."), "Peru", "opposes", "joining", "pact")


def test_joining_a_fight_against_something_opposes_it() -> None:
    assert _has(_found("Bolivia is actively engaged in the fight against drug trafficking."),
                "Bolivia", "opposes", "drug trafficking")
    assert _has(_found("Peru joined the campaign against illegal mining."), "Peru", "opposes", "illegal mining")
    assert not any(r == "opposes" for _, r, _ in _found("Peru did not join the campaign against illegal mining."))
    assert not any(r == "opposes" for _, r, _ in _found("Peru reported on the campaign against illegal mining."))
