"""Round twenty-four's titles: a rank whose full stop the tokenizer split off between a title and a
name ("Press Secretary Maj. Gen. Jane Doe"), an office hyphenated around "in" ("Chair-in-Office"),
"Gov." before a name, an office with a "for" phrase right before the name ("the envoy for the
dialogue Jane Doe"), and a parliament's speaker lines, kept as text. Behaviour on texts of our own."""

from __future__ import annotations

import pytest
from conftest import office_of, pairs_of, roles_of

from statgraph.headline_case import is_headline, speaker_line

pytestmark = pytest.mark.model


def test_a_rank_with_a_split_full_stop_between_title_and_name() -> None:
    roles = roles_of("Army Commander Lt. Gen. Sam Okafor said the troops would leave.")
    assert office_of(roles, "Okafor") == ["Army Commander"]


def test_an_office_hyphenated_around_in_is_read_whole() -> None:
    roles = roles_of("Chair-in-Office Minister Ian Okafor arrived in Vienna on Monday.")
    assert office_of(roles, "Okafor") == ["Chair-in-Office Minister"]


def test_gov_before_a_name_is_a_governor() -> None:
    roles = roles_of("Gov. Tina Okafor said the troops were not needed.")
    assert office_of(roles, "Okafor") == ["Governor"]


def test_an_office_with_a_for_phrase_right_before_the_name() -> None:
    roles = roles_of("The UN envoy for the peace process Jane Okafor said the talks would resume.")
    assert office_of(roles, "Okafor") == ["envoy of United Nations for the peace process"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Peter Okafor (Wills, Australian Labor Party)", True),
        ("Tom Reeve (Harrow East) (Con)", True),
        ("Deputy Jane Okafor (Dublin West, Sinn Féin)", True),
        ("Russia Slams NATO Expansion (Video)", False),
        ("Putin Meets Xi In Beijing (Updated, With Video)", False),
        ("Kremlin Says Moscow, Havana Have Synchronised Positions", False),
    ],
)
def test_a_speaker_line_is_no_headline(line: str, speaker: bool) -> None:
    assert speaker_line(line) is speaker
    assert is_headline(line) is not speaker


def test_a_speaker_line_in_a_record_gives_the_members_party() -> None:
    text = (
        "Defence Policy\n\nPeter Okafor (Wills, Australian Labor Party)\n\n"
        "My question is to the minister. What is the plan for the fleet?\n"
    )
    assert ("Peter_Okafor", "Australian_Labor_Party") in pairs_of(text, "member_of")


def test_an_initial_and_a_surname_after_a_title_name_a_person() -> None:
    roles = roles_of("President of Mongolia U. Okafor met the prime minister on Monday.")
    assert ("Okafor", "President of Mongolia") in roles


def test_the_office_before_a_comma_and_a_one_word_title() -> None:
    text = "Nigeria's Minister of Foreign Affairs, Ambassador Yusuf Okafor, has called on the states to return."
    assert set(office_of(roles_of(text), "Okafor")) == {"Ambassador", "Minister of Foreign Affairs of Nigeria"}


def test_a_title_after_an_adverbial_comma_is_still_the_names() -> None:
    roles = roles_of("After the talks with the minister, President Tom Okafor said the vote was fair.")
    assert office_of(roles, "Okafor") == ["President"]


def test_two_titles_a_comma_parts_before_a_name() -> None:
    roles = roles_of("They met the OSCE Chairperson-in-Office, Slovak Foreign Minister Jan Okafor, on Monday.")
    assert set(office_of(roles, "Okafor")) == {"Chairperson-in-Office of OSCE", "Foreign Minister of Slovakia"}


def test_titles_of_two_people_in_a_list_are_not_chained() -> None:
    roles = roles_of("Finance Minister Tom Reeve, Foreign Minister Jan Okafor and others met.")
    assert office_of(roles, "Okafor") == ["Foreign Minister"]


def test_a_style_of_address_after_the_office_and_a_comma() -> None:
    text = "The President of the Republic of Uganda, His Excellency Yoweri Okafor, opened the summit."
    assert office_of(roles_of(text), "Okafor") == ["President of the Republic of Uganda"]


def test_an_abbreviated_style_before_the_office_is_no_word_of_it() -> None:
    roles = roles_of("The chairman of the summit, H.E President Evariste Okafor, opened the meeting.")
    assert "President" in office_of(roles, "Okafor")


@pytest.mark.parametrize(
    "text",
    [
        "Protecting our resources is our duty, Prime Minister Hon. Manasseh Okafor MP, reminded leaders.",
        "Foreign Minister H.E. Amb. Mauro Okafor arrived on Monday.",
    ],
)
def test_an_abbreviated_rank_is_no_name(text: str) -> None:
    assert all(holder not in {"Hon", "H.E. Amb", "Amb"} for holder, _ in roles_of(text))


@pytest.mark.parametrize(
    ("text", "surname", "office"),
    [
        ("We, Prime Minister Kenji Okafor, President Tom Reeve, and others met.", "Reeve", "President"),
        ("Mr. Secretary-General, Special Envoy Jan Okafor, distinguished colleagues, I begin.", "Okafor", "Special Envoy"),
    ],
)
def test_another_persons_title_or_an_address_is_not_chained(text: str, surname: str, office: str) -> None:
    assert office_of(roles_of(text), surname) == [office]


def test_a_body_whose_name_has_of_in_it_owns_the_office_whole() -> None:
    text = "The Secretary General of the Organization of American States, Albert Okafor, said the vote was fair."
    assert office_of(roles_of(text), "Okafor") == ["Secretary General of Organization of American States"]


def test_an_office_the_lexicon_also_names_as_a_body_is_still_the_persons() -> None:
    roles = roles_of("United Nations High Commissioner for Refugees Filippo Okafor arrived in Damascus.")
    assert office_of(roles, "Okafor") == ["High Commissioner for Refugees of United Nations"]
