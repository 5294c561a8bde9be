"""Round twenty-two's proposals and demands, on sentences of our own: the by-agent of a participle
of proposing proposes what it describes ("tax hikes proposed by the government", "the motion was
brought by X"), only a document or proposal for the document-bound participles; who moves, files
or brings a motion proposes it; an owned request noun is its owner's demand even inside a request."""

from __future__ import annotations

import pytest

from conftest import triples_of as _found

pytestmark = pytest.mark.model


def _of(text: str, relation: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in _found(text) if r == relation}


def test_the_agent_of_a_proposing_participle_proposes_what_it_describes() -> None:
    proposed = _of("The tax hikes proposed by the Kenyan government drew protests.", "proposes")
    assert ("Kenya", "tax hikes") in proposed


def test_a_document_led_by_two_states_is_proposed_by_both_without_the_participle() -> None:
    proposed = _of("The draft resolution led by France and the United Arab Emirates was vetoed.", "proposes")
    assert {("France", "draft resolution"), ("United_Arab_Emirates", "draft resolution")} <= proposed


def test_a_passive_motion_is_proposed_by_its_agent() -> None:
    assert ("Socialist_Party", "motion") in _of("The motion was brought by the Socialist Party.", "proposes")


def test_a_document_bound_participle_over_no_document_proposes_nothing() -> None:
    assert not _of("The war brought by Russia devastated the region.", "proposes")
    assert not _of("A coalition led by France met in Paris.", "proposes")


def test_a_denied_authorship_proposes_nothing() -> None:
    assert not _of("The bill was not introduced by the Republicans.", "proposes")


def test_who_moves_or_brings_a_motion_proposes_it() -> None:
    assert any(h == "Marine_Le_Pen" and "motion" in t for h, t in _of(
        "Marine Le Pen confirmed that she will move a no-confidence motion against the government.", "proposes"
    ))
    assert any(h == "National_Rally" and "motion" in t for h, t in _of(
        "The National Rally brought its own motion.", "proposes"
    ))


def test_moving_troops_or_filing_a_lawsuit_is_no_motion() -> None:
    assert not _of("Russia moved troops to the border.", "proposes")
    assert not _of("Mexico filed a lawsuit against the gun makers.", "proposes")


def test_an_owned_demand_inside_a_request_is_still_the_owners_demand() -> None:
    demanded = _of(
        "The envoy was visiting the region to press a friendly government to do more to meet President Donald "
        "Trump's demands for a major crackdown on immigration.",
        "demands",
    )
    assert ("Donald_Trump", "major crackdown on immigration") in demanded


def test_every_thing_a_call_lists_is_demanded() -> None:
    demanded = _of("Hamas's call for a withdrawal of all troops from Gaza and an end to the war was rejected.", "demands")
    assert ("Hamas", "end to the war") in demanded
    again = _of("Hamas renewed its demands for talks with the government and for the release of the prisoners.", "demands")
    assert ("Hamas", "release of the prisoners") in again


def test_an_owned_noun_listed_with_a_call_is_not_asked() -> None:
    demanded = _of("Israel rejected Hamas's call for a ceasefire and its threats against Israel.", "demands")
    assert not any("threats" in t and "ceasefire" not in t for _, t in demanded)


def test_the_one_handed_an_ultimatum_is_warned() -> None:
    warned = _of("Nelson Chamisa gave the Zanu PF-led government a 14-day ultimatum to address the recalls.", "warns")
    assert any(h == "Nelson_Chamisa" and "government" in t for h, t in warned)
    assert ("ECOWAS", "coup plotters") in _of("ECOWAS has announced a one-week ultimatum for coup plotters.", "warns")


def test_a_denied_ultimatum_warns_no_one() -> None:
    assert not _of("ECOWAS did not give the coup plotters an ultimatum.", "warns")


def test_an_act_initiated_by_someone_or_a_far_noun_is_no_proposal() -> None:
    assert not _of("Attacks on civilians escalate the conflict initiated by Russia.", "proposes")
    assert not _of(
        "It was among the key recommendations of the UN independent assessment of Afghanistan, led by Turkey.",
        "proposes",
    )


def test_applying_or_bidding_to_join_demands_the_membership() -> None:
    assert ("Ukraine", "membership") in _of("Most of the focus will be on Ukraine's application for membership.", "demands")
    assert ("Venezuela", "membership of BRICS") in _of("Venezuela is actively courting membership of BRICS.", "demands")


def test_a_denied_application_or_a_bid_for_anything_else_asks_no_membership() -> None:
    assert not _of("Moldova did not court membership of the bloc.", "demands")
    assert not _of("Sweden applied for NATO membership in May 2022.", "demands")
    assert not _of("India's bid to host the Olympics failed.", "demands")
