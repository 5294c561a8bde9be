"""holds_role on text of our own (round sixteen): office words of parliaments, courts, firms and
consulates, abbreviated titles, a chamber's Speaker, portfolios after "for", "Under
Secretary", states of two words before a possessive, counterparts, leaders of a known state and
plural titles before a list of names."""

from __future__ import annotations

import pytest
from conftest import office_of, roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "surname", "office"),
    [
        ("Green MP Lotte Harwood voted for the motion on Monday.", "Harwood", "Green MP"),
        ("Justice Amaka Obiora read the ruling of the tribunal.", "Obiora", "Justice"),
        ("Taoiseach Ciaran Dunne said Ireland would help.", "Dunne", "Taoiseach"),
        ("Sen. Marisol Dacanay voted against the bill.", "Dacanay", "Senator"),
        ("Sultan Hamid Baharuddin received the envoy in the palace.", "Baharuddin", "Sultan"),
        ("Consul-General Teo Wen Jie wrote the post on Sunday.", "Wen Jie", "Consul-General"),
    ],
)
def test_office_words_of_parliaments_courts_and_consulates(text: str, surname: str, office: str) -> None:
    assert office_of(roles_of(text), surname) == [office]


def test_a_capitalised_speaker_is_a_chambers_office() -> None:
    assert office_of(roles_of("Speaker Farid Qasimi adjourned the session."), "Qasimi") == ["Speaker"]
    # a speaker at an event holds no office
    assert not roles_of("A keynote speaker Farid Qasimi opened the forum.")


def test_portfolio_after_for_and_joined_departments() -> None:
    roles = roles_of(
        "The letter went to European Commissioner for Budget Pawel Wrona and Commissioner for "
        "Democracy and Justice Niamh Coyle on Friday."
    )
    assert office_of(roles, "Wrona") == ["European Commissioner for Budget"]
    # the department after "and" is no title of its own ("Justice Niamh Coyle")
    assert office_of(roles, "Coyle") == ["Commissioner for Democracy and Justice"]


def test_for_phrase_inside_a_title_and_under_secretary() -> None:
    roles = roles_of("Assistant Secretary of State for Near Eastern Affairs Dana Whitlock arrived in Cairo.")
    assert office_of(roles, "Whitlock") == ["Assistant Secretary of State for Near Eastern Affairs"]
    roles = roles_of("US Under Secretary for Political Affairs Dana Whitlock hosted the signing.")
    assert office_of(roles, "Whitlock") == ["Under Secretary for Political Affairs of United States"]


def test_a_state_of_two_words_before_a_possessive() -> None:
    roles = roles_of("North Korea’s leader Ri Song Chol watched the launch.")
    assert office_of(roles, "Song Chol") == ["leader of North Korea"]
    # a person's possessive is not the owner
    assert not office_of(roles_of("Marta Ruiz's aide Tomas Vidal left."), "Vidal")


def test_counterparts_of_a_plural_possessor_a_subject_and_from_a_state() -> None:
    roles = roles_of(
        "Polish Prime Minister Jan Kowal and Czech Prime Minister Petr Novy met their Slovak counterpart Ivan Hudec."
    )
    assert office_of(roles, "Hudec") == ["Prime Minister of Slovakia"]
    roles = roles_of("Indonesian Foreign Minister Sari Wulandari met Thai counterpart Somchai Boonmee in Jakarta.")
    assert office_of(roles, "Boonmee") == ["Foreign Minister of Thailand"]
    roles = roles_of("Bangladesh Foreign Minister Karim Hossain met his counterpart from Nepal Ram Adhikari.")
    assert office_of(roles, "Adhikari") == ["Foreign Minister of Nepal"]
    # without a possessor whose office is known, no counterpart's office
    assert not office_of(roles_of("The crowd cheered Thai counterpart Somchai Boonmee."), "Boonmee")


def test_plural_titles_before_a_list_of_names() -> None:
    roles = roles_of("The Foreign Ministers of Chile and Peru, Camila Rojas and Luis Quispe, met in Lima.")
    assert office_of(roles, "Rojas") == ["Foreign Minister of Chile"]
    assert office_of(roles, "Quispe") == ["Foreign Minister of Peru"]
    roles = roles_of("The forum heard former Prime Ministers Owen Blake of Jamaica and Rhea Salt of Barbados.")
    assert office_of(roles, "Blake") == ["former Prime Minister of Jamaica"]
    assert office_of(roles, "Salt") == ["former Prime Minister of Barbados"]
    roles = roles_of("The court jailed opposition leaders Marco Pineda and Lucia Arvelo.")
    assert office_of(roles, "Pineda") == ["opposition leader"]
    # two offices joined before the names: which is whose, the text does not say
    assert not roles_of("Bolivia's current and former presidents Marco Pineda and Lucia Arvelo clashed.")
    # leaders of no body named
    assert not roles_of("The leaders Marco Pineda and Lucia Arvelo met.")


def test_a_leader_of_a_state_the_lexicon_knows() -> None:
    roles = roles_of("The statement named regime leader Kim Jong Un as its author.")
    assert office_of(roles, "Kim Jong Un") == ["regime leader of North Korea"]
    # a word that may name another body: no state's office
    assert not office_of(roles_of("The rebel leader Kim Jong Un spoke."), "Kim Jong Un")
    # a person whose state nobody knows
    assert not roles_of("The statement named regime leader Marco Pineda as its author.")


def test_a_title_before_a_comma_and_a_rank() -> None:
    roles = roles_of("Omani Energy Minister, Prince Talal bin Saif, said the cut was needed.")
    assert office_of(roles, "Talal") == ["Energy Minister of Oman"]
    roles = roles_of("The troops were inspected by the Force Commander, Lt. Gen. Okello Mutebi, on Monday.")
    assert office_of(roles, "Mutebi") == ["Force Commander"]


def test_an_office_held_in_a_capital() -> None:
    roles = roles_of("U.S. embassy chargé d’affaires in Lima, Dana Whitlock, said it.")
    assert office_of(roles, "Whitlock") == ["embassy chargé d’affaires of United States in Peru"]
    # "in" with a lower-case word is no place the office is held at
    assert not roles_of("The official in charge, Dana Whitlock, said it.")


def test_a_name_inside_a_run_of_capitalised_words() -> None:
    roles = roles_of("Head of the National Election Commission Maria Oduya announced the results.")
    assert office_of(roles, "Oduya") == ["Head of the National Election Commission"]


def test_departments_joined_by_and_are_no_name() -> None:
    roles = roles_of(
        "On Monday the EU’s High Representative for Foreign Affairs and Security Policy, Lena Marsh, met them."
    )
    assert roles == [("Lena Marsh", "High Representative for Foreign Affairs and Security Policy of European Union")]
    # the department after "and" is no person, with or without a name after the title
    assert not roles_of("He met the High Representative of the European Union for Foreign Affairs and Security Policy.")


def test_a_list_item_after_a_semicolon_is_not_an_apposition() -> None:
    roles = roles_of("Present were Dr Kofi Mensah; former Secretary to the Government, Ama Boateng; and others.")
    assert not office_of(roles, "Mensah")
    assert office_of(roles, "Boateng") == ["former Secretary to Government"]


def test_a_government_led_by_a_titled_person() -> None:
    roles = roles_of("The Dutch government led by Prime Minister Joost Verhagen collapsed on Tuesday.")
    assert office_of(roles, "Verhagen") == ["Prime Minister"]
    roles = roles_of("A new government led by Joost Verhagen was formed.")
    assert office_of(roles, "Verhagen") == ["leader of new government"]
    # another office before the name: leading the government is told only by "led by"
    roles = roles_of("The parliament appointed a new government led by former Interior Minister Joost Verhagen.")
    assert sorted(office_of(roles, "Verhagen")) == ["former Interior Minister", "leader of new government"]


def test_an_office_on_a_portfolio_before_a_comma() -> None:
    roles = roles_of("Opposition Spokesperson on Foreign Affairs and Foreign Trade, Lena Marsh, criticised the vote.")
    assert office_of(roles, "Marsh") == ["Opposition Spokesperson on Foreign Affairs and Foreign Trade"]
    assert not roles_of("The minister on duty, Lena Marsh, left.")


def test_taking_over_as_an_office() -> None:
    roles = roles_of("Maria Gonzalez took over as president of Peru in March.")
    assert office_of(roles, "Gonzalez") == ["president of Peru"]
    assert not roles_of("Maria Gonzalez took it as a sign of weakness.")
