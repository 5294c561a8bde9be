"""A transcript's heading names who speaks in it; the answers are the speaker's, not those of
another person the heading names."""

from __future__ import annotations

from conftest import has_triple, statements_of, triples_of

TRANSCRIPT = (
    "Foreign Minister Sergey Lavrov’s remarks and answers to media questions at a joint news conference "
    "following talks with Foreign Minister of Egypt Sameh Shoukry, Moscow, June 2, 2023\n\n"
    "Ladies and gentlemen,\n\n"
    "We had very productive talks today. We oppose any attempts to expand NATO to the east.\n\n"
    "Question: What do you think of the sanctions?\n\n"
    "Answer: We reject these illegal sanctions.\n"
)


def test_the_speaker_a_heading_names_speaks_the_transcript() -> None:
    found = triples_of(TRANSCRIPT)
    assert has_triple(found, "Russia", "opposes", "NATO"), found
    assert has_triple(found, "Russia", "rejects", "sanctions"), found
    assert not any(h in {"Egypt", "Sameh_Shoukry"} for h, r, _ in found if r != "holds_role"), found


def test_a_heading_by_its_speaker_after_the_speech_noun() -> None:
    text = (
        "Statement by Prime Minister Mark Carney on the situation in the Middle East\n\n"
        "We condemn the attacks on civilians in Gaza."
    )
    found = statements_of(text)
    assert any(s.holder_id == "Canada" and s.relation == "opposes" and s.speaker == "Mark Carney" for s in found), found


def test_a_headline_with_a_verb_is_no_transcript_heading() -> None:
    text = (
        "Lavrov's remarks on Ukraine spark outrage in Kyiv\n\n"
        "We condemn the attacks on civilians in Gaza, the Turkish envoy told reporters."
    )
    found = statements_of(text)
    assert not any(s.speaker == "Sergey Lavrov" for s in found), found
