"""Stances no rule read before, on text of our own: votes given as "no"/"yes" or after "among
the countries that voted ...", hopes for what another side will do, and priorities."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model

_DRAFT = "The council debated a Brazilian draft resolution on fishing rights.\n\n"


def test_voting_no_opposes_the_text_put_to_the_vote() -> None:
    found = _found(_DRAFT + "Norway and Japan, two members with a veto, voted no.")
    assert _has(found, "Norway", "opposes", "resolution")
    assert _has(found, "Japan", "opposes", "resolution")
    assert not _has(found, "Norway", "supports", "resolution")


def test_the_voters_named_after_among_the_countries_that_voted_are_the_holders() -> None:
    found = _found(_DRAFT + "Among the countries that voted in favour were Peru, Chile and Mexico.")
    for state in ("Peru", "Chile", "Mexico"):
        assert _has(found, state, "supports", "resolution"), state
    assert not any(h == "Brazil" and r == "supports" for h, r, _ in found)


def test_a_no_vote_with_no_text_named_and_a_negated_vote_state_nothing() -> None:
    assert not any(r == "opposes" for _, r, _ in _found("Peru voted no."))
    assert not any(r == "opposes" for _, r, _ in _found(_DRAFT + "Peru did not vote no."))
