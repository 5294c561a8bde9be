"""Stance nouns owned through a possessive that repeats a pronoun subject: "They reiterated their
support for X" holds as "They reiterated support for X" does, the pronoun standing for the actors
it refers back to; a possessive that does not agree with the subject, or a verb that does not put
the noun forward, binds nothing."""

from __future__ import annotations

from conftest import has_triple, triples_of

_MET = "Tariff talks\n\nChile and Peru met in Lima on Monday. "


def test_their_support_under_a_pronoun_subject_is_each_antecedents() -> None:
    found = triples_of(_MET + "They reiterated their support for Bolivia.")
    assert has_triple(found, "Chile", "supports", "Bolivia")
    assert has_triple(found, "Peru", "supports", "Bolivia")


def test_their_opposition_condemnation_and_call_each_hold() -> None:
    assert has_triple(triples_of(_MET + "They voiced their opposition to the tariffs."), "Peru", "opposes", "tariffs")
    assert has_triple(triples_of(_MET + "They expressed their condemnation of the attack."), "Chile", "opposes", "attack")
    assert has_triple(triples_of(_MET + "They reiterated their call for a ceasefire."), "Chile", "demands", "ceasefire")


def test_a_verb_of_emphasis_puts_the_noun_forward_too() -> None:
    found = triples_of(_MET + "They stressed their commitment to the peace process.")
    assert has_triple(found, "Chile", "supports", "peace process")


def test_a_verb_that_receives_the_noun_binds_no_owner() -> None:
    found = triples_of(_MET + "They welcomed their support for Bolivia.")
    assert not has_triple(found, "Chile", "supports", "Bolivia")


def test_a_possessive_that_does_not_agree_with_the_subject_binds_nothing() -> None:
    found = triples_of(_MET + "They reiterated its support for Bolivia.")
    assert not has_triple(found, "Chile", "supports", "Bolivia")
