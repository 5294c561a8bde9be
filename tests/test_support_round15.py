"""Support, round fifteen, on sentences of our own: an intention whose act is the holder's own
errand states no stance (extract/stances/errands.py: "plans to discuss X", "aims to visit Y"),
while an intended act of policy still supports it."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def _supports(found: set[tuple[str, str, str]], holder: str) -> list[str]:
    return [t for h, r, t in found if h == holder and r == "supports"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean government plans to discuss the fisheries dispute with Peruvian officials in Lima next week.",
        "Chile aims to visit every member of the Andean Community before the end of the year.",
        "Chile intends to express the same position at the next regional summit.",
        "Chile wants to attend the summit on river basins in Quito.",
    ],
)
def test_an_intended_errand_supports_nothing(text: str) -> None:
    assert _supports(_found(text), "Chile") == []


def test_an_intended_act_of_policy_still_supports_it() -> None:
    found = _found("Chile plans to revoke its ratification of the fisheries treaty.")
    assert _has(found, "Chile", "supports", "revoke")
    found = _found("Chile wants to restore diplomatic relations with Peru.")
    assert _has(found, "Chile", "supports", "restore", "relations")


def test_sponsoring_a_text_put_to_a_vote_proposes_it() -> None:
    found = _found("Chile and Peru sponsored the draft resolution on fisheries in the Pacific.")
    assert _has(found, "Chile", "proposes", "resolution")
    assert not _has(found, "Chile", "supports", "resolution")
    found = _found("The bill, sponsored by Senator Ana Lopez, would ban bottom trawling.")
    assert not any(r == "supports" and "bill" in t for _, r, t in found)


def test_sponsoring_anything_else_still_backs_it() -> None:
    found = _found("Chile sponsored the peace talks between the two factions.")
    assert _has(found, "Chile", "supports", "talks")


def test_wanting_what_only_another_side_can_grant_demands_it() -> None:
    found = _found("Chile wants a binding agreement on the use of the river.")
    assert _has(found, "Chile", "demands", "agreement")
    assert not _has(found, "Chile", "supports", "agreement")
    assert _has(_found("Chile wants an apology from the Peruvian president."), "Chile", "demands", "apology")


def test_wanting_peace_still_supports_it() -> None:
    assert _has(_found("Chile wants peace and stability in the region."), "Chile", "supports", "peace")


def test_support_had_from_another_is_the_other_side_s() -> None:
    found = _found("Chile has the full support of Peru, its foreign minister said on Monday.")
    assert _has(found, "Peru", "supports", "Chile")
    assert not _has(found, "Chile", "supports", "Peru")
    found = _found("Chile does not have the backing of Peru.")
    assert not any(r == "supports" for _, r, _ in found)


def test_support_one_gives_still_reads_as_the_giver_s() -> None:
    found = _found("Chile expressed its full support for Peru's bid to host the summit.")
    assert _has(found, "Chile", "supports", "bid")
