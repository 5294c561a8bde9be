"""A "he" or "she" stands for a person named before it, never for one named after it in its own
sentence (extract/context/persons.person_before): in a headline such as "Peruvian PM says he is open
to meeting Boric" nobody is named before "he", so the stance has no named holder and is
never given to the person it is about; on sentences of our own."""

from __future__ import annotations

import pytest

from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_he_in_a_headline_is_not_the_person_named_after_it() -> None:
    found = triples_of("Peruvian PM says he is open to meeting Boric\n\nThe talks could take place in Lima.")
    assert not any("Boric" in h for h, r, _ in found)


def test_he_after_a_named_person_still_stands_for_him() -> None:
    found = triples_of("Alberto Otárola spoke in Lima on Monday. He said he is open to meeting Boric.")
    assert has_triple(found, "Alberto_Otarola", "supports", "meeting", "Boric")
    assert not any("Boric" in h for h, r, _ in found)
