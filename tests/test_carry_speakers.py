"""A speaker carried over the sentences of a quote: the frame that opens a quote, and a title with
the speaker's full name beside it."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model


def test_carry_title_with_an_apposed_name_is_that_person() -> None:
    """ "the President of the ... Assembly Jana Vorlick said": she speaks (the parser makes the
    title the subject and the name its apposition), and so does her quote's next sentence."""
    text = (
        "Following the chair, the President of the Nordic Parliamentary Assembly Jana Vorlick said: "
        "“We cannot tolerate impunity. Russia must withdraw its troops from Ukraine.”"
    )
    found = statements_of(text)
    withdraw = [s for s in found if "withdraw" in s.target_text]
    assert withdraw and all(s.speaker == "Jana Vorlick" and s.holder == "Jana Vorlick" for s in withdraw)


def test_carry_quote_opened_by_an_unknown_speaker_is_not_the_last_speakers() -> None:
    """A quote that "some analysts said:" opens runs on in its next sentence; those words are
    nobody's known, not those of Lavrov, quoted just before."""
    text = (
        "Russian Foreign Minister Sergey Lavrov spoke in Moscow.\n\n"
        "“We reject the new sanctions,” Lavrov said.\n\n"
        "Some analysts said: “The plan is weak. Russia must withdraw its troops from Ukraine.”"
    )
    found = statements_of(text)
    assert any(s.holder_id == "Russia" and "sanctions" in s.target_text for s in found)
    assert not [s for s in found if "withdraw" in s.target_text and s.speaker == "Sergey Lavrov"]


def test_carry_quote_opened_by_a_named_speaker_runs_on_with_them() -> None:
    """ "Fidan said: “... . We support ...”": the quote's second sentence is still Fidan's, not
    the speaker before him."""
    text = (
        "“We reject the new sanctions,” Lavrov said in Moscow.\n\n"
        "Turkish Foreign Minister Hakan Fidan said: “The talks went well. We support the peace talks in Istanbul.”"
    )
    found = statements_of(text)
    talks = [s for s in found if "peace talks" in s.target_text]
    assert talks and all(s.holder_id == "Turkey" and s.speaker == "Hakan Fidan" for s in talks)


INTERVIEW = (
    "Foreign Ministry Spokeswoman Maria Zakharova’s answer to a media question\n\n"
    "Question: What is your take on the events in the region?\n\n"
    "Maria Zakharova: Indeed, the situation has changed a great deal in recent years.\n\n"
    "Despite its promises, Paris never stopped treating the region as its fiefdom. "
    "We condemn the French sanctions on Mali.\n\n"
    "Question: And what about the talks?\n\n"
    "We welcome the talks in Geneva, the reporter wrote."
)


def test_carry_interview_answer_runs_on_over_its_paragraphs() -> None:
    """ "Maria Zakharova: ..." answers; the paragraph after it, with no turn of its own, is still
    her answer, and its "we" is her state's."""
    found = statements_of(INTERVIEW)
    assert any(s.holder_id == "Russia" and s.speaker == "Maria Zakharova" and "sanctions" in s.target_text for s in found)


def test_carry_interview_answer_ends_at_the_next_question() -> None:
    """The next "Question:" turn ends her answer: what follows it is not hers."""
    found = statements_of(INTERVIEW)
    assert not [s for s in found if "Geneva" in s.target_text and s.speaker == "Maria Zakharova"]
