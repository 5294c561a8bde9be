"""Screens of support readings that state no position of their holder (extract/support_screens.py),
on sentences of our own: each wrong reading is dropped, and the reading stated outright beside it
is kept."""

from __future__ import annotations

import pytest

from conftest import triples_of

pytestmark = pytest.mark.model


def _supports(found: set[tuple[str, str, str]], word: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == "supports" and word in t[2].lower()}


def test_praised_efforts_are_no_stance_of_their_owner() -> None:
    found = triples_of("The French minister praised Argentina's efforts to lower inflation, the ministry said.")
    assert not {t for t in _supports(found, "inflation") if "Argentina" in t[0]}


def test_undermined_efforts_are_no_stance_of_their_owner() -> None:
    found = triples_of("Egypt said the strikes were attempts to undermine Lebanon's efforts to restore calm in the south.")
    assert not {t for t in _supports(found, "calm") if "Lebanon" in t[0]}


def test_ambitions_of_concern_are_no_stance_of_their_owner() -> None:
    found = triples_of("Canberra voiced concern over Beijing's ambitions to build a naval base in the Pacific.")
    assert not {t for t in _supports(found, "naval base") if "China" in t[0]}


def test_own_efforts_still_support() -> None:
    found = triples_of("Kenya will continue its efforts to achieve a ceasefire in Sudan, the foreign minister said.")
    assert {t for t in _supports(found, "ceasefire") if "Kenya" in t[0]}


def test_agreeing_to_consult_supports_nothing() -> None:
    found = triples_of("Brazil and Chile agreed to consult closely in the coming weeks.")
    assert not _supports(found, "consult")


def test_agreeing_to_deepen_cooperation_supports_nothing() -> None:
    found = triples_of("Ghana and Togo agreed to expand and deepen cooperation in agriculture and energy.")
    assert not _supports(found, "cooperation")


def test_agreeing_to_hold_elections_still_supports() -> None:
    found = triples_of("The rival Libyan governments agreed to hold national elections in the spring.")
    assert _supports(found, "elections")


def test_agreeing_to_lift_sanctions_still_supports() -> None:
    found = triples_of("Ghana and Togo agreed to lift the sanctions on each other's traders.")
    assert _supports(found, "sanctions")


def test_welcoming_a_visit_supports_nothing() -> None:
    found = triples_of("The Chilean foreign minister welcomed the Peruvian minister's visit to Santiago.")
    assert not _supports(found, "visit")


def test_welcoming_participants_supports_nothing() -> None:
    found = triples_of("President Ruto welcomed all participants of the regional trade forum in Nairobi.")
    assert not _supports(found, "participants")


def test_welcoming_a_decision_still_supports() -> None:
    found = triples_of("The Chilean foreign minister welcomed Peru's decision to reopen the border crossing.")
    assert _supports(found, "decision")
