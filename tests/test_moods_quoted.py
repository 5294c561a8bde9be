"""Quoted speech read by its mood: a speech verb that is also a demand cue ("insisted",
"urged", "demanded") demands what its quote asks (an imperative, a "must"), while a quote that
asserts is the speaker's own speech, whose cues carry the stance; hopes against an act oppose
it; stances told as given up are no stances; a sought tie is no tie; a name broken by a spaced
dash is no one's name; sanctions another side welcomes are its stance, not
the imposer's. Sentences of our own."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_a_quoted_assertion_under_insisted_is_the_speakers_stance_not_a_demand() -> None:
    found = triples_of('Talks resumed in Vienna.\n\n"We reject the new tariffs," Brazilian Foreign Minister Mauro Vieira insisted.')
    assert has_triple(found, "Brazil", "rejects", "tariffs")
    assert not any(r == "demands" for _, r, _ in found)


def test_a_quoted_assertion_with_a_named_state_is_that_states_stance() -> None:
    found = triples_of('"Norway supports the fishing accord," the Norwegian minister demanded.')
    assert has_triple(found, "Norway", "supports", "fishing accord")
    assert not any(r == "demands" for _, r, _ in found)


def test_a_quoted_imperative_under_urged_is_still_demanded() -> None:
    found = triples_of('"Lift the blockade of the port now," the Chilean president Gabriel Boric urged.')
    assert any(r == "demands" and "blockade" in t for _, r, t in found)


def test_a_quoted_must_clause_under_insisted_is_still_demanded() -> None:
    found = triples_of('"Ankara must withdraw its ships," the Greek foreign minister insisted.')
    assert any(r == "demands" and "withdraw" in t for _, r, t in found)


def test_a_reported_fact_insisted_on_is_stated() -> None:
    found = triples_of("The Brazilian foreign minister insisted that Brazil rejected the new tariffs.")
    assert has_triple(found, "Brazil", "rejects", "tariffs")
    assert not any(r == "demands" for _, r, _ in found)


def test_a_suggested_fact_proposes_nothing() -> None:
    found = triples_of("Peru suggested that Chile sees the fishing accord as a way to pressure Bolivia.")
    assert not any(r == "proposes" for _, r, _ in found)


def test_a_suggested_act_is_still_proposed() -> None:
    found = triples_of("Peru suggested that the border talks resume in Lima.")
    assert has_triple(found, "Peru", "proposes", "talks", "resume")


def test_a_hope_that_another_side_will_not_act_opposes_the_act() -> None:
    found = triples_of('"We hope the Serbian side does not use the truce to shell the villages," the Kosovar prime minister said.')
    assert any(h == "Kosovo" and r == "opposes" and "shell" in t and "not" not in t.split() for h, r, t in found)
    assert not any(r == "demands" for _, r, _ in found)


def test_a_hope_that_another_side_will_act_stays_a_demand() -> None:
    found = triples_of('"We hope the Serbian side will reopen the crossing," the Kosovar prime minister said.')
    assert any(h == "Kosovo" and r == "demands" and "crossing" in t for h, r, t in found)
    assert not any(r == "opposes" for _, r, _ in found)


def test_a_hope_against_a_change_that_goes_on_to_a_hope_for_is_no_opposition() -> None:
    found = triples_of('"We hope that Serbia does not change its course and remains our partner," the Hungarian minister said.')
    assert not any(r == "opposes" for _, r, _ in found)


def test_stances_told_as_given_up_are_none() -> None:
    assert not any(r == "opposes" for _, r, _ in triples_of("Austria used to oppose the gas pipeline."))
    assert not any(r == "supports" for _, r, _ in triples_of("Denmark once backed the fishing quota."))
    assert not any(r == "opposes" for _, r, _ in triples_of("Greece had long opposed the name deal until the summit in Sofia."))


def test_an_act_done_once_was_still_done() -> None:
    found = triples_of("Denmark once put forward a plan for a joint fishing authority.")
    assert any(h == "Denmark" and r == "proposes" and "fishing" in t for h, r, t in found)


def test_stances_held_now_or_after_a_time_clause_stand() -> None:
    assert has_triple(triples_of("Austria had opposed the gas pipeline."), "Austria", "opposes", "pipeline")
    found = triples_of("Once the treaty was signed, Denmark backed the fishing quota.")
    assert has_triple(found, "Denmark", "supports", "quota")


def test_a_tie_sought_is_a_demand_not_a_tie() -> None:
    found = triples_of("The African Union seeks closer cooperation with Brazil.")
    assert not any(r == "cooperates_with" for _, r, _ in found)
    assert any(r == "demands" and "cooperation" in t for _, r, t in found)


def test_a_name_broken_by_a_spaced_dash_is_no_holder() -> None:
    found = triples_of("(Georgian President Salome - AFP) Zourabichvili spoke to the parliament in Tbilisi.")
    assert not any(r == "holds_role" and "AFP" in h for h, r, _ in found)
    found = triples_of("South Korean Foreign Minister Cho Tae-yul spoke to the parliament in Seoul.")
    assert any(r == "holds_role" and h == "Cho_Tae_yul" for h, r, _ in found)


def test_sanctions_another_side_welcomes_are_the_welcomers_stance_not_the_imposers() -> None:
    found = triples_of("The Lithuanian president welcomed Canadian sanctions against Belarusian officials.")
    assert any(r == "supports" and "sanctions" in t for _, r, t in found)
    assert not any(h == "Canada" for h, _, _ in found)
    found = triples_of("Lithuania welcomed the sanctions imposed by Canada on Belarusian officials.")
    assert not any(h == "Canada" for h, _, _ in found)


def test_sanctions_merely_answered_keep_their_owner() -> None:
    found = triples_of("Belarus said the ban was a reply to Canadian sanctions on Belarusian officials.")
    assert has_triple(found, "Canada", "supports", "sanctions", "Belarus")


def test_a_protest_verb_does_not_oppose_its_own_quote() -> None:
    found = triples_of('"We support the fishing accord," Norwegian Foreign Minister Espen Eide protested.')
    assert has_triple(found, "Norway", "supports", "fishing accord")
    assert not any(r == "opposes" for _, r, _ in found)


def test_a_protest_verb_with_an_object_still_opposes_it() -> None:
    found = triples_of("Norwegian Foreign Minister Espen Eide protested the new fishing quota.")
    assert any(r == "opposes" and "quota" in t for _, r, t in found)
