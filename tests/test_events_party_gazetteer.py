"""Party membership from the parties of ontology/parties.toml (round fifteen): a party's acronym or
name before a title or a name ("PTI leader X", "BJP's X"), after a name in brackets ("X (SNP)"),
and a party leader's title. Behaviour on sentences of our own (every candidate kept)."""

from __future__ import annotations

from conftest import pairs_of

from statgraph.link.gazetteer import load_gazetteer
from statgraph.settings import default_ontology_dir


def _members(text: str) -> set[tuple[str, str]]:
    """(the holder's surname, the party's id)."""
    return {(holder.split("_")[-1], party) for holder, party in pairs_of(text, "member_of")}


def test_an_acronym_of_the_party_gazetteer_before_a_leader_and_a_name_makes_a_member() -> None:
    assert ("Qureshi", "Pakistan_Tehreek_e_Insaf") in _members(
        "PTI leader Farhan Qureshi told reporters the rally would go ahead on Friday.")
    assert ("Mokoena", "African_National_Congress") in _members(
        "ANC spokesperson Mary Mokoena said the party would appeal the ruling.")


def test_a_party_name_with_a_possessive_before_a_name_makes_a_member() -> None:
    assert ("Sharma", "Bharatiya_Janata_Party") in _members(
        "BJP's Anil Sharma said the alliance would hold.")


def test_a_party_in_brackets_after_a_name_makes_a_member() -> None:
    assert ("Harlow", "Scottish_National_Party") in _members(
        "Finance spokesperson Jane Harlow (SNP) said the budget was a disgrace.")


def test_no_membership_from_a_former_leader_a_party_ruled_state_or_voters() -> None:
    # near misses: a former leader is no member now; a state a party rules names no member; a
    # party's voters are no members; an acronym in other capitals is no party's
    assert not _members("Former PTI leader Farhan Qureshi said the rally would go ahead.")
    assert not _members("A BJP-ruled state passed the law, Anil Sharma said.")
    assert not _members("Labour voters backed Jane Harlow in the by-election.")
    assert not _members("Anc Farhan Qureshi said the rally would go ahead.")


def test_the_party_gazetteer_links_a_party_by_its_acronym_and_keeps_actors_names() -> None:
    gazetteer = load_gazetteer(default_ontology_dir())
    assert gazetteer.find("PTI").label == "Pakistan Tehreek-e-Insaf"
    assert gazetteer.find("the Sweden Democrats").type == "organization"
    assert gazetteer.find("CPC").id == "Chinese_Communist_Party"  # an actor of actors.toml keeps its name


def test_a_party_of_the_new_states_before_an_office_and_a_name_makes_a_member() -> None:
    # round sixteen: parties of Mozambique, Bolivia, Malaysia, Bangladesh; a party's office
    # ("vice president", "Secretary General") before the name; a capitalised form read as written
    assert ("Mabunda", "Renamo") in _members("Renamo leader Paulo Mabunda said the vote was rigged.")
    assert ("Quispe", "Movement_for_Socialism") in _members(
        "MAS vice president Juan Quispe said the party would split.")
    assert ("Rahim", "People_s_Justice_Party_Malaysia") in _members(
        "PKR deputy president Ahmad Rahim said the vote would go ahead.")
    assert ("Hossain", "Bangladesh_Nationalist_Party") in _members(
        "BNP Secretary General Karim Hossain said the vote would go ahead.")


def test_a_party_of_the_new_states_in_brackets_after_a_name_makes_a_member() -> None:
    assert ("Kask", "Social_Democratic_Party_Estonia") in _members(
        "Agriculture Minister Mari Kask (SDE) criticised the plan on Monday.")
    assert ("Mabota", "Democratic_Movement_of_Mozambique") in _members(
        "The rival candidates were Jose Mabota (MDM) and Pedro Langa.")


def test_no_membership_from_a_bracketed_state_or_a_party_word_in_lower_case() -> None:
    # near misses: a state in brackets is no party; "reform" in lower case names none; the
    # bracket must follow the name
    assert not _members("He spoke with Karl Tamm (Estonia) on Monday.")
    assert not _members("Karl Tamm said the plan (Reform) would pass.")


def test_a_hyphened_party_name_makes_one_membership_not_its_tail() -> None:
    # "DAP-K Party leader X": the party is DAP-K, not a "K Party" read from the tail
    found = _members("DAP-K Party leader Eugene Walasi dismissed the reports.")
    assert ("Walasi", "DAP_K") in found
    assert ("Walasi", "K_Party") not in found


def test_a_person_of_a_known_party_is_its_member() -> None:
    assert ("Mutua", "Kenya_Kwanza") in _members(
        "Samuel Mutua of the Kenya Kwanza said the coalition would field one candidate.")
    assert ("Mabunda", "Frelimo") in _members(
        "Paulo Mabunda of the ruling Mozambique Liberation Front (Frelimo) was sworn in.")


def test_no_membership_from_a_critic_of_a_party_or_words_spoken_of_it() -> None:
    # near misses: "of" the party hangs on a noun or a verb, not on the person's name
    assert not _members("Jane Harlow, a critic of the ANC, said the budget was a disgrace.")
    assert not _members("Jane Harlow spoke of the ANC with contempt.")
