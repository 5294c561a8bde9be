"""Word lists as data: ontology/<kind>.toml, each word once in its list, one copy per use."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from statgraph.errors import ExtractionError
from statgraph.words import KINDS, load_words, words

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


@pytest.mark.parametrize("kind", KINDS)
def test_words_each_entry_once(kind: str) -> None:
    data = tomllib.loads((ONTOLOGY / f"{kind}.toml").read_text(encoding="utf-8"))
    for name, entries in data.items():
        if not isinstance(entries, list):
            continue  # a table (evaluation.toml's polarity), no word list
        assert len(entries) == len(set(entries)), f"{kind}.toml [{name}] repeats a word"
        assert entries == sorted(entries), f"{kind}.toml [{name}] is not sorted"


def test_words_copies_that_drifted_are_one() -> None:
    from statgraph.extract.context import doers, holders, kind_holders, subjects
    from statgraph.extract.events import membership, sides
    from statgraph.extract.roles import names
    from statgraph.link import entities, resolve

    assert kind_holders.REPRESENTATIVES is sides._REPRESENTATIVES
    assert names.SUFFIXES is entities._SUFFIXES
    assert membership._ORGANIZATION_NOUNS is resolve._ORGANIZATION_NOUNS
    assert names.INSTITUTION_WORDS is entities._NOT_PERSONAL
    assert doers._OWN_STATE is kind_holders.STATE_NOUNS
    assert holders._GROUPS <= subjects._AGENT_NOUNS


def test_words_qualifiers_name_reporting_verbs() -> None:
    reporting = words("speech", "reporting_verbs")
    assert words("speech", "clause_only") <= reporting and words("speech", "bare_frames") <= reporting
    assert not words("speech", "stance_acts") & reporting


def test_words_unknown_names_fail_loudly() -> None:
    with pytest.raises(ExtractionError, match="speech.toml has no list 'verbs'"):
        words("speech", "verbs")
    with pytest.raises(ExtractionError, match="no word lists of kind 'colours'"):
        load_words("colours")


def test_a_word_table_is_read_with_the_lists_and_a_missing_one_is_a_clear_error() -> None:
    from statgraph.words import word_table

    seats = word_table("event_forms", "organization_seats")
    assert "Addis Ababa" in seats["African_Union"]
    with pytest.raises(ExtractionError, match="no table"):
        word_table("event_forms", "no_such_table")
