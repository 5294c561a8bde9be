"""Demands read from a demand noun "for" someone "to" act, and expectations that only foretell
(extract/stances/nouns.py, extract/moods.py); on sentences of our own."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_a_demand_for_an_actor_to_act_asks_the_act_not_the_actor() -> None:
    found = _found("Peru ignored Chile's demands for Peruvian troops to leave the island.")
    assert _has(found, "Chile", "demands", "troops", "leave", "island")
    assert not any(h == "Chile" and r == "demands" and t == "Peru" for h, r, t in found)


def test_a_demand_for_several_doers_to_act_keeps_them_all_with_the_act() -> None:
    found = _found("Peru ignored Chile's demands for Peruvian troops and the ambassador to leave the country.")
    assert _has(found, "Chile", "demands", "troops", "ambassador", "leave", "country")
    assert not any(h == "Chile" and r == "demands" and t == "Peru" for h, r, t in found)


def test_a_demand_for_a_thing_keeps_its_purpose() -> None:
    found = _found("Peru ignored Chile's demand for talks to discuss the border.")
    assert _has(found, "Chile", "demands", "talks to discuss the border")


def test_an_expectation_of_how_things_will_go_is_no_demand() -> None:
    for text in (
        "“I expect that sooner or later our relations with Peru will return to normal,” Chile's president said.",
        "“We expect that talks will resume next week,” Chile's president said.",
    ):
        assert not any(r == "demands" for _, r, _ in _found(text)), text


def test_an_expectation_that_an_actor_will_act_is_a_demand_of_it() -> None:
    found = _found("“We expect that Peru will withdraw its boats from the river,” Chile's president said.")
    assert _has(found, "Chile", "demands", "Peru", "withdraw", "boats")


def test_a_stressed_need_to_engage_with_another_is_support_of_that_engagement() -> None:
    found = _found("Chile highlighted the need to engage with Bolivia to address water shortages.")
    assert _has(found, "Chile", "supports", "engage", "Bolivia")
    assert not any(r == "demands" and "Bolivia" in t for _, r, t in found)
    found = _found("Chile stressed the need to establish constructive relations with Bolivia.")
    assert _has(found, "Chile", "supports", "relations", "Bolivia")
    assert not any(r == "demands" for _, r, _ in found)


def test_a_need_agreed_on_to_build_ties_is_support_but_a_need_for_a_ceasefire_is_a_demand() -> None:
    found = _found("Chile and Peru agreed on the need to establish constructive relations with Bolivia.")
    assert _has(found, "Chile", "supports", "establish", "relations", "Bolivia")
    assert not any(r == "demands" for _, r, _ in found)
    found = _found("Chile and Peru agreed on the need to establish a ceasefire along the border.")
    assert _has(found, "Chile", "demands", "ceasefire", "border")


def test_a_need_for_another_to_engage_is_a_demand_of_it() -> None:
    found = _found("Chile stressed the need for Peru to work with Bolivia on the river.")
    assert _has(found, "Chile", "demands", "Peru", "work", "Bolivia")
    assert not _has(found, "Chile", "supports", "work", "Bolivia")


def test_a_call_for_an_actor_to_act_demands_the_act_of_it() -> None:
    found = _found("Chile called for Peru to withdraw its boats from the river.")
    assert _has(found, "Chile", "demands", "Peru", "withdraw", "boats")
    found = _found("Chile called for the detained fishermen to be released.")
    assert _has(found, "Chile", "demands", "fishermen", "released")


def test_a_call_denied_or_a_plain_call_for_a_thing_stays_as_it_was() -> None:
    assert not any(r == "demands" for _, r, _ in _found("Chile did not call for Peru to withdraw its boats."))
    assert _has(_found("Chile called for an end to the raids."), "Chile", "demands", "end", "raids")


def test_what_it_is_imperative_to_do_is_a_demand_but_not_when_denied() -> None:
    found = _found("“It is imperative to restore the ceasefire on the border,” Chile's foreign minister said.")
    assert _has(found, "Chile", "demands", "restore", "ceasefire")
    found = _found("“It is not imperative to restore the ceasefire on the border,” Chile's foreign minister said.")
    assert not any(r == "demands" for _, r, _ in found)


def test_what_it_is_imperative_for_another_to_do_is_demanded_of_it() -> None:
    found = _found("“It is imperative for Peru to withdraw its boats,” Chile's foreign minister said.")
    assert _has(found, "Chile", "demands", "Peru withdraw", "boats")


def test_what_it_is_impossible_to_do_rejects_nothing() -> None:
    for text in (
        "“It’s impossible to develop relations between Chile and Peru as if nothing had happened,” Chile's foreign minister said.",
        "In this regard, it is impossible not to think about how we can build our work on security, Chile's minister said.",
    ):
        assert not any(r in {"rejects", "opposes"} for _, r, _ in _found(text)), text


def test_no_one_demands_that_its_own_troops_leave() -> None:
    found = _found("Chile ignored their demands for Chilean troops and the ambassador to leave the country.")
    assert not any(h == "Chile" and r == "demands" for h, r, _ in found)
