"""A stance only alleged of its holder by someone else is the speaker's charge, not the holder's
stated position (stance_screens.alleged), on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import triples_of

pytestmark = pytest.mark.model


def _supports(text: str, holder: str) -> list[str]:
    return [t for h, r, t in triples_of(text) if h == holder and r == "supports"]


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army spokesman condemned the UAE's alleged support for the Rapid Support Forces.",
        "Sudan's army spokesman condemned the UAE's purported backing of the Rapid Support Forces.",
    ],
)
def test_an_alleged_stance_is_not_the_holders(text: str) -> None:
    assert _supports(text, "United_Arab_Emirates") == []


@pytest.mark.parametrize(
    "text",
    [
        "The UAE reaffirmed its support for the Rapid Support Forces on Monday.",
        "Sudan's army spokesman condemned the UAE's support for the Rapid Support Forces.",
    ],
)
def test_a_stance_not_qualified_as_alleged_is_kept(text: str) -> None:
    assert _supports(text, "United_Arab_Emirates") == ["Rapid Support Forces"]
