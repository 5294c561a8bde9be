"""Holders of round twenty-two: those of a place who speak for themselves ("Chile's highest court",
"France's farmers", "Austria's Greens party", "the opposition leader") are never the state that
owns them; a stance noun's "by"/"from" phrase naming several actors gives each of them."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_a_states_court_farmers_or_opposition_are_not_the_state() -> None:
    for text in (
        "Ruling\n\nChile's highest court rejected the appeal.",
        "Trade\n\nFrance's farmers have long rejected the trade deal.",
        "Budget\n\nJapan's main opposition party criticized the budget.",
        "War\n\nLebanon's opposition leader warns of a new war.",
    ):
        found = triples_of(text)
        assert not any(h in {"Chile", "France", "Japan", "Lebanon"} for h, _, _ in found), (text, found)


def test_a_states_named_party_is_the_party() -> None:
    found = triples_of("Missiles\n\nThe plan has drawn sharp criticism, mainly from Austria's Greens party.")
    assert has_triple(found, "Greens", "opposes", "plan")
    assert not any(h == "Austria" for h, _, _ in found)


def test_a_states_own_organs_and_officers_still_speak_for_it() -> None:
    assert has_triple(triples_of("Talks\n\nKenya's government rejected the finance bill."), "Kenya", "rejects", "finance bill")
    assert has_triple(triples_of("Talks\n\nIran's top diplomat rejected the deal."), "Iran", "rejects", "deal")
    assert has_triple(triples_of("Talks\n\nEuropean Union leaders rejected the deal."), "European_Union", "rejects", "deal")


def test_calls_by_several_are_each_ones() -> None:
    found = triples_of("Gaza\n\nThe veto drew calls by Egypt and Jordan for an immediate ceasefire.")
    assert has_triple(found, "Egypt", "demands", "immediate ceasefire")
    assert has_triple(found, "Jordan", "demands", "immediate ceasefire")
    found = triples_of("Gaza\n\nCalls by Egypt for a ceasefire with Israel and Hamas grew.")
    assert not any(h in {"Israel", "Hamas"} and r == "demands" for h, r, _ in found)


def test_people_of_no_named_body_hold_as_that_group() -> None:
    found = triples_of("Unrest\n\nProtesters demanded the resignation of the prime minister.")
    assert has_triple(found, "Protesters", "demands", "resignation of the prime minister")
    found = triples_of("Bill\n\nSix Georgian opposition parties rejected the bill on foreign agents.")
    assert has_triple(found, "Georgian_opposition_parties", "rejects", "bill on foreign agents")
    found = triples_of("Trade\n\nFrench farmers oppose the trade deal.")
    assert has_triple(found, "French_farmers", "opposes", "trade deal")


def test_sides_and_someones_people_are_no_group_of_their_own() -> None:
    assert not triples_of("Talks\n\nThe parties agreed to resume talks.")
    assert not triples_of("Ruling\n\nTheir supporters rejected the ruling.")
