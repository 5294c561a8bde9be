"""Round twenty-three's opposition wordings, on sentences of our own: a measure scuttled,
scuppered or cracked down on, a rival torn into, a law marched or demonstrated against is
opposed (or its actor criticized); who a deed or an actor angered opposes it (criticizes the
actor)."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def _opposition(found: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] in {"opposes", "rejects", "criticizes"}}


def test_a_measure_scuttled_scuppered_or_stymied_is_opposed() -> None:
    found = _found("The Sweden Democrats said they will scuttle the government's budget.")
    assert _has(found, "Sweden_Democrats", "opposes", "budget")
    found = _found("Gabriel Boric tried to scupper the deal with Peru.")
    assert _has(found, "Gabriel_Boric", "opposes", "deal with Peru")


def test_what_is_cracked_down_on_is_opposed() -> None:
    found = _found("Gabriel Boric cracked down on dissent.")
    assert _has(found, "Gabriel_Boric", "opposes", "dissent")


def test_a_rival_torn_into_is_criticized() -> None:
    found = _found("Gabriel Boric tore into Jose Kast over his foreign policy.")
    assert _has(found, "Gabriel_Boric", "criticizes", "Jose Kast")


def test_marching_or_demonstrating_against_opposes() -> None:
    found = _found("Students in Chile demonstrated against Gabriel Boric.")
    assert any(r == "criticizes" and "Boric" in t for _, r, t in found)


def test_the_new_verbs_do_not_fire_without_their_particle() -> None:
    for text in (
        "Gabriel Boric tore up the letter.",
        "Gabriel Boric cracked open a bottle of wine.",
        "Gabriel Boric demonstrated the new system.",
        "Gabriel Boric wants to march with the workers in Santiago.",
        "Chile's army marched into the capital.",
    ):
        assert not _opposition(_found(text)), text


def test_who_is_angered_or_alarmed_by_a_deed_opposes_it() -> None:
    found = _found("The maritime agreement infuriated Somalia.")
    assert _has(found, "Somalia", "opposes", "maritime agreement")
    found = _found("The deal alarmed Canberra and Washington.")
    assert _has(found, "Australia", "opposes", "deal") and _has(found, "United_States", "opposes", "deal")
    found = _found("Chile's new port fees drew the ire of Peru.")
    assert _has(found, "Peru", "opposes", "port fees")


def test_who_is_angered_by_an_actor_criticizes_it() -> None:
    found = _found("Gabriel Boric has angered U.S. officials by rejecting extradition requests.")
    assert _has(found, "United_States", "criticizes", "Gabriel Boric")


def test_anger_negated_foretold_or_felt_by_no_named_actor_states_no_stirring() -> None:
    for text in (
        "The new port fees did not anger Peru.",
        "The new port fees could anger Peru.",
        "The new port fees will infuriate Peru.",
        "The decision angered many.",
    ):
        assert not _opposition(_found(text)), text
