"""A name set right after the words that describe it is the target a reader names, on text of
our own: "the military bloc CSTO" is the CSTO, "the attacks by the rebel group M23" keep the name; a
name set apart by a comma, or a common noun alone, is no such name."""

from __future__ import annotations

import pytest

from conftest import statements_of, triples_of

pytestmark = pytest.mark.model


def _found(text: str, holder: str, relation: str) -> list[tuple[str | None, str]]:
    return [
        (s.target_id, s.target_text) for s in statements_of(text) if s.holder_id == holder and s.relation == relation
    ]


def test_a_described_actor_is_the_actor_named() -> None:
    found = _found("Iran supports the Lebanese group Hezbollah.", "Iran", "supports")
    assert any(target_id == "Hezbollah" for target_id, _ in found), found
    assert not any(text == "Lebanese group" for _, text in found), found


def test_quitting_a_described_body_rejects_the_body_named() -> None:
    text = "Armenia announced its immediate withdrawal from the military bloc CSTO on Monday."
    found = _found(text, "Armenia", "rejects")
    assert [target_id for target_id, _ in found] == ["CSTO"], found


def test_an_act_of_a_described_actor_keeps_the_name() -> None:
    text = "Egypt condemned the attacks by the Palestinian militant group Hamas."
    assert any(t.endswith("militant group Hamas") for _, t in _found(text, "Egypt", "opposes"))
    assert "Hamas" in {target_id for target_id, _ in _found(text, "Egypt", "criticizes")}


def test_a_name_set_apart_by_a_comma_leaves_the_description() -> None:
    from statgraph.extract.naming import descriptive_name
    from statgraph.nlp import load_nlp

    doc = load_nlp()("Iran backs the group, Hezbollah, in Lebanon.")
    group = next(t for t in doc if t.lower_ == "group")
    assert descriptive_name(group) is None


def test_a_name_before_its_acronym_modifies_the_noun_after_it() -> None:
    """ "the United Nations (UN) Charter" is the charter, though the parser hangs "Charter" on the
    name as an apposition; "the North Atlantic Treaty Organization (NATO) alliance" is NATO."""
    found = triples_of("Chile supports the United Nations (UN) Charter.")
    assert ("Chile", "supports", "United Nations (UN) Charter") in found, found
    found = triples_of("Chile opposes the North Atlantic Treaty Organization (NATO) alliance.")
    assert any(t[2] == "NATO" for t in found), found


def test_a_party_named_with_a_demonym_keeps_it() -> None:
    found = _found("Tbilisi criticized the Georgian Dream party.", "Georgia", "criticizes")
    assert [text for _, text in found] == ["Georgian Dream party"], found
    church = _found("Ukraine criticized the Russian Orthodox Church.", "Ukraine", "criticizes")
    assert [text for _, text in church] == ["Russian Orthodox Church"], church
