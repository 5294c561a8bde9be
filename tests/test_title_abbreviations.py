"""Dotted titles the tokenizer would split ("Hon.", "Amb.", "Rt.") are one word, so the parser
does not start a sentence at the name after them (nlp/abbreviations.py); on sentences of our own."""

from __future__ import annotations

import pytest

from conftest import statements_of
from statgraph.nlp import load_nlp
from statgraph.nlp.abbreviations import title_abbreviations

pytestmark = pytest.mark.model


def test_dotted_titles_are_listed_as_written_before_a_name() -> None:
    listed = title_abbreviations()
    assert {"Hon.", "Amb.", "Rt.", "H.E."} <= set(listed)
    assert listed == sorted(listed)


def test_a_name_after_a_dotted_title_stays_in_its_sentence() -> None:
    doc = load_nlp()("Prime Minister Hon. Jane Doe raised the matter with Amb. Li Wei in Suva.")
    assert len(list(doc.sents)) == 1
    assert "Hon." in [t.text for t in doc]


def test_an_office_before_a_dotted_title_reaches_the_holder() -> None:
    found = statements_of(
        "The Minister of Foreign Affairs of Brazil, H.E. Amb. Mauro Vieira, met the Prime Minister of Fiji,"
        " Hon. Sitiveni Rabuka, in Suva."
    )
    roles = {(s.holder, s.target_text) for s in found if s.relation == "holds_role"}
    assert ("Mauro Vieira", "Minister of Foreign Affairs of Brazil") in roles
    assert ("Sitiveni Rabuka", "Prime Minister of Fiji") in roles
    assert any(s.relation == "met_with" and s.holder == "Mauro Vieira" for s in found)
