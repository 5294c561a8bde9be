"""Round seventeen's meetings and visits: the later people of a list of partners the parser
breaks, and counterparts "from" a list of states met at meetings held. Behaviour on sentences of
our own (the whole reading, with the rules' own confidences)."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


def test_the_names_after_a_counterpart_met_are_met_too() -> None:
    text = ("Kenyan Foreign Minister Jane Okafor met her Ugandan counterpart Peter Mwangi, Trade Minister "
            "Samuel Otieno, and Energy Minister Grace Achieng.")
    found = pairs_of(text, "met_with")
    assert {("Jane_Okafor", "Peter_Mwangi"), ("Jane_Okafor", "Samuel_Otieno"), ("Jane_Okafor", "Grace_Achieng")} <= found


def test_a_second_name_read_as_an_apposition_is_a_person_of_the_list() -> None:
    """The parse of "with Minister A B, Secretary C D, and Adviser E F" the parser gives at times:
    the second name an apposition of the first, the third a conjunct of the first."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from statgraph.extract.events.partner_lists import listed_people

    words = ["with", "Minister", "Peter", "Mwangi", ",", "Secretary", "Samuel", "Otieno", ",", "and", "Adviser",
             "Grace", "Achieng"]
    heads = [0, 3, 3, 0, 3, 7, 7, 3, 3, 3, 12, 12, 3]
    deps = ["ROOT", "compound", "compound", "pobj", "punct", "compound", "compound", "appos", "punct", "cc",
            "compound", "compound", "conj"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON"]
    pos = ["ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "CCONJ", "PROPN", "PROPN",
           "PROPN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, ents=ents, pos=pos)
    first, third = doc[3], doc[12]
    assert [t.text for t in listed_people([first, third], [first, third])] == ["Otieno"]
    assert listed_people([doc[10]], [doc[10]]) == []  # an office with no name: no one


def test_one_person_named_twice_is_no_list() -> None:
    found = pairs_of("Kenyan Foreign Minister Jane Okafor met President Peter Mwangi on Monday.", "met_with")
    assert {holder for holder, _ in found} == {"Jane_Okafor"}


@pytest.mark.parametrize(
    "text, states",
    [
        ("Kenyan Foreign Minister Jane Okafor held bilateral meetings with her counterparts from Norway, "
         "Peru and India.", {"Norway", "Peru", "India"}),
        ("Kenyan Foreign Minister Jane Okafor held talks on Monday with her counterparts from Norway, Peru, "
         "New Zealand, Japan and the Philippines.", {"Norway", "Peru", "New_Zealand", "Japan", "Philippines"}),
    ],
)
def test_counterparts_from_states_met_at_meetings_held(text: str, states: set[str]) -> None:
    found = pairs_of(text, "met_with")
    assert {("Jane_Okafor", s) for s in states} <= found


def test_counterparts_from_states_at_meetings_not_held_are_not_met() -> None:
    text = "Kenyan Foreign Minister Jane Okafor did not hold meetings with her counterparts from Norway and Peru."
    assert not pairs_of(text, "met_with")


def test_a_document_signed_by_two_people_is_their_meeting() -> None:
    text = "The accord was signed in Geneva on Thursday by Kenyan Foreign Minister Jane Okafor and Peter Mwangi."
    found = pairs_of(text, "met_with")
    assert ("Jane_Okafor", "Peter_Mwangi") in found or ("Peter_Mwangi", "Jane_Okafor") in found


def test_a_document_signed_by_states_is_no_meeting() -> None:
    assert not pairs_of("The accord was signed in Geneva on Thursday by Kenya and Uganda.", "met_with")


def test_a_document_signed_with_a_person_is_a_meeting_with_a_state_none() -> None:
    assert ("Jane_Okafor", "Peter_Mwangi") in pairs_of("Jane Okafor signed the accord with Peter Mwangi in Geneva.", "met_with")
    assert not pairs_of("Jane Okafor signed the accord with China in Geneva.", "met_with")


def test_signers_together_with_a_third_person_all_met() -> None:
    text = "On Monday, Jane Okafor and Peter Mwangi signed a joint declaration in Geneva, together with Samuel Otieno."
    found = {frozenset(p) for p in pairs_of(text, "met_with")}
    assert {frozenset({"Jane_Okafor", "Peter_Mwangi"}), frozenset({"Jane_Okafor", "Samuel_Otieno"})} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Ugandan border delegations have commenced three days of talks at a checkpoint near Busia.",
        "Kenya and Uganda resumed talks in Geneva on Friday.",
        "Kenya and Uganda concluded a second round of talks in Geneva on Friday.",
    ],
)
def test_sides_that_begin_resume_or_conclude_talks_met(text: str) -> None:
    found = {frozenset(p) for p in pairs_of(text, "met_with")}
    assert frozenset({"Kenya", "Uganda"}) in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda agreed to resume talks in Geneva.",
        "Kenya and Uganda will resume talks in Geneva next week.",
        "Kenya and Uganda did not resume talks in Geneva.",
    ],
)
def test_talks_only_agreed_or_to_come_are_no_meeting(text: str) -> None:
    assert not pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text, state",
    [
        ("President Joe Biden and visiting Japanese Prime Minister Jane Okafor on Friday voiced support "
         "for the alliance.", "United_States"),
        ("Visiting Afghan Defence Minister Jane Okafor on Monday held talks with Pakistani Foreign Minister "
         "Peter Mwangi.", "Pakistan"),
        ("Kenyan Foreign Minister Peter Mwangi and visiting Japanese Foreign Minister Jane Okafor signed an "
         "agreement on Tuesday in Uganda.", "Uganda"),
    ],
)
def test_a_guest_told_as_visiting_visited_the_hosts_state_or_the_place(text: str, state: str) -> None:
    assert ("Jane_Okafor", state) in pairs_of(text, "visited")


def test_a_guest_visiting_with_hosts_of_two_states_visited_none_of_them() -> None:
    text = ("Kenyan President Peter Mwangi, Ugandan President Samuel Otieno and visiting Japanese Prime "
            "Minister Jane Okafor voiced support for the alliance.")
    assert not any(holder == "Jane_Okafor" for holder, _ in pairs_of(text, "visited"))


def test_visiting_places_is_no_guest() -> None:
    found = pairs_of("Japanese Prime Minister Jane Okafor, visiting Spain and France, met Peter Mwangi.", "visited")
    assert ("Jane_Okafor", "Spain") in found
    assert all(holder == "Jane_Okafor" for holder, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Okafor and Peter Mwangi agreed to remain in close contact to continue discussions on trade.",
        "Jane Okafor and Peter Mwangi agreed to cooperate and conduct talks on several fronts.",
    ],
)
def test_talks_meant_in_the_infinitive_are_no_meeting(text: str) -> None:
    assert not pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan Foreign Minister Jane Okafor met Ugandan leaders including Peter Mwangi in Kampala.",
        "Kenyan Foreign Minister Jane Okafor met with several officials, including Foreign Minister Peter Mwangi.",
        "Kenyan Foreign Minister Jane Okafor held talks with several officials, including Foreign Minister Peter Mwangi.",
    ],
)
def test_the_people_a_group_met_includes_are_met(text: str) -> None:
    assert ("Jane_Okafor", "Peter_Mwangi") in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text, place",
    [
        ("Kenya’s delegation has departed for Istanbul to attend a fresh round of talks.", "Istanbul"),
        ("A senior Kenyan delegation left Uganda on Thursday, following a three-day visit.", "Uganda"),
    ],
)
def test_a_delegation_that_departs_for_or_leaves_a_place_visited_it(text: str, place: str) -> None:
    assert any(holder == "Kenya" and place in target for holder, target in pairs_of(text, "visited"))


def test_a_delegation_that_will_leave_for_a_place_visited_nothing_yet() -> None:
    assert not pairs_of("The Kenyan delegation will leave for Istanbul on Saturday.", "visited")
