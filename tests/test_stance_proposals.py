"""Proposals, on sentences of our own: what a proposal noun with a complement proposes is the
proposal itself ("a peace proposal for the war", not "the war"), without its owner; proposing
verbs that need a proposal as object also take principles, recommendations and position papers."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def _proposed(text: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in _found(text) if r == "proposes"}


def test_a_proposal_for_something_proposes_the_proposal_not_its_complement() -> None:
    found = _proposed("Egypt welcomed Turkey's plan for a humanitarian corridor in Gaza.")
    assert ("Turkey", "plan for a humanitarian corridor in Gaza") in found
    assert not any(target.startswith(("humanitarian corridor", "Turkey")) for _, target in found)


def test_a_formula_for_peace_is_proposed_whole() -> None:
    found = _found("Outlining a ten-point formula for peace, Zelensky asked for the return of all prisoners.")
    assert _has(found, "Volodymyr_Zelensky", "proposes", "formula for peace")
    assert ("Volodymyr_Zelensky", "proposes", "peace") not in found


@pytest.mark.parametrize(
    "text, holder, words",
    [
        ("Azerbaijan put forward the basic principles of a peace treaty with Armenia.", "Azerbaijan", ("principles",)),
        ("The European Union submitted its recommendations on the reform of the WTO.", "European_Union",
         ("recommendations",)),
        ("China put forward a 12-point position paper on the Ukraine crisis.", "China", ("position paper",)),
    ],
)
def test_principles_recommendations_and_papers_put_forward_are_proposals(
    text: str, holder: str, words: tuple[str, ...]
) -> None:
    assert _has(_found(text), holder, "proposes", *words)


def test_principles_only_cited_propose_nothing() -> None:
    assert not _proposed("Brazil cited the principles of the UN Charter in its speech.")


def test_a_deal_brokered_is_supported_not_proposed_and_a_departure_facilitated_is_neither() -> None:
    # round twelve: the broker backs the deal (CONVENTIONS supports), it does not propose it
    found = _found("The ceasefire brokered by Qatar took effect on Friday.")
    assert _has(found, "Qatar", "supports", "ceasefire") and not _has(found, "Qatar", "proposes", "ceasefire")
    assert not _proposed("Canada facilitated the safe departure of its diplomats from India.")


def test_the_architect_of_a_deal_supports_it_and_its_initiator_proposes_it() -> None:
    found = _found("Zarif, a key architect of the nuclear deal, said the agreement could still be revived.")
    assert _has(found, "Mohammad_Javad_Zarif", "supports", "nuclear deal")
    assert not _has(found, "Mohammad_Javad_Zarif", "proposes", "nuclear deal")
    assert _has(_found("Turkey, the initiator of the grain deal, called for its renewal."), "Turkey", "proposes", "grain deal")
