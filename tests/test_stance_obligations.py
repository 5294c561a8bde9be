"""What ought to be, in someone's words, is their demand (extract/stances/deontics.py), and
condemning an actor's act blames the actor; on sentences of our own."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_what_a_third_party_needs_to_do_is_the_speakers_demand() -> None:
    found = _found("“Peru needs to withdraw its patrol boats from the river,” Chile's foreign minister said.")
    assert _has(found, "Chile", "demands", "Peru", "withdraw", "boats")
    assert not any(h == "Peru" and r == "demands" for h, r, _ in found)


def test_what_a_third_party_will_have_to_do_is_the_speakers_demand() -> None:
    found = _found("“Peru and Bolivia will have to sit down and negotiate with us,” Chile's foreign minister said.")
    assert _has(found, "Chile", "demands", "negotiate")


def test_what_one_needs_oneself_stays_ones_own() -> None:
    found = _found("“We need to protect our fishermen,” Chile's foreign minister said.")
    assert _has(found, "Chile", "demands", "protect", "fishermen")


def test_what_all_parties_shall_do_is_demanded_of_them() -> None:
    found = _found("Chile's foreign minister said that all parties shall refrain from using the disputed harbour.")
    assert _has(found, "Chile", "demands", "parties", "harbour")


def test_what_must_become_of_an_issue_is_a_demand_but_a_passive_names_no_one_asked() -> None:
    found = _found("“These raids on our fishing boats must stop,” Chile's foreign minister said.")
    assert _has(found, "Chile", "demands", "raids", "stop")
    assert not any(r == "demands" for _, r, _ in _found("“This topic should be discussed,” Chile's foreign minister said."))


def test_there_must_be_demands_and_there_should_be_no_opposes() -> None:
    found = _found("“There must be an independent inquiry into the shooting,” Chile's foreign minister said.")
    assert _has(found, "Chile", "demands", "inquiry", "shooting")
    found = _found("“There should be no tolls on the border bridge,” Chile's foreign minister said.")
    assert _has(found, "Chile", "opposes", "tolls", "bridge")
    assert not _has(found, "Chile", "demands", "tolls")


def test_what_there_is_or_may_be_is_no_demand() -> None:
    for text in (
        "“There is an inquiry into the shooting,” Chile's foreign minister said.",
        "“If there must be an inquiry, it should be quick,” Chile's foreign minister said.",
        "“There must not be an inquiry into the shooting,” Chile's foreign minister said.",
    ):
        assert not any(r == "demands" and "inquiry" in t for _, r, t in _found(text)), text


def test_what_it_is_time_to_do_is_demanded_each_act_apart() -> None:
    found = _found("“It is time to reopen the border crossings and release the detained fishermen,” Chile's foreign minister said.")
    assert _has(found, "Chile", "demands", "reopen", "border")
    assert _has(found, "Chile", "demands", "release", "fishermen")
    assert not any(r == "demands" for _, r, _ in _found("“It is no time to reopen the border,” Chile's foreign minister said."))
    text = "“Your parliament decided that it was time for the troops to go home,” Chile's foreign minister said."
    assert not any(r == "demands" for _, r, _ in _found(text))


def test_condemning_an_actors_act_blames_the_actor() -> None:
    found = _found("“We strongly condemn Peru's seizure of the fishing boats,” Chile's foreign minister said.")
    assert _has(found, "Chile", "criticizes", "Peru")
    found = _found("Chile condemned the attacks by Peru on its fishing boats.")
    assert _has(found, "Chile", "criticizes", "Peru")


def test_condemning_a_view_or_an_act_with_no_doer_blames_no_one() -> None:
    assert not any(r == "criticizes" and t == "Peru" for _, r, t in _found("Chile criticized Peru's position on the river."))
    assert not any(r == "criticizes" and t == "Peru" for _, r, t in _found("Chile condemned the seizure of the boats."))


def test_keeping_someone_from_an_act_opposes_the_act_not_the_actor() -> None:
    found = _found("Chile is working with Bolivia to prevent Peru from invoking the arbitration clause.")
    assert _has(found, "Chile", "opposes", "Peru", "invoking", "arbitration clause")
    assert not _has(found, "Chile", "criticizes", "Peru")


def test_a_demand_keeps_what_it_asks_when_the_parser_hangs_it_on_the_verb() -> None:
    found = _found("Chile said that Peru had agreed to the Bolivian demand to stop fishing in the bay.")
    assert _has(found, "Peru", "supports", "demand", "stop fishing")


def test_a_document_speaks_for_whoever_issued_it() -> None:
    found = _found("The Chilean resolution, which called for a humanitarian ceasefire, received only four votes.")
    assert _has(found, "Chile", "demands", "ceasefire")
    assert not any(r == "demands" for _, r, _ in _found("The resolution called for a humanitarian ceasefire."))


def test_being_among_the_opponents_or_supporters_holds_their_stance() -> None:
    found = _found("Negotiators said that Chile was among the main opponents of a deal to phase out fossil fuels.")
    assert _has(found, "Chile", "opposes", "fossil fuels")
    assert not _triples_with(_found("Chile was not among the critics of the plan."), "Chile")


def _triples_with(found: set[tuple[str, str, str]], holder: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[0] == holder}


def test_an_asked_act_with_no_object_keeps_its_purpose() -> None:
    found = _found("Chile urged the other delegations to come together to reach a final deal on fishing quotas.")
    assert _has(found, "Chile", "demands", "come together", "deal")
    found = _found("Chile urged Peru to withdraw its troops to ease tensions.")
    assert _has(found, "Chile", "demands", "withdraw")
    assert not _has(found, "Chile", "demands", "ease tensions")


def test_what_is_called_the_only_way_is_supported() -> None:
    found = _found("“Talks on an equal footing are the only way to settle the river dispute,” Chile's foreign minister said.")
    assert _has(found, "Chile", "supports", "Talks")
    assert not any(r == "supports" for _, r, _ in _found("“This is not the only way,” Chile's foreign minister said."))


def test_wanting_to_begin_or_to_stress_is_the_speechs_frame_not_a_stance() -> None:
    found = _found("“I want to begin by thanking the other members of the council,” Chile's foreign minister said.")
    assert not any(r == "supports" and "begin" in t for _, r, t in found)
    # wanting what no other side must grant still supports it ("a fair deal" is asked: a demand)
    assert _has(_found("“We want lasting peace on the river,” Chile's foreign minister said."), "Chile", "supports", "peace")


def test_what_another_should_ask_itself_or_see_in_the_mirror_is_a_reproach_not_a_demand() -> None:
    for text in (
        "“Perhaps Peru should take a hard look in the mirror before it points its finger at others,” Chile's spokesman said.",
        "“Those countries should ask themselves what responsibility they bear for the crisis,” Chile's spokesman said.",
        "“Peru should reflect on itself instead of blaming others,” Chile's spokesman said.",
    ):
        assert not any(r == "demands" for _, r, _ in _found(text)), text


def test_an_emphatic_itself_or_a_reflexive_act_is_still_a_demand() -> None:
    found = _found("“Peru should examine the proposal itself before rejecting it,” Chile's spokesman said.")
    assert _has(found, "Chile", "demands", "Peru", "examine", "proposal")
    found = _found("“Peru should defend itself against the smugglers,” Chile's spokesman said.")
    assert _has(found, "Chile", "demands", "Peru", "defend", "smugglers")
