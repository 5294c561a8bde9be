"""Holders of round nineteen: "his party" in its leader's reported words is the leader, who speaks
for it; bare "MEPs" are the European Parliament; "the two sides" are the two people its own
sentence names before it, each for their state."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_his_party_in_the_leaders_reported_words_is_the_leader() -> None:
    found = triples_of("Coalition talks\n\nJonas Berg said his party would not support the budget.")
    assert has_triple(found, "Jonas_Berg", "opposes", "budget")
    found = triples_of("Coalition talks\n\n“My party will vote against the budget,” Jonas Berg said.")
    assert has_triple(found, "Jonas_Berg", "opposes", "budget")


def test_his_party_outside_reported_words_is_nobody() -> None:
    found = triples_of("Coalition talks\n\nJonas Berg arrived late. His party rejected the budget.")
    assert not has_triple(found, "Jonas_Berg", "rejects", "budget")


def test_bare_meps_are_the_european_parliament() -> None:
    found = triples_of("Rule of law\n\nMEPs condemn the actions of the government.")
    assert has_triple(found, "European_Parliament", "criticizes", "government")
    found = triples_of("Rule of law\n\nSocialist MEPs condemn the actions of the government.")
    assert not has_triple(found, "European_Parliament", "criticizes", "government")


def test_the_two_sides_are_the_two_people_its_own_sentence_names_before_it() -> None:
    found = triples_of(
        "Peace\n\nUS President Donald Trump met Russian President Vladimir Putin in Alaska.\n\nAzerbaijani President "
        "Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Washington, where the two sides rejected "
        "the use of force."
    )
    assert has_triple(found, "Armenia", "rejects", "force")
    assert has_triple(found, "Azerbaijan", "rejects", "force")
    assert not has_triple(found, "United_States", "rejects", "force")
