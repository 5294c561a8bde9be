"""Screens of stances only trained for (extract/stance_screens.py), on sentences of our
own: each wrong reading is dropped, and the stance stated outright beside it is kept."""

from __future__ import annotations

import pytest

from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_aid_only_trained_for_is_no_support() -> None:
    found = triples_of("Fijian and New Zealand troops will train to provide humanitarian aid after cyclones.")
    assert not {t for t in found if t[1] == "supports"}


def test_aid_given_is_support() -> None:
    found = triples_of("New Zealand will provide humanitarian aid to Fiji after the cyclone.")
    assert {t for t in found if t[0] == "New_Zealand" and t[1] == "supports"}


def test_aid_one_is_able_to_give_is_support() -> None:
    found = triples_of("New Zealand said it will be able to provide humanitarian aid to Fiji.")
    assert {t for t in found if t[0] == "New_Zealand" and t[1] == "supports"}
