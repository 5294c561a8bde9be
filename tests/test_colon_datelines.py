"""A wire dateline that ends in a colon ("New Delhi [India], October 14 (ANI): ") is skipped like
one that ends in a dash: the city is no subject, and the sentence after it reads whole. A
transcript's turn label ("Lavrov: ...") is no dateline: it has no date."""

from pathlib import Path

from conftest import listed_rows

from statgraph.markup import dateline_ranges


def test_colon_datelines_are_found_and_turn_labels_are_not() -> None:
    texts = {
        "Tokyo [Japan], March 3 : The minister spoke.": "Tokyo [Japan], March 3 : ",
        "Nairobi, Feb 2 (XNA): The minister spoke.": "Nairobi, Feb 2 (XNA): ",
        "Lima, 25 May 2024 (TDI): The minister spoke.": "Lima, 25 May 2024 (TDI): ",
    }
    for text, dateline in texts.items():
        assert [text[a:b] for a, b in dateline_ranges(text)] == [dateline]
    assert dateline_ranges("Lavrov: We reject these demands.") == []
    assert dateline_ranges("Question: What about the summit?") == []


def test_the_sentence_after_a_colon_dateline_reads_whole(tmp_path: Path) -> None:
    text = (
        "Ministers meet\n\n"
        "Beijing [China], December 26 : Japanese Foreign Minister Iwaya Takeshi on Wednesday held a "
        "meeting with his Chinese counterpart Wang Yi in Beijing.\n"
    )
    rows = listed_rows(tmp_path, text)
    assert ("Iwaya Takeshi", "met_with", "Wang Yi") in rows
