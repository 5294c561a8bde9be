"""Complements the parser hung on the verb, read with their noun (ontology/phrases.toml `on`,
`against`), on text of our own."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _texts(text: str, holder: str, relation: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder and s.relation == relation]


def test_a_deal_keeps_what_it_is_on() -> None:
    found = _texts("Chile welcomed the deal with Peru on fishing rights.", "Chile", "supports")
    assert "deal with Peru on fishing rights" in found, found


def test_a_date_is_no_complement() -> None:
    found = _texts("Chile welcomed the agreement on Monday.", "Chile", "supports")
    assert found == ["agreement"], found
