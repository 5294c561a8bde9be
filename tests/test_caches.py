"""Caches of a build that leave its output as it was: the judge's sentences shared by the
candidates of one passage, and the literals the graph's triples repeat."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from statgraph.nlp import load_nlp
from statgraph.pipeline import Report, iter_documents, load_resources
from statgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _parsed_seeds():  # noqa: ANN202 - (document, text, parsed passages, candidates) of each seed
    from statgraph.extract import extract_document
    from statgraph.passages import analysis_text, make_passages

    settings = Settings()
    nlp, resources = load_nlp(settings.model), load_resources(settings)
    for document in iter_documents(SEEDS, Report()):
        text = analysis_text(document)
        passages = make_passages(document, max_chars=settings.max_passage_chars, text=text)
        parsed = list(zip(passages, nlp.pipe(text[p.start : p.end] for p in passages), strict=True))
        yield document, parsed, extract_document(document, parsed, resources, text=text)


def test_judge_features_with_shared_sentences_are_those_of_one_sentence_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """The judge makes the sentence of candidates that share their bounds once: on the seeds,
    every candidate's features (every block, the packaged model's and the others) are those
    it gets from a sentence made for it alone."""
    import statgraph.judge.features as features
    from statgraph.judge.context import BLOCKS

    blocks = ("base", *sorted(BLOCKS))
    plain = features.sentence_of
    rows, alone, candidates = [], [], 0
    for _, parsed, statements in _parsed_seeds():
        candidates += len(statements)
        rows.append(features.document_features(statements, parsed, blocks))
        with monkeypatch.context() as patch:
            patch.setattr(features, "sentence_of", lambda s, p, starts, made=None: plain(s, p, starts))
            alone.append(features.document_features(statements, parsed, blocks))
    assert candidates > 200
    assert rows == alone


def test_literals_made_once_are_the_literals_made_each_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """graph.build keeps the literals its triples repeat: the same value gives an equal literal
    (True and 1 stay apart), and every seed's triples are those made with a new Literal each."""
    import statgraph.graph.build as build

    assert build.literal(True) != build.literal(1) and build.literal(True).datatype != build.literal(1).datatype
    assert [build.literal(v) for v in (7, "reported", False)] == [Literal(7), Literal("reported"), Literal(False)]
    run, _ = build.run_triples("https://statgraph.org/", "a model")
    made = [build.document_graph_triples(d, s, "https://statgraph.org/", run) for d, _, s in _parsed_seeds()]
    monkeypatch.setattr(build, "literal", Literal)
    monkeypatch.setattr(build, "decimal", build.decimal.__wrapped__)
    each = [build.document_graph_triples(d, s, "https://statgraph.org/", run) for d, _, s in _parsed_seeds()]
    assert sum(len(t) for t in made) > 5000
    assert made == each
