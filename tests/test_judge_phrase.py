"""The judge's `phrase` block: the target phrase's length, what its canonical form dropped, and
the issue-word lists its words are on."""

from __future__ import annotations

from statgraph.judge.context import BLOCKS, block_features
from statgraph.judge.model import KNOWN_BLOCKS
from statgraph.judge.phrase import PHRASE, phrase_features
from statgraph.models import Statement


def _statement(target_text: str, target: str | None = None, relation: str = "supports") -> Statement:
    target = target if target is not None else target_text
    return Statement(doc_id="d", doc_name="d.txt", holder="Ruritania", holder_id="Ruritania", relation=relation,
                     target=target, target_id=target.replace(" ", "_"), target_text=target_text,
                     start=0, end=10, evidence="x", rule="verb_object/subject", cue="backs")


def test_phrase_block_is_known_and_named() -> None:
    assert PHRASE in BLOCKS and PHRASE in KNOWN_BLOCKS
    rows = block_features([_statement("the ceasefire", "ceasefire")], [None], [None], [], (PHRASE,))
    assert rows == [["phrase:words=0|stance", "phrase:dropped=1"]]


def test_long_clause_target_falls_in_a_higher_band_than_a_named_issue() -> None:
    short = phrase_features(_statement("sanctions"))
    clause = _statement("keep the border crossings open to aid convoys through the winter months",
                        "keep border crossings open aid convoys winter months")
    long = phrase_features(clause)
    assert "words=0|stance" in short and "words=4|stance" in long
    assert "dropped=0" in short and "dropped=3" in long  # "the", "to", "through", "the": capped at 3


def test_the_band_is_joined_to_the_kind_of_candidate() -> None:
    office = phrase_features(_statement("Minister of Fisheries and Coastal Affairs", relation="holds_role"))
    assert "words=2|event" in office and not any(f.endswith("|stance") for f in office)


def test_issue_word_lists_are_read_from_the_ontology() -> None:
    assert "particular|stance" in phrase_features(_statement("the draft agreement"))
    assert "undoing|stance" in phrase_features(_statement("lifting the embargo"))
    assert "grading|stance" in phrase_features(_statement("tougher tariffs"))
    assert "relational|stance" in phrase_features(_statement("ties with Freedonia"))
    plain = phrase_features(_statement("fisheries reform"))
    assert not any(f.split("|")[0] in ("particular", "undoing", "grading", "relational") for f in plain)


def test_a_canonical_form_longer_than_the_words_drops_nothing() -> None:
    assert "dropped=0" in phrase_features(_statement("it", "Ruritanian fisheries reform"))
