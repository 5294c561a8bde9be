"""Contractions printed with a typographic apostrophe ("It’s", "we’ll", "don’t") are read as
those printed with a straight one (nlp/apostrophes.py); on sentences of our own."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_a_curly_contraction_gets_the_lemma_of_a_straight_one() -> None:
    from statgraph.nlp import load_nlp

    doc = load_nlp()("It’s late. They’re here. We’ll go. We’ve seen it. Chile’s navy.")
    lemmas = {t.text: t.lemma_ for t in doc if t.text in {"’re", "’ll", "’ve"}}
    assert lemmas == {"’re": "be", "’ll": "will", "’ve": "have"}
    verbs = [t for t in doc if t.text == "’s" and t.tag_ == "VBZ"]
    assert verbs and all(t.lemma_ == "be" and t.pos_ == "AUX" for t in verbs)


def test_what_it_is_time_to_do_is_a_demand_whichever_apostrophe() -> None:
    for mark in ("'", "’"):
        found = _found(f"Chile's foreign minister said: “It{mark}s time to release the detained fishermen.”")
        assert _has(found, "Chile", "demands", "release", "fishermen"), mark


def test_what_it_is_not_yet_time_to_do_is_no_demand() -> None:
    found = _found("Chile's foreign minister said: “It’s not time to release the detained fishermen.”")
    assert not any(r == "demands" and "fishermen" in t for _, r, t in found)
