"""Round eighteen's meetings and deployments: a meeting "between" a table of four or more people,
a person named at the close of an office's phrase ("talks with the chairman of the council, X,"),
a dateline the parser takes for the subject of talks, talks "completed", and a place named in
apposition to "the capital" taken by force. Behaviour on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model

_FOUR = {"Jane_Okafor", "Peter_Mwangi", "Grace_Achieng", "Samuel_Otieno"}


def test_a_meeting_between_four_people_is_a_meeting_of_each_pair() -> None:
    text = ("The accord was signed after a meeting between Jane Okafor, Peter Mwangi, Grace Achieng "
            "and Samuel Otieno in Nairobi.")
    found = pairs_of(text, "met_with")
    met = {frozenset(p) for p in found}
    assert len(met) == 6 and set().union(*met) == _FOUR


def test_a_table_of_four_with_their_offices_is_read_too() -> None:
    text = ("The accord was signed after a meeting between Kenyan Foreign Minister Jane Okafor, Ugandan "
            "President Peter Mwangi, Tanzanian Prime Minister Grace Achieng and Rwandan Trade Minister "
            "Samuel Otieno.")
    assert len({frozenset(p) for p in pairs_of(text, "met_with")}) == 6


def test_more_people_than_a_table_met_as_a_gathering() -> None:
    names = ["Jane Okafor", "Peter Mwangi", "Grace Achieng", "Samuel Otieno", "Ruth Wanjiku", "David Kiprop",
             "Mary Atieno"]
    text = f"The accord was signed after a meeting between {', '.join(names[:-1])} and {names[-1]}."
    assert pairs_of(text, "met_with") == set()


def test_the_person_at_the_close_of_an_office_met_in_talks() -> None:
    """The parse of "talks with the chairman of the Council, Peter Mwangi," the parser gives at
    times: the name an apposition of "Council", at the close of the office's phrase."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from statgraph.extract.events.misparses import named_partner

    words = ["talks", "with", "the", "chairman", "of", "the", "Council", ",", "Peter", "Mwangi", ","]
    heads = [0, 0, 3, 1, 3, 6, 4, 6, 9, 6, 6]
    deps = ["ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "punct", "compound", "appos", "punct"]
    ents = ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O"]
    pos = ["NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, ents=ents, pos=pos)
    assert named_partner(doc[3], doc[0], None).text == "Mwangi"  # type: ignore[arg-type]


def test_talks_completed_with_a_partner_were_held() -> None:
    found = pairs_of("Jane Okafor completed talks today with Peter Mwangi.", "met_with")
    assert ("Jane_Okafor", "Peter_Mwangi") in found


def test_the_person_after_a_dateline_read_as_subject_holds_the_talks() -> None:
    text = ("Geneva/Nairobi (ICRC) – The president of the International Committee of the Red Cross (ICRC), "
            "Jane Okafor, completed talks today with Peter Mwangi.")
    found = pairs_of(text, "met_with")
    assert ("Jane_Okafor", "Peter_Mwangi") in found
    assert {holder for holder, _ in found} == {"Jane_Okafor"}


def test_a_capital_named_in_apposition_is_the_place_seized() -> None:
    found = pairs_of("The Houthis seized the capital, Sanaa, in 2014.", "deployed_to")
    assert ("Houthis", "Sanaa") in found
