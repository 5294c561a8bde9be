"""Stances given to the speaker by default (the verb has no subject of its own) only when no one
else does the verb in the speaker's words (extract/voice_screens.py). Sentences of our own."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def _speakers(text: str, speaker: str) -> list:
    return [s for s in statements_of(text) if s.holder == speaker and s.relation != "holds_role"]


def test_voice_another_subjects_deed_is_not_the_speakers() -> None:
    """ "the government ... seems intent on joining others in isolating Freedonia", said by an
    opposition lawmaker: the government isolates, the lawmaker does not criticize Freedonia."""
    text = (
        "“The government of Ruritania seems intent on joining others in isolating Freedonia,” "
        "opposition lawmaker Jane Roe said."
    )
    assert not _speakers(text, "Jane Roe")


def test_voice_a_gerund_inside_a_subject_noun_is_no_stance() -> None:
    """ "The risk of provoking Freedonia", "The comments about wishing to explore a pact": an idea
    the speaker talks about, not what the speaker holds."""
    assert not _speakers("“The risk of provoking Freedonia is high,” Jane Roe said.", "Jane Roe")
    text = "“The comments about wishing to explore a possible security pact with Freedonia came as no surprise,” Jane Roe told reporters."
    assert not _speakers(text, "Jane Roe")


def test_voice_first_person_clause_keeps_the_speakers_stance() -> None:
    """ "We are committed to fighting the Islamic State", "We continue ..., seeking to thwart all
    attempts": the speaker's own side does it."""
    found = statements_of("“We are committed to fighting the Islamic State,” Jane Roe said.")
    assert any(s.relation == "criticizes" and s.holder == "Jane Roe" for s in found)
    text = (
        "“We continue to regard the union as such and to develop our partnership in this context, "
        "seeking to thwart all attempts to politicize Eurasian integration,” Jane Roe said."
    )
    assert any("attempts" in s.target_text and s.holder == "Jane Roe" for s in statements_of(text))


def test_voice_a_state_named_by_a_person_of_no_known_side_keeps_the_stance() -> None:
    """ "Foreign Minister Jane Roe said Australia would continue ..., prior to seeking security
    assistance": she may speak for Australia, so the seeking stays hers."""
    text = (
        "Foreign Minister Jane Roe said Australia would continue to encourage Freedonia to work with "
        "the Pacific family first, prior to seeking security assistance from China."
    )
    assert any(s.holder == "Jane Roe" and "security assistance" in s.target_text for s in statements_of(text))


def test_voice_a_quote_that_is_the_whole_clause_keeps_the_speakers_stance() -> None:
    """ "Jane Roe spoke ...: “Stop this type of business.”": the quoted verb is the clause's root,
    with no subject above it; the walk up ends there and the stance stays the speaker's."""
    text = "Jane Roe spoke to reporters on Monday: “Stop this type of business with Freedonia.”"
    assert any(s.holder == "Jane Roe" and s.relation == "opposes" for s in statements_of(text))
