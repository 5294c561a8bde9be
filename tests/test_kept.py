"""Answers and components made once and kept (round fourteen): the same answers as made anew,
kept where the next asking finds them."""

from __future__ import annotations

from statgraph.extract import PIPELINE
from statgraph.extract.moods import negated, to_infinitive
from statgraph.extract.registry import CUES, pipeline
from statgraph.nlp import load_nlp
from statgraph.settings import Settings


def test_negated_is_kept_per_token_and_to_infinitive_does_not_take_its_place() -> None:
    doc = load_nlp(Settings().model)("Norway does not support the plan to build a dam, and Sweden backs it.")
    support = next(t for t in doc if t.lemma_ == "support")
    build = next(t for t in doc if t.lower_ == "build")
    assert to_infinitive(build) and "statgraph.negated" not in doc.user_data
    assert negated(support)
    assert doc.user_data["statgraph.negated"] == {support.i: True}
    backs = next(t for t in doc if t.lower_ == "backs")
    assert not negated(backs) and doc.user_data["statgraph.negated"][backs.i] is False


def test_each_documents_pipeline_shares_the_gated_extractors() -> None:
    first, second = pipeline(PIPELINE), pipeline(PIPELINE)
    assert [name for name, _ in first] == list(PIPELINE)
    gated = [k for k, (name, _) in enumerate(first) if name in CUES]
    assert gated and all(first[k][1] is second[k][1] for k in gated)
    ungated = pipeline(PIPELINE, gate=False)
    assert all(ungated[k][1] is not first[k][1] for k in gated)  # the gate wraps the extractor
