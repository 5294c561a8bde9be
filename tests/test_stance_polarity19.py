"""Round nineteen: the right stance in the right relation, on sentences of our own: a threat
noun names what its owner threatens (a warning, not opposition), and a text adopted with a
participle of its own ("a resolution condemning X") holds the participle's stance, not support
of the text."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_an_owned_threat_of_an_act_warns_of_it() -> None:
    found = _found(
        "Donald Trump's threat of tariffs on Mexican goods is a response to the border crisis. "
        "The Kremlin's threat of retaliation alarmed diplomats in Berlin."
    )
    assert _has(found, "Donald_Trump", "warns", "tariffs")
    assert _has(found, "Russia", "warns", "retaliation")
    assert not any(r in {"opposes", "criticizes"} and ("tariffs" in t or "retaliation" in t) for _, r, t in found)


def test_an_owned_threat_to_act_or_against_an_actor_warns() -> None:
    found = _found(
        "The United States condemned Milorad Dodik's threat to expel the envoy from the region. "
        "Russia's threats against Moldova drew protests."
    )
    assert _has(found, "Milorad_Dodik", "warns", "expel the envoy")
    assert not _has(found, "Milorad_Dodik", "opposes", "expel the envoy")
    assert _has(found, "Russia", "warns", "Moldova")


def test_a_threat_to_someone_and_a_threat_as_predicate_warn_of_nothing() -> None:
    found = _found(
        "China's threat to Taiwan keeps growing. "
        "“The missile launch is a grave threat to the peace of the region,” the Japanese minister said."
    )
    assert not any(r == "warns" for _, r, _ in found)
    assert _has(found, "Japan", "opposes", "missile launch")


def test_a_text_adopted_with_a_stance_participle_is_no_support_of_the_text() -> None:
    found = _found(
        "The General Assembly adopted a resolution condemning Russia's actions "
        "and calling for a withdrawal of its forces. "
        "The Board of Governors adopted a resolution criticizing Iran for failing to explain the particles."
    )
    assert not any(r == "supports" and "resolution" in t for _, r, t in found)
    assert _has(found, "UN_General_Assembly", "criticizes", "Russia")
    assert _has(found, "UN_General_Assembly", "demands", "withdrawal")


def test_a_text_adopted_without_a_stance_participle_is_supported() -> None:
    found = _found("The Security Council adopted a resolution on the ceasefire in Gaza.")
    assert _has(found, "UN_Security_Council", "supports", "resolution")


def test_what_is_defended_against_is_opposed() -> None:
    found = _found("“We will keep defending against the Iranian missile threat,” Peruvian President Ana Vela said.")
    assert _has(found, "Peru", "opposes", "missile threat")
    assert not _has(found, "Peru", "supports", "missile threat")
    found = _found("Peru vowed to protect its fishermen against foreign trawlers.")
    assert _has(found, "Peru", "supports", "fishermen")


def test_an_act_warned_against_or_opposed_is_no_support_or_offer_of_it() -> None:
    found = _found(
        "Germany warned against supporting the rebels in the north. "
        "Viktor Orban reaffirmed his opposition to offering Ukraine fast-track accession. "
        "Italy refrained from backing the new budget proposal."
    )
    assert not any(r in {"supports", "proposes"} for _, r, _ in found)
    assert _has(found, "Germany", "opposes", "supporting the rebels")
    assert _has(found, "Viktor_Orban", "opposes", "offering Ukraine")
    assert _has(found, "Italy", "opposes", "backing the new budget")


def test_an_act_committed_to_is_still_supported() -> None:
    assert _has(_found("Japan committed to supporting the refugees."), "Japan", "supports", "refugees")


def test_the_content_of_a_rejected_decision_is_not_the_rejecters_support() -> None:
    found = _found(
        "Algeria has rejected a decision by the United States to recognize Morocco's sovereignty over the territory."
    )
    assert _has(found, "Algeria", "rejects", "decision")
    assert not any(r == "supports" for _, r, _ in found)
    assert _has(_found("Japan welcomed the decision to support the refugees."), "Japan", "supports", "refugees")


def test_unprecedented_grades_and_does_not_condemn() -> None:
    found = _found(
        "“Peru has agreed to the most unprecedented, extraordinary trade agreement,” Chilean President Jorge Ruiz said."
    )
    assert not any(r in {"opposes", "criticizes"} for _, r, _ in found)
    found = _found("“This reckless expansion threatens the region,” Chilean President Jorge Ruiz said.")
    assert _has(found, "Chile", "opposes", "expansion")


def test_a_rejected_proposal_keeps_its_proposer() -> None:
    found = _found("The senators rejected the judicial reform proposed by Mexican President Andres Lopez.")
    assert _has(found, "Andres_Lopez", "proposes", "reform")


def test_steps_toward_peace_threaten_no_one() -> None:
    found = _found("“Ukraine is ready to take the next steps toward peace,” the Ukrainian foreign minister said.")
    assert not any(r == "warns" for _, r, _ in found)
    found = _found("“Russia will take the next steps toward escalation,” the Ukrainian foreign minister said.")
    assert _has(found, "Russia", "warns", "steps toward escalation")
