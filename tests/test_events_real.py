"""Event and role forms common in news reports, on text of our own: calls and phone
conversations as meetings, offices after "who became", titles with long "of" phrases before a
name or set off by a comma."""

from __future__ import annotations

import pytest
from conftest import office_of, pairs_of, roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Chinese President Xi Jinping held a phone call with French President Emmanuel Macron on Monday.",
         {("Xi_Jinping", "Emmanuel_Macron")}),
        ("Scholz had a telephone conversation with Erdogan on Friday.", {("Olaf_Scholz", "Recep_Tayyip_Erdogan")}),
        ("The call between Biden and Xi lasted two hours.", {("Joe_Biden", "Xi_Jinping")}),
        ("Protesters answered the call with a march on the embassy.", set()),
        ("Biden rejected calls for a ceasefire with Hamas.", set()),
        ("Scholz refused to hold a phone call with Erdogan.", set()),
    ],
)
def test_a_call_or_conversation_with_someone_is_a_meeting(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "met_with") == pairs


def test_an_office_one_became_is_held() -> None:
    roles = roles_of("Jonas Berg, who became prime minister of Norway in 2018, said the plan was fair.")
    assert office_of(roles, "Berg") == ["prime minister of Norway"]
    assert not roles_of("Jonas Berg, who hopes to become prime minister of Norway, said the plan was fair.")


def test_an_office_with_a_long_of_phrase_keeps_it() -> None:
    roles = roles_of(
        "Wang Yi, director of the Office of the Central Foreign Affairs Commission, said China wants peace."
    )
    assert office_of(roles, "Wang") == ["director of the Office of the Central Foreign Affairs Commission"]


def test_an_office_word_inside_the_phrase_of_a_title_set_off_by_a_comma() -> None:
    roles = roles_of(
        "The Special Representative of the Secretary General for Libya, Hanna Tetteh, said elections must go ahead."
    )
    assert office_of(roles, "Tetteh") == ["Special Representative of the Secretary General for Libya"]


def test_an_office_of_a_body_right_before_a_name() -> None:
    roles = roles_of("Head of the Tripoli-based unity government Abdul Hamid Dbeibah said elections must go ahead.")
    assert office_of(roles, "Dbeibah") == ["Head of the Tripoli-based unity government"]
    assert not roles_of("The head of the family Omar Said sold the house.")


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Modi, on a visit to Moscow, said India wants peace.", {("Narendra_Modi", "Russia")}),
        ("On a trip to Moscow, Modi said India wants peace.", {("Narendra_Modi", "Russia")}),
        ("Modi, who is in Moscow for talks, said India wants peace.", {("Narendra_Modi", "Russia")}),
        ("Putin welcomed Indian Prime Minister Narendra Modi to Moscow on Monday.", {("Narendra_Modi", "Russia")}),
        ("Modi, on a planned visit to Moscow, will meet Putin.", set()),
        ("Modi, who will be in Moscow next week, said India wants peace.", set()),
    ],
)
def test_a_person_on_a_visit_in_a_place_or_welcomed_there_visited_it(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "visited") == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Putin welcomed Modi to the Kremlin on Monday.", {("Vladimir_Putin", "Narendra_Modi")}),
        ("Biden welcomed Netanyahu's decision to pause the strikes.", set()),
        ("Scholz welcomed Macron's remarks on Monday.", set()),
    ],
)
def test_a_person_welcomed_in_person_is_met(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "met_with") == pairs


def test_a_verb_of_leading_a_named_body_gives_its_office() -> None:
    assert office_of(roles_of("Rafael Grossi, who heads the International Atomic Energy Agency, spoke."), "Grossi") == [
        "head of IAEA"
    ]
    assert office_of(roles_of("Samia Suluhu Hassan, who chairs the African Union, spoke on Monday."), "Hassan") == [
        "chair of African Union"
    ]
    assert not roles_of("Jonas Berg led the delegation to the talks.")
    assert not roles_of("Jonas Berg, who will lead the African Union, spoke on Monday.")


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("NATO member Turkey blocked the decision.", {("Turkey", "NATO")}),
        ("EU member states Hungary and Slovakia blocked the decision.",
         {("Hungary", "European_Union"), ("Slovakia", "European_Union")}),
        ("Turkey, a NATO ally, blocked the decision.", {("Turkey", "NATO")}),
        ("Germany and its NATO allies sent aid.", {("Germany", "NATO")}),
        ("Former EU member Britain left in 2020.", set()),
        ("EU candidate country Ukraine hopes to join.", set()),
        ("Non-NATO ally Pakistan asked for help.", set()),
        ("Japan, a US ally, held drills.", set()),
        ("Ukraine, along with other EU candidate countries, welcomed the decision.", set()),
    ],
)
def test_a_state_described_as_a_member_or_ally_of_an_organisation_belongs_to_it(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert pairs_of(text, "member_of") == pairs


def test_an_office_on_a_state_and_an_office_of_a_body_without_article() -> None:
    roles = roles_of(
        "The Special Representative of the Secretary General on Libya, Hanna Tetteh, said elections must go ahead."
    )
    assert office_of(roles, "Tetteh") == ["Special Representative of the Secretary General on Libya"]
    roles = roles_of("Head of Tripoli-based unity government Abdul Hamid Dbeibah said elections must go ahead.")
    assert office_of(roles, "Dbeibah") == ["Head of Tripoli-based unity government"]


def test_a_government_led_by_a_person_gives_the_office() -> None:
    roles = roles_of("The parliament appointed a new government led by former Interior Minister Omar Salem.")
    assert "leader of new government" in office_of(roles, "Salem")
    assert not roles_of("The delegation, led by Omar Salem, arrived on Monday.")


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("The agreement signed by Ethiopian Prime Minister Abiy Ahmed and Kenyan President William Ruto on Monday "
         "angered Somalia.", {("Ethiopia", "Kenya"), ("Kenya", "Ethiopia")}),
        ("The agreement was signed by Kenya and Ethiopia on Monday.", {("Ethiopia", "Kenya"), ("Kenya", "Ethiopia")}),
        ("Abiy Ahmed and William Ruto signed a security pact on Monday.",
         {("Ethiopia", "Kenya"), ("Kenya", "Ethiopia")}),
        ("The agreement signed by Kenya has been criticised.", set()),
        ("The treaty, signed by more than 120 states, bans nuclear weapons.", set()),
    ],
)
def test_the_parties_to_a_pact_signed_by_them_or_their_leaders_cooperate(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert pairs_of(text, "cooperates_with") == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("He criticised the Turkish military operation in northern Syria.", {("Turkey", "Syria")}),
        ("Russia captured Crimea in 2014.", {("Russia", "Crimea")}),
        ("Russian forces took control of Crimea in 2014.", {("Russia", "Crimea")}),
        ("Biden took office in 2021.", set()),
        ("Turkey is considering a military operation in northern Syria.", set()),
        ("Turkey ran a humanitarian operation in northern Syria.", set()),
    ],
)
def test_a_military_operation_or_a_capture_is_a_deployment(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "deployed_to") == pairs


def test_leaders_acting_jointly_tie_their_states() -> None:
    assert pairs_of("Xi and Putin signed a joint statement on Tuesday.", "cooperates_with") == {("China", "Russia")}


def test_two_people_who_met_when_the_parser_hangs_one_name_on_the_other() -> None:
    text = "Kazakh President Kassym-Jomart Tokayev and Chinese Minister of Foreign Affairs Wang Yi met on May 20."
    assert {frozenset(p) for p in pairs_of(text, "met_with")} == {frozenset({"Kassym_Jomart_Tokayev", "Wang_Yi"})}


def test_a_state_acting_along_with_other_members_belongs() -> None:
    assert pairs_of("Hungary, along with other EU members, blocked the decision.", "member_of") == {
        ("Hungary", "European_Union")
    }


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Speaking alongside French President Emmanuel Macron, Scholz said Europe must unite.",
         {("Olaf_Scholz", "Emmanuel_Macron")}),
        ("Scholz, speaking alongside Macron in Paris, said Europe must unite.", {("Olaf_Scholz", "Emmanuel_Macron")}),
        ("Ukrainian soldiers fought alongside Polish volunteers.", set()),
        ("Scholz will appear alongside Macron on Friday.", set()),
    ],
)
def test_a_public_appearance_alongside_someone_is_a_meeting(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "met_with") == pairs
