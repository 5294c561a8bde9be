"""Round twenty-one's warnings and proposals, on sentences of our own: the one a warning is
addressed to is warned ("warned Ethiopia against unilateral steps"); an owner's proposed thing
is proposed ("Putin's proposed negotiations"); "outline" proposes only a plan or a proposal."""

from __future__ import annotations

import pytest

from conftest import triples_of as _found

pytestmark = pytest.mark.model


def _of(text: str, relation: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in _found(text) if r == relation}


def test_the_one_warned_against_an_act_is_warned() -> None:
    warned = _of("Egypt warned Ethiopia against unilateral steps on the dam.", "warns")
    assert ("Egypt", "Ethiopia") in warned


def test_the_one_warned_of_consequences_is_warned_besides_the_consequences() -> None:
    warned = _of("China warned Japan of serious consequences.", "warns")
    assert ("China", "Japan") in warned
    assert ("China", "serious consequences") in warned


def test_a_denied_warning_warns_no_one() -> None:
    assert not _of("China did not warn Japan of serious consequences.", "warns")


def test_a_warning_against_an_act_with_no_one_named_warns_no_party() -> None:
    assert not any(t == "Ethiopia" for _, t in _of("Egypt warned against unilateral steps by Ethiopia.", "warns"))


def test_an_owners_proposed_thing_is_proposed_by_the_owner() -> None:
    assert ("Vladimir_Putin", "direct negotiations") in _of(
        "Vladimir Putin's proposed direct negotiations aim at a lasting peace.", "proposes"
    )


def test_a_pronoun_owner_of_proposed_reforms_is_its_antecedent() -> None:
    proposed = _of("Gustavo Petro expects approval of his proposed reforms.", "proposes")
    assert ("Gustavo_Petro", "reforms") in proposed


def test_a_planned_thing_or_a_proposed_one_without_owner_is_no_proposal() -> None:
    assert not _of("The EU's planned tax on carbon is disputed.", "proposes")
    assert not _of("Congress rejected the proposed law.", "proposes")


def test_outlining_proposes_a_plan_but_not_rules_or_a_purpose() -> None:
    assert ("Friedrich_Merz", "specific plans for border control") in _of(
        "Friedrich Merz outlined specific plans for border control.", "proposes"
    )
    assert not _of("Roberto Velasco outlined some ground rules.", "proposes")
    assert not _of("President Evariste Ndayishimiye outlined the purpose of the meeting.", "proposes")


def test_the_owner_of_a_proposed_membership_undergoes_it_and_proposes_nothing() -> None:
    assert not any(h == "Ukraine" for h, _ in _of("Ukraine's proposed EU membership would add security.", "proposes"))


def test_an_invitation_to_meet_or_join_proposes_the_meeting() -> None:
    proposed = _of("Joe Biden invited Vladimir Putin to hold a face-to-face meeting in a third country.", "proposes")
    assert any(h == "Joe_Biden" and "face-to-face meeting" in t for h, t in proposed)
    proposed = _of("India invites the United Kingdom to join its National Hydrogen Mission.", "proposes")
    assert any(h == "India" and "join" in t and "Hydrogen Mission" in t for h, t in proposed)


def test_an_invitation_to_do_anything_else_or_a_denied_one_proposes_nothing() -> None:
    assert not _of("Argentina invites the United Kingdom to resume negotiations on the dispute.", "proposes")
    assert not _of("Egypt did not invite Israel to join the talks.", "proposes")
