"""holds_role on text of our own (round eight): a title "of" a named body before a name, a
counterpart after "and" in a state of two words, a surname that is also a body's name, and a
"top" official with a lower-case adjective."""

from __future__ import annotations

import pytest
from conftest import office_of, roles_of

pytestmark = pytest.mark.model


def test_title_of_a_named_body_right_before_a_name() -> None:
    roles = roles_of("Chairwoman of the Elders Mary Robinson said the deal was weak.")
    assert office_of(roles, "Robinson") == ["Chairwoman of the Elders"]
    assert not [holder for holder, _ in roles if "Elders" in holder]


def test_counterpart_after_and_in_a_state_of_two_words() -> None:
    roles = roles_of(
        "The accord was signed by Kenya's foreign minister Peter Otieno and DR Congo counterpart Anne Mbeki Lunda."
    )
    assert office_of(roles, "Lunda") == ["foreign minister of Democratic Republic of the Congo"]
    # without a counterpart's cue the second name gets no office
    plain = roles_of("The accord was signed by Kenya's foreign minister Peter Otieno and Anne Lunda.")
    assert not office_of(plain, "Lunda")


def test_surname_that_is_also_a_body_name() -> None:
    roles = roles_of(
        "Canada's foreign minister Paul Martin and Brazilian counterpart Maria Souza Wagner met on Friday."
    )
    assert office_of(roles, "Souza Wagner") == ["foreign minister of Brazil"]


def test_top_official_with_an_adjective() -> None:
    roles = roles_of("The talks were chaired by Chile's top trade official Ana Ruiz Pardo on Monday.")
    assert office_of(roles, "Pardo") == ["top trade official of Chile"]
    # an official who is not the top one holds no office the text names
    assert not roles_of("The talks were chaired by a Chilean official, Ana Ruiz Pardo, on Monday.")


def test_two_offices_joined_in_apposition() -> None:
    roles = roles_of("Omar Saleh, Jordan's deputy prime minister and foreign minister, arrived on Monday.")
    assert sorted(office_of(roles, "Saleh")) == ["deputy prime minister of Jordan", "foreign minister of Jordan"]
    # two people, each with an office, are not one person's two offices
    roles = roles_of("Omar Saleh, Jordan's foreign minister, and Sami Odeh, its trade minister, arrived on Monday.")
    assert office_of(roles, "Saleh") == ["foreign minister of Jordan"]


def test_a_body_inside_a_longer_name_is_not_the_owner() -> None:
    roles = roles_of("National Security Council spokesman Tom Briggs said the talks went well.")
    assert office_of(roles, "Briggs") == ["National Security Council spokesman"]


def test_office_with_an_acronym_in_parentheses_before_a_comma() -> None:
    roles = roles_of(
        "Later, the head of Chad's rebel Northern Defence Forces (NDF), Idriss Mahamat Kaya, said he would fight."
    )
    assert office_of(roles, "Kaya") == ["head of Chad's rebel Northern Defence Forces"]


def test_a_nickname_in_quotes_inside_a_name() -> None:
    roles = roles_of("Kenyan Foreign Minister Peter “Pete” Otieno said he would attend.")
    assert roles == [("Peter Otieno", "Foreign Minister of Kenya")]


def test_an_office_held_in_a_capital() -> None:
    roles = roles_of("The ambassador of Kenya in Paris, John Mwangi, spoke on Monday.")
    assert office_of(roles, "Mwangi") == ["ambassador of Kenya in France"]
