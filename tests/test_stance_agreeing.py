"""When agreeing states support and when it does not (extract/stances/agreeing.py): the fellow
agreer, an arranged meeting and an agreement only wished support nothing; on sentences of our own."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def _supports(found: set[tuple[str, str, str]], holder: str) -> list[str]:
    return [t for h, r, t in found if h == holder and r == "supports"]


def test_agreeing_with_a_proposal_or_on_a_plan_supports_it() -> None:
    found = _found("Chile agreed with Peru's proposal for a joint commission.")
    assert _has(found, "Chile", "supports", "proposal", "joint commission")
    found = _found("Chile and Peru agree on the new border treaty, the ministers said.")
    assert _has(found, "Chile", "supports", "border treaty")
    assert _has(found, "Peru", "supports", "border treaty")


def test_the_fellow_agreer_is_no_target() -> None:
    found = _found("Chile's foreign minister agreed with his Peruvian counterpart to expand fisheries cooperation.")
    assert not _has(found, "Chile", "supports", "Peru")
    assert not any(r == "supports" and t in {"Peru", "Peruvian counterpart"} for _, r, t in found)


def test_agreeing_with_an_actor_alone_still_reads() -> None:
    assert _has(_found("Chile agreed with Peru."), "Chile", "supports", "Peru")


def test_an_arranged_meeting_is_no_stance() -> None:
    for text in (
        "Chile and Peru agreed to hold a meeting on the border next month.",
        "Chile and Peru agreed to meet again in March.",
        "Chile and Peru agreed to hold talks in Lima.",
    ):
        found = _found(text)
        assert not _supports(found, "Chile") and not _supports(found, "Peru"), text


def test_agreeing_to_hold_a_vote_supports_it() -> None:
    found = _found("Chile and Peru agreed to hold a referendum on the border treaty.")
    assert _has(found, "Chile", "supports", "referendum")


def test_an_agreement_only_wished_is_none() -> None:
    for text in (
        "It is important that Chile and Peru agree on the new border treaty.",
        "It is essential that Chile agrees to the new border treaty.",
    ):
        found = _found(text)
        assert not _supports(found, "Chile") and not _supports(found, "Peru"), text
