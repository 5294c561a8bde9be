"""A generational suffix set off by a comma ("Joseph R. Biden, Jr.") is part of the name
before it: never a person of its own, and never the start of a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import roles_of

from statgraph.link.gazetteer import load_gazetteer
from statgraph.link.resolve import Resolver

pytestmark = pytest.mark.model

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"
_LIST = "We, Chancellor Lena Holm, President Marco Ferri, and President Joseph R. Biden, Jr., affirm our common goals."


def test_a_suffix_after_a_comma_is_the_person_before_it() -> None:
    from statgraph.nlp import load_nlp

    doc = load_nlp()(_LIST)
    suffix = next(t for t in doc if t.text.startswith("Jr"))
    found = Resolver(load_gazetteer(ONTOLOGY)).resolve(suffix)
    assert found is not None and found.label == "Joe Biden"


def test_a_suffix_after_a_comma_starts_no_name() -> None:
    roles = roles_of(_LIST)
    assert roles and not [office for _, office in roles if "Joseph" in office]
