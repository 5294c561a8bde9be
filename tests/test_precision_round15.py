"""Round fifteen's precision: candidates the text does not state, on sentences of our own. Each
wrong reading is gone and a near form that does state the relation is kept."""

from __future__ import annotations

import pytest
from conftest import triples_of

pytestmark = pytest.mark.model


def _demands(text: str, holder: str) -> list[str]:
    return [t for h, r, t in triples_of(text) if h == holder and r == "demands"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Chile sought to calm tensions with Peru after the border clash.", "Chile"),
        ("The Kenyan government had sought to delay the vote for a month.", "Kenya"),
        ("Ghana met the Togolese envoy on Monday, seeking to ease tensions over the border.", "Ghana"),
    ],
)
def test_a_past_or_participle_seek_to_reports_an_attempt_not_a_demand(text: str, holder: str) -> None:
    assert _demands(text, holder) == []


@pytest.mark.parametrize(
    "text, holder, word",
    [
        ("Chile seeks to restore diplomatic ties with Peru.", "Chile", "restore"),
        ("Ghana sought compensation from Togo for the damage.", "Ghana", "compensation"),
    ],
)
def test_a_present_seek_to_or_a_sought_thing_is_still_a_demand(text: str, holder: str, word: str) -> None:
    assert any(word in t for t in _demands(text, holder))
