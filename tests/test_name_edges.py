"""Words the tagger draws into a person's name are no part of it: a weekday before the name
("On Tuesday Karl Lindqvist, the Swedish ambassador, …") and the honorific "H.E." of
communiqués (link/person_names.person_words, extract/roles/names.person_named); on sentences of
our own."""

from __future__ import annotations

import pytest

from conftest import triples_of

pytestmark = pytest.mark.model


def holders(text: str) -> set[str]:
    return {h for h, _, _ in triples_of(text)}


def test_a_weekday_before_a_name_is_not_part_of_it() -> None:
    found = holders("On Wednesday Karl Lindqvist, the Swedish ambassador, delivered a speech in Nairobi.")
    assert any(h.endswith("Karl_Lindqvist") for h in found), found
    assert not any("Wednesday" in h for h in found)


def test_his_excellency_is_not_part_of_a_name() -> None:
    found = holders("H.E. Moussa Kamara Diallo strongly condemns the spread of violence in the region.")
    assert "H_E_Moussa_Kamara_Diallo" not in found
    assert any(h.endswith("Moussa_Kamara_Diallo") for h in found), found
