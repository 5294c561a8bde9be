"""Warnings with no warning verb, on text of our own: threats foretold, dangers noted."""

from __future__ import annotations

import pytest

from statgraph.documents import make_document
from statgraph.pipeline import extract_statements
from conftest import RULES

pytestmark = pytest.mark.model


def _warnings(text: str) -> set[tuple[str, str]]:
    found = [s for _, statements in extract_statements([make_document(text, "w.txt")], RULES) for s in statements]
    return {(s.holder_id, s.target_text) for s in found if s.relation == "warns"}


def test_saying_an_attack_is_coming_warns_of_it() -> None:
    text = "Israeli officials claimed that Iran is preparing for an imminent attack on shipping in the Red Sea."
    assert any(holder == "Israel" and "attack" in target for holder, target in _warnings(text))


def test_a_state_said_to_be_about_to_act_threatens_it() -> None:
    text = "Kim Jong Un said North Korea will strike the United States if its drills continue."
    assert ("North_Korea", "strike the United States") in _warnings(text)


def test_a_danger_noted_is_a_warning_about_what_is_in_danger() -> None:
    text = "Guterres noted that the humanitarian situation in Gaza has reached a catastrophic point."
    assert any(holder == "Antonio_Guterres" and "situation in Gaza" in target for holder, target in _warnings(text))


@pytest.mark.parametrize(
    "text",
    [
        # what happened is a report, not a warning
        "Japan said North Korea launched two missiles into the sea on Sunday.",
        # a denial foretells nothing
        "Beijing said it will not attack Taiwan.",
        # no one named says it
        "There are fears that the army will invade the region.",
        # a prediction of how a war goes, or of possible or new sanctions, warns no one
        "The Indian minister said the war in Sudan will spread to its neighbours.",
        "Brazil said possible sanctions would hurt the poorest.",
        "Turkey said new sanctions will be discussed at the summit.",
    ],
)
def test_no_warning_without_a_foretold_threat_and_a_speaker(text: str) -> None:
    assert _warnings(text) == set()


def test_bringing_about_an_outcome_foretells_no_threat() -> None:
    """"about" is poised to act ("is about to deploy"), but as the particle of "bring about" it
    says what a measure aims at, and the speaker warns of nothing."""
    aimed = '"The embargo is meant to bring about Cuba\'s economic collapse," the Cuban foreign minister Bruno Rodriguez said.'
    assert _warnings(aimed) == set()
    poised = '"NATO is about to deploy new missiles near our borders," Russian Foreign Minister Sergey Lavrov said.'
    assert ("NATO", "deploy new missiles near our borders") in _warnings(poised)
