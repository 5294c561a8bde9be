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


def test_the_foreign_ministers_who_met_are_both_their_states() -> None:
    text = (
        "Brazilian Foreign Minister Mauro Vieira and Argentine Foreign Minister Diana Mondino met in Brasilia "
        "on Monday.\n\n"
        "The foreign ministers agreed that “both sides shall respect the existing trade agreements.”"
    )
    found = triples_of(text)
    assert has_triple(found, "Brazil", "supports", "trade agreements")
    assert has_triple(found, "Argentina", "supports", "trade agreements")
    assert not any(h in {"Mauro_Vieira", "Diana_Mondino"} and r == "supports" for h, r, _ in found)


def test_they_after_two_people_met_are_their_states() -> None:
    text = (
        "Chinese President Xi Jinping met Brazilian President Lula da Silva in Beijing on Friday.\n\n"
        "They agreed to support a political settlement of the Ukraine crisis."
    )
    found = triples_of(text)
    assert has_triple(found, "China", "supports", "political settlement")
    assert has_triple(found, "Brazil", "supports", "political settlement")


def test_a_statement_put_after_the_verb_speaks_for_its_issuer() -> None:
    text = "“We strongly oppose all forms of terrorism,” read a statement by the Indian Ministry of External Affairs."
    assert has_triple(triples_of(text), "India", "opposes", "terrorism")
    text = "“We reject the new sanctions,” said a statement from the Russian Foreign Ministry."
    assert has_triple(triples_of(text), "Russia", "rejects", "sanctions")


def test_a_bare_statement_word_is_no_actor() -> None:
    text = "The Communique reads: “ECOWAS shall maintain all sanctions imposed on Niger.”"
    found = triples_of(text)
    assert not any(h.lower().startswith("communiqu") for h, _, _ in found)


def test_coordinated_demonyms_name_each_state() -> None:
    found = triples_of("Russian and Chinese diplomats condemned the strikes on the port.")
    assert has_triple(found, "Russia", "opposes", "strikes")
    assert has_triple(found, "China", "opposes", "strikes")


def test_those_among_a_group_hold_what_the_group_does() -> None:
    found = triples_of("Brazil and India were among the countries calling for a ceasefire in Gaza.")
    assert has_triple(found, "Brazil", "demands", "ceasefire")
    assert has_triple(found, "India", "demands", "ceasefire")


def test_a_body_issuing_a_statement_in_its_own_present_is_its_we() -> None:
    text = (
        "The Ministry of Foreign Affairs of Ukraine strongly condemns the missile strike on Odesa.\n\n"
        "We call on the international community to increase pressure on Russia."
    )
    found = triples_of(text)
    assert has_triple(found, "Ukraine", "demands", "pressure on Russia")
    assert has_triple(found, "Ukrainian_Foreign_Ministry", "opposes", "strike")  # the whole name, not "... of"


def test_a_report_of_a_body_in_the_past_leaves_the_authors_we_alone() -> None:
    text = (
        "The Ukrainian Foreign Ministry condemned the missile strike on Odesa on Monday.\n\n"
        "We call on the international community to increase pressure on Russia."
    )
    assert not any(r == "demands" for _, r, _ in triples_of(text))


def test_who_issued_the_following_statement_speaks_in_it() -> None:
    text = (
        "Canadian Foreign Minister Mélanie Joly issued the following statement:\n\n"
        "“We firmly reject the expulsion of our diplomats from New Delhi.”"
    )
    assert has_triple(triples_of(text), "Canada", "rejects", "expulsion")
