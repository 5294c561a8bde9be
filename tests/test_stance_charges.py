"""Stance cues read by whose deed they name, on sentences of our own: a neglect said of
another side is a charge, an adverb of condemnation on one's own deed condemns nothing, and
courtesies of a meeting support no one."""

from __future__ import annotations

import pytest

from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_a_neglect_said_of_another_side_is_a_charge_not_its_rejection() -> None:
    found = triples_of("Tokyo said that Seoul ignores the warnings.")
    assert not any(r == "rejects" for _, r, _ in found)
    assert has_triple(found, "Japan", "criticizes", "South Korea")
    charged = triples_of("Tokyo said that the three countries completely disregard the concerns of the region.")
    assert not any(r == "rejects" for _, r, _ in charged)


def test_a_neglect_in_the_writers_words_or_of_ones_own_side_rejects() -> None:
    assert has_triple(triples_of("Seoul ignored the warnings."), "South_Korea", "rejects", "warnings")
    said = triples_of("Japan's foreign minister said Tokyo would ignore the threats from Pyongyang.")
    assert has_triple(said, "Japan", "rejects", "threats")


def test_a_condemning_adverb_on_ones_own_deed_condemns_nothing() -> None:
    own = triples_of("Kenya's president said that Kenya could unilaterally recognise the state of Palestine.")
    assert not any(r == "opposes" for _, r, _ in own)
    other = triples_of("Kenya's president said that Uganda could unilaterally recognise the state of Palestine.")
    assert has_triple(other, "Kenya", "opposes", "unilaterally recognise")


def test_thanks_for_a_briefing_support_no_one_but_thanks_for_a_deed_do() -> None:
    polite = triples_of(
        "We thank the Special Envoy of the Secretary General, Maria Lopez, for her briefing, "
        "the French ambassador said."
    )
    assert not any(r == "supports" for _, r, _ in polite)
    hung = triples_of(
        "We thank the Special Representative of the Secretary General on Afghanistan, Nicholas Haysom for his "
        "perceptive briefing, the Kenyan ambassador said."
    )
    assert not any(r == "supports" for _, r, _ in hung)  # the "for" hung on the envoy's name
    thanked = triples_of("The French ambassador thanked Kenya for its leadership.")
    assert has_triple(thanked, "France", "supports", "Kenya")


def test_wishes_of_recovery_and_of_what_could_have_been_are_no_stance() -> None:
    wished = triples_of("Chile wished a speedy recovery to those who were injured.")
    assert not any(r == "supports" for _, r, _ in wished)
    regret = triples_of("I wish we could have held the memorial with South Korea, the Japanese minister said.")
    assert not any(r == "supports" for _, r, _ in regret)


def test_an_act_of_averting_listed_among_acts_agreed_opposes_what_it_averts() -> None:
    found = triples_of(
        "Kenya and Uganda agreed that both sides shall respect the existing agreements, maintain calm in the "
        "border areas and avoid any action that could escalate tensions."
    )
    assert has_triple(found, "Kenya", "opposes", "escalate tensions")
    assert has_triple(found, "Uganda", "supports", "maintain calm")
    assert not any(r == "supports" and t.startswith("avoid") for _, r, t in found)
    # an averting denied averts nothing
    kept = triples_of("Kenya and Uganda agreed to keep the border open and not stop the trade.")
    assert not any(r == "opposes" for _, r, _ in kept)


def test_who_suffers_or_has_grievances_is_no_culprit() -> None:
    found = triples_of("The Kenyan minister said the vote would bring help to Haiti, which has suffered for too long.")
    assert not any(r == "criticizes" for _, r, _ in found)
    aggrieved = triples_of("The Kenyan minister said the grievances of the Somali people cannot be addressed by force.")
    assert not any(r == "criticizes" for _, r, _ in aggrieved)
    blamed = triples_of("The Kenyan minister said that Uganda's aggression is a disgrace.")
    assert has_triple(blamed, "Kenya", "criticizes", "Uganda")


def test_the_owner_of_enemies_is_not_one_of_them() -> None:
    found = triples_of("Kenya's enemies will be treated as Uganda's enemies, the Ugandan minister said.")
    assert not any(r == "criticizes" for _, r, _ in found)
    enemy = triples_of("Uganda is an enemy of peace, the Kenyan minister said.")
    assert has_triple(enemy, "Kenya", "criticizes", "Uganda")


def test_a_supreme_rank_is_no_praise() -> None:
    found = triples_of(
        "The Estonian spokesman said the chiefs are presenting the request in a letter to NATO's supreme allied "
        "commander in Europe."
    )
    assert not any(r == "supports" for _, r, _ in found)


def test_the_concerns_of_named_states_about_a_thing_are_theirs() -> None:
    found = triples_of(
        "The deal heightened the concerns of Japan and South Korea about Chinese influence in the region."
    )
    assert has_triple(found, "Japan", "opposes", "Chinese influence")
    assert has_triple(found, "South_Korea", "opposes", "Chinese influence")
    # with no "about" phrase, "of" names no holder
    assert not any(r == "opposes" for _, r, _ in triples_of("The concerns of Japan were ignored."))


def test_a_participle_after_a_comma_is_the_writers_comment_not_another_act() -> None:
    found = triples_of(
        "Japanese officials paid tribute to the workers but refrained from offering an apology for the forced "
        "labor, underscoring persistent tensions between the two countries."
    )
    assert has_triple(found, "Japan", "opposes", "offering an apology")
    assert not any("underscoring" in t for _, _, t in found)


def test_distrust_of_a_thing_opposes_it_and_denied_distrust_states_nothing() -> None:
    assert has_triple(triples_of("Kenya is wary of the new security pact."), "Kenya", "opposes", "security pact")
    assert has_triple(triples_of("Kenya remains skeptical of the proposed deal."), "Kenya", "opposes", "deal")
    assert has_triple(triples_of("Kenya is supportive of the new plan."), "Kenya", "supports", "plan")
    assert not triples_of("Kenya is not suspicious of Uganda.")


def test_idioms_of_backing_and_blame() -> None:
    assert has_triple(triples_of("Kenya expressed its disapproval of the new tariffs."), "Kenya", "opposes", "tariffs")
    assert has_triple(triples_of("Kenya cheered the ceasefire agreement."), "Kenya", "supports", "ceasefire")
    lent = triples_of("Kenya lent its voice to the campaign for debt relief.")
    assert has_triple(lent, "Kenya", "supports", "debt relief")
    assert has_triple(triples_of("Kenya hit back at Uganda over the arrests."), "Kenya", "criticizes", "Uganda")
    # a stance noun's "on" phrase opposes nothing
    assert not any(r == "opposes" for _, r, _ in triples_of("Kenya's position on the talks is unchanged."))


def test_idioms_of_approval_and_refusal() -> None:
    assert has_triple(triples_of("Kenya threw its support behind the peace plan."), "Kenya", "supports", "peace plan")
    assert has_triple(triples_of("Kenya gave its blessing to the merger."), "Kenya", "supports", "merger")
    assert has_triple(triples_of("Kenya signed off on the budget deal."), "Kenya", "supports", "budget deal")
    assert has_triple(triples_of("Kenya pledged support for the new government."), "Kenya", "supports", "government")
    assert has_triple(triples_of("Kenya poured cold water on the proposal."), "Kenya", "opposes", "proposal")
    assert has_triple(triples_of("Kenya expressed reservations about the proposal."), "Kenya", "opposes", "proposal")
    assert has_triple(triples_of("Kenya's parliament voted down the treaty."), "Parliament_of_Kenya", "rejects", "treaty")
    slammed = triples_of("Kenya slammed the door on talks with the rebels.")
    assert has_triple(slammed, "Kenya", "rejects", "talks")
    assert not any(t == "door" for _, _, t in slammed)
    assert not triples_of("Kenya made a reservation at the hotel.")
