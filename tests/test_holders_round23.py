"""Holders of round twenty-three: people of an office or calling hold a stance as a group when a
word of the phrase labels them ("East African leaders", "Minority MPs"); a bare, counted or
quantified plural ("leaders", "the two leaders", "some leaders") is no group of its own."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_labelled_leaders_and_members_of_parliament_hold_as_a_group() -> None:
    found = triples_of("Summit\n\nEast African leaders called for an immediate ceasefire in Congo.")
    assert has_triple(found, "East_African_leaders", "demands", "immediate ceasefire in Congo")
    found = triples_of("Vote\n\nMinority MPs called for a head count.")
    assert has_triple(found, "Minority_MPs", "demands", "head count")
    found = triples_of("Trade\n\nRepublican senators rejected the trade deal.")
    assert has_triple(found, "Republican_senators", "rejects", "trade deal")


def test_unlabelled_or_counted_leaders_are_no_group() -> None:
    for text in (
        "Summit\n\nLeaders called for an immediate ceasefire in Congo.",
        "Summit\n\nSome leaders called for an immediate ceasefire in Congo.",
        "Summit\n\nSeveral senior leaders called for an immediate ceasefire in Congo.",
    ):
        found = triples_of(text)
        assert not any("leaders" in h.lower() for h, _, _ in found), (text, found)


def test_leaders_are_a_group_only_when_labelled_by_a_place_people_or_the_opposition() -> None:
    found = triples_of("Summit\n\nThe West African leaders demanded the release of the president.")
    assert has_triple(found, "West_African_leaders", "demands", "release of the president")
    found = triples_of("Vote\n\nOpposition leaders demand a new vote.")
    assert has_triple(found, "opposition_leaders", "demands", "new vote")
    for text in (
        "Summit\n\nWorld leaders urged both sides to step back.",
        "Summit\n\nParty leaders demanded new stimulus bills.",
        "Summit\n\nRuling and opposition leaders demanded a firmer stance.",
    ):
        found = triples_of(text)
        assert not any("leaders" in h.lower() for h, _, _ in found), (text, found)
