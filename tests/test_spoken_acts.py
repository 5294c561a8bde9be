"""Screens of acts a sentence names without its holder taking or doing them
(extract/spoken_acts.py), on sentences of our own: each wrong reading is dropped, and the reading
stated outright beside it is kept."""

from __future__ import annotations

import pytest

from conftest import triples_of

pytestmark = pytest.mark.model


def _of(found: set[tuple[str, str, str]], relation: str, word: str = "") -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == relation and word in t[2].lower()}


def test_no_need_to_continue_a_pact_supports_nothing() -> None:
    found = triples_of("Rabuka said there was no need for Fiji to continue the policing agreement with China.")
    assert not _of(found, "supports", "agreement")


def test_no_need_to_deploy_is_no_deployment() -> None:
    found = triples_of("There is no need for Ghana to deploy troops to Mali, the minister said.")
    assert not _of(found, "deployed_to")


def test_a_plan_to_support_is_no_disowned_intent() -> None:
    found = triples_of("Brazil said it would continue to support the sanctions against Venezuela.")
    assert _of(found, "supports", "sanctions")


def test_discussing_stronger_cooperation_supports_nothing() -> None:
    found = triples_of(
        "The foreign ministers of Chile and Peru discussed strengthening bilateral"
        " cooperation in mining."
    )
    assert not _of(found, "supports", "cooperation")
    assert _of(found, "met_with")  # the talks themselves


def test_talks_regarding_accession_are_no_membership() -> None:
    found = triples_of("The ministers held talks regarding Serbia's accession to the European Union.")
    assert not _of(found, "member_of")


def test_agreeing_to_strengthen_cooperation_still_supports() -> None:
    found = triples_of("Chile and Peru agreed to strengthen bilateral cooperation in mining.")
    assert _of(found, "supports", "cooperation")


def test_an_invitation_to_talks_demands_nothing() -> None:
    found = triples_of(
        "The US invited the Sudanese army and the RSF to participate in ceasefire"
        " negotiations in Geneva."
    )
    assert not _of(found, "demands")


def test_urging_to_join_talks_still_demands() -> None:
    found = triples_of("The US urged the Sudanese army and the RSF to participate in ceasefire negotiations in Geneva.")
    assert _of(found, "demands", "negotiations")


def test_what_solidarity_does_not_mean_supports_nothing() -> None:
    found = triples_of("Solidarity with Peru does not mean that Chile approves of every decision its government makes.")
    assert not _of(found, "supports", "decision")


def test_what_one_did_not_announce_rejects_nothing() -> None:
    found = triples_of("Notably, Fico did not announce his refusal to provide humanitarian aid to Ukraine.")
    assert not _of(found, "rejects")


def test_what_one_announced_still_rejects() -> None:
    found = triples_of("Notably, Fico announced his refusal to provide humanitarian aid to Ukraine.")
    assert _of(found, "rejects", "aid")


def test_a_form_of_address_is_no_target() -> None:
    found = triples_of(
        "King Abdullah II and Emir Tamim wished Their Majesties, Excellencies and Highnesses, leaders of the Gulf"
        " states, success in serving their peoples and promoting peace."
    )
    assert not _of(found, "supports", "highnesses")


def test_a_visit_that_is_the_occasion_of_an_act_to_come_is_no_visit() -> None:
    found = triples_of(
        "President Ruto will witness the signing of trade agreements during his"
        " inaugural visits to Ghana and Senegal this month."
    )
    assert not _of(found, "visited")


def test_a_visit_that_was_the_occasion_of_an_act_is_a_visit() -> None:
    found = triples_of(
        "President Ruto witnessed the signing of trade agreements during his first visit"
        " to Ghana last month."
    )
    assert _of(found, "visited")


def test_an_invitation_to_change_conduct_still_demands() -> None:
    found = triples_of("Turkey invites everyone in the region to respect its security strategy.")
    assert _of(found, "demands", "respect")
