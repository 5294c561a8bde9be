"""Support and proposals, round twenty, on sentences of our own: texts put before a parliament
([proposes] proposal_objects: legislation, reforms) and dispositions named by a noun ([supports]
nouns: desire, openness, intent, determination)."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_legislation_and_reforms_put_forward_are_proposed() -> None:
    assert _has(_found("Senator Lindsey Graham introduced legislation on Russia sanctions."),
                "Lindsey_Graham", "proposes", "legislation")
    assert _has(_found("Colombian President Gustavo Petro unveiled a pension reform on Monday."),
                "Gustavo_Petro", "proposes", "reform")


def test_a_desire_or_openness_named_by_a_noun_supports_what_it_is_for() -> None:
    assert _has(_found("India expressed its desire for closer ties with Japan."), "India", "supports", "ties")
    assert _has(_found("Finland expressed openness to talks with Russia."), "Finland", "supports", "talks")
    found = _found("China reaffirmed its determination to defend its sovereignty.")
    assert _has(found, "China", "supports", "sovereignty")
    assert not _has(found, "China", "supports", "determination")  # the noun speaks; it is no target


def test_no_desire_is_no_support() -> None:
    assert not _has(_found("Russia showed no desire for talks with Finland."), "Russia", "supports", "talks")
