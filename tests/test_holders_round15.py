"""Holders of round fifteen: phrases that stand for a holder named before ("It also said", "the
two ministers", "the group", "the heads of state"), and no holder where the text leaves open whom
they stand for."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_it_speaking_again_is_the_body_the_last_sentence_was_about() -> None:
    text = (
        "Health agency regrets exit\n\n"
        "The World Health Organization said in a statement on Tuesday that it regrets the decision. "
        "It also said it hopes the United States will reconsider."
    )
    assert has_triple(triples_of(text), "WHO", "demands", "reconsider")


def test_it_speaking_after_a_document_or_two_states_is_nobody() -> None:
    for before in ("The draft resolution was circulated to members on Monday.", "Germany and France met on Monday."):
        text = f"Council meets\n\n{before} It also said it hopes the United States will reconsider."
        assert not any(r == "demands" for _, r, _ in triples_of(text))


def test_the_two_ministers_are_the_states_of_the_two_who_met() -> None:
    text = (
        "Ministers meet in Tokyo\n\n"
        "Japanese Foreign Minister Taro Kono met Chinese Foreign Minister Wang Yi in Tokyo on Monday. "
        "The two ministers called for an end to the fighting in Sudan."
    )
    found = triples_of(text)
    assert has_triple(found, "Japan", "demands", "end to the fighting")
    assert has_triple(found, "China", "demands", "end to the fighting")


def test_the_two_ministers_after_three_who_met_are_nobody() -> None:
    text = (
        "Ministers meet in Delhi\n\n"
        "The foreign ministers of India, Japan and Australia met in Delhi on Monday. "
        "The two ministers called for an end to the fighting in Sudan."
    )
    assert not any(r == "demands" for _, r, _ in triples_of(text))


def test_the_group_bare_is_the_body_named_before() -> None:
    text = (
        "Summit ends\n\n"
        "BRICS leaders met in Rio on Sunday and adopted a declaration. "
        "The group also criticized the tariffs imposed by the United States."
    )
    assert has_triple(triples_of(text), "BRICS", "criticizes", "tariffs")


def test_groups_with_a_name_or_in_the_plural_are_not_the_body_named_before() -> None:
    text = (
        "Parliament votes\n\n"
        "The European People's Party group backed the pact. The Socialist groups criticized the pact."
    )
    found = triples_of(text)
    assert has_triple(found, "European_People_s_Party", "supports", "pact")
    assert not any(r in {"opposes", "criticizes"} for _, r, _ in found)


def test_the_heads_of_state_are_the_body_whose_summit_it_was() -> None:
    text = (
        "Regional summit\n\n"
        "The East African Community held a summit in Arusha on Saturday. "
        "The heads of state called for an immediate ceasefire in the region."
    )
    assert has_triple(triples_of(text), "East_African_Community", "demands", "ceasefire")


def test_the_foreign_minister_fits_a_minister_of_external_affairs() -> None:
    text = (
        "Delhi talks\n\n"
        "Indian External Affairs Minister S. Jaishankar met Australian officials in Delhi. "
        "On Pakistan, the foreign minister condemned the attacks on pilgrims."
    )
    assert has_triple(triples_of(text), "Subrahmanyam_Jaishankar", "opposes", "attacks on pilgrims")


def test_the_foreign_minister_is_not_a_defence_minister_named_before() -> None:
    text = (
        "Delhi talks\n\n"
        "Indian Defence Minister Rajnath Singh met Australian officials in Delhi. "
        "On Pakistan, the foreign minister condemned the attacks on pilgrims."
    )
    assert not any(r == "opposes" for _, r, _ in triples_of(text))
