"""Linking of round twenty-one: a headline's abbreviated state ("N. Korea"), a party whose name
holds another's ("New Democrat" is no Democratic Party) and a
title in the plural ("Secretary Generals") that is nobody."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_a_headlines_abbreviated_korea_is_the_state() -> None:
    found = triples_of("N. Korea slams joint drills\n\nThe drills began on Monday.")
    assert has_triple(found, "North_Korea", "opposes", "drills")
    assert not any(h.startswith("N_") for h, _, _ in found)
    found = triples_of("S. Korea condemns missile launch\n\nThe launch came on Monday.")
    assert has_triple(found, "South_Korea", "opposes", "launch")


def test_a_new_democrat_is_no_democrat() -> None:
    found = triples_of("Vote\n\nNew Democrat MP Jane Doe criticized the handling of the inquiry.")
    assert has_triple(found, "Jane_Doe", "member_of", "New Democratic Party")
    assert ("Jane_Doe", "member_of", "Democratic Party") not in found


def test_a_title_in_the_plural_is_nobody() -> None:
    found = triples_of("Talks\n\nThe Secretary Generals of the two blocs welcomed the agreement.")
    assert not any(h == "Generals" for h, _, _ in found)


def test_a_states_parliament_is_set_apart_from_the_state() -> None:
    found = triples_of("Vote\n\nIraq's parliament rejected the agreement with Turkey on Monday.")
    assert has_triple(found, "Parliament_of_Iraq", "rejects", "agreement")
    assert not has_triple(found, "Iraq", "rejects", "agreement")
    found = triples_of("Vote\n\nIraq's government rejected the agreement with Turkey on Monday.")
    assert has_triple(found, "Iraq", "rejects", "agreement")


def test_a_name_broken_by_an_editors_brackets_is_read_whole() -> None:
    found = triples_of('Talks\n\nThe senator rejected "(Russian President Vladimir) Putin’s demands on Ukraine."')
    assert has_triple(found, "Vladimir_Putin", "holds_role", "President")
    assert not any(h == "Vladimir" for h, _, _ in found)


def test_a_surname_two_persons_share_is_the_one_last_named_in_full() -> None:
    text = (
        "Kim\n\nKim Jong Un visited Moscow on Monday. His sister Kim Yo Jong said on Tuesday that "
        "talks were pointless. Kim rejected talks with Seoul."
    )
    found = triples_of(text)
    assert has_triple(found, "Kim_Yo_Jong", "rejects", "talks")
    assert not has_triple(found, "Kim_Jong_Un", "rejects", "talks")


def test_a_name_after_an_honorific_the_tagger_took_for_a_title_is_a_person() -> None:
    text = (
        "Sham\n\nThis was the position of General Secretary of the Unity Party, Dr Bharrat Jagdeo "
        "as he spoke on Thursday. Jagdeo rejected the vote."
    )
    found = triples_of(text)
    assert has_triple(found, "Bharrat_Jagdeo", "rejects", "vote")
