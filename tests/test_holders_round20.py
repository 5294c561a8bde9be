"""Holders of round twenty: those who act with a subject ("Saudi Arabia, alongside the United
States, urged ...", "The US joined Russia in opposing ...") hold its stance too; a state's named
group ("Yemen's Houthi group") is the group, not the state."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_a_companion_set_off_by_commas_holds_the_stance_too() -> None:
    found = triples_of("Talks\n\nSaudi Arabia, alongside the United States, urged the two commanders to end the war.")
    assert has_triple(found, "Saudi_Arabia", "demands", "end the war")
    assert has_triple(found, "United_States", "demands", "end the war")
    found = triples_of("Talks\n\nQatar, along with Egypt, urged both sides to accept the deal.")
    assert has_triple(found, "Egypt", "demands", "accept the deal")
    found = triples_of("Talks\n\nBrazil, together with Chile, rejected the proposal.")
    assert has_triple(found, "Chile", "rejects", "proposal")


def test_one_joined_in_doing_something_does_it_too() -> None:
    found = triples_of("Vote\n\nThe US joined Russia on Monday in opposing a resolution at the UN.")
    assert has_triple(found, "Russia", "opposes", "resolution")
    assert has_triple(found, "United_States", "opposes", "resolution")


def test_a_companion_elsewhere_in_the_sentence_holds_nothing() -> None:
    found = triples_of("Talks\n\nBrazil, which sat alongside Chile at the talks, rejected the proposal.")
    assert has_triple(found, "Brazil", "rejects", "proposal")
    assert not has_triple(found, "Chile", "rejects", "proposal")
    found = triples_of("Talks\n\nBrazil joined Chile in Geneva and rejected the proposal.")
    assert not has_triple(found, "Chile", "rejects", "proposal")


def test_a_states_named_group_is_the_group() -> None:
    found = triples_of("Red Sea\n\nYemen's Houthi group has rejected the joint statement.")
    assert has_triple(found, "Houthis", "rejects", "joint statement")
    assert not has_triple(found, "Yemen", "rejects", "joint statement")
    found = triples_of("Talks\n\nChina's foreign ministry rejected the deal.")
    assert has_triple(found, "China", "rejects", "deal")


def test_they_after_an_unnamed_side_in_its_sentence_is_nobody_named_before() -> None:
    text = (
        "Port closed\n\nHaiti's government met on Monday. Protesters marched in the capital as they "
        "demanded the resignation of the prime minister."
    )
    # the protesters themselves (round 22: a group of no named body holds as that group), not Haiti
    assert not any(r == "demands" and h != "Protesters" for h, r, _ in triples_of(text))
    text = "Port closed\n\nHaiti's government met on Monday. Armed gangs attacked the airport as they demanded new talks."
    assert not any(r == "demands" for _, r, _ in triples_of(text))


def test_a_places_bloc_is_not_the_place() -> None:
    found = triples_of("Crisis\n\nWest Africa's regional bloc has called for dialogue to end the crisis.")
    assert not any(h == "Africa" for h, _, _ in found)
