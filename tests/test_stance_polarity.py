"""Relation and polarity read where a cue stands, on sentences of our own: the misread form
states nothing (or not that), and its true counterpart keeps its stance."""

from __future__ import annotations

import pytest

from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_a_condemning_adverb_on_the_speakers_own_act_condemns_nothing() -> None:
    own = triples_of("Dutch Foreign Minister Anna Bos said the Netherlands would unilaterally recognise the state of Kosovo.")
    assert not any(h == "Netherlands" and r == "opposes" for h, r, _ in own)
    assert has_triple(own, "Netherlands", "supports", "Kosovo")
    others = triples_of("Dutch Foreign Minister Anna Bos said Russia had illegally seized Ukrainian grain.")
    assert has_triple(others, "Netherlands", "opposes", "seized")


def test_an_owners_enemies_and_grievances_are_no_criticism_of_the_owner() -> None:
    enemies = triples_of("Kenyan Foreign Minister Ruth Odera said Ethiopia's enemies will be treated as Kenya's enemies.")
    assert not any(r == "criticizes" for _, r, _ in enemies)
    grievances = triples_of("Pakistani Foreign Minister Omar Baig said the grievances of the Afghan people cannot be settled by force.")
    assert not any(r in {"opposes", "criticizes"} for _, r, _ in grievances)
    suffered = triples_of("Brazilian Foreign Minister Paulo Costa said aid will reach the people of Haiti who have suffered for years.")
    assert not any(r == "criticizes" for _, r, _ in suffered)


def test_an_actor_called_the_enemy_is_still_criticized() -> None:
    found = triples_of("Iranian Foreign Minister Reza Karimi said Israel is the enemy of the region.")
    assert has_triple(found, "Iran", "criticizes", "Israel")


def test_a_wish_for_what_did_not_happen_backs_nothing() -> None:
    for regret in ("“I wish we could have signed the agreement with Chile,” Peruvian Trade Minister Ana Soto said.",
                   "“I wish we had signed the trade agreement with Chile,” Peruvian Trade Minister Ana Soto said."):
        assert not any(r == "supports" for _, r, _ in triples_of(regret))
    wish = triples_of("“I wish we could sign the agreement with Chile soon,” Peruvian Trade Minister Ana Soto said.")
    assert has_triple(wish, "Ana_Soto", "supports", "agreement with Chile")


def test_thanks_for_a_briefing_are_courtesy_but_thanks_for_an_act_back_the_doer() -> None:
    courtesy = triples_of("“We thank the Special Envoy for Yemen, Ms Lena Berg, for her thorough briefing,” "
                          "Kenyan Ambassador Ruth Odera said.")
    assert not any(r == "supports" for _, r, _ in courtesy)
    act = triples_of("“We thank Egypt for its mediation between the parties,” Kenyan Ambassador Ruth Odera said.")
    assert has_triple(act, "Kenya", "supports", "Egypt")


@pytest.mark.parametrize(
    "text",
    [
        "“We urge Japan to respect the four political documents and act seriously in accordance with the commitments "
        "that have been reaffirmed by Japanese leaders to not supporting the separatists,” Chinese Foreign Ministry "
        "spokesperson Li Wen said.",
        "Chinese Foreign Ministry spokesperson Li Wen said Beijing expects Tokyo to honour the pledges made by "
        "Japanese leaders to not supporting the separatists.",
    ],
)
def test_a_commitment_made_by_another_side_is_not_the_speakers_stance(text: str) -> None:
    assert not any(h == "China" and r == "opposes" and "separatists" in t for h, r, t in triples_of(text))


def test_the_speakers_own_commitment_keeps_its_stance() -> None:
    own = triples_of("“We are committed to not supporting the separatists,” Chinese Foreign Ministry spokesperson Li Wen said.")
    assert has_triple(own, "China", "opposes", "separatists")


def test_both_sides_held_to_a_norm_is_a_demand_even_when_the_speaker_is_one_side() -> None:
    text = ("Armenia and Azerbaijan held talks in Geneva on Monday.\n\n“Peace in the region is essential. Both sides must "
            "fully respect the ceasefire lines agreed in 2019,” read a statement by the Armenian foreign ministry.")
    found = triples_of(text)
    assert has_triple(found, "Armenia", "demands", "ceasefire lines")
    assert not any(r == "supports" and "ceasefire" in t for _, r, t in found)
    own = triples_of("“Armenia and Georgia should jointly build the new railway line,” the Armenian foreign ministry said.")
    assert has_triple(own, "Armenia", "supports", "railway")
    assert not any(r == "demands" and "railway" in t for _, r, t in own)


def test_the_proposal_one_opposes_is_not_ones_own() -> None:
    found = triples_of("Chile firmly opposed its proposal on fishing quotas on Monday.")
    assert has_triple(found, "Chile", "opposes", "fishing quotas")
    assert not has_triple(found, "Chile", "proposes", "fishing quotas")
    assert has_triple(triples_of("Chile renewed its proposal on fishing quotas on Monday."), "Chile", "proposes", "fishing quotas")


@pytest.mark.parametrize(
    "text",
    [
        "Portugal failed to support the resolution on Western Sahara.",
        "Croatia said it was far from supporting the plan.",
        "Lithuania said it had no intention of supporting the Chinese proposal.",
    ],
)
def test_a_support_the_text_says_is_not_so_is_no_support(text: str) -> None:
    assert not any(r == "supports" and h != "China" for h, r, _ in triples_of(text))


def test_a_support_decided_or_intended_is_kept() -> None:
    assert has_triple(triples_of("Portugal decided to support the resolution on Western Sahara."), "Portugal", "supports", "resolution")
    found = triples_of("Lithuania said it had every intention of supporting the Chinese proposal.")
    assert has_triple(found, "Lithuania", "supports", "Chinese proposal")


def test_a_stance_given_up_is_held_no_longer_and_an_objection_given_up_is_consent() -> None:
    assert not triples_of("Poland lifted its veto on the EU budget.")
    assert not any(r == "supports" for _, r, _ in triples_of("The Czech government dropped its support for the nuclear plant."))
    waived = triples_of("Bulgaria withdrew its objection to North Macedonia's accession.")
    assert has_triple(waived, "Bulgaria", "supports", "accession")
    assert not any(r == "opposes" for _, r, _ in waived)


def test_a_stance_kept_or_not_given_up_is_still_held() -> None:
    assert has_triple(triples_of("Poland maintained its veto on the EU budget."), "Poland", "rejects", "EU budget")
    kept = triples_of("The Czech government did not drop its support for the nuclear plant.")
    assert has_triple(kept, "Czechia", "supports", "nuclear plant")


@pytest.mark.parametrize("owner", ["the decision of Hungary", "Hungary's decision"])
def test_the_act_of_an_aim_named_with_its_owner_is_the_owners(owner: str) -> None:
    found = triples_of(f"Austria regretted {owner} to block the aid package.")
    assert has_triple(found, "Hungary", "opposes", "aid package")
    assert ("Austria", "opposes", "aid package") not in found
    assert has_triple(triples_of("Austria took the decision to block the aid package."), "Austria", "opposes", "aid package")


def test_an_armed_act_against_an_actor_is_no_criticism_of_the_victim() -> None:
    found = triples_of("Ukraine's foreign minister said Russia's war against Ukraine has failed.")
    assert not has_triple(found, "Russia", "criticizes", "Ukraine")
    assert not has_triple(found, "Russia", "opposes", "Ukraine")


def test_a_war_of_policy_and_a_campaign_against_an_issue_stay_stances() -> None:
    # the US president the text never names is the state (link.offices.unnamed_holder): the polarity is what counts
    found = triples_of("Seven years ago, the US president launched a trade war on Mexico.")
    assert has_triple(found, "United_States", "criticizes", "Mexico") or has_triple(found, "Donald_Trump", "criticizes", "Mexico")
    assert has_triple(triples_of("China's campaign against corruption continues, the party said."), "China", "opposes", "corruption")


def test_an_object_denied_by_its_determiner_is_no_support_and_refused_by_a_refusal_verb() -> None:
    for text in ("Panama said it supports neither side in the dispute.", "Panama said it supports no party in the dispute.",
                 "Panama abstained, saying it supports neither sanctions nor military action."):
        assert not any(r == "supports" for _, r, _ in triples_of(text))
    refused = triples_of("Panama will accept no interference in its internal affairs, its president said.")
    assert has_triple(refused, "Panama", "rejects", "interference")
    assert not any(r == "supports" for _, r, _ in refused)
    assert has_triple(triples_of("Panama said it supports the mediation effort in the dispute."), "Panama", "supports", "mediation")


def test_appealing_a_ruling_contests_it_while_appealing_for_something_asks_for_it() -> None:
    contested = triples_of("Zambia said it welcomes the ruling but will appeal parts of it.")
    assert not any(r == "demands" for _, r, _ in contested)
    assert has_triple(triples_of("Zambia appealed for calm after the election."), "Zambia", "demands", "calm")


def test_a_stance_only_pretended_is_not_held() -> None:
    pretended = triples_of("The opposition leader said Zimbabwe pretends to support democracy.")
    assert not has_triple(pretended, "Zimbabwe", "supports", "democracy")
    wanted = triples_of("The opposition leader said Zimbabwe wants to support democracy.")
    assert has_triple(wanted, "Zimbabwe", "supports", "democracy")


@pytest.mark.parametrize(
    ("denied", "held"),
    [
        ("Kazakhstan said it is unable to support the resolution.", "Kazakhstan said it is able to support the resolution."),
        ("Uzbekistan said it was in no position to support the proposal.",
         "Uzbekistan said it was in a position to support the proposal."),
        ("Turkmenistan said it is not yet ready to recognise the new government.",
         "Turkmenistan said it is ready to recognise the new government."),
        ("Latvia said it was wrong to support the pipeline.", "Latvia said it was right to support the pipeline."),
        ("Estonia regretted having supported the deal.", "Estonia is proud to have supported the deal."),
    ],
)
def test_a_support_ruled_out_or_faulted_is_none_and_its_counterpart_holds(denied: str, held: str) -> None:
    holder = denied.split()[0]
    assert not any(h == holder and r == "supports" for h, r, _ in triples_of(denied))
    assert any(h == holder and r == "supports" for h, r, _ in triples_of(held))
