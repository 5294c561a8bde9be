"""Round twenty-four's council members: states an assembly elects "as members" of a body ("elect
Norway and Chile as non-permanent members of the Security Council") and the members listed
inverted after "Among its members are" (with a group noun and a colon, or the names alone), and
members of two bodies named together ("have become NATO and EU members").
Behaviour on texts of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


def test_states_elected_as_members_of_a_council() -> None:
    text = "The General Assembly met on Monday to elect Norway, Chile and Kenya as non-permanent members of the UN Security Council."
    pairs = pairs_of(text, "member_of")
    assert {("Norway", "UN_Security_Council"), ("Chile", "UN_Security_Council"), ("Kenya", "UN_Security_Council")} <= pairs


def test_a_person_elected_as_president_is_no_member() -> None:
    assert not pairs_of("The assembly elected Norway as chair of the working group.", "member_of")


def test_not_elected_is_no_member() -> None:
    text = "The General Assembly did not elect Belarus as a member of the UN Security Council."
    assert ("Belarus", "UN_Security_Council") not in pairs_of(text, "member_of")


def test_members_listed_after_among_its_members_with_a_colon() -> None:
    text = (
        "The UN Security Council meets in New York. "
        "Among its members are three nuclear powers: Britain, France and the United States."
    )
    pairs = pairs_of(text, "member_of")
    assert {("United_Kingdom", "UN_Security_Council"), ("France", "UN_Security_Council"),
            ("United_States", "UN_Security_Council")} <= pairs


def test_members_listed_after_among_its_members() -> None:
    text = "ASEAN met in Jakarta on Monday. Among its members are Vietnam, Laos and Cambodia."
    members = {holder for holder, body in pairs_of(text, "member_of") if body == "ASEAN"}
    assert {"Vietnam", "Laos", "Cambodia"} <= members


def test_among_its_guests_or_negated_names_no_members() -> None:
    assert not pairs_of("ASEAN met in Jakarta on Monday. Among its guests were Japan and India.", "member_of")
    assert not pairs_of("ASEAN met in Jakarta on Monday. Among its members are not Japan and India.", "member_of")


def test_members_of_two_bodies_named_together() -> None:
    pairs = pairs_of("Estonia and Latvia have become NATO and EU members.", "member_of")
    assert {("Estonia", "NATO"), ("Estonia", "European_Union"), ("Latvia", "European_Union")} <= pairs


def test_wishing_to_become_members_of_two_bodies_is_none() -> None:
    assert not pairs_of("Moldova and Georgia want to become NATO and EU members.", "member_of")
