"""A clause whose subject only points at someone named elsewhere ("that it stop the attacks"):
the act it asks is the target, where the verb acts on an object of its own
(extract/clause_targets.py); a pointing subject with no act of substance names nothing."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _texts(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_a_pointing_subject_leaves_the_act_it_is_asked() -> None:
    found = _texts("Chile demanded that it stop the attacks on civilians.", "Chile", "demands")
    assert "stop the attacks on civilians" in found, found


def test_a_pointing_subject_without_an_object_names_nothing() -> None:
    found = _texts("Chile demanded that it be discussed soon.", "Chile", "demands")
    assert not any(t.startswith(("it ", "be ")) for t in found), found
