"""The judge's document block: the style of the whole article a candidate comes from."""

from __future__ import annotations

from statgraph.judge.features import document_features
from statgraph.judge.style import band, document_style, kind_of, style_features
from statgraph.models import Passage, Statement
from conftest import make_doc

# "Russia strongly opposes the expansion of NATO ."
WORDS = ["Russia", "strongly", "opposes", "the", "expansion", "of", "NATO", "."]
HEADS = [2, 2, 2, 4, 2, 4, 5, 2]
DEPS = ["nsubj", "advmod", "ROOT", "det", "dobj", "prep", "pobj", "punct"]
POS = ["PROPN", "ADV", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]


def _statement(relation: str = "opposes", rule: str = "verb_object/subject",
               target: str = "NATO expansion", voice: str = "author") -> Statement:
    return Statement(doc_id="d", doc_name="d.txt", holder="Russia", holder_id="Russia", relation=relation,
                     target=target, target_id=target.replace(" ", "_"), start=0, end=46, evidence="x", rule=rule,
                     cue="opposes", voice=voice)


def test_band_is_named_by_its_upper_edge() -> None:
    assert band(0.0, (0.0, 0.1)) == "0" and band(0.05, (0.0, 0.1)) == "0.1" and band(0.5, (0.0, 0.1)) == "more"


def test_positions_are_stances_and_offices_meetings_and_ties_events() -> None:
    assert [kind_of(r) for r in ("holds_role", "met_with", "visited", "cooperates_with", "opposes", "demands")] == \
        ["event", "event", "event", "event", "stance", "stance"]


def test_style_counts_agreeing_rules_candidates_per_sentence_and_stances(en_vocab) -> None:  # noqa: ANN001
    doc = make_doc(en_vocab, WORDS, HEADS, DEPS, POS)  # one sentence
    parsed = [(Passage(doc_id="d", start=0, end=len(doc.text)), doc)]
    found = [_statement(), _statement(rule="noun/possessive"), _statement("holds_role", "title", "minister")]
    style = document_style(found, parsed, [2, 2, 1])
    # two of three candidates agree (0.67 > 0.25); three per sentence (> 1); two stances in three
    assert style == {"agree": "more", "author_share": "more", "per_sentence": "more", "stance_share": "0.75"}
    alone = document_style(found[2:], parsed, [1])
    assert alone == {"agree": "0", "author_share": "more", "per_sentence": "1", "stance_share": "0.25"}
    assert "stance_share|event=0.25" in style_features(alone, found[2])
    assert document_style([], parsed, []) == {}


def test_document_block_gives_every_candidate_its_articles_style(en_vocab) -> None:  # noqa: ANN001
    doc = make_doc(en_vocab, WORDS, HEADS, DEPS, POS)
    parsed = [(Passage(doc_id="d", start=0, end=len(doc.text)), doc)]
    found = [_statement(), _statement(rule="noun/possessive")]
    rows = document_features(found, parsed, ("base", "document"))
    assert "document:agree=more" in rows[0] and "document:agree|stance=more" in rows[1]
    assert "document:per_sentence|stance=more" in rows[0]
    assert not any(f.startswith("document:") for f in document_features(found, parsed)[0])


def test_author_share_tells_a_report_of_speech_from_the_authors_own_words(en_vocab) -> None:  # noqa: ANN001
    doc = make_doc(en_vocab, WORDS, HEADS, DEPS, POS)
    parsed = [(Passage(doc_id="d", start=0, end=len(doc.text)), doc)]
    # one candidate in five in the author's voice (0.2: band 0.25), the rest quoted or reported
    speech = [_statement(voice="author"), *[_statement(voice=v) for v in ("quoted", "quoted", "reported", "reported")]]
    assert document_style(speech, parsed, [1] * 5)["author_share"] == "0.25"
    assert document_style(speech[1:], parsed, [1] * 4)["author_share"] == "0.1"  # none in the author's voice
    own = [_statement(), _statement(), _statement(voice="quoted")]  # two in three: band 0.75
    assert document_style(own, parsed, [1] * 3)["author_share"] == "0.75"
    rows = document_features(speech, parsed, ("base", "document"))
    assert "document:author_share|stance=0.25" in rows[1] and "document:author_share=0.25" in rows[0]
