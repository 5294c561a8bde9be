"""registry.gated: an extractor with cue words is given only the sentences that hold one of
them, and finds there all it finds when given every sentence."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import statgraph.extract as extract_module
from statgraph.extract import PIPELINE
from statgraph.extract.registry import CUES, EXTRACTORS, gated, pipeline
from statgraph.extract.sentence import sentences, vocabulary
from statgraph.extract.trace import Trace
from statgraph.nlp import load_nlp
from statgraph.pipeline import Report, extract_statements, iter_documents, load_resources
from statgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
REALTEXT = ROOT / "bench" / "realtext"


def _train_articles(count: int) -> list[Path]:
    """The first `count` articles of bench/realtext's train split, by file name."""
    with (REALTEXT / "sources.tsv").open(encoding="utf-8", newline="") as f:
        names = sorted(row["file"] for row in csv.DictReader(f, delimiter="\t") if row["split"] == "train")
    return [REALTEXT / "docs" / name for name in names[:count]]


def _extraction(paths: list[Path]) -> list[tuple[str, list[dict], list]]:
    """Each document's candidates (the rules' own confidences, none dropped) and its trace."""
    settings = Settings(judge="none", min_confidence=0)
    traces: dict[str, Trace] = {}

    def trace_for(document):  # noqa: ANN001, ANN202
        return traces.setdefault(document.name, Trace())

    found = extract_statements(iter_documents(paths, Report()), settings, trace_for=trace_for)
    return [(d.name, [s.model_dump() for s in found], traces[d.name].lines) for d, found in found]


def test_gated_extraction_is_the_plain_extraction_on_real_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seeds and twelve train articles: the same candidates, in the same order, and the same
    trace (every candidate met, screened or kept) with the gates as with every extractor on
    every sentence; so a gate never hides a finding nor a note of the discourse state."""
    paths = [*sorted((ROOT / "seeds").glob("*.txt")), *_train_articles(12)]
    with_gates = _extraction(paths)
    monkeypatch.setattr(extract_module, "pipeline", lambda names: pipeline(names, gate=False))
    without = _extraction(paths)
    assert sum(len(statements) for _, statements, _ in with_gates) > 200
    assert with_gates == without


def test_pipeline_gates_the_extractors_with_cue_words_only() -> None:
    gates = pipeline(PIPELINE)
    plain = dict(pipeline(PIPELINE, gate=False))
    assert len(CUES) >= 30 and set(CUES) < set(EXTRACTORS)
    for name, function in gates:
        assert (function is not plain[name]) == (name in CUES)
        assert function.__name__ == name  # the trace and the registry name it as before
    assert plain == EXTRACTORS


def test_a_gated_extractor_runs_only_on_a_sentence_holding_a_cue_word() -> None:
    """By lemma ("vetoed" -> "veto") or by word form ("hopes"), lower-case."""
    nlp = load_nlp(Settings().model)
    doc = nlp("Moscow vetoed the resolution. Paris hopes for calm. The talks ended.")
    first, second, third = sentences(doc)
    called: list[str] = []

    def stand_in(sent, context):  # noqa: ANN001, ANN202
        called.append(sent.text)
        return iter(["found"])

    class Context:  # what a gate reads of the context: the resources' lexicon
        resources = load_resources(Settings())

    run = gated(stand_in, lambda lexicon: {"veto", "hopes"})
    assert [list(run(s, Context())) for s in (first, second, third)] == [["found"], ["found"], []]
    assert called == [first.text, second.text]
    assert vocabulary(third) == {"the", "talk", "talks", "end", "ended", "."}
    assert vocabulary(doc[third.start : third.end]) == vocabulary(third)  # a plain Span reads the same



def test_pipeline_for_sentence_runs_what_the_gates_let_through() -> None:
    """`Pipeline.for_sentence` looks a sentence's words up once for all gated extractors: it
    gives, in pipeline order, every extractor without cue words and each gated one (as the
    function it gates) whose gate would let the sentence through, and no other."""
    nlp = load_nlp(Settings().model)
    lexicon = load_resources(Settings()).lexicon
    gates = pipeline(PIPELINE)
    plain = dict(pipeline(PIPELINE, gate=False))
    doc = nlp("Moscow vetoed the resolution and imposed sanctions. It rained.")
    for sent in sentences(doc):
        expected = [(name, plain[name]) for name, function in gates
                    if name not in CUES or not vocabulary(sent).isdisjoint(function.cue_words(lexicon))]
        assert gates.for_sentence(sent, lexicon) == expected
    vetoed, rained = (dict(gates.for_sentence(s, lexicon)) for s in sentences(doc))
    assert {"votes", "sanctions"} <= set(vetoed) and not {"votes", "sanctions"} & set(rained)
    assert "find_stances" in rained  # no cue words: on every sentence
