"""Agreeing or committing to keep an act from happening is against the act, on sentences of our
own: "agreed that both sides should avoid any action that could escalate matters" opposes the
action, and supports no clause."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_agreeing_that_an_act_be_avoided_opposes_the_act() -> None:
    found = _found("Vietnam and Laos agreed that both sides should avoid any action that could raise tensions.")
    assert _has(found, "Vietnam", "opposes", "action that could raise tensions")
    assert not any(h == "Vietnam" and r == "supports" and "avoid" in t for h, r, t in found)


def test_agreeing_that_an_act_be_done_still_supports_it() -> None:
    # (a step of the two sides' own dealings, "agreed to expand trade", is no stance of either:
    # support_screens.joint_step)
    found = _found("Vietnam and Laos agreed that both sides should reopen the border crossing.")
    assert _has(found, "Vietnam", "supports", "reopen the border crossing")
