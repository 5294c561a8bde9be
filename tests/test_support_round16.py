"""Support and opposition, round sixteen, on sentences of our own: formulae of reporting that
carry a stance without a stance verb as their head (extract/stances/formulae.py): passing a text,
consent given, importance attached, protests held, mutual backing."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_passing_a_bill_supports_it() -> None:
    assert _has(_found("The Chilean parliament passed the fisheries bill on Tuesday."), "Parliament_of_Chile", "supports", "fisheries bill")
    found = _found("The fisheries bill, drafted by the ministry and passed by the Chilean parliament in April, was delayed.")
    assert _has(found, "Parliament_of_Chile", "supports", "fisheries bill")


def test_passing_anything_else_or_not_passing_states_nothing() -> None:
    assert not any(r == "supports" for _, r, _ in _found("Chile passed the ball to Peru in the second half."))
    assert not any(r == "supports" for _, r, _ in _found("Chile did not pass the fisheries bill."))
    assert not any(r == "supports" for _, r, _ in _found("If Chile passed the fisheries bill, Peru would protest."))


def test_a_green_light_or_a_nod_supports_what_it_is_given_to() -> None:
    found = _found("Chile gave the green light to the new fisheries agreement with Peru.")
    assert _has(found, "Chile", "supports", "fisheries agreement")
    found = _found("Chile gave its nod to the purchase of six patrol boats.")
    assert _has(found, "Chile", "supports", "purchase")


def test_a_light_that_is_not_green_consents_to_nothing() -> None:
    assert not any(r == "supports" for _, r, _ in _found("Chile gave a light to the tired sailors of Peru."))


def test_attaching_importance_supports_it() -> None:
    found = _found("Chile attaches great importance to the restoration of calm in the region.")
    assert _has(found, "Chile", "supports", "restoration of calm")
    assert not _has(_found("Chile does not attach any importance to the restoration of calm."), "Chile", "supports", "calm")


def test_holding_protests_against_something_opposes_it() -> None:
    found = _found("The Chilean Socialist Party held protests against the new pension law on Sunday.")
    assert any(r == "opposes" and "pension law" in t for _, r, t in found)
    found = _found("The Chilean Socialist Party held protests in Santiago on Sunday.")
    assert not any(r == "opposes" for _, r, _ in found)


def test_backing_each_other_is_support_both_ways() -> None:
    found = _found("Chile and Peru said on Saturday that they backed each other.")
    assert _has(found, "Chile", "supports", "Peru")
    assert _has(found, "Peru", "supports", "Chile")
    found = _found("Chile and Peru did not support each other at the summit.")
    assert not any(r == "supports" for _, r, _ in found)


def test_introducing_a_resolution_proposes_it() -> None:
    found = _found("The resolution was introduced by Chile and Peru.")
    assert _has(found, "Chile", "proposes", "resolution")
    assert _has(found, "Peru", "proposes", "resolution")
    assert not any(r == "proposes" for _, r, _ in _found("Chile introduced the new ambassador to the press."))


def test_help_pledged_to_each_other_in_a_matter_is_no_backing_of_each_other() -> None:
    found = _found("Chile and Peru agreed that they will support each other in safeguarding their fisheries.")
    assert not _has(found, "Chile", "supports", "Peru")


def test_a_passed_text_is_named_without_the_clause_that_passes_it() -> None:
    found = _found("The aid package that the Chilean parliament passed on Tuesday includes funds for schools.")
    assert ("Parliament_of_Chile", "supports", "aid package") in found


def test_sanctions_placed_and_a_blockade_imposed_support_them() -> None:
    found = _found("Chile has placed new sanctions against Peru.")
    assert _has(found, "Chile", "supports", "sanctions on Peru")
    found = _found("The blockade imposed by Chile against Peru has lasted ten years, the minister said.")
    assert _has(found, "Chile", "supports", "blockade on Peru")
    assert not any(r == "supports" for _, r, _ in _found("Chile lifted its naval blockade on Peru."))
