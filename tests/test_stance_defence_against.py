"""A support noun with an "against" complement (stances/nouns.py): what one defends against is
opposed, not supported. Sentences of our own."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_what_a_defence_is_against_is_opposed() -> None:
    found = _found("Poland pledged to back Lithuania's defence against Russian aggression.")
    assert _has(found, "Lithuania", "opposes", "aggression")
    assert not _has(found, "Lithuania", "supports", "aggression")
    assert _has(found, "Poland", "supports", "defence against Russian aggression")  # the defence is backed
    found = _found("Japan reaffirmed its support for Taiwan's defence against the blockade.")
    assert _has(found, "Taiwan", "opposes", "blockade")
    assert not _has(found, "Taiwan", "supports", "blockade")


def test_a_defence_of_something_is_still_support() -> None:
    assert _has(_found("Estonia reaffirmed its support for Ukraine's defence of its sovereignty."),
                "Estonia", "supports", "sovereignty")
