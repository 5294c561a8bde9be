"""Personal names around titles, on text of our own: hyphenated given names, honorifics and
ranks between a title and a name, Arabic name particles, generational suffixes, names that
belong to an organisation rather than a person, and bare titles repeated later."""

from __future__ import annotations

from pathlib import Path

import pytest

from statgraph.models import Statement
from statgraph.pipeline import Report, extract_statements, iter_documents
from conftest import RULES, roles_of

pytestmark = pytest.mark.model


def _statements(tmp_path: Path, text: str) -> list[Statement]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    documents = list(iter_documents([path], Report()))
    return [s for _, found in extract_statements(documents, RULES) for s in found]


def test_hyphenated_given_name_with_a_lower_case_syllable(tmp_path: Path) -> None:
    roles = roles_of("South Korean Unification Minister Kim Yeon-chul visited the border on Monday.")
    assert roles == [("Kim Yeon-chul", "Unification Minister of South Korea")]


def test_honorific_between_title_and_name(tmp_path: Path) -> None:
    roles = roles_of("Kuwaiti Oil Minister Sheikh Nawaf Saud Al Sabah opened the new refinery.")
    assert roles == [("Nawaf Saud Al Sabah", "Oil Minister of Kuwait")]


def test_rank_between_title_and_name_keeps_the_office(tmp_path: Path) -> None:
    roles = roles_of("Defence Minister Lieutenant General Ahmed Farouk inspected the troops.")
    assert roles == [("Ahmed Farouk", "Defence Minister")]


def test_secretary_general_keeps_its_general(tmp_path: Path) -> None:
    roles = roles_of("OPEC Secretary General Haitham Al Ghais spoke to delegates in Vienna.")
    assert ("Haitham Al Ghais", "Secretary General of OPEC") in roles


def test_particle_names_of_brothers_stay_apart(tmp_path: Path) -> None:
    text = (
        "Crown Prince Mohammed bin Salman hosted the summit in Riyadh. "
        "Saudi Energy Minister Prince Abdulaziz bin Salman told delegates that output would stay flat."
    )
    roles = roles_of(text)
    assert ("Abdulaziz bin Salman", "Energy Minister of Saudi Arabia") in roles
    assert not any(holder == "Mohammed bin Salman" and "Energy" in office for holder, office in roles)


def test_suffix_is_no_surname(tmp_path: Path) -> None:
    text = (
        "Interior Secretary Marco Villanueva Jr. opened the meeting in Manila. "
        "Philippine Navy Chief Vice Admiral Toribio Adaci Jr. said the patrols would go on."
    )
    roles = roles_of(text)
    assert ("Marco Villanueva Jr.", "Interior Secretary") in roles
    assert ("Toribio Adaci Jr.", "Navy Chief of Philippines") in roles


def test_organisation_after_of_holds_no_office(tmp_path: Path) -> None:
    text = "Major General Ann Porter, commander of US Marine Corps Forces Korea, welcomed the drills."
    roles = roles_of(text)
    assert all(holder == "Ann Porter" for holder, _ in roles)
    assert roles


def test_field_after_for_is_no_person(tmp_path: Path) -> None:
    text = "The findings were published by the Office of the UN Special Envoy for Refugees Protection."
    holders = {s.holder for s in _statements(tmp_path, text)}
    assert "Refugees Protection" not in holders


def test_name_after_department_words(tmp_path: Path) -> None:
    roles = roles_of("Secretary of National Defense Rosa Aquino Sr. toured the naval base.")
    assert roles == [("Rosa Aquino Sr.", "Secretary of National Defense")]


def test_bare_title_repeats_the_office_given_before(tmp_path: Path) -> None:
    text = (
        "Minister of Foreign Affairs Lena Varga met the delegation in Budapest. "
        '"We are open to talks," Minister Varga said on Friday.'
    )
    offices = {office for holder, office in roles_of(text) if "Varga" in holder}
    assert offices == {"Minister of Foreign Affairs"}


def test_office_for_a_hyphenated_process_after_a_comma(tmp_path: Path) -> None:
    text = "The talks were chaired by the UN special envoy for the Kabul-Islamabad process, Rafael Soto, on Monday."
    roles = roles_of(text)
    assert roles == [("Rafael Soto", "special envoy of United Nations for Kabul-Islamabad process")]


def test_hyphenated_office_in_apposition_before_a_relative_clause(tmp_path: Path) -> None:
    text = (
        "Police arrested Ivan Petrov, a former vice-president of the Liberal Union party "
        "who has admitted funding the group."
    )
    offices = [office for holder, office in roles_of(text) if holder == "Ivan Petrov"]
    assert offices == ["former vice-president of the Liberal Union party"]
