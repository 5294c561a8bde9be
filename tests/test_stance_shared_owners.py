"""A stance noun with "their" bound to a coordinated subject is each actor's (extract/context/
noun_holders.py shared_owners); on sentences of our own."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_their_support_is_each_subjects() -> None:
    found = _found("Chile and Peru expressed their support for the regional trade pact.")
    assert _has(found, "Chile", "supports", "regional trade pact")
    assert _has(found, "Peru", "supports", "regional trade pact")


def test_their_commitment_reaffirmed_is_each_subjects() -> None:
    found = _found("Chile and Peru reaffirmed their commitment to the regional trade pact.")
    assert _has(found, "Chile", "supports", "regional trade pact")
    assert _has(found, "Peru", "supports", "regional trade pact")


def test_their_after_another_object_is_not_the_subjects() -> None:
    found = _found("Chile and Peru criticized Bolivia for their support for the coup.")
    assert not _has(found, "Chile", "supports", "coup")
    assert not _has(found, "Peru", "supports", "coup")


def test_their_support_rejected_is_no_support() -> None:
    found = _found("Chile and Peru rejected their support for the regional trade pact.")
    assert not _has(found, "Chile", "supports", "regional trade pact")
