"""Holders of round nineteen: political sides named by what they are ("the opposition", "the
Italian opposition", "opposition parties") as groups of their own, not stances ("strong opposition
to the plan"); "his party" in its leader's reported words is the leader, who speaks for it; bare
"MEPs" are the European Parliament."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_the_opposition_is_a_holder_of_its_own() -> None:
    found = triples_of("Budget vote\n\nThe opposition rejected the budget on Monday.")
    assert has_triple(found, "opposition", "rejects", "budget")


def test_the_opposition_of_a_named_state_carries_the_state() -> None:
    found = triples_of("Budget vote\n\nThe Italian opposition, on the other hand, criticized the agreement.")
    assert has_triple(found, "Italy_opposition", "opposes", "agreement")
    found = triples_of("Assembly\n\nColombia's opposition rejected the proposal to convene an assembly.")
    assert has_triple(found, "Colombia_opposition", "rejects", "proposal")


def test_opposition_parties_are_the_opposition() -> None:
    found = triples_of("Budget vote\n\nOpposition parties criticized the government for its foreign policy.")
    assert has_triple(found, "opposition", "criticizes", "government")


def test_opposition_as_a_stance_names_no_side() -> None:
    found = triples_of("Mine\n\nThere has been strong opposition to the project from farmers.")
    assert not any("opposition" in h for h, _, _ in found)
    found = triples_of("Levy\n\nOpposition to the plan grew and farmers condemned the tax.")
    assert not any("opposition" in h for h, _, _ in found)


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
