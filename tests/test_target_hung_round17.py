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


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - a spaCy Language
    from statgraph.nlp import load_nlp
    from statgraph.settings import Settings

    return load_nlp(Settings().model)


def test_a_cut_does_not_split_a_word_from_its_of_phrase(nlp) -> None:  # noqa: ANN001
    from statgraph.extract.wording import name_end

    doc = nlp("They promoted an open discussion of the situation of Easter Island at the summit.")
    of = [t.i for t in doc if t.lower_ == "of"][-1]
    assert doc[of].head.lower_ == "situation", [(t.text, t.dep_, t.head.text) for t in doc]
    assert doc[of: name_end(doc, of, len(doc))].text == "of Easter Island"
