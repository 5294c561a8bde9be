"""A ", which is unacceptable" after a clause that ends on a name judges the clause's acts, not
the name the parser hangs "which" on, on text of our own; an ordinary relative clause about a
name, and one about a common noun, stay as they were."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _found(text: str, holder: str) -> list[tuple[str, str | None, str]]:
    return [(s.relation, s.target_id, s.target_text) for s in statements_of(text) if s.holder_id == holder]


def test_a_which_after_a_clause_judges_its_acts() -> None:
    text = (
        "Peru's foreign minister said that the Chilean navy may try to enter Peru's territorial waters "
        "and seize fishing boats off Peru, which is unacceptable for Peru."
    )
    found = _found(text, "Peru")
    assert any(r == "opposes" and t.startswith("enter Peru") for r, _, t in found), found
    assert any(r == "opposes" and t.startswith("seize fishing boats") for r, _, t in found), found
    assert not any(target_id == "Peru" or t == "Peru" for _, target_id, t in found), found


def test_a_violation_after_a_clause_blames_no_name() -> None:
    text = "Peru's foreign minister said Chile sold warships to Bolivia, which is a flagrant violation of the treaty."
    found = _found(text, "Peru")
    assert not any(target_id == "Bolivia" for _, target_id, _ in found), found


def test_a_common_noun_before_which_is_what_is_judged() -> None:
    text = "Peru's foreign minister said Chile imposed new tariffs, which are unacceptable."
    found = _found(text, "Peru")
    assert any(r == "opposes" and "tariffs" in t for r, _, t in found), found
