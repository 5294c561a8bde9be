"""Targets that name nothing or are cut short, on sentences of our own: a noun that only points
at a matter named elsewhere ("the incident", "this development"; ontology/phrases.toml
pointing_nouns), "what is said", a clause cut after its modal ("... must"), and an act whose
object's owner the parser hung elsewhere ("pass the government’s | proposed aid package")."""

from __future__ import annotations

import pytest

from conftest import triples_of

pytestmark = pytest.mark.model


def _targets(text: str, holder: str = "Chile") -> list[str]:
    return [t for h, _, t in triples_of(text) if h == holder]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Chile condemned the incident.", "incident"),
        ("Chile welcomed this development.", "development"),
    ],
)
def test_a_bare_pointing_noun_is_no_target(text: str, word: str) -> None:
    assert not any(t.lower().split()[-1] == word for t in _targets(text)), _targets(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Chile condemned the border incident.", "border incident"),
        ("Chile welcomed the outcome of the talks.", "outcome of the talks"),
    ],
)
def test_a_qualified_pointing_noun_stays_a_target(text: str, words: str) -> None:
    assert any(words in t for t in _targets(text)), _targets(text)


def test_the_list_is_read_from_the_ontology() -> None:
    from statgraph.extract.arguments import _POINTING_NOUNS
    from statgraph.words import words

    assert _POINTING_NOUNS == words("phrases", "pointing_nouns")
    assert "incident" in _POINTING_NOUNS


def test_what_is_said_names_no_target() -> None:
    found = _targets("Chile is protesting what is said was an unauthorized Peruvian maritime survey within its economic waters.")
    assert not any(t.lower().startswith("what") for t in found), found


def test_a_clause_cut_after_its_modal_is_no_target() -> None:
    text = "“We voted for the resolution because the killing of civilians in Gaza must stop,” the Chilean ambassador said."
    found = _targets(text)
    assert not any(t.split()[-1] == "must" for t in found), found
    assert "resolution" in found
    whole = _targets("“The killing of civilians must stop,” the Chilean ambassador said.")
    assert any(t.endswith("must stop") for t in whole), whole


def test_an_act_on_what_a_possessor_owns_runs_on_to_the_thing_owned() -> None:
    text = (
        "Chile urged Peru to pass the Lima government’s proposed $5 billion foreign aid package, "
        "which includes $1.4 billion for Bolivia."
    )
    found = _targets(text)
    assert any(t.endswith("foreign aid package") for t in found), found
    assert not any(t.endswith("government") or t.endswith("’s") for t in found), found


def test_a_minister_takes_no_stance_on_the_state_he_serves() -> None:
    found = triples_of("Abdelatty criticized Egypt’s neighbours for the delay.")
    assert not any(r == "criticizes" and t == "Egypt" for _, r, t in found), found
    assert any(r == "criticizes" and "neighbours" in t for _, r, t in found), found
    other = triples_of("Abdelatty praised Sudan for its restraint.")
    assert any(r == "supports" and t == "Sudan" for _, r, t in other), other


def test_the_two_countries_alone_name_no_target() -> None:
    assert not any("two countries" in t for t in _targets("Chile welcomed the two countries.")), _targets(
        "Chile welcomed the two countries."
    )
    kept = _targets("Chile and Peru welcomed the two countries’ reaching a consensus on a social security agreement.")
    assert any("consensus on a social security agreement" in t for t in kept), kept
