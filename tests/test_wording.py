"""A target's words as a reader writes them down (extract/wording.py)."""

from __future__ import annotations

import pytest

from statgraph.extract.wording import tidy, usable


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("illegally” entered its  waters", "illegally entered its waters"),
        ("the “one China” policy", "the “one China” policy"),
        ("one China” policy", "one China policy"),
        ('so-called "provisional measures', "so-called provisional measures"),
        ("the humanitarian situation in", "the humanitarian situation"),
        ("providing guidance to complete the process following", "providing guidance to complete the process"),
        ("Europe’s defense,", "Europe’s defense"),
    ],
)
def test_tidy_drops_unpaired_quotes_and_loose_ends(text: str, tidied: str) -> None:
    assert tidy(text) == tidied


@pytest.mark.parametrize(("text", "expected"), [("<", False), ("that", False), ("", False), ("7", False),
                                                 ("ceasefire", True), ("EU membership", True)])
def test_usable_needs_a_word_that_names_something(text: str, expected: bool) -> None:
    assert usable(text) is expected


@pytest.mark.model
def test_a_cut_does_not_split_a_hyphenated_name_and_an_aside_in_brackets_is_left_out() -> None:
    from conftest import triples_of

    found = triples_of(
        'The envoy said that "Peru plans to revoke ratification (which took place in the year 2000) '
        'of the Comprehensive Nuclear-Test-Ban Treaty."'
    )
    assert ("Peru", "supports", "revoke ratification of the Comprehensive Nuclear-Test-Ban Treaty") in found, found


def test_an_acronym_in_brackets_stays() -> None:
    assert tidy("the Line of Actual Control (LAC)") == "the Line of Actual Control (LAC)"
    assert tidy("the plan (which was drafted in May) for the region") == "the plan for the region"


@pytest.mark.model
def test_a_hyphenated_object_the_parser_splits_stays_one_word() -> None:
    from conftest import triples_of

    # the parser hangs "de", "-" and "escalation" as three objects of "proposed"
    found = triples_of("At the summit, the Chilean president proposed de-escalation.")
    assert any(t[1] == "proposes" and t[2] == "de-escalation" for t in found), found
    assert not any(t[2] == "de" for t in found), found


def test_hyphen_whole_widens_only_over_a_joined_hyphen() -> None:
    import spacy

    from statgraph.extract.wording import hyphen_whole

    doc = spacy.blank("en")("They proposed de-escalation and a pro-Western course - and talks.")
    words = [t.text for t in doc]
    de, western, talks = words.index("de"), words.index("Western"), words.index("talks")
    assert doc[slice(*hyphen_whole(doc, de, de + 1))].text == "de-escalation"
    assert doc[slice(*hyphen_whole(doc, western, western + 2))].text == "pro-Western course"
    assert hyphen_whole(doc, talks, talks + 1) == (talks, talks + 1)  # a dash set apart by spaces joins nothing
    assert hyphen_whole(doc, talks - 3, talks - 2) == (talks - 3, talks - 2)


def test_tidy_drops_the_marks_of_left_out_words_but_keeps_an_acronym() -> None:
    assert tidy("promote regional trade <...> as well as build [...] a port (…)") == "promote regional trade as well as build a port"
    assert tidy("the Line of Actual Control (LAC)") == "the Line of Actual Control (LAC)"
