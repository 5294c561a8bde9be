"""Stance cues whose path to the holder or the object runs through a gerund, round twenty-one,
on sentences of our own: the gerund after a preposition of manner or time is an act of the
clause's own subject ("angered Washington by rejecting its requests"), and a gerund after a cue
verb's "for" or "against" is what the stance is about ("advocated for extending the deal")."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_a_gerund_of_manner_or_time_is_the_clause_subjects_act() -> None:
    found = _found("Donald Trump has got involved in the race by openly backing the candidate Maria Lopez.")
    assert _has(found, "Donald_Trump", "supports", "Maria Lopez")
    found = _found("The European Union reached out to Jakarta before requesting consultations at the WTO.")
    assert _has(found, "European_Union", "demands", "consultations")
    found = _found("Colombian President Gustavo Petro angered US officials by rejecting extradition requests.")
    assert _has(found, "Gustavo_Petro", "rejects", "extradition requests")


def test_a_gerund_whose_doer_is_another_stays_theirs() -> None:
    # "praised X for backing Y", "accused X of backing Y": X's act, not the subject's
    found = _found("Germany praised Austria for backing the reform of the pension system.")
    assert not _has(found, "Germany", "supports", "reform")
    found = _found("Poland accused Hungary of blocking the sanctions package.")
    assert not _has(found, "Poland", "opposes", "sanctions")
    # a gerund with a subject of its own: "by the US backing X" is the US's act
    found = _found("Germany was surprised by the United States backing the new trade pact.")
    assert not _has(found, "Germany", "supports", "trade pact")


def test_a_gerund_after_for_or_against_is_what_the_cue_verb_is_about() -> None:
    found = _found("Slovakia has consistently advocated for extending the gas transit agreement.")
    assert _has(found, "Slovakia", "supports", "extending the gas transit agreement")
    # a noun after the preposition is read as before
    assert _has(_found("Slovakia has consistently advocated for a new gas transit agreement."),
                "Slovakia", "supports", "gas transit agreement")
