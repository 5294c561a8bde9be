"""Which argument a stance is about, on sentences of our own: the thing asked or granted, not
the one addressed, and not the subject of a clause that belongs to a noun."""

from __future__ import annotations

import pytest

from conftest import has_triple, statements_of, triples_of

pytestmark = pytest.mark.model


def test_those_called_on_to_act_are_not_named_by_a_judgement() -> None:
    text = (
        "Criticising the crackdown by the Burmese military, the European Parliament voted overwhelmingly to call "
        "on both the Government and allied forces and armed groups “to halt all violence or retaliation immediately”."
    )
    found = triples_of(text)
    assert not any(r == "opposes" and "allied forces" in t for _, r, t in found)
    assert has_triple(found, "European_Parliament", "demands", "halt all violence")


def test_a_clause_that_belongs_to_a_noun_is_no_dismissal_by_the_speaker() -> None:
    found = triples_of("China said the United States has ignored a court ruling that its claim has no legal basis.")
    assert not has_triple(found, "China", "rejects", "claim")
    described = "Hungary said it will keep its veto against Ukraine for reasons that have nothing to do with the accession criteria."
    assert not any(r == "rejects" and "reasons" in t for _, r, t in triples_of(described))
    # the speaker's own dismissal of what the subject says still stands
    assert has_triple(triples_of("Moscow said the accusations have nothing to do with reality."), "Russia", "rejects", "accusations")


def test_recognising_a_state_is_about_its_recognition() -> None:
    found = triples_of("Kenya said it would recognise Somaliland as an independent state.")
    assert has_triple(found, "Kenya", "supports", "recognition of Somaliland", "independent state")
    assert all("recognition" in t for h, r, t in found if h == "Kenya" and r == "supports")
    assert has_triple(triples_of("Spain has not recognised Kosovo."), "Spain", "rejects", "recognition of Kosovo")
    # a principle recognised is supported as it is
    assert has_triple(triples_of("Nicaragua recognises the one-China principle."), "Nicaragua", "supports", "one-China principle")


def test_a_praised_predicate_is_about_whom_it_is_said_of() -> None:
    found = triples_of("Macron said France still views Mohamed Bazoum as the true leader of Niger.")
    assert has_triple(found, "France", "supports", "Bazoum")
    assert not has_triple(found, "France", "supports", "Niger")
    said = triples_of("Macron said Mohamed Bazoum is the true leader of Niger.")
    assert has_triple(said, "France", "supports", "Bazoum") and not has_triple(said, "France", "supports", "Niger")


def test_those_asked_to_act_are_named_as_the_whole_list() -> None:
    found = triples_of("The European Union urged both the Sudanese army and the rebel militias to join peace talks in Geneva.")
    assert has_triple(found, "European_Union", "demands", "Sudanese army and the rebel militias", "join peace talks")
    assert has_triple(triples_of("China urged the US to stop arming Taiwan."), "China", "demands", "US stop arming Taiwan")


def test_doing_the_same_asks_for_the_act_named_before() -> None:
    text = "Poland will keep sending military equipment to Ukraine. Warsaw urges its partners to do the same."
    assert has_triple(triples_of(text), "Poland", "demands", "partners", "sending military equipment to Ukraine")
    followed = triples_of("Lithuania has expelled two Russian diplomats. Vilnius called on other EU states to follow suit.")
    assert has_triple(followed, "Lithuania", "demands", "EU states", "two Russian diplomats")
    # with no act before it, "do the same" names nothing
    assert not any(r == "demands" for _, r, _ in triples_of("Warsaw urges its partners to do the same."))


def test_they_warned_are_the_others_named_before() -> None:
    text = "The African Union said that Sudanese generals had blocked aid convoys, and warned that they would face sanctions."
    found = triples_of(text)
    assert has_triple(found, "African_Union", "warns", "Sudanese generals")
    assert not has_triple(found, "African_Union", "warns", "face sanctions")
    # "they" who would act may be the warner's own side: the act stays what is warned of
    own = triples_of("The African Union said that Sudanese generals had blocked aid convoys, and warned that they would respond.")
    assert not has_triple(own, "African_Union", "warns", "Sudanese generals")


def test_a_bracketed_name_after_a_list_of_partners_names_their_group() -> None:
    found = triples_of("Japan announced plans to expand its security partnership with the UK and the US (AUKUS).")
    assert has_triple(found, "Japan", "cooperates_with", "United Kingdom")
    assert has_triple(found, "Japan", "cooperates_with", "United States")
    assert not has_triple(found, "Japan", "cooperates_with", "AUKUS")


def test_those_fought_with_against_a_foe_are_no_target() -> None:
    found = triples_of("“We are going to fight with Mexico against the cartels,” the US State Department said.")
    assert not has_triple(found, "United_States", "criticizes", "Mexico")
    assert has_triple(triples_of("“We will fight Russia,” Ukraine said."), "Ukraine", "criticizes", "Russia")


def test_a_matter_blamed_on_someone_blames_them() -> None:
    found = {(s.holder_id, s.relation, s.target_id) for s in statements_of("Peru blamed the flooding on Bolivia.")}
    assert ("Peru", "criticizes", "Bolivia") in found, found
    assert not any("flooding" in (t or "") for _, _, t in found), found


def test_a_bracket_a_target_opens_is_closed() -> None:
    text = (
        'Peru\'s foreign minister stressed the need for "full respect" for the Line of Actual Contact (LAC) '
        'and the importance of "restoring" trade ties with Chile.'
    )
    found = triples_of(text)
    assert ("Peru", "demands", "full respect for the Line of Actual Contact (LAC)") in found, found


def test_a_thing_criticized_in_its_own_relative_clause_is_named_without_it() -> None:
    found = triples_of("Peru passed a law that Chile has criticized.")
    assert ("Chile", "opposes", "law") in found, found
    assert not any("criticized" in t for _, _, t in found), found
