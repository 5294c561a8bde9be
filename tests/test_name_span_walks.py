"""name_spans' cheaper walks read what the plain walks read: the words of a subtree up to its
head (`_chunk_text`), and a name an editor's brackets break (`_mended`)."""

from __future__ import annotations

from statgraph.link.name_spans import _chunk_text, _mended, name_span
from statgraph.nlp import load_nlp
from statgraph.settings import Settings

SENTENCES = [
    "The three foreign ministers of the neighbouring states, who met in the capital, signed a new accord.",
    "(Acting President Maria) Lindqvist said the small but growing coastal town of Vestby would stay neutral.",
    "A senior defence official from the ministry, speaking on condition of anonymity, rejected the plan.",
]


def _plain_chunk(token) -> str:  # noqa: ANN001 - the walk the cheaper one stands for
    return " ".join(t.text for t in token.subtree if t.i <= token.i and t.dep_ not in {"det", "punct"})


def test_chunk_text_reads_the_subtree_up_to_the_word() -> None:
    nlp = load_nlp(Settings().model)
    for doc in nlp.pipe(SENTENCES):
        for token in doc:
            assert _chunk_text(token) == _plain_chunk(token), token.text
    ministers = next(t for t in nlp(SENTENCES[0]) if t.text == "ministers")
    assert _chunk_text(ministers) == "three foreign ministers"


def test_mended_reads_a_bracketed_name_whole() -> None:
    doc = load_nlp(Settings().model)(SENTENCES[1])
    surname = next(t for t in doc if t.text == "Lindqvist")
    names = list(_mended(name_span(surname)))
    assert "Maria Lindqvist" in names
    assert all("(" not in name and ")" not in name for name in names)
    assert list(_mended(doc[-2:-1])) == []  # no bracket near: nothing
