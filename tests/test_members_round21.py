"""Memberships told by founding announced and by a name given to a list of states (round
twenty-one). Sentences of our own."""

from __future__ import annotations

from conftest import pairs_of


def _members(text: str) -> set[str]:
    return {h for h, _ in pairs_of(text, "member_of")}


def test_states_announcing_a_bodys_creation_are_its_members() -> None:
    text = "Kenya, Uganda and Tanzania announced the creation of the East African Community in Arusha."
    assert {"Kenya", "Uganda", "Tanzania"} <= _members(text)


def test_founders_after_a_time_the_parser_took_for_a_subject() -> None:
    text = "In mid-March, Kenya, Uganda and Tanzania announced the creation of the East African Community."
    assert {"Kenya", "Uganda", "Tanzania"} <= _members(text)


def test_a_creation_welcomed_or_a_plan_announced_tells_no_membership() -> None:
    assert not _members("Kenya welcomed the creation of the East African Community.")
    assert not _members("Kenya announced the creation of a new ministry of trade.")


def test_states_collectively_known_by_a_bodys_name_are_its_members() -> None:
    text = "The governments of Mali, Niger and Burkina Faso, collectively known as the Alliance of Sahel States, met in Bamako."
    assert {"Mali", "Niger", "Burkina_Faso"} <= _members(text)


def test_a_state_known_by_another_name_is_no_member() -> None:
    assert not _members("Burkina Faso, known as Upper Volta until 1984, met Ghana.")
    assert not _members("Kenya and Uganda, known as the Alliance of Sahel States, met.")
