"""holds_role on text of our own: departments after "<office> of", bare titles of known
persons, offices that need their state or organisation ("trade chief", "leader"), appositions
with compound heads and titles set off by a comma with a phrase after them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import office_of, roles_of

pytestmark = pytest.mark.model


def test_department_after_of_is_part_of_the_title(tmp_path: Path) -> None:
    roles = roles_of("US Secretary of Energy Jennifer Granholm toured the plant on Friday.")
    assert roles == [("Jennifer Granholm", "Secretary of Energy of United States")]


def test_bare_title_takes_the_known_office(tmp_path: Path) -> None:
    roles = roles_of("Reporters later asked Secretary Blinken whether the talks had failed.")
    assert office_of(roles, "Blinken") == ["Secretary of State of United States"]


def test_apposition_headed_by_a_compound_title(tmp_path: Path) -> None:
    roles = roles_of("Tedros, the director general of the World Health Organization, warned of new outbreaks.")
    assert office_of(roles, "Tedros") == ["director general of World Health Organization"]


def test_title_before_a_comma_with_a_phrase_after_it(tmp_path: Path) -> None:
    roles = roles_of("China's envoy to the disarmament talks in Geneva, Li Song, said the draft was unbalanced.")
    assert office_of(roles, "Li Song") == ["envoy of China to the disarmament talks in Geneva"]


def test_head_of_an_organisation_of_a_state_before_a_comma(tmp_path: Path) -> None:
    roles = roles_of("Officials met the head of the Central Bank of Russia, Elvira Nabiullina, in Moscow on Monday.")
    assert office_of(roles, "Nabiullina") == ["head of the Central Bank of Russia"]


def test_head_of_a_described_organisation(tmp_path: Path) -> None:
    roles = roles_of("The head of the U.N. refugee agency, Filippo Grandi, visited the camp.")
    assert office_of(roles, "Grandi") == ["head of the U.N. refugee agency"]


def test_owned_heads_need_a_state_or_organisation(tmp_path: Path) -> None:
    roles = roles_of(
        "EU trade chief Valdis Dombrovskis defended the tariffs. Hamas leader Ismail Haniyeh rejected the plan.",
    )
    assert office_of(roles, "Dombrovskis") == ["trade chief of European Union"]
    assert office_of(roles, "Haniyeh") == ["leader of Hamas"]


def test_two_word_demonym_before_a_title(tmp_path: Path) -> None:
    roles = roles_of("Analysts quoted the speech of North Korean leader Kim Jong Un at length.")
    assert office_of(roles, "Kim Jong Un") == ["leader of North Korea"]


def test_adviser_is_an_office(tmp_path: Path) -> None:
    roles = roles_of("The talks were led by National Security Adviser Jake Sullivan and his team.")
    assert office_of(roles, "Sullivan") and office_of(roles, "Sullivan")[0].startswith("National Security Adviser")


def test_no_office_without_an_owner_or_from_a_description(tmp_path: Path) -> None:
    roles = roles_of(
        "The head of the family, John Smith, said nothing. "
        "The new North Korean ambassador Pak Myong Ho arrived in Beijing.",
    )
    assert not office_of(roles, "Smith")
    assert office_of(roles, "Pak Myong Ho") == ["ambassador of North Korea"]
