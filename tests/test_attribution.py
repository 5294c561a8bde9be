"""Who says it: quotes, reported speech, anaphora and transcript segments, on real text."""

from __future__ import annotations

import pytest

from statgraph.documents import make_document
from statgraph.extract.context.quoting import quote_ranges
from statgraph.models import Statement
from statgraph.pipeline import extract_statements
from conftest import RULES

pytestmark = pytest.mark.model

TRANSCRIPT = """Lavrov spoke at the Assembly on Friday. His remarks follow:

We are categorically opposed to the deployment of American missiles in Europe.

At the conference, she said that sanctions must stay. We reject the sanctions regime.

Lavrov later added that Moscow welcomes the talks.

I tried to find the full text, but the ministry has not published it.
"""


def _statements(text: str, name: str = "t.txt") -> list[Statement]:
    document = make_document(text, name)
    return [s for _, found in extract_statements([document], RULES) for s in found]


def test_attribution_quote_ranges_curly_straight_and_open_paragraph() -> None:
    text = 'He said: “We oppose it.” Then "fine".\n“A quote that goes on\n“and on.”'
    spans = [text[a:b] for a, b in quote_ranges(text)]
    assert spans[0] == "“We oppose it.”" and spans[1] == '"fine"'
    assert spans[2] == "“A quote that goes on"  # closed at the end of its paragraph


def test_attribution_transcript_segment_gives_we_to_the_speakers_state() -> None:
    found = _statements(TRANSCRIPT)
    opposed = [s for s in found if s.relation == "opposes" and "missiles" in s.target_text]
    assert opposed and opposed[0].holder_id == "Russia"
    assert opposed[0].speaker == "Sergey Lavrov" and opposed[0].voice == "quoted"


def test_attribution_segment_survives_the_speaker_quoting_others() -> None:
    """ "she said" inside Lavrov's remarks does not end them: "We reject" is still Russia's."""
    found = _statements(TRANSCRIPT)
    assert any(s.holder_id == "Russia" and s.relation == "rejects" and s.speaker == "Sergey Lavrov" for s in found)
    assert not any("sanctions must stay" in s.target_text for s in found if s.holder_id == "Russia")


def test_attribution_segment_ends_when_the_author_reports_the_speaker_again() -> None:
    found = _statements(TRANSCRIPT)
    welcomed = [s for s in found if "talks" in s.target_text]
    assert welcomed and welcomed[0].voice == "reported"
    # the author's own "I tried to find the full text" is nobody's stance
    assert not any("full text" in s.target_text for s in found)


def test_attribution_according_to_and_pronoun_speaker() -> None:
    text = (
        "Iranian Foreign Minister Abbas Araghchi met reporters in Tehran.\n\n"
        '"We will never accept unilateral demands," he said.\n\n'
        "According to the Kremlin, Russia supports the nuclear deal."
    )
    found = _statements(text)
    refusal = [s for s in found if "unilateral demands" in s.target_text]
    assert refusal and refusal[0].holder_id == "Iran" and refusal[0].speaker == "Abbas Araghchi"
    deal = [s for s in found if "nuclear deal" in s.target_text]
    assert deal and deal[0].holder_id == "Russia" and deal[0].voice == "reported"


def test_interview_answers_are_the_interviewees_and_questions_nobodys() -> None:
    from statgraph.documents import make_document
    from statgraph.pipeline import extract_statements

    text = (
        "Estonian Prime Minister Kristen Michal spoke to our correspondent in Tallinn.\n\n"
        "Q: Moscow says NATO troops in Estonia are a threat. How do you respond?\n\n"
        "A: We welcome the allied troops. We support Ukraine's membership of NATO.\n"
    )
    found = [s for _, statements in extract_statements([make_document(text, "i.txt")], RULES) for s in statements]
    said = {(s.holder_id, s.relation, s.speaker) for s in found if s.relation == "supports"}
    assert ("Estonia", "supports", "Kristen Michal") in said
    assert not any(s.holder_id == "Russia" for s in found)


def test_a_declaration_says_who_we_are() -> None:
    from statgraph.documents import make_document
    from statgraph.pipeline import extract_statements

    text = (
        "1. We, the Leaders of the Shanghai Cooperation Organisation, met in Astana on 4 July 2024.\n\n"
        "2. We oppose unilateral sanctions and support the central role of the United Nations.\n"
    )
    found = [s for _, statements in extract_statements([make_document(text, "d.txt")], RULES) for s in statements]
    assert any(s.holder_id == "SCO" and s.relation == "opposes" for s in found)


def test_a_wire_dateline_is_no_subject() -> None:
    from statgraph.documents import make_document
    from statgraph.pipeline import extract_statements

    text = "VILNIUS, July 11 (AP) - NATO leaders on Tuesday declined to offer Ukraine a timeline for membership."
    document = make_document(text, "w.txt")
    assert any(document.text[a:b] == "VILNIUS, July 11 (AP) - " for a, b in document.skipped)
    found = [s for _, statements in extract_statements([document], RULES) for s in statements]
    assert not any(s.holder_id == "Lithuania" for s in found)


def test_quoted_words_are_the_words_inside_quotes_and_none_without_one() -> None:
    """quoting.quoted_words: by the mask of quoted characters, the words of a sentence inside
    a quote; a sentence no quote reaches into has none (read without walking its words)."""
    from statgraph.extract.context.quoting import quote_ranges, quoted_words
    from statgraph.nlp import load_nlp
    from statgraph.settings import Settings

    text = 'The mayor spoke at noon. "We will rebuild the bridge," she said.'
    mask = bytearray(len(text) + 1)
    for start, stop in quote_ranges(text):
        mask[start + 1 : stop] = b"\x01" * max(0, stop - start - 1)
    first, second = load_nlp(Settings().model)(text).sents
    assert quoted_words(mask, first, 0) == frozenset()
    assert "said" not in {second.doc[i].text for i in quoted_words(mask, second, 0)}
    assert {second.doc[i].text for i in quoted_words(mask, second, 0)} == {"We", "will", "rebuild", "the", "bridge", ",", '"'}
    assert quoted_words(mask, second, 0) == frozenset(t.i for t in second if mask[t.idx] == 1)
