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
