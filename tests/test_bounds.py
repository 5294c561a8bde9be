"""nlp/bounds.py: the sentence around a token, from starts kept per parse, is `token.sent`."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from statgraph.nlp import load_nlp
from statgraph.nlp.bounds import sentence_bounds, sentence_of
from statgraph.settings import Settings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_kept_bounds_are_token_sent_on_a_real_passage() -> None:
    """Cached and uncached: for every word of a seed article, the kept bounds and Span are those
    `Token.sent` walks to, the first reading (which makes the starts) and every later one alike."""
    text = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    doc = load_nlp(Settings().model)(text)
    assert len(list(doc.sents)) > 5
    expected = [(t.sent.start, t.sent.end) for t in doc]
    assert [sentence_bounds(t) for t in doc] == expected  # the first reading makes the starts
    assert doc.user_data["statgraph.sentence_starts"] == [s.start for s in doc.sents]
    assert [sentence_bounds(t) for t in reversed(doc)] == expected[::-1]  # kept: any order
    assert all(sentence_of(t) == t.sent and sentence_of(t).text == t.sent.text for t in doc)


def test_bounds_of_the_first_and_last_words_and_a_one_sentence_doc(en_vocab) -> None:  # noqa: ANN001
    words = ["Oslo", "hosted", "talks", ".", "Both", "sides", "attended", ".", "None", "spoke"]
    starts = [True, False, False, False, True, False, False, False, True, False]
    doc = Doc(en_vocab, words=words, sent_starts=starts)
    assert [sentence_bounds(t) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert sentence_bounds(doc[0]) == (0, 4) and sentence_bounds(doc[9]) == (8, 10)
    single = Doc(en_vocab, words=["Talks", "resumed"], sent_starts=[True, False])
    assert [sentence_bounds(t) for t in single] == [(0, 2), (0, 2)]
