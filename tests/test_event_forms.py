"""Event forms on text of our own: force in a place, members described or listed, meetings told
by discussions and talks, paired sides of ties and summits, visits told by their noun."""

from __future__ import annotations

import pytest
from conftest import moods_of, pairs_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Russia's invasion of Ukraine began in 2022.", {("Russia", "Ukraine")}),
        ("It condemned the Russian occupation of Crimea.", {("Russia", "Crimea")}),
        ("Moldova is the country most affected by the war waged by Russia against Ukraine.", {("Russia", "Ukraine")}),
        ("Israel seized the Golan Heights in 1967.", {("Israel", "Golan_Heights")}),
        ("Greek troops stationed in Cyprus were moved.", {("Greece", "Cyprus")}),
        ("NATO wants to deter a Chinese invasion of Taiwan.", set()),
        ("Russia did not annex Crimea.", set()),
        ("\"'Russian aggression' against Ukraine is a myth,\" he said.", set()),
    ],
)
def test_an_invasion_or_forces_stationed_are_a_deployment(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "deployed_to") == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Portugal, an EU member state since 1986, voted no.", {("Portugal", "European_Union")}),
        ("Kenya was the only African Union country to vote.", {("Kenya", "African_Union")}),
        (
            "It was signed by the G20 Foreign Ministers of Mexico, Brazil, Argentina and Canada on Monday.",
            {("Mexico", "G20"), ("Brazil", "G20"), ("Argentina", "G20"), ("Canada", "G20")},
        ),
        ("The Russia-led Eurasian Economic Union met.", {("Russia", "EAEU")}),
        ("Norway, a former EU candidate country, voted.", set()),
        ("NATO met. The US-led bloc is distrusted in Moscow.", set()),
        ("Norway is not an EU member state.", set()),
    ],
)
def test_members_described_or_listed(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "member_of") == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Macron discussed the crisis with his Italian counterpart Giorgia Meloni.", {("Emmanuel_Macron", "Giorgia_Meloni")}),
        (
            "Chinese Foreign Minister Wang Yi said following talks with Sergei Lavrov that ties were good.",
            {("Wang_Yi", "Sergey_Lavrov")},
        ),
        ("Macron did not discuss the crisis with Meloni.", set()),
        ("Lavrov said in a phone call with Al Jazeera that talks had failed.", set()),
    ],
)
def test_discussions_and_talks_under_a_verb_are_meetings(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "met_with") == pairs


@pytest.mark.parametrize(
    "text, relation, pairs",
    [
        ("Seoul acts under the robust Japan-US Alliance.", "cooperates_with", {("Japan", "United_States")}),
        (
            "They are girded by the ironclad U.S.-Japan and U.S.-ROK alliances.",
            "cooperates_with",
            {("United_States", "Japan"), ("United_States", "South_Korea")},
        ),
        ("He praised the new security agreement between China and Fiji.", "cooperates_with", {("China", "Fiji")}),
        ("He recalled the Singapore DPRK-U.S. summit.", "met_with", {("North_Korea", "United_States")}),
        ("Russia-Ukraine relations are bad.", "cooperates_with", set()),
        ("There is no agreement between Chile and Peru.", "cooperates_with", set()),
    ],
)
def test_paired_sides_of_ties_and_summits(text: str, relation: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, relation) == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Emomali Rakhmon, who paid an official visit to Moscow, spoke.", {("Emomali_Rakhmon", "Russia")}),
        (
            "He recalled the recent visit of the U.S. Secretary of State, Michael Pompeo, to Kazakhstan and Uzbekistan.",
            {("Mike_Pompeo", "Kazakhstan"), ("Mike_Pompeo", "Uzbekistan")},
        ),
        ("Foreign Minister Ishaq Dar has departed for Saudi Arabia to attend the meeting.", {("Ishaq_Dar", "Saudi_Arabia")}),
        ("Macron will pay a visit to Chile.", set()),
        ("He discussed the upcoming visit of Xi Jinping to Brazil.", set()),
    ],
)
def test_visits_told_by_their_noun_or_a_departure(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "visited") == pairs


def test_a_contingent_list_gives_one_deployment_per_state() -> None:
    text = "Units of the armed forces of Chile, Peru and Ecuador arrived in Haiti."
    assert pairs_of(text, "deployed_to") == {("Chile", "Haiti"), ("Peru", "Haiti"), ("Ecuador", "Haiti")}


def test_representatives_who_gathered_met_each_other() -> None:
    text = "We, the leaders of Chile, Peru and Ecuador, convened in Lima on Monday."
    assert pairs_of(text, "met_with") == {("Chile", "Peru"), ("Chile", "Ecuador"), ("Peru", "Ecuador")}
    assert pairs_of("We, the leaders of Chile, did not convene.", "met_with") == set()


def test_a_delegation_in_a_place_visited_it() -> None:
    assert pairs_of("A Hamas delegation is reportedly already in Cairo.", "visited") == {("Hamas", "Egypt")}
    assert pairs_of("The Chilean delegation will arrive in Lima.", "visited") == set()


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("The draft resolution, put forward by Chile and Peru, passed.", {("Chile", "Peru")}),
        ("The resolution, cosponsored by Chile and Greece, passed.", {("Chile", "Greece")}),
        (
            "A coalition of more than 80 countries including Chile and the European Union pushed for a deal.",
            {("Chile", "European_Union")},
        ),
        ("The draft resolution, put by Chile to Peru, passed.", set()),
        ("Two resolutions were tabled at the same time – one drafted by Chile and another by Peru.", set()),
    ],
)
def test_co_sponsors_and_coalition_members_cooperate(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "cooperates_with") == pairs


def test_subjects_acting_jointly_cooperate() -> None:
    assert pairs_of("Chile and Peru, in a joint statement, suspended the talks.", "cooperates_with") == {("Chile", "Peru")}
    assert pairs_of("Chile and Peru, in a statement, suspended the talks.", "cooperates_with") == set()


def test_many_signers_of_one_joint_text_are_no_partners() -> None:
    three = "Chile, Peru and Bolivia issued a joint statement condemning the attacks."
    assert len(pairs_of(three, "cooperates_with")) == 3
    four = "Chile, Peru, Bolivia and Ecuador issued a joint statement condemning the attacks."
    assert pairs_of(four, "cooperates_with") == set()
    drills = "Chile, Peru, Bolivia and Ecuador started the joint military exercises."
    assert len(pairs_of(drills, "cooperates_with")) == 6  # a shared act, not a shared text


def test_one_returning_from_a_place_had_visited_it() -> None:
    assert pairs_of("Lula spoke one day after returning from China.", "visited") == {("Lula_da_Silva", "China")}
    assert pairs_of("Lula will return from China on Monday.", "visited") == set()


def test_a_list_read_as_an_apposition_are_members_each() -> None:
    text = "Austria, Malta, Cyprus and Ireland are the four EU member states that stayed neutral."
    assert pairs_of(text, "member_of") == {
        ("Austria", "European_Union"),
        ("Malta", "European_Union"),
        ("Cyprus", "European_Union"),
        ("Ireland", "European_Union"),
    }


def test_counterparts_from_states_were_met() -> None:
    text = "Secretary of State Marco Rubio, who also spoke Wednesday with his counterparts from Germany, France and Britain, said so."
    assert pairs_of(text, "met_with") == {
        ("Marco_Rubio", "Germany"),
        ("Marco_Rubio", "France"),
        ("Marco_Rubio", "United_Kingdom"),
    }
    assert pairs_of("Rubio did not speak with his counterparts from Germany.", "met_with") == set()


def test_states_in_apposition_to_an_organisation_are_its_members() -> None:
    text = "The ASEAN – Laos, Vietnam, Cambodia and Thailand – agreed to admit Timor."
    assert pairs_of(text, "member_of") == {
        ("Laos", "ASEAN"),
        ("Vietnam", "ASEAN"),
        ("Cambodia", "ASEAN"),
        ("Thailand", "ASEAN"),
    }
    assert pairs_of("NATO, Russia and China met.", "member_of") == set()


def test_forces_with_an_owner_in_a_place_are_deployed_there() -> None:
    assert pairs_of("Russian troops in Transnistria are a problem.", "deployed_to") == {("Russia", "Transnistria")}
    assert pairs_of("There are no Russian troops in Transnistria.", "deployed_to") == set()


def test_those_who_discussed_together_met() -> None:
    assert pairs_of("Macron and Scholz discussed the crisis.", "met_with") == {("Emmanuel_Macron", "Olaf_Scholz")}
    # round thirteen: a meeting still to come is none (events/planned.py)
    assert not moods_of("Macron and Scholz will discuss the crisis.", "met_with")


def test_our_ally_in_a_speakers_words_is_the_speakers_side() -> None:
    text = '"Armenia is our ally," Russian Foreign Minister Sergei Lavrov said.'
    assert pairs_of(text, "cooperates_with") == {("Armenia", "Russia")}


def test_states_that_joined_forces_in_a_body_cooperate_and_belong_to_it() -> None:
    text = 'Mali, Niger and Burkina Faso joined forces in an "Alliance of Sahel States".'
    assert pairs_of(text, "member_of") == {
        ("Mali", "Alliance_of_Sahel_States"),
        ("Niger", "Alliance_of_Sahel_States"),
        ("Burkina_Faso", "Alliance_of_Sahel_States"),
    }
    assert len(pairs_of(text, "cooperates_with")) == 3
    assert pairs_of('Chile and Peru joined forces in an "Alliance of Andean States".', "member_of") == set()


def test_a_companion_on_a_journey_visited_too() -> None:
    assert pairs_of("Scholz travelled to Chile with Macron.", "visited") >= {("Emmanuel_Macron", "Chile")}
    assert not moods_of("Macron will travel to Chile with Olaf Scholz.", "visited")  # still to come: none


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Indian Foreign Minister Subrahmanyam Jaishankar was in Chile on Monday.", {("Subrahmanyam_Jaishankar", "Chile")}),
        ("Indian Foreign Minister Subrahmanyam Jaishankar is in India today.", set()),
        ("Indian Foreign Minister Subrahmanyam Jaishankar will be in Chile next week.", set()),
        ("Indian Foreign Minister Subrahmanyam Jaishankar said the problem is in Chile.", set()),
    ],
)
def test_an_official_in_a_foreign_state_is_visiting_it(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "visited") == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Two members of ECOWAS, Burkina Faso and Mali, signed a pact with Niger.",
        "ECOWAS met on Monday, but two members of the bloc, Burkina Faso and Mali, signed a pact with Niger.",
    ],
)
def test_members_named_in_apposition_to_members_of_a_body(text: str) -> None:
    assert pairs_of(text, "member_of") == {("Burkina_Faso", "ECOWAS"), ("Mali", "ECOWAS")}


def test_members_of_the_bloc_with_no_body_named_before_are_none() -> None:
    assert pairs_of("Two members of the bloc, Spain and Italy, objected.", "member_of") == set()
