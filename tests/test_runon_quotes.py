"""A quote that runs over several sentences is the words of whom it names where it closes."""

from __future__ import annotations

import pytest

from conftest import statements_of

pytestmark = pytest.mark.model

RUN_ON = (
    "Iranian Foreign Minister Abbas Araghchi met reporters in Tehran on Monday.\n\n"
    "“We will never accept unilateral demands,” Araghchi said.\n\n"
    "“We reject the new sanctions on Syria. They are illegal. We support the peace talks in Istanbul,” "
    "Turkish Foreign Minister Hakan Fidan said on Tuesday."
)


def test_runon_quote_opening_sentences_are_the_closers_not_the_last_speakers() -> None:
    """The first sentence of Fidan's quote comes before his name; it is his, not Araghchi's."""
    found = statements_of(RUN_ON)
    sanctions = [s for s in found if "sanctions on Syria" in s.target_text]
    assert sanctions and all(s.holder_id == "Turkey" and s.speaker == "Hakan Fidan" for s in sanctions)
    assert any(s.holder_id == "Turkey" and "peace talks" in s.target_text for s in found)
    assert any(s.holder_id == "Iran" and "unilateral demands" in s.target_text for s in found)


def test_runon_quote_after_an_attributed_one_keeps_its_speaker() -> None:
    """ "“...,” Fidan said. “We support ...”": the quote that runs on is still Fidan's."""
    text = (
        "Turkish Foreign Minister Hakan Fidan spoke in Ankara.\n\n"
        "“We reject the new sanctions,” Fidan said. “We support the peace talks in Istanbul.”"
    )
    found = statements_of(text)
    assert any(s.holder_id == "Turkey" and s.speaker == "Hakan Fidan" and "peace talks" in s.target_text for s in found)


def test_runon_quote_that_closes_with_no_attribution_names_nobody() -> None:
    """A quote closing on a full stop with no speaker after it is given to nobody who is named
    only after it ("Araghchi met reporters" frames no speech)."""
    text = (
        "“We reject the new sanctions. We support the peace talks in Istanbul.” "
        "Iranian Foreign Minister Abbas Araghchi met reporters in Tehran."
    )
    found = statements_of(text)
    assert not [s for s in found if "sanctions" in s.target_text or "peace talks" in s.target_text]


def test_runon_quote_closed_by_a_title_stays_with_the_speaker_named_before() -> None:
    """ "the spokesperson said" names nobody for sure: the quote is left to Araghchi, quoted
    just before, rather than to a guess."""
    text = (
        "Iranian Foreign Minister Abbas Araghchi met reporters in Tehran on Monday.\n\n"
        "“We will never accept unilateral demands,” Araghchi said.\n\n"
        "“We reject the new sanctions on Syria. They are illegal,” the spokesperson said."
    )
    found = statements_of(text)
    sanctions = [s for s in found if "sanctions on Syria" in s.target_text]
    assert sanctions and all(s.speaker == "Abbas Araghchi" for s in sanctions)


def test_runon_quote_with_a_long_title_before_the_name_is_the_named_persons() -> None:
    """ ",” Sudan's Information Minister Khalid al-Aiser told a press conference": the whole
    subject stands between the quote and its verb."""
    text = (
        "“We will never accept unilateral demands,” Iranian Foreign Minister Abbas Araghchi said.\n\n"
        "“We reject the new sanctions on Syria. They are illegal,” Turkey's Foreign Minister Hakan Fidan told "
        "a press conference."
    )
    found = statements_of(text)
    sanctions = [s for s in found if "sanctions on Syria" in s.target_text]
    assert sanctions and all(s.holder_id == "Turkey" for s in sanctions)
