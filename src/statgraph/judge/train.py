"""Train the judge: candidates from the rules, labelled against gold, fitted, thresholded.

    statgraph train --train bench/realtext:train --train seeds=../shared/gold \\
                    --dev bench/realtext:dev --out src/statgraph/judge/model.json

The rules run on each training document with no judge; every candidate is labelled right
when it matches a gold statement of its document (gold.py). A logistic regression is fitted
on the training candidates for each regularisation strength, the one with the lowest log
loss on dev is kept, and the threshold is the lowest confidence at which dev precision
reaches `precision` (0.85). With `--cross-fit K` the dev articles are fitted on too, and
those choices are made on out-of-fold dev predictions instead (crossfit.py). A corpus spec
may end in `@W`: its candidates count W times in the fit. Deterministic: the same data gives
the same file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import InputError
from ..models import Document, Passage, Statement
from ..settings import Settings
from .context import BASE
from .corpus import Corpus, article_groups, load_corpus, split_weight
from .crossfit import cross_fit as fit_across
from .dense import EMBED, Projection, document_vectors, projections
from .features import document_features, vocabulary
from .gold import label_of
from .metrics import average_precision, choose_threshold, ece, evaluate, found_triples, log_loss
from .model import KNOWN_BLOCKS, JudgeModel, design, fit, named, newton, penalties

STRENGTHS = (1.0, 3.0, 10.0, 30.0, 100.0)
# the embed block (dense.py): principal components kept of each text, and the dense columns' L2
EMBED_RANKS = (0, 4, 16)  # 0: the two cosines only
EMBED_STRENGTHS = (30.0, 300.0, 1000.0, 3000.0)


@dataclass
class Candidates:
    """Candidates of a corpus with their features and labels, and the gold they are judged by."""

    statements: list[Statement] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    labels: list[bool] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    gold: dict[str, list[dict]] = field(default_factory=dict)
    vectors: list[Any] = field(default_factory=list)  # embed rows (dense.py), when that block is read
    counts: list[float] = field(default_factory=list)  # how many times each counts in a fit (its corpus's weight)
    groups: list[str] = field(default_factory=list)  # each one's article group, which folds keep together
    unmarked: set[str] = field(default_factory=set)  # corpora (specs) fitted with no intercept of their own
    by_kind: bool = False  # with train offsets: each corpus also an intercept for its stances and one for its events


class Recorder:
    """A judge that changes nothing and keeps each candidate's features."""

    threshold = 0.0
    name = "recorder"

    def __init__(self, blocks: Sequence[str] = (BASE,)) -> None:
        self.features: dict[str, list[list[str]]] = {}
        self.vectors: dict[str, Any] = {}
        self.blocks = tuple(blocks)

    def __call__(self, document: Document, statements: list[Statement], parsed: Sequence[tuple[Passage, object]]):
        self.features[document.id] = document_features(statements, parsed, self.blocks)
        if EMBED in self.blocks:
            self.vectors[document.id] = document_vectors(statements, parsed)
        return statements


def candidates(corpora: Sequence[Corpus], settings: Settings, blocks: Sequence[str] = (BASE,),
               fold_by: str = "name") -> Candidates:
    """Every rule candidate of the corpora's documents, labelled against their gold, with the
    features of the named blocks and the group of its article (`fold_by`, corpus.article_groups;
    a DOCS=GOLD corpus, which has no batches or outlets, each article alone)."""
    from ..pipeline import Report, extract_statements, iter_documents

    out = Candidates()
    for corpus in corpora:
        groups = article_groups(corpus, fold_by if corpus.folder is not None else "name")
        recorder = Recorder(blocks)
        documents = iter_documents(corpus.paths, Report())
        for document, statements in extract_statements(documents, settings.model_copy(update={"min_confidence": 0.0}),
                                                       judge=recorder):
            key = f"{corpus.spec}|{document.name}"
            gold = out.gold[key] = corpus.gold.get(document.name, [])
            vectors = recorder.vectors.get(document.id, [None] * len(statements))
            for statement, row, vector in zip(statements, recorder.features[document.id], vectors, strict=True):
                label = label_of(statement, gold)
                if label is None:  # a corpus of decisions says nothing of this candidate
                    continue
                out.keys.append(key)
                out.statements.append(statement)
                out.rows.append(row)
                out.labels.append(label)
                out.counts.append(corpus.weight)
                out.groups.append(f"{corpus.spec}|{document.name}" if fold_by == "name" else groups[document.name])
                if vector is not None:
                    out.vectors.append(vector)
    return out


def train(train_specs: Sequence[str], dev_specs: Sequence[str], settings: Settings | None = None,
          precision: float = 0.85, blocks: Sequence[str] = (BASE,), cross_fit: int = 0,
          dev_weights: Sequence[float] = (1.0,), calibration: str = "none",
          train_offset: bool = False, identity_shrinks: Sequence[float] = (1.0,),
          fold_by: str = "name", no_offset: Sequence[str] = (), offset_by_kind: bool = False) -> tuple[JudgeModel, dict]:
    """A judge fitted on the train corpora and chosen on the dev corpora, and its dev report;
    with `cross_fit` K, fitted on dev too and chosen on K-fold out-of-fold dev predictions
    (crossfit.py; the dev articles dealt into folds by `fold_by`, corpus.article_groups), among
    the `dev_weights` and `identity_shrinks`, with the `calibration` map and the training
    corpora's own intercepts (`train_offset`) asked for; the training corpora named in `no_offset`
    (their spec, with or without its @W) get none: fitted at new text's intercept, as dev is;
    with `offset_by_kind` each marked corpus also gets one intercept for its stances and one for its
    events (crossfit.fit_pooled)."""
    if not cross_fit and (tuple(dev_weights) != (1.0,) or calibration != "none" or train_offset
                          or tuple(identity_shrinks) != (1.0,) or fold_by != "name"):
        raise InputError("a dev weight, an identity shrink, a calibration map, a train offset or folds by group: "
                         "each needs --cross-fit K (the dev articles are then fitted on)")
    settings = settings or Settings()
    unknown = sorted(set(blocks) - set(KNOWN_BLOCKS))
    if unknown:
        raise InputError(f"unknown feature blocks {unknown}; choose from {', '.join(KNOWN_BLOCKS)}")
    blocks = tuple(dict.fromkeys([BASE, *blocks]))
    train_corpora = [load_corpus(s) for s in train_specs]
    dev_corpora = [load_corpus(s) for s in dev_specs]
    marks = unmarked(train_corpora, no_offset, train_offset)
    if offset_by_kind and not train_offset:
        raise InputError("--offset-by-kind splits the training corpora's own intercepts: it needs --train-offset")
    train_set = candidates(train_corpora, settings, blocks, fold_by)
    train_set.unmarked, train_set.by_kind = marks, offset_by_kind
    dev_set = candidates(dev_corpora, settings, blocks, fold_by)
    if cross_fit:
        fitted, report = fit_across(train_set, dev_set, precision, cross_fit, STRENGTHS, dev_weights, calibration,
                                    train_offset, identity_shrinks)
        report["fold_by"] = fold_by
    else:
        fitted, report = choose(train_set, dev_set, precision)
    recorded = ("embed_l2", "embed_rank", "cross_fit", "fold_by", "dev_weight", "identity_shrink", "calibration",
                "platt", "train_offsets", "dev_candidates", "dev_nested")
    trained_on = {"statgraph": __version__, "l2": report["l2"], "precision_target": precision,
                  **{k: report[k] for k in recorded if k in report},
                  "train": {c.spec: c.digest for c in train_corpora},
                  **({"no_offset": sorted(train_set.unmarked)} if train_set.unmarked else {}),
                  **({"offset_by_kind": True} if offset_by_kind else {}),
                  "dev": {c.spec: c.digest for c in dev_corpora},
                  "train_candidates": len(train_set.rows), "dev_report": report["dev"]}
    return replace(fitted, threshold=report["dev"]["threshold"], trained_on=trained_on, blocks=blocks), report


def unmarked(corpora: Sequence[Corpus], named: Sequence[str], offsets: bool) -> set[str]:
    """The specs of the training `corpora` that `named` names (a spec, with or without its @W),
    which get no intercept of their own; an InputError for a name that is no training corpus,
    or for any name without the training corpora's intercepts (`offsets`)."""
    if named and not offsets:
        raise InputError("--no-offset names a corpus left without an intercept of its own: it needs --train-offset")
    found = {c.spec for c in corpora for name in named if name in (c.spec, split_weight(c.spec)[0])}
    missing = [name for name in named if not any(name in (c.spec, split_weight(c.spec)[0]) for c in corpora)]
    if missing:
        raise InputError(f"--no-offset {missing[0]!r} is no training corpus (they are: "
                         f"{', '.join(c.spec for c in corpora)})")
    return found


def choose(train_set: Candidates, dev_set: Candidates, precision: float) -> tuple[JudgeModel, dict]:
    """A model fitted on `train_set` at the regularisation with the lowest dev log loss
    (threshold 0), and the dev report at the lowest threshold that reaches `precision` on dev."""
    import numpy as np

    columns = vocabulary(train_set.rows, keys=train_set.keys)
    dense = bool(train_set.vectors)
    reductions = projections(np.asarray(train_set.vectors), EMBED_RANKS) if dense else {}
    grid = [(l2, r, d) for l2 in STRENGTHS for r in EMBED_RANKS for d in EMBED_STRENGTHS] if dense else \
        [(l2, 0, 0.0) for l2 in STRENGTHS]
    best: tuple[float, dict, JudgeModel, list[float]] | None = None
    for l2, rank, dense_l2 in grid:
        model = fit_model(train_set, columns, l2, reductions.get(rank), dense_l2)
        probabilities = [round(p, 2) for p in model.probabilities(dev_set.rows, dev_set.vectors or None)]
        loss = log_loss(probabilities, dev_set.labels)
        if best is None or loss < best[0] - 1e-12:
            chosen = {"l2": l2, **({"embed_rank": rank, "embed_l2": dense_l2} if dense else {})}
            best = (loss, chosen, model, probabilities)
    if best is None:
        raise InputError("no regularisation strength to try")
    loss, chosen, model, probabilities = best
    threshold = choose_threshold(probabilities, dev_set.labels, precision)
    report = {**chosen, "dev_log_loss": round(loss, 4), "features": len(model.weights),
              "dev_average_precision": round(average_precision(probabilities, dev_set.labels), 3),
              "train_candidates": len(train_set.rows), "train_right": sum(train_set.labels),
              "dev": evaluate(dev_set, probabilities, threshold),
              "dev_no_threshold": evaluate(dev_set, probabilities, 0.0)}
    return model, report


def fit_model(train_set: Candidates, columns: Sequence[str], l2: float, reduce: Projection | None = None,
              dense_l2: float = 0.0) -> JudgeModel:
    """A model (threshold 0) of the binary features at `l2`; with `reduce`, also of the embed
    rows so reduced (dense.py), their columns penalised by `dense_l2`."""
    counts = train_set.counts or None
    if reduce is None:
        return JudgeModel(fit(train_set.rows, train_set.labels, columns, l2, counts=counts), 0.0)
    import numpy as np

    reduced = reduce.apply(np.asarray(train_set.vectors))
    x = np.hstack([design(train_set.rows, columns), reduced])
    penalty = np.concatenate([penalties(columns, l2), np.full(reduced.shape[1], dense_l2)])
    w = newton(x, train_set.labels, penalty, counts=counts)
    return JudgeModel(named(columns, w[: len(columns)]), 0.0, dense=reduce.fold(w[len(columns) :]))


def save_model(model: JudgeModel, out: str | Path) -> Path:
    """Write the model file atomically."""
    out = Path(out)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(model.to_json(), encoding="utf-8")
    tmp.replace(out)
    return out
