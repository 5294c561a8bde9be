"""Screens of what a sentence mentions without asserting it (extract/unasserted.py), on
sentences of our own: each form is dropped, and the asserted form beside it is kept."""

from __future__ import annotations

import pytest

from conftest import has_triple, statements_of, triples_of

pytestmark = pytest.mark.model


def _holders(text: str, relation: str) -> set[str]:
    return {s.holder_id for s in statements_of(text) if s.relation == relation}


def test_an_act_charged_is_no_stance_of_the_accuser() -> None:
    text = (
        "Greece has blamed the crisis on the Turkish government, accusing it of bringing the migrants "
        "to the border and then encouraging them to force their way into Greece."
    )
    found = triples_of(text)
    assert not {t for t in found if t[1] == "demands"}
    assert "Greece" in {h for h, r, _ in found if r == "criticizes"}  # the charge itself is kept


def test_an_event_inside_a_dismissed_claim_did_not_happen() -> None:
    found = triples_of("Ankara rejected reports that Turkish troops had been deployed to Libya.")
    assert not {t for t in found if t[1] == "deployed_to"}
    assert has_triple(found, "Turkey", "rejects", "reports")


def test_a_meeting_inside_a_dismissed_claim_did_not_happen() -> None:
    found = triples_of("Moscow dismissed claims that Putin met Trump in Helsinki.")
    assert not {t for t in found if t[1] in {"met_with", "visited"}}


def test_an_event_stated_outright_is_kept() -> None:
    found = triples_of("Turkish troops had been deployed to Libya.")
    assert has_triple(found, "Turkey", "deployed_to", "Libya")


def test_a_judgement_on_a_condition_is_no_judgement() -> None:
    text = "The African Union will be irrelevant and undemocratic if its charter is not reformed, Ruto said."
    assert not _holders(text, "criticizes")


def test_a_judgement_without_a_condition_is_kept() -> None:
    text = "The African Union is undemocratic, Ruto said."
    assert _holders(text, "criticizes")


def test_a_counterfactual_is_no_threat() -> None:
    text = "Without the alliance, Serbian forces would be marching into Kosovo and directly threatening Albania."
    assert not _holders(text, "warns")


def test_a_threat_that_is_so_is_kept() -> None:
    text = "Serbian forces are marching into Kosovo and directly threatening Albania."
    assert _holders(text, "warns")


def test_what_is_said_to_be_missing_is_no_tie() -> None:
    text = "Scholz deplored the lack of coordination between Germany and France."
    assert not {s for s in statements_of(text) if s.relation == "cooperates_with"}


def test_a_tie_stated_is_kept() -> None:
    text = "Scholz praised the close coordination between Germany and France."
    assert {s for s in statements_of(text) if s.relation == "cooperates_with"}


def test_a_fear_something_raised_is_nobodys_warning() -> None:
    text = (
        "Goita insists he will hand power only to an elected government, "
        "raising fears that Mali could slip back into a civil war."
    )
    assert not _holders(text, "warns")


def test_a_fear_voiced_is_a_warning() -> None:
    assert "Assimi_Goita" in _holders("Goita warned that Mali could slip back into a civil war.", "warns")
