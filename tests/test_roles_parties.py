"""holds_role on text of our own (round twelve): the leader of a party the lexicon does not know
("XYZ leader Ana Lind", "Ana Lind, leader of the Green Future Movement party"), the opposition's
leader, an office still to be taken ("chancellor-in-waiting", "expected to elect her as prime
minister"), and "President-elect" read whole."""

from __future__ import annotations

import pytest
from conftest import office_of, roles_of

pytestmark = pytest.mark.model


def test_acronym_party_leader_before_a_name() -> None:
    roles = roles_of("KLP leader Jonas Brandt said the coalition talks had failed.")
    assert office_of(roles, "Brandt") == ["leader of KLP"]


def test_named_party_leader_before_a_name() -> None:
    roles = roles_of("Harmony Party chief Lena Vogt told reporters that the vote would be close.")
    assert office_of(roles, "Vogt") == ["chief of Harmony Party"]


def test_party_with_acronym_in_parentheses_before_a_name() -> None:
    roles = roles_of("Liberty Union (LU) leader Jonas Brandt rejected the budget on Tuesday.")
    assert office_of(roles, "Brandt") == ["leader of Liberty Union"]


def test_joined_acronyms_and_a_deputy() -> None:
    roles = roles_of("Deputy ABC/DEF parliamentary group leader Jonas Brandt spoke first.")
    assert office_of(roles, "Brandt") == ["Deputy parliamentary group leader of ABC/DEF"]


def test_party_leader_in_apposition() -> None:
    roles = roles_of("Lena Vogt, leader of the Green-Future Movement party, said she would vote no.")
    assert office_of(roles, "Vogt") == ["leader of Green-Future Movement"]


def test_leader_of_a_place_or_a_possessor_is_no_party_office() -> None:
    # near misses: a place's or a possessor's leader names no party
    assert not office_of(roles_of("Lena Vogt, the leader of Northern Europe's largest economy, spoke."), "Vogt")
    assert not office_of(roles_of("The family leader Lena Vogt spoke at the funeral."), "Vogt")


def test_opposition_leader_before_a_name() -> None:
    roles = roles_of("Main opposition leader Jonas Brandt called the result a fraud.")
    assert office_of(roles, "Brandt") == ["Main opposition leader"]


def test_name_after_and_takes_no_office_of_the_phrase_before() -> None:
    roles = roles_of("Jonas Brandt, Leader of the Opposition in the Senate and Harmony MP, spoke at the event.")
    assert not [holder for holder, _ in roles if "Harmony" in holder]


def test_office_in_waiting_is_not_held() -> None:
    roles = roles_of("Jonas Brandt, the chancellor-in-waiting, hopes to form a government by May.")
    assert not office_of(roles, "Brandt")
    assert not office_of(roles_of("The would-be president Jonas Brandt met the unions."), "Brandt")
    # near miss: the office itself is held
    assert office_of(roles_of("Jonas Brandt, the chancellor, hopes to form a government by May."), "Brandt")


def test_office_to_be_given_by_an_infinitive_is_not_held() -> None:
    assert not office_of(roles_of("Parliament is expected to elect Maria Lopez as prime minister next week."), "Lopez")
    assert office_of(roles_of("Parliament elected Maria Lopez as prime minister on Monday."), "Lopez") == [
        "prime minister"
    ]


def test_president_elect_read_whole() -> None:
    roles = roles_of("President-elect Bernardo Ortiz met the outgoing cabinet on Friday.")
    assert office_of(roles, "Ortiz") == ["President-elect"]


def test_party_leader_with_a_long_name_in_apposition() -> None:
    roles = roles_of("Lena Vogt, leader of the centre-left People's Party for Justice and Progress (PJP), said no.")
    assert office_of(roles, "Vogt") == ["leader of People's Party"]


def test_party_leader_title_joined_to_another_office() -> None:
    roles = roles_of("KLP leader and Finance Minister Jonas Brandt presented the budget.")
    assert sorted(office_of(roles, "Brandt")) == ["Finance Minister", "leader of KLP"]
    roles = roles_of("Chilean Interior Minister and Harmony Party chief Jonas Brandt presented the plan.")
    assert sorted(office_of(roles, "Brandt")) == ["Interior Minister of Chile", "chief of Harmony Party"]


def test_a_second_office_in_apposition_after_a_title() -> None:
    roles = roles_of("Former premier Jonas Brandt, the leader of the 7-Star Movement (SSM), said no.")
    assert "leader of 7-Star Movement" in office_of(roles, "Brandt")
    # near miss: the same office again is said once
    assert len(office_of(roles_of("President Jonas Brandt, the Chilean president, said no."), "Brandt")) == 1


def test_the_opposition_leader_before_a_name_holds_that_office() -> None:
    # round fifteen: "opposition" is a word of a title ("Opposition leader X", as "Leader of the Opposition")
    assert office_of(roles_of("Opposition leader Mark Hensley said the budget was a disgrace."), "Hensley") == [
        "Opposition leader"]
    # near miss: the opposition's supporters name no office
    assert not office_of(roles_of("Opposition supporters cheered Mark Hensley in the square."), "Hensley")
