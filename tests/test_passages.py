"""passages.py: offsets into the text as decoded, in pieces however long a line or a document."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from statgraph.documents import make_document
from statgraph.markup import parse_html
from statgraph.passages import analysis_text, make_passages
from conftest import RULES

SEED = Path(__file__).resolve().parent.parent / "seeds" / "004_e7486c188862e453.txt"
TEXT = st.text(
    st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(list(" \n\r\t.!?;,\u200b\x07"))), max_size=3000
)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(200, 1000), st.sampled_from(["text/plain", "text/html", "text/markdown"]))
def test_passages_offsets_stay_in_the_text_and_round_trip(text: str, max_chars: int, media_type: str) -> None:
    document = make_document(text, "x", media_type=media_type)
    assert document.text == text
    analysed = analysis_text(document)
    assert len(analysed) == len(text)
    passages = make_passages(document, max_chars=max_chars)
    end = 0
    for passage in passages:
        assert end <= passage.start < passage.end <= len(text)
        assert passage.end - passage.start <= max_chars
        piece = analysed[passage.start : passage.end]
        assert not piece[0].isspace() and not piece[-1].isspace()
        end = passage.end
    # every character that analysis sees lies in a passage
    seen = sum(not c.isspace() for p in passages for c in analysed[p.start : p.end])
    assert seen == sum(not c.isspace() for c in analysed)


def test_passages_skipped_ranges_and_invisible_characters_are_blanked() -> None:
    text = "<p>Moscow\u200b opposes\x07 NATO.</p><script>var x = 1;</script>"
    document = make_document(text, "a.html", media_type="text/html")
    analysed = analysis_text(document)
    assert len(analysed) == len(text)
    assert analysed.split() == ["Moscow", "opposes", "NATO."]
    [passage] = make_passages(document)
    assert text[passage.start : passage.end] == "Moscow\u200b opposes\x07 NATO."


@pytest.mark.parametrize(
    "line",
    [
        " " * 2_000_000 + "word",  # a line of megabytes of spaces
        "x" * 1_000_000,  # a line of megabytes without a space
        ("word " * 400_000).strip(),
        "Short sentence. " * 120_000,
        "\r".join(["Old Mac line."] * 100_000),
    ],
    ids=["spaces", "one-word", "words", "sentences", "carriage-returns"],
)
def test_passages_long_lines_are_cut_in_linear_time(line: str) -> None:
    document = make_document(line, "long.txt")
    started = time.perf_counter()
    passages = make_passages(document, max_chars=5000)
    elapsed = time.perf_counter() - started
    print(f"{len(line):,} characters cut into {len(passages):,} passages in {elapsed:.2f} s")
    assert elapsed < 30  # quadratic work would take hours
    assert all(p.end - p.start <= 5000 for p in passages)
    assert "".join("".join(line[p.start : p.end].split()) for p in passages) == "".join(line.split())
    if "\r" in line:
        assert len(passages) == 100_000


def test_passages_html_with_an_unclosed_tail_is_linear() -> None:
    text = "<p>Moscow opposes NATO.</p>" + "<a " * 200_000
    started = time.perf_counter()
    _, skipped = parse_html(text)
    assert time.perf_counter() - started < 30
    assert skipped[0] == (0, 3)


def repeated(copies: int, *, one_line: bool) -> str:
    seed = SEED.read_text()
    text = "\n".join([seed] * copies)
    return " ".join(text.split("\n")) if one_line else text


@pytest.mark.model
@pytest.mark.parametrize("one_line", [False, True])
def test_passages_a_document_longer_than_max_length_is_processed_in_pieces(
    monkeypatch: pytest.MonkeyPatch, one_line: bool
) -> None:
    from statgraph.nlp import load_nlp
    from statgraph.pipeline import extract_statements

    nlp = load_nlp(None)
    monkeypatch.setattr(nlp, "max_length", 20_000)
    text = repeated(6, one_line=one_line)
    assert len(text) > 1.5 * nlp.max_length
    with pytest.raises(ValueError):
        nlp(text)  # spaCy alone refuses it
    document = make_document(text, "long.txt")
    [(_, statements)] = list(extract_statements([document], RULES))
    late = [s for s in statements if s.start > 5 * len(SEED.read_text())]
    assert any((s.holder, s.relation, s.target) == ("CSTO", "deployed_to", "Kazakhstan") for s in late)
    assert all(text[s.start : s.end] == s.evidence for s in statements)
