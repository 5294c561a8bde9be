"""Who speaks and for whom: "he said" after a quote that names someone else, "he" after a
sentence that names its person first, and a stance coordinated inside a reported clause."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_a_name_inside_the_quote_is_not_who_says_it() -> None:
    text = (
        "French President Emmanuel Macron met reporters in Paris on Monday.\n\n"
        "“We discussed the war at length. Prime Minister Narendra Modi was right, and we support a "
        "ceasefire,” he said at a press conference."
    )
    found = triples_of(text)
    assert has_triple(found, "France", "supports", "ceasefire")
    assert not has_triple(found, "India", "supports", "ceasefire")


def test_he_is_the_person_his_sentence_named_before_him() -> None:
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Ankara on "
        "Wednesday.\n\n“We discussed the Cyprus problem,” Mitsotakis said.\n\n"
        "While Erdogan did not mention Cyprus, he said that relations were improving.\n\n"
        "“We reject any new sanctions on our country,” he said."
    )
    found = triples_of(text)
    assert has_triple(found, "Turkey", "rejects", "sanctions")
    assert not has_triple(found, "Greece", "rejects", "sanctions")


def test_a_past_stance_after_a_present_clause_is_the_reporters() -> None:
    text = (
        "G7 foreign ministers said on Tuesday that Beijing’s claims in the South China Sea have no legal "
        "basis and opposed any attempt to change the status quo by force."
    )
    found = triples_of(text)
    assert has_triple(found, "G7", "opposes", "status quo")
    assert not has_triple(found, "China", "opposes", "status quo")
