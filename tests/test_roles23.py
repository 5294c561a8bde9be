"""Round twenty-three's roles: a party of the lexicon named in a title is read whole, before the
states its words may name ("the leader of the Movement for Socialism", "Citizens Coalition for
Change (CCC) leader"), and an acronym read as the party leaves no empty brackets in the office.
Behaviour on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of, roles_of

pytestmark = pytest.mark.model


def test_a_party_with_for_in_its_name_is_the_office_s_body() -> None:
    text = "The leader of the Movement for Socialism, Jane Okafor, said the vote was fair."
    assert ("Jane Okafor", "leader of Movement for Socialism") in roles_of(text)
    assert ("Jane_Okafor", "Movement_for_Socialism") in pairs_of(text, "member_of")


def test_a_party_the_title_starts_inside_is_read_whole() -> None:
    text = "OPPOSITION Citizens Coalition for Change (CCC) leader, John Mwangi, said the vote was flawed."
    assert ("John Mwangi", "leader of Citizens Coalition for Change") in roles_of(text)


def test_an_acronym_read_as_the_party_leaves_no_empty_brackets() -> None:
    roles = roles_of("CPN (UML) Chairman John Mwangi met the envoy on Monday.")
    assert roles and all("( )" not in office for _, office in roles)


def test_a_longer_name_that_ends_in_a_party_s_name_is_read_as_before() -> None:
    text = "Tom Reeve, leader of the Social Democratic Party of Germany, spoke on Monday."
    assert ("Tom Reeve", "leader of Social Democratic Party of Germany") in roles_of(text)


def test_a_title_word_that_starts_a_party_s_name_makes_no_party() -> None:
    text = "National Security Adviser Jake Okafor spoke on Monday."
    assert [office for _, office in roles_of(text)] == ["National Security Adviser"]
    assert not pairs_of(text, "member_of")


@pytest.mark.parametrize(
    "text",
    [
        "Peter Okafor (Wills, Australian Labor Party) asked the minister about the treaty.",
        "Richard Okafor (Corio, Australian Labor Party, Minister for Defence) answered the question.",
    ],
)
def test_a_party_among_the_seat_and_office_in_a_parliament_s_brackets(text: str) -> None:
    person = "_".join(text.split()[:2])
    assert (person, "Australian_Labor_Party") in pairs_of(text, "member_of")


def test_a_bracket_after_no_person_makes_no_member() -> None:
    assert not pairs_of("The talks (Kenya, Labour Party) ended on Monday.", "member_of")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Labour MEP Jane Okafor said the vote was fair.", "Labour_Party"),
        ("Jamaat-e-Islami (JI) Balochistan Emir Abdul Haq Okafor said the vote was fair.", "Jamaat_e_Islami"),
    ],
)
def test_a_party_s_emir_or_mep_is_its_member(text: str, party: str) -> None:
    assert any(target == party for _, target in pairs_of(text, "member_of"))


def test_a_td_of_a_party_holds_the_seat_and_is_its_member() -> None:
    text = "Sinn Féin TD Jane Okafor said the vote was fair."
    assert any(target == "Sinn_Fein" for _, target in pairs_of(text, "member_of"))
    assert any(office == "TD of Sinn Féin" for _, office in roles_of(text))


def test_the_emir_of_a_state_is_no_party_member() -> None:
    assert not pairs_of("The Emir of Qatar Sheikh Tamim met the envoy on Monday.", "member_of")


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Prime Minister the Honourable John Mwangi MP said the vote was fair.", "Prime Minister"),
        ("The outgoing Prime Minister, Hon John Mwangi, said the vote was fair.", "Prime Minister"),
    ],
)
def test_a_style_of_address_between_title_and_name(text: str, office: str) -> None:
    assert ("John Mwangi", office) in roles_of(text)


def test_a_department_of_a_long_title_is_no_person() -> None:
    text = ("The Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates, Jane Okafor, "
            "said the vote was fair.")
    assert all(holder != "African Cooperation" for holder, _ in roles_of(text))


def test_a_parliament_s_record_gives_the_seat_and_the_office() -> None:
    text = "Richard Okafor (Corio, Australian Labor Party, Minister for Defence) answered the question."
    roles = roles_of(text)
    assert ("Richard Okafor", "Member of Parliament for Corio") in roles
    assert ("Richard Okafor", "Minister for Defence") in roles


@pytest.mark.parametrize(
    "text",
    [
        "Jane Okafor (Kenya, Australian Labor Party) answered the question.",  # a state is no seat
        "Jane Okafor (Corio) answered the question.",  # no party among the parts
    ],
)
def test_brackets_without_a_seat_and_a_party_give_no_seat(text: str) -> None:
    assert not any(office.startswith("Member of Parliament") for _, office in roles_of(text))


def test_one_who_heads_a_party_is_its_member() -> None:
    text = "Alberto Okafor, who heads the centre-right Unity party, said the vote was fair."
    assert ("Alberto_Okafor", "Unity_party") in pairs_of(text, "member_of")
