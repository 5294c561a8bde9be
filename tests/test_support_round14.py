"""Support, round fourteen, on sentences of our own: when agreeing states support and when it does
not (extract/stances/agreeing.py: the fellow agreer, an arranged meeting and an agreement only
wished support nothing), and a stance noun with "their" bound to a coordinated subject is each
actor's (extract/context/noun_holders.py shared_owners)."""

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


def test_the_fellow_agreer_is_no_target() -> None:
    found = _found("Chile's foreign minister agreed with his Peruvian counterpart to expand fisheries cooperation.")
    assert not _has(found, "Chile", "supports", "Peru")
    assert not any(r == "supports" and t in {"Peru", "Peruvian counterpart"} for _, r, t in found)


def test_agreeing_with_an_actor_alone_still_reads() -> None:
    assert _has(_found("Chile agreed with Peru."), "Chile", "supports", "Peru")


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru agreed to hold a meeting on the border next month.",  # an arranged meeting
        "Chile and Peru agreed to meet again in March.",
        "Chile and Peru agreed to hold talks in Lima.",
        "It is important that Chile and Peru agree on the new border treaty.",  # only wished
        "It is essential that Chile agrees to the new border treaty.",
    ],
)
def test_an_arranged_meeting_or_a_wished_agreement_supports_nothing(text: str) -> None:
    found = _found(text)
    assert not _supports(found, "Chile") and not _supports(found, "Peru")


def test_agreeing_to_hold_a_vote_supports_it() -> None:
    found = _found("Chile and Peru agreed to hold a referendum on the border treaty.")
    assert _has(found, "Chile", "supports", "referendum")


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru agree on the regional trade pact, the ministers said.",
        "Chile and Peru expressed their support for the regional trade pact.",  # "their": each subject's
        "Chile and Peru reaffirmed their commitment to the regional trade pact.",
    ],
)
def test_each_subject_supports_the_pact(text: str) -> None:
    found = _found(text)
    assert _has(found, "Chile", "supports", "regional trade pact")
    assert _has(found, "Peru", "supports", "regional trade pact")


def test_their_after_another_object_is_not_the_subjects() -> None:
    found = _found("Chile and Peru criticized Bolivia for their support for the coup.")
    assert not _has(found, "Chile", "supports", "coup")
    assert not _has(found, "Peru", "supports", "coup")


def test_their_support_rejected_is_no_support() -> None:
    found = _found("Chile and Peru rejected their support for the regional trade pact.")
    assert not _has(found, "Chile", "supports", "regional trade pact")


def test_little_or_no_confidence_is_no_support() -> None:
    assert not any(r == "supports" for _, r, _ in _found("Kenya has little confidence in the talks."))
    assert not any(r == "supports" for _, r, _ in _found("Uganda put no faith in the talks."))
    assert _has(_found("Kenya has full confidence in the talks."), "Kenya", "supports", "talks")
