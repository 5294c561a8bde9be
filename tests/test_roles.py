"""holds_role on text of our own: titles with organisations and initials, predicates,
counterparts, and the readings that must not become offices."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import office_of, roles_of

pytestmark = pytest.mark.model


def test_title_with_an_organisation_it_is_held_at(tmp_path: Path) -> None:
    roles = roles_of(
        "Iran's Permanent Representative to the UN Amir Saeid Iravani told the Security Council "
        "that the sanctions were illegal.",
    )
    assert office_of(roles, "Iravani") == ["Permanent Representative of Iran to United Nations"]


def test_title_with_a_hyphen_and_a_name_with_initials(tmp_path: Path) -> None:
    roles = roles_of("UN Secretary-General A. Guterres urged restraint in the Taiwan Strait.")
    assert ("António Guterres", "Secretary-General of United Nations") in roles


def test_title_before_a_name_the_tagger_misreads(tmp_path: Path) -> None:
    """ "Sauli Niinistö" is tagged as an organisation, but a title comes before it."""
    roles = roles_of("Finnish President Sauli Niinistö met the Chinese ambassador.")
    assert office_of(roles, "Niinistö") == ["President of Finland"]


def test_title_set_off_by_commas(tmp_path: Path) -> None:
    roles = roles_of(
        "Iran's envoy to the International Atomic Energy Agency, Kazem Gharibabadi, dismissed the report.",
    )
    assert office_of(roles, "Gharibabadi") == ["envoy of Iran to IAEA"]


def test_title_of_an_adverbial_is_not_the_subjects(tmp_path: Path) -> None:
    roles = roles_of("After talks with the Turkish President, Xi Jinping said the talks went well.")
    assert not office_of(roles, "Xi")


def test_copula_with_a_pronoun_and_a_past_office(tmp_path: Path) -> None:
    roles = roles_of(
        "Mohammad Javad Zarif criticised the new sanctions on Tuesday. "
        "At one time, he was the Ambassador of Iran to the United Nations.",
    )
    assert office_of(roles, "Zarif") == ["former Ambassador of Iran to United Nations"]


def test_as_phrase_object_is_not_the_subject(tmp_path: Path) -> None:
    """ "Xi is fortunate to have him as foreign minister": "him" is not Xi."""
    roles = roles_of(
        "Wang Yi is a seasoned diplomat, Xi Jinping fortunate to have him as foreign minister.",
    )
    assert office_of(roles, "Wang Yi") == ["foreign minister of China"]
    assert not office_of(roles, "Xi")


def test_served_and_resigned_as(tmp_path: Path) -> None:
    roles = roles_of(
        "Hassan Rouhani served as president of Iran for eight years. Javad Zarif resigned as vice president of Iran.",
    )
    assert office_of(roles, "Rouhani") == ["president of Iran"]
    assert office_of(roles, "Zarif") == ["former vice president of Iran"]


def test_predicates_that_give_no_office(tmp_path: Path) -> None:
    roles = roles_of(
        "Nikki Haley wants to be president of the United States. "
        "Ebrahim Raisi was not the foreign minister of Iran. "
        "Sergei Lavrov said Alexander Lukashenko will be the next president of Russia. "
        "Wang Yi is a representative of a new generation of diplomats.",
    )
    assert not [r for r in roles if "Haley" in r[0] or "Raisi" in r[0] or "Lukashenko" in r[0] or "Wang" in r[0]]


def test_counterpart_takes_the_office_in_the_named_state(tmp_path: Path) -> None:
    roles = roles_of(
        "Chinese Defence Minister Dong Jun met his Iranian counterpart Aziz Nasirzadeh in Beijing. "
        "Antony Blinken later met his counterpart Hossein Salami.",
    )
    assert office_of(roles, "Nasirzadeh") == ["Defence Minister of Iran"]
    assert not office_of(roles, "Salami")  # no state named: no office


def test_organisation_name_is_not_part_of_the_persons_name(tmp_path: Path) -> None:
    """ "European Commission" belongs to the title; "bin" belongs to the name."""
    roles = roles_of(
        "President of the European Commission Ursula von der Leyen met Saudi Crown Prince Mohammed bin Salman.",
    )
    assert ("Ursula von der Leyen", "President of European Commission") in roles
    assert office_of(roles, "bin Salman") == ["Crown Prince of Saudi Arabia"]


def test_a_persons_possessive_is_not_part_of_the_title(tmp_path: Path) -> None:
    roles = roles_of("Chinese President Xi Jinping's special envoy Li Hui visited Kyiv and Moscow.")
    assert ("Xi Jinping", "President of China") in roles
    offices = office_of(roles, "Li Hui")
    assert offices and all(o.lower().startswith("special envoy") and "Xi" not in o for o in offices)
