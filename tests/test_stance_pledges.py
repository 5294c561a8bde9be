"""Pledges, needs, obligations and waived objections: which relation and polarity a clause
states (extract/stances/verbs.py, deontics.py, nouns.py, adjectives.py, moods.py); on sentences
of our own."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_a_pledged_act_is_supported() -> None:
    found = _found("Chile and Peru commit to explore the establishment of a joint fisheries commission.")
    assert _has(found, "Chile", "supports", "joint fisheries commission")
    assert _has(found, "Peru", "supports", "joint fisheries commission")


def test_committing_a_crime_pledges_nothing() -> None:
    found = _found("Chile committed serious abuses in the border region, the report said.")
    assert not any(h == "Chile" and r == "supports" for h, r, _ in found)


def test_a_pledge_to_refrain_opposes_the_act() -> None:
    found = _found("Chile and Peru commit to refrain from providing military support to armed groups.")
    assert _has(found, "Chile", "opposes", "military support")
    assert not _has(found, "Chile", "supports", "military support")


def test_what_is_needed_is_the_speakers_demand() -> None:
    found = _found("Chile's foreign minister said increased investment in the border region is needed.")
    assert _has(found, "Chile", "demands", "investment", "border region")


def test_what_only_would_be_needed_or_is_not_needed_is_no_demand() -> None:
    for text in (
        "Chile's foreign minister said more troops would be needed if the talks failed.",
        "Chile's foreign minister said a new treaty is not needed.",
    ):
        assert not any(r == "demands" for _, r, _ in _found(text)), text


def test_what_another_side_is_obliged_to_do_is_the_speakers_demand() -> None:
    found = _found("Chile's foreign minister said Peru is obliged to remove its patrol boats from the river.")
    assert _has(found, "Chile", "demands", "Peru", "remove", "patrol boats")


def test_a_past_obligation_reports_and_demands_nothing() -> None:
    found = _found("Chile's foreign minister said Peru was required to pay compensation in 1990.")
    assert not _has(found, "Chile", "demands", "compensation")


def test_no_objection_is_consent() -> None:
    found = _found("Chile said it had no objection to a truce over the holidays.")
    assert _has(found, "Chile", "supports", "truce")
    assert not _has(found, "Chile", "opposes", "truce")


def test_a_waived_threat_is_no_stance() -> None:
    found = _found("Chile's president said the exercise poses no threat to Peru.")
    assert not any(t == "Peru" or "Peru" in t for h, r, t in found if r in {"opposes", "criticizes", "supports"})


def test_committed_to_fighting_lets_the_inner_verb_speak() -> None:
    found = _found("“We are committed to fighting ISIS,” Chile's president said.")
    assert not _has(found, "Chile", "supports", "fighting")
    assert any(h == "Chile" and r in {"opposes", "criticizes"} for h, r, _ in found)


def test_commitment_to_working_with_is_cooperation() -> None:
    found = _found("The members of the Security Council reiterated their commitment to working with Chile.")
    assert not any(r == "supports" and "working" in t for _, r, t in found)


def test_or_shares_the_negation_of_its_verb() -> None:
    found = _found("Chile will not accept or recognise the referendum in the border region.")
    assert _has(found, "Chile", "rejects", "referendum")
    assert not _has(found, "Chile", "supports", "referendum")


def test_joining_only_requested_or_hoped_for_is_no_membership() -> None:
    for text in ("Chile requested to join BRICS.", "Chile hopes to join the OECD."):
        assert not any(r == "member_of" for _, r, _ in _found(text)), text
    assert any(r == "member_of" for _, r, _ in _found("Chile joined the OECD in 2010."))


def test_a_supposed_wish_is_no_stance() -> None:
    found = _found("Bachelet said that if Peru wanted to support the people of Chile, it would have to open the border.")
    assert not _has(found, "Peru", "supports", "people of Chile")


def test_reaffirming_a_fact_is_no_support_of_it() -> None:
    found = _found("Chile reaffirmed that terrorism in all its forms constitutes a serious threat to peace.")
    assert not _has(found, "Chile", "supports", "terrorism")
    assert _has(_found("Chile reaffirmed the one-China principle."), "Chile", "supports", "one-China principle")


def test_hopeful_that_an_act_happens_supports_it() -> None:
    found = _found("Chile's president Gabriel Boric said he was hopeful that Peru will sign the fisheries treaty.")
    assert any(r == "supports" and "sign the fisheries treaty" in t for _, r, t in found)
    found = _found("Chile's president Gabriel Boric said he was hopeful that this would not delay the treaty.")
    assert not any(r == "supports" and "delay" in t for _, r, t in found)


def test_insisting_on_ones_own_idea_proposes_it() -> None:
    found = _found("Chile insisted on its idea to create a group of countries to mediate in the dispute.")
    assert _has(found, "Chile", "proposes", "group of countries")
    assert not any(r == "demands" for _, r, _ in found)



def test_the_name_of_an_issue_criticizes_no_place() -> None:
    found = _found("“We discussed the latest developments on the Cyprus problem,” Greece's prime minister said.")
    assert not _has(found, "Greece", "criticizes", "Cyprus")
    found = _found("“China is paying close attention to the Kashmir dispute,” China's foreign ministry said.")
    assert not any(r in {"criticizes", "opposes"} and "Kashmir" in t for _, r, t in found)


def test_naming_something_calls_for_nothing() -> None:
    found = _found("Chile's president Gabriel Boric hailed what he called “a great moment” for his country.")
    assert not any(r == "demands" for _, r, _ in found)
    assert _has(_found("Chile called for restraint in the border region."), "Chile", "demands", "restraint")


def test_another_sides_plan_is_not_the_speakers_aim() -> None:
    found = _found(
        "“Peru and Bolivia unveiled their plan to expand the reach of their naval forces,” Chile's foreign minister said."
    )
    assert not _has(found, "Chile", "supports", "reach")


def test_a_critic_is_not_the_one_criticised() -> None:
    # the evaluation rule blames the subject of a negative verb ("Russia destroyed the treaty"),
    # but the subject of a speech act of blame is its speaker
    text = ("In 2019 Macron announced that NATO is in a state of brain death, "
            "criticizing the lack of strategic coordination.")
    found = _found(text)
    assert not any(r == "criticizes" and "Macron" in t for _, r, t in found), found
    assert _has(found, "Emmanuel_Macron", "opposes", "lack of strategic coordination")



def test_the_act_a_rejected_request_asks_for_is_not_the_rejecters() -> None:
    # the parser hangs "to halt" on "rejected"; it completes "calls": what the calls ask, not Peru's act
    found = _found("Peru has rejected calls to halt the fishing near its coast, the foreign minister said.")
    assert _has(found, "Peru", "rejects", "calls to halt")
    assert not _has(found, "Peru", "opposes", "fishing")
    # an infinitive of the subject's own stays its own
    assert _has(_found("Peru has decided to halt the fishing near its coast."), "Peru", "opposes", "fishing")
