"""Stances stated in forms of their own, on sentences of our own: demands set as conditions
("relations are contingent on peace in the border regions"), what is said to be in someone's
interest, and the stance words of the lexicon's broad classes."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_what_something_is_said_to_be_contingent_on_is_demanded() -> None:
    found = _found("India has maintained that normal relations with China are contingent on peace in the border regions.")
    assert _has(found, "India", "demands", "peace in the border regions")
    assert _has(_found("“Any deal is conditional on the release of all hostages,” Israel said."), "Israel", "demands", "release of all hostages")


def test_a_conditioned_act_of_an_actor_is_its_demand_in_the_writers_voice() -> None:
    found = _found("Russia's participation in the treaty would be contingent on the U.S. withdrawing support for Ukraine.")
    assert _has(found, "Russia", "demands", "withdrawing support for Ukraine")
    assert not any(r == "demands" and t.startswith("support for Ukraine") for _, r, t in found)


def test_a_denied_condition_a_dependence_and_an_actor_condition_demand_nothing() -> None:
    for text in (
        "“Our aid is not conditional on reforms,” the EU said.",
        "Europe is dependent on Russian gas.",
        "“The talks are contingent on China,” Japan said.",
    ):
        assert not any(r == "demands" for _, r, _ in _found(text)), text


def test_stance_verbs_of_the_broad_lexicon() -> None:
    assert _has(_found("Estonia said: “We believe in peace and in democratic values.”"), "Estonia", "supports", "peace")
    assert _has(_found("Germany lauded the agreement between Serbia and Kosovo."), "Germany", "supports", "agreement")
    assert _has(_found("Russia disputed the findings of the report."), "Russia", "rejects", "findings of the report")
    assert _has(_found("The US blasted China's military drills around Taiwan."), "United_States", "criticizes", "China")
    assert _has(_found("China's plea for restraint went unheeded."), "China", "demands", "restraint")


def test_tolerance_refused_is_rejection() -> None:
    found = _found("“We will not tolerate any interference in our internal affairs,” China said.")
    assert _has(found, "China", "rejects", "interference")
    assert not any(r == "supports" for _, r, _ in found)


def test_what_is_said_to_be_in_an_interest_is_supported() -> None:
    assert _has(_found("“It is in our mutual interest to stabilize our ties,” India said."), "India", "supports", "stabilize our ties")
    assert _has(_found("India said stable ties are in the mutual interest of both countries."), "India", "supports", "stable ties")
    found = _found("“The agreement serves the interests of both peoples,” Xi Jinping said.")
    assert _has(found, "China", "supports", "agreement")


def test_what_is_in_no_ones_interest_is_opposed() -> None:
    assert _has(_found("“A war is not in anyone's interest,” China said."), "China", "opposes", "war")
    assert _has(_found("“Escalation is in no one's interest,” Germany said."), "Germany", "opposes", "Escalation")


def test_a_hyphened_subject_in_an_interest_is_kept_whole() -> None:
    found = _found("Vietnam said that non-interference in internal affairs is in the common interest of all countries.")
    assert _has(found, "Vietnam", "supports", "non-interference in internal affairs")
    assert not any(t == "non" for _, _, t in found)


def test_a_supposed_or_pointing_interest_states_nothing() -> None:
    for text in ("“If it were in our interest to join, we would,” India said.", "“This is in our interest,” India said."):
        assert not any(r in {"supports", "opposes"} for _, r, _ in _found(text)), text


def test_serving_interests_as_an_aim_or_no_longer_endorses_nothing() -> None:
    assert not any(
        r == "supports" for _, r, _ in _found("“The aim was solely to serve the geopolitical interests of one member,” Russia said.")
    )


def test_a_stance_noun_declared_or_shown_is_the_subjects() -> None:
    assert _has(_found("China declared support for the peace plan."), "China", "supports", "peace plan")
    assert _has(_found("Brazil announced support for the resolution."), "Brazil", "supports", "resolution")
    assert _has(_found("India showed willingness to resume talks with Pakistan."), "India", "supports", "resume talks")



def test_an_interest_met_in_a_relative_clause_is_left_to_the_reader() -> None:
    found = _found("“We discussed what a real alliance is in our time, which will meet the interests of Russia,” Lavrov said.")
    assert not any(r == "supports" and "time" in t for _, r, t in found)
