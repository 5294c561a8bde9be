"""Round sixteen's meetings and visits: a counterpart's name the parser hangs elsewhere, and the
place of a meeting hung on the partner's office. Behaviour on sentences of our own (the whole
reading, with the rules' own confidences)."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, pair, state",
    [
        # the name after a comma, hung on the call rather than on "counterpart"
        ("A spokesman qualified Kenyan President William Ruto's recent phone conversation with his US "
         "counterpart, Joe Biden, as business-like.", ("William_Ruto", "Joe_Biden"), "United_States"),
        # the name the parser starts a sentence of its own with
        ("Tajikistan's President Emomali Rahmon met his Kyrgyz counterpart Sadyr Japarov at a summit in Uzbekistan.",
         ("Emomali_Rahmon", "Sadyr_Japarov"), "Kyrgyzstan"),
    ],
)
def test_a_counterpart_met_is_the_person_named_after_it(text: str, pair: tuple[str, str], state: str) -> None:
    found = pairs_of(text, "met_with")
    assert pair in found
    assert (pair[0], state) not in found


def test_a_counterpart_with_no_name_after_it_is_still_its_state() -> None:
    found = pairs_of("Jane Okafor met her Kenyan counterpart on Monday. Peter Mwangi praised the talks.", "met_with")
    assert ("Jane_Okafor", "Kenya") in found
    assert ("Jane_Okafor", "Peter_Mwangi") not in found


def test_a_meeting_abroad_with_the_place_on_the_partners_office() -> None:
    text = "Secretary of State Antony Blinken met today with Slovak Minister of Foreign Affairs Rastislav Kacer in Bucharest."
    assert ("Antony_Blinken", "Romania") in pairs_of(text, "visited")


def test_a_meeting_at_home_with_the_place_on_the_partners_office_is_no_visit() -> None:
    text = "Secretary of State Antony Blinken met today with Slovak Minister of Foreign Affairs Rastislav Kacer in Washington."
    assert not any(holder == "Antony_Blinken" for holder, _ in pairs_of(text, "visited"))


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Former President Jane Okafor paid a courtesy call on President William Ruto at State House.",
         ("Jane_Okafor", "William_Ruto")),
        ("Defence Minister Peter Mwangi spoke to reporters after his courtesy call to President William Ruto.",
         ("Peter_Mwangi", "William_Ruto")),
    ],
)
def test_a_courtesy_call_paid_is_a_meeting(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs_of(text, "met_with")


def test_a_courtesy_call_abroad_is_a_visit() -> None:
    text = "Japanese Defense Minister Kihara Minoru paid a courtesy call to President Ferdinand Marcos in Manila."
    assert ("Kihara_Minoru", "Philippines") in pairs_of(text, "visited")


@pytest.mark.parametrize(
    "text",
    [
        "Former President Jane Okafor will pay a courtesy call on President William Ruto next week.",
        "Former President Jane Okafor called on President William Ruto to resign.",
        "Former President Jane Okafor did not pay a courtesy call on President William Ruto.",
    ],
)
def test_no_meeting_from_a_call_to_come_refused_or_asked_for(text: str) -> None:
    assert ("Jane_Okafor", "William_Ruto") not in pairs_of(text, "met_with")


def test_a_guest_told_by_office_received_by_a_host_met_them() -> None:
    text = ("Kenyan President William Ruto arrived in Addis Ababa on Saturday. "
            "The Kenyan president was warmly received by Prime Minister Abiy Ahmed at the airport.")
    assert ("Abiy_Ahmed", "William_Ruto") in pairs_of(text, "met_with")


def test_a_guest_told_by_office_still_to_be_received_met_no_one() -> None:
    text = ("Kenyan President William Ruto arrived in Addis Ababa on Saturday. "
            "The Kenyan president will be received by Prime Minister Abiy Ahmed on Monday.")
    assert ("Abiy_Ahmed", "William_Ruto") not in pairs_of(text, "met_with")


def test_a_meeting_between_three_people_pairs_them_all() -> None:
    text = ("The meeting between Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian "
            "President Samia Suluhu Hassan took place on Monday.")
    found = pairs_of(text, "met_with")
    assert ("William_Ruto", "Yoweri_Museveni") in found
    assert ("Yoweri_Museveni", "Samia_Suluhu_Hassan") in found


def test_a_meeting_between_two_people_held_abroad_is_a_visit() -> None:
    text = "The meeting between Russian President Vladimir Putin and Tajik President Emomali Rahmon took place in Astana."
    visits = pairs_of(text, "visited")
    assert ("Vladimir_Putin", "Kazakhstan") in visits
    assert ("Emomali_Rahmon", "Kazakhstan") in visits


def test_a_meeting_between_two_people_still_to_come_is_no_visit() -> None:
    text = "The meeting between Russian President Vladimir Putin and Tajik President Emomali Rahmon will take place in Astana."
    assert not pairs_of(text, "visited")


@pytest.mark.parametrize(
    "text, pair",
    [
        # the attendee named in apposition to an office or a counterpart after "by"
        ("That same meeting in Malta was also attended by your Russian counterpart, Sergey Lavrov.",
         ("Sergey_Lavrov", "Malta")),
        ("The summit in Kampala was attended by the Kenyan foreign minister, Musalia Mudavadi.",
         ("Musalia_Mudavadi", "Uganda")),
        # the place on the participle of the gathering
        ("Indian Prime Minister Narendra Modi attended a tripartite summit held on Saturday in the Nigerien capital.",
         ("Narendra_Modi", "Niger")),
    ],
)
def test_an_attendee_of_a_gathering_abroad_visited_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs_of(text, "visited")


def test_an_attendee_of_a_gathering_at_home_visited_nothing() -> None:
    assert not pairs_of("Indian Prime Minister Narendra Modi attended a summit held on Saturday in New Delhi.", "visited")


@pytest.mark.parametrize(
    "text",
    [
        "In a bilateral meeting held on the sidelines of the summit in Nairobi, Xi Jinping remarked that ties had improved.",
        "In a meeting held in Nairobi, Xi Jinping remarked that ties had improved.",
    ],
)
def test_a_speaker_in_a_meeting_held_abroad_visited_the_place(text: str) -> None:
    assert ("Xi_Jinping", "Kenya") in pairs_of(text, "visited")


@pytest.mark.parametrize(
    "text",
    [
        "In a meeting held in Beijing, Xi Jinping remarked that ties had improved.",
        "In the event of a meeting in Nairobi, Xi Jinping said he would attend.",
    ],
)
def test_a_speaker_in_a_meeting_at_home_or_a_meeting_supposed_visited_nothing(text: str) -> None:
    assert not pairs_of(text, "visited")
