"""Party membership from the world's parties added to ontology/parties.toml (round twenty-four): a
party's name or acronym before a title or a name ("KDP leader X", "United Russia lawmaker Y"), the
lexicon's forms unshared between parties. Behaviour on sentences of our own (every candidate kept)."""

from __future__ import annotations

import re
import tomllib

from conftest import pairs_of

from statgraph.settings import default_ontology_dir


def _members(text: str) -> set[tuple[str, str]]:
    """(the holder's surname, the party's id)."""
    return {(holder.split("_")[-1], party) for holder, party in pairs_of(text, "member_of")}


def test_an_acronym_of_a_newly_listed_party_before_a_title_and_a_name_makes_a_member() -> None:
    assert ("Rashid", "Kurdistan_Democratic_Party") in _members(
        "KDP spokesman Omar Rashid said the talks in Erbil would resume on Sunday.")
    assert ("Nangolo", "SWAPO") in _members(
        "SWAPO secretary general Petrus Nangolo said the congress would be held in May.")


def test_a_party_name_of_a_newly_listed_state_before_a_title_and_a_name_makes_a_member() -> None:
    assert ("Orlov", "United_Russia") in _members(
        "United Russia lawmaker Pavel Orlov said the bill would pass this week.")
    assert ("Haddad", "Lebanese_Forces") in _members(
        "Lebanese Forces leader Elias Haddad said the cabinet had failed the country.")
    assert ("Kaupa", "Pangu_Party") in _members(
        "Pangu Party leader John Kaupa said the coalition would hold.")


def test_a_party_acronym_written_without_its_hyphen_makes_a_member() -> None:
    assert ("Moyo", "ZANUPF") in _members("Zanu PF spokesman Tendai Moyo said the congress would go ahead.")


def test_a_movement_that_sits_in_a_parliament_makes_a_member() -> None:
    assert ("Khalil", "Hezbollah") in _members(
        "Hezbollah lawmaker Ali Khalil said the group would not disarm.")


def test_no_membership_from_a_former_leader_or_a_form_in_other_capitals() -> None:
    # near misses: a former leader is no member now; an acronym in lower case names no party;
    # a given name that is also a movement's short name ("Amal") makes none
    assert not _members("Former KDP spokesman Omar Rashid said the talks would resume.")
    assert not _members("The swapo secretary general Petrus Nangolo said the congress would be held.")
    assert not _members("Amal Haddad said the cabinet had failed the country.")


def test_no_form_of_the_party_lexicon_names_two_parties() -> None:
    # an acronym shared by parties of two states ("PAS", "SLPP", "NCP") is left out: the first
    # party listed would take the other's members
    data = tomllib.loads((default_ontology_dir() / "parties.toml").read_text(encoding="utf-8"))
    owners: dict[tuple[str, ...], set[str]] = {}
    for parties in data.values():
        for label, forms in parties.items():
            for form in forms:
                owners.setdefault(tuple(re.findall(r"'s\b|\w+|[^\w\s]", form.lower())), set()).add(label)
    assert {form: labels for form, labels in owners.items() if len(labels) > 1} == {}
