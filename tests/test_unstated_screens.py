"""Screens of cue words that state no position of their holder (extract/unstated_screens.py), on
sentences of our own: each wrong reading is dropped, and the reading stated outright beside it
is kept."""

from __future__ import annotations

import pytest

from conftest import triples_of

pytestmark = pytest.mark.model


def _of(found: set[tuple[str, str, str]], relation: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == relation}


def test_awaiting_an_outcome_demands_nothing() -> None:
    found = triples_of("“We will watch the vote closely and we await the outcome,” the Australian government said.")
    assert not _of(found, "demands")


def test_waiting_for_results_demands_nothing() -> None:
    found = triples_of("Malaysian Prime Minister Anwar Ibrahim said he was waiting for the results of the by-election.")
    assert not _of(found, "demands")


def test_waiting_for_assistance_demands_it() -> None:
    found = triples_of("Tajikistan said it waits for assistance to protect its border with Afghanistan.")
    assert {t for t in _of(found, "demands") if "assistance" in t[2]}


def test_awaiting_a_response_demands_it() -> None:
    found = triples_of("Tajikistan said it was still awaiting a response from Kyrgyzstan.")
    assert {t for t in _of(found, "demands") if "response" in t[2]}


def test_speaking_to_lawmakers_is_no_meeting() -> None:
    found = triples_of("Speaking to lawmakers on Tuesday, Ethiopian Prime Minister Abiy Ahmed said the deal was illegal.")
    assert not _of(found, "met_with")


def test_addressing_diplomats_is_no_meeting() -> None:
    found = triples_of("Addressing diplomats in Geneva, UN refugee chief Filippo Grandi said 120 million people are displaced.")
    assert not _of(found, "met_with")


def test_speaking_with_a_counterpart_is_a_meeting() -> None:
    found = triples_of(
        "Speaking at a joint press conference with Somali President Hassan Sheikh Mohamud, "
        "Egyptian President Abdel Fattah el-Sisi said he agreed with his counterpart."
    )
    assert _of(found, "met_with")


def test_refusing_to_answer_rejects_nothing() -> None:
    found = triples_of(
        "Russian Deputy Foreign Minister Mikhail Galuzin refused to answer the question of whether "
        "the Ukrainian delegation had confirmed its participation."
    )
    assert not _of(found, "rejects")


def test_declining_to_name_rejects_nothing() -> None:
    found = triples_of("The Ukrainian foreign minister Andrii Sybiha said other countries would send troops, though he declined to name them.")
    assert not _of(found, "rejects")


def test_refusing_to_discuss_rejects_it() -> None:
    found = triples_of("Iranian officials said Iran refused to discuss its missile programme.")
    assert {t for t in _of(found, "rejects") if "missile" in t[2]}


def test_who_is_threatened_warns_of_nothing() -> None:
    found = triples_of(
        "“We are threatened with invasion, Mr Speaker, and that's serious,” Solomon Islands Prime Minister "
        "Manasseh Sogavare told parliament."
    )
    assert not _of(found, "warns")


def test_who_threatens_warns() -> None:
    found = triples_of("Russia threatened Moldova with an invasion, Moldovan President Maia Sandu said.")
    assert {t for t in _of(found, "warns") if t[0] == "Russia"}


def test_a_ruined_relationship_is_no_cooperation() -> None:
    found = triples_of("Finnish Foreign Minister Elina Valtonen said that Russia has ruined its relationship with Finland.")
    assert not _of(found, "cooperates_with")


def test_a_strengthened_relationship_is_cooperation() -> None:
    found = triples_of("Finnish Foreign Minister Elina Valtonen said that Russia has strengthened its relationship with Belarus.")
    assert {t for t in _of(found, "cooperates_with") if t[0] == "Russia"}


def test_a_relationship_one_tries_to_destroy_is_cooperation() -> None:
    found = triples_of(
        "The Russian Foreign Ministry said Armenia's leadership is deliberately trying to destroy "
        "Armenia's centuries-old relations with Russia."
    )
    assert {t for t in _of(found, "cooperates_with") if t[0] == "Armenia"}
