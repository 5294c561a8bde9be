"""Opposition, demands and warnings with no candidate before (round fourteen), on text of our own:
pacts reneged on, being critical of something, warnings and ultimatums given, appeals against a ruling."""

from __future__ import annotations

import pytest
from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_a_pact_reneged_on_is_rejected() -> None:
    assert has_triple(triples_of("Bolivia reneged on the pact."), "Bolivia", "rejects", "pact")
    assert has_triple(triples_of("Ecuador went back on the agreement."), "Ecuador", "rejects", "agreement")
    assert has_triple(triples_of("Venezuela backed away from the deal."), "Venezuela", "rejects", "deal")


def test_reneging_only_supposed_or_denied_states_nothing() -> None:
    found = triples_of("Analysts said Chad would renege on the deal if pressed.")
    assert not any(h == "Chad" and r == "rejects" for h, r, _ in found)
    found = triples_of("Ghana did not renege on the deal.")
    assert not any(h == "Ghana" and r == "rejects" for h, r, _ in found)


def test_being_critical_of_something_opposes_it() -> None:
    found = triples_of("Uruguay was highly critical of the decision.")
    assert has_triple(found, "Uruguay", "opposes", "decision")
    found = triples_of("Djibouti has long been critical of Ethiopia.")
    assert has_triple(found, "Djibouti", "criticizes", "Ethiopia")


def test_not_critical_states_no_opposition() -> None:
    found = triples_of("Sudan is not critical of the plan.")
    assert not any(h == "Sudan" and r in {"opposes", "criticizes"} for h, r, _ in found)


def test_a_warning_handed_over_or_an_ultimatum_given_warns_its_addressee() -> None:
    assert has_triple(triples_of("Greece delivered a stern warning to Turkey."), "Greece", "warns", "Turkey")
    assert has_triple(triples_of("Chile gave Bolivia a 14-day ultimatum to withdraw."), "Chile", "warns", "Bolivia")
    found = triples_of("The threats made by Italy against Libya drew condemnation.")
    assert has_triple(found, "Italy", "warns", "Libya")
    assert not any("made by" in t for _, _, t in found)


def test_a_gift_or_a_warning_not_delivered_warns_no_one() -> None:
    assert not any(r == "warns" for _, r, _ in triples_of("Chile gave Bolivia a medal."))
    assert not any(r == "warns" for _, r, _ in triples_of("Greece did not deliver a warning to Turkey."))
    assert not any(r == "warns" for _, r, _ in triples_of("The aid delivered by Italy to Libya arrived."))


def test_an_appeal_against_a_ruling_opposes_it_an_appeal_for_calm_asks_for_it() -> None:
    found = triples_of("Argentina filed an appeal against the ruling.")
    assert has_triple(found, "Argentina", "opposes", "ruling")
    assert not any(r == "demands" for _, r, _ in found)
    assert has_triple(triples_of("Chile issued an appeal for calm."), "Chile", "demands", "calm")


def test_what_a_speaker_said_it_was_time_for_is_demanded() -> None:
    found = triples_of("Belgium said it was time for a ceasefire in Gaza.")
    assert has_triple(found, "Belgium", "demands", "ceasefire")
    found = triples_of("Somalia said it was time to lift the embargo.")
    assert has_triple(found, "Somalia", "demands", "lift the embargo")


def test_no_time_asked_time_or_a_time_told_demands_nothing() -> None:
    assert not any(r == "demands" for _, r, _ in triples_of("Belgium said it was no time for a ceasefire."))
    assert not any(r == "demands" for _, r, _ in triples_of("The minister asked whether it was time for a ceasefire."))
    assert not any(r == "demands" for _, r, _ in triples_of("The ceasefire came at a time when Belgium was in crisis."))
    assert not any(r == "demands" for _, r, _ in triples_of("Belgium said it is time for Europe."))


def test_an_act_ruled_out_is_rejected_and_not_done() -> None:
    found = triples_of("Peru ruled out sending troops to Haiti.")
    assert has_triple(found, "Peru", "rejects", "sending troops")
    assert not any(r == "deployed_to" for _, r, _ in found)
    assert has_triple(triples_of("Italy turned down joining the coalition."), "Italy", "rejects", "joining the coalition")


def test_an_act_not_ruled_out_is_not_rejected() -> None:
    found = triples_of("Peru has not ruled out sending troops to Haiti.")
    assert not any(r == "rejects" for _, r, _ in found)


def test_described_as_a_judgement_takes_a_stance() -> None:
    found = triples_of("Russia described the sanctions as counterproductive.")
    assert has_triple(found, "Russia", "opposes", "sanctions")
    found = triples_of("Russia described the talks as constructive.")
    assert has_triple(found, "Russia", "supports", "talks")


def test_described_as_no_judgement_or_not_described_takes_none() -> None:
    assert not any(h == "Russia" for h, _, _ in triples_of("Russia described the visit as a working trip."))
    found = triples_of("Russia did not describe the sanctions as illegal.")
    assert not any(r == "opposes" for _, r, _ in found)


def test_time_for_ones_own_side_to_act_is_an_aim_not_a_demand() -> None:
    text = "The Chadian foreign minister argued that it was time for his nation to assert its full sovereignty."
    assert not any(r == "demands" for _, r, _ in triples_of(text))
    assert not any(r == "demands" for _, r, _ in triples_of("The Chadian foreign minister said it is time for us to act."))


def test_what_a_speaker_calls_no_solution_is_opposed() -> None:
    found = triples_of("Violence is not a solution, the Saudi foreign minister said.")
    assert has_triple(found, "Saudi_Arabia", "opposes", "Violence")
    found = triples_of("\"Emergency decrees are no way to deal with migration,\" the Spanish minister said.")
    assert has_triple(found, "Spain", "opposes", "Emergency decrees")


def test_not_the_only_way_a_question_or_a_condition_opposes_nothing() -> None:
    for text in (
        "Sanctions are not the only answer, the Saudi foreign minister said.",
        "Is violence not a solution? the Saudi foreign minister asked.",
        "If sanctions are not the answer, talks must be, the Saudi foreign minister said.",
        "Violence is the only solution, the rebel leader said.",
    ):
        assert not any(r == "opposes" and ("iolence" in t or "anction" in t) for _, r, t in triples_of(text)), text


def test_one_of_an_actors_critics_criticizes_it() -> None:
    assert has_triple(triples_of("Poland is one of Russia's fiercest critics."), "Poland", "criticizes", "Russia")
    found = triples_of("Lithuania, one of China's most vocal critics, closed the office.")
    assert has_triple(found, "Lithuania", "criticizes", "China")
    found = triples_of("Poland is one of the fiercest critics of Russia.")
    assert has_triple(found, "Poland", "criticizes", "Russia")


def test_not_one_of_the_critics_or_ones_supporters_criticizes_no_one() -> None:
    assert not any(r == "criticizes" for _, r, _ in triples_of("Poland is not one of Russia's critics."))
    found = triples_of("Poland, one of Ukraine's staunchest supporters, sent tanks.")
    assert not any(r in {"criticizes", "opposes"} for _, r, _ in found)


def test_described_as_judges_by_the_judgement_not_by_a_clause_inside_it() -> None:
    found = triples_of("Chile described Gabriel Boric as an honest leader who is committed to fighting corruption.")
    assert not any(r in {"criticizes", "opposes"} for _, r, _ in found)
    found = triples_of("Kenya described the Somali president as a man who fights terrorism.")
    assert not any(r in {"criticizes", "opposes"} for _, r, _ in found)


def test_an_act_in_protest_over_a_thing_opposes_it() -> None:
    found = triples_of("Mexico recalled its ambassador in protest over the raid.")
    assert has_triple(found, "Mexico", "opposes", "raid")


def test_no_protest_made_opposes_nothing() -> None:
    found = triples_of("Mexico did not recall its ambassador in protest over the raid.")
    assert not any(r == "opposes" for _, r, _ in found)


def test_rounding_on_another_criticizes_it() -> None:
    assert has_triple(triples_of("Chile rounded on Peru."), "Chile", "criticizes", "Peru")
    assert not any(r == "criticizes" for _, r, _ in triples_of("Chile did not round on Peru."))


def test_what_the_answer_cannot_be_is_opposed() -> None:
    found = triples_of("\"Our response cannot be a race to rearm,\" the Italian opposition leader Giuseppe Conte said.")
    assert has_triple(found, "Giuseppe_Conte", "opposes", "race to rearm")
    found = triples_of("\"The answer is not more sanctions,\" the Chinese foreign minister said.")
    assert has_triple(found, "China", "opposes", "sanctions")


def test_what_the_answer_is_or_a_response_not_swift_opposes_nothing() -> None:
    found = triples_of("\"The answer is the rule of law,\" the Chinese foreign minister said.")
    assert not any(r == "opposes" for _, r, _ in found)
    found = triples_of("\"The response was not swift,\" the Chinese foreign minister said.")
    assert not any(r == "opposes" for _, r, _ in found)


def test_a_way_denied_to_be_the_answer_is_opposed_not_the_answer() -> None:
    found = triples_of("\"Nationalist solutions are not the answer to European challenges,\" the Spanish minister said.")
    assert has_triple(found, "Spain", "opposes", "Nationalist solutions")
    assert not any(r == "opposes" and "answer" in t for _, r, t in found)


def test_a_need_not_agreed_on_is_no_demand() -> None:
    found = triples_of("Egypt and Sudan did not agree on the need for a ceasefire.")
    assert not any(r == "demands" for _, r, _ in found)
    found = triples_of("Egypt and Sudan agreed on the need for a ceasefire.")
    assert has_triple(found, "Egypt", "demands", "ceasefire")
