"""What a vow or a side's own announcement states, on sentences of our own: a vow of a hostile
act warns ("vowed revenge"), a vow of anything else is a pledge ("vowed to continue its
support"); a side announcing its own deployment announces a plan, no warning, while one
announcing measures or a strike warns."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def _warned(text: str) -> set[str]:
    return {t for _, r, t in _found(text) if r == "warns"}


@pytest.mark.parametrize(
    "text, words",
    [
        ("Tehran vowed to retaliate against Israel for the strike on its consulate.", ("retaliate",)),
        ("Iran vowed revenge for the killing of its commander.", ("revenge",)),
        ("Tokyo vowed to expel by force any landing on the islands.", ("expel",)),
    ],
)
def test_a_vow_of_a_hostile_act_warns(text: str, words: tuple[str, ...]) -> None:
    found = _found(text)
    holder = "Iran" if "Iran" in text or "Tehran" in text else "Japan"
    assert _has(found, holder, "warns", *words)
    assert not _has(found, holder, "supports", *words)


@pytest.mark.parametrize(
    "text, holder, words",
    [
        ("Germany vowed to continue its military aid to Kyiv.", "Germany", ("aid",)),
        ("Vietnam vowed to deepen trade with Indonesia.", "Vietnam", ("trade",)),
    ],
)
def test_a_vow_of_anything_else_is_a_pledge(text: str, holder: str, words: tuple[str, ...]) -> None:
    found = _found(text)
    assert not _warned(text)
    assert _has(found, holder, "supports", *words)


def test_a_side_announcing_its_own_deployment_warns_no_one() -> None:
    text = "The United States will deploy additional troops to Poland, the Pentagon said."
    assert not _warned(text)


def test_a_side_announcing_measures_or_a_strike_still_warns() -> None:
    assert _warned("Lavrov said Russia would take all the necessary response measures.")
    assert _warned("Kim Jong Un said North Korea will strike the United States if its drills continue.")


def test_a_deployment_announced_by_the_other_side_is_a_threat() -> None:
    text = "Lavrov said that NATO will deploy more forces at the Russian borders."
    assert any("deploy" in t for t in _warned(text))
