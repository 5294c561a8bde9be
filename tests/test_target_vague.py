"""Nouns that say nothing alone (ontology/phrases.toml `vague_alone`): "strengthen relations",
"favoured expansion" name no issue and are no target; qualified ("NATO expansion", "relations
with Japan", "the peace process") they are. On text of our own."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _targets(text: str, holder: str) -> list[str]:
    return [s.target_text for s in statements_of(text) if s.holder_id == holder]


@pytest.mark.parametrize(
    "text",
    [
        "Chile will strengthen relations in accordance with the goals of the summit.",
        "Chile favoured expansion and welcomed new members.",
        "Chile welcomed the assessment.",
        "Chile supports participation.",
    ],
)
def test_a_bare_noun_that_needs_a_complement_is_no_target(text: str) -> None:
    found = _targets(text, "Chile")
    assert not any(t.lower().split()[0] in {"relations", "expansion", "assessment", "participation"} for t in found), found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Chile opposes NATO expansion.", "NATO expansion"),
        ("Chile welcomed the expansion of the fishing zone off Arica.", "expansion of the fishing zone"),
        ("Chile supports the peace process in Colombia.", "peace process"),
        ("Chile supports Peru's participation in the summit.", "participation in the summit"),
        ("Chile will strengthen relations with all its partners.", "relations with all its partners"),
        ("Chile welcomed participation in the fishing talks.", "participation in the fishing talks"),
    ],
)
def test_a_qualified_noun_stays_a_target(text: str, words: str) -> None:
    found = _targets(text, "Chile")
    assert any(words in t for t in found), found


def test_the_list_is_read_from_the_ontology() -> None:
    from statgraph.extract.arguments import VAGUE_ALONE
    from statgraph.words import words

    assert VAGUE_ALONE == words("phrases", "vague_alone")
    assert {"approach", "issue", "relations", "expansion"} <= VAGUE_ALONE


def test_a_date_after_a_noun_is_left_out_of_its_phrase() -> None:
    text = "Chile amended the elements and presented them as a Chilean-drafted resolution on Tuesday."
    found = _targets(text, "Chile")
    assert "resolution" in found and not any("Tuesday" in t for t in found), found


def test_an_of_phrase_with_a_year_stays() -> None:
    found = _targets("Chile welcomed the ceasefire agreement of 1989.", "Chile")
    assert any(t.endswith("agreement of 1989") for t in found), found


def test_a_halt_keeps_what_is_halted_where_the_parser_hung_it_on_the_verb() -> None:
    found = _targets("Chile supports a halt to the fighting.", "Chile")
    assert "halt to the fighting" in found, found
