"""Training the pair model (`link.pair_model`) on labelled phrase pairs, chosen by cross-validation.

The rows of one or more halves of labelled pair files (bench/topic_pairs.tsv's `tune` and
`report`, bench/topic_pairs_fresh.tsv's `fresh`) are read with their adjudicated labels where a
file has them (`same_adj`, bench/TOPIC_PAIRS.md), else its reader's (`same`), and joined
(`join_rows`); each pair's features are `pairs.pair_features`, and pairs
`pairs.vetoed` are left out of the fit (they are never joined, whatever the weights). Each
regularisation strength of `STRENGTHS` is scored by grouped cross-validation: the pairs are
dealt into folds by the groups of phrases they connect (two pairs sharing a phrase fall in one
fold, so no phrase is on both sides), for each fold a model is fitted on the others and the
held-out fold is decided by it (joined from probability `THRESHOLD` up); the F1 of all the
held-out decisions, averaged over `DEALS` deals of the groups, scores the strength. The model
shipped is fitted on the whole half with the best strength. Deterministic: the same file gives
the same model.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .pair_model import PairModel
from .pairs import pair_features, read_phrase, row_passage, vetoed

if TYPE_CHECKING:
    import numpy as np

    from .gazetteer import Gazetteer

STRENGTHS = (0.03, 0.1, 0.3, 1.0)
FOLDS = 5
# Joined from 0.6, precision first: cross-validated on the 680 pairs of round thirteen (tune,
# report, fresh; l2 0.03), 0.6 gives precision 0.89, recall 0.50, F1 0.64; 0.5 gives 0.80, 0.55,
# 0.65; 0.4 0.72, 0.61, 0.66; 0.7 0.90, 0.44, 0.59. A wrong join makes the network say that
# two actors agree or disagree on what they never both spoke of.
THRESHOLD = 0.6
DEALS = 10
FEATURES = ("cosine", "same_head", "same_document", "same_document_head", "overlap", "other_names",
            "shared_names", "generic", "head_in_other", "same_head_names", "same_passage")



@dataclass(frozen=True)
class PairRows:
    """A half's pairs: features (one row each), labels, whether vetoed, the phrase group of each."""

    x: np.ndarray
    labels: np.ndarray
    vetoed: np.ndarray
    groups: list[str]
    source: dict[str, Any]


def read_pairs(path: Path, half: str | Sequence[str], gazetteer: Gazetteer | None = None,
               column: str | None = None) -> PairRows:
    """The pairs of one half (or several) of a labelled pair file, read as the pair model reads
    them; labelled by `column`, by default the adjudicated `same_adj` where the file has it, else
    the one reader's `same`."""
    import numpy as np

    from ..nlp.embed import embed

    halves = (half,) if isinstance(half, str) else tuple(half)
    data = path.read_bytes()
    table = list(csv.DictReader(data.decode("utf-8").splitlines(), delimiter="\t"))
    column = column or ("same_adj" if table and "same_adj" in table[0] else "same")
    rows = [r for r in table if r["split"] in halves]
    texts = sorted({t for r in rows for t in (r["phrase_a"], r["phrase_b"])})
    vectors = dict(zip(texts, embed(texts), strict=True))
    x, vetoes = [], []
    for r in rows:
        a = read_phrase(r["phrase_a"], r["doc_a"], gazetteer, row_passage(r, "a"))
        b = read_phrase(r["phrase_b"], r["doc_b"], gazetteer, row_passage(r, "b"))
        features = pair_features(a, b, float(vectors[r["phrase_a"]] @ vectors[r["phrase_b"]]))
        x.append([features[name] for name in FEATURES])
        vetoes.append(vetoed(a, b))
    source = {"file": path.name, "half": "+".join(halves), "labels": column, "pairs": len(rows),
              "sha256": hashlib.sha256(data).hexdigest()}
    return PairRows(np.array(x, dtype=float).reshape(len(rows), len(FEATURES)),
                    np.array([r[column] == "1" for r in rows]), np.array(vetoes, dtype=bool),
                    phrase_groups([(r["phrase_a"], r["phrase_b"]) for r in rows]), source)


def join_rows(parts: Sequence[PairRows]) -> PairRows:
    """Several files' pairs as one set. Each file's phrase groups are kept (named by a phrase);
    the sets leave out the wordings of the sets before them (bench/sample_pairs.py), so no
    phrase joins groups of two files."""
    import numpy as np

    if len(parts) == 1:
        return parts[0]
    source = {"files": [p.source for p in parts], "pairs": sum(len(p.labels) for p in parts)}
    return PairRows(np.vstack([p.x for p in parts]), np.concatenate([p.labels for p in parts]),
                    np.concatenate([p.vetoed for p in parts]), [g for p in parts for g in p.groups], source)


def phrase_groups(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """The group of each pair: pairs joined by a shared phrase are one group, named by its
    first phrase in sorted order."""
    parent: dict[str, str] = {}

    def root(text: str) -> str:
        while parent.setdefault(text, text) != text:
            text = parent[text]
        return text

    for a, b in pairs:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return [root(a) for a, _ in pairs]


def deal(groups: Sequence[str], positive: Sequence[bool], folds: int, seed: int) -> list[int]:
    """The fold of each pair: its group's place in an order shuffled by `seed` (a hash, so
    deterministic), groups with a same-issue pair dealt first so each fold has some."""
    with_positive = {g for g, y in zip(groups, positive, strict=True) if y}
    order = sorted(set(groups), key=lambda g: (g not in with_positive, _hashed(seed, g)))
    fold = {g: i % folds for i, g in enumerate(order)}
    return [fold[g] for g in groups]


def _hashed(seed: int, group: str) -> str:
    return hashlib.sha256(f"{seed}|{group}".encode()).hexdigest()


def fit_model(x: np.ndarray, labels: np.ndarray, l2: float) -> PairModel:
    """A logistic regression (L2 `l2` on the weights, none on the intercept), its threshold
    `THRESHOLD`."""
    import numpy as np

    from ..judge.model import newton

    design = np.hstack([x, np.ones((len(x), 1))])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 1e-6
    w = newton(design, labels, penalty, steps=50)
    return PairModel({n: round(float(v), 6) for n, v in zip(FEATURES, w, strict=False)}, round(float(w[-1]), 6),
                     THRESHOLD)


def probabilities(model: PairModel, x: np.ndarray) -> list[float]:
    return [model.probability(dict(zip(FEATURES, row, strict=True))) for row in x]


def f1(said: Sequence[bool], labels: Sequence[bool]) -> float:
    tp = sum(1 for s, y in zip(said, labels, strict=True) if s and y)
    wrong = sum(1 for s, y in zip(said, labels, strict=True) if s != y)
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def cross_validate(data: PairRows, l2: float, folds: int = FOLDS, deals: int = DEALS) -> float:
    """The F1 of held-out decisions, averaged over `deals` deals of the phrase groups (vetoed
    pairs are decided 'two issues' and count in the F1)."""
    import numpy as np

    scores = []
    for seed in range(deals):
        fold = np.array(deal(data.groups, list(data.labels), folds, seed))
        said = np.zeros(len(data.labels), dtype=bool)
        for k in range(folds):
            fit_rows = (fold != k) & ~data.vetoed
            model = fit_model(data.x[fit_rows], data.labels[fit_rows], l2)
            held = np.flatnonzero(fold == k)
            said[held] = [p >= model.threshold for p in probabilities(model, data.x[held])]
        said &= ~data.vetoed
        scores.append(f1(list(said), list(data.labels)))
    return float(np.mean(scores))


def train_pairs(data: PairRows, strengths: Sequence[float] = STRENGTHS, folds: int = FOLDS,
                deals: int = DEALS) -> PairModel:
    """The model of the strength with the best cross-validated F1 (the weaker on a tie), fitted
    on every pair not vetoed; `trained_on` records the data and each strength's F1."""
    cv = {l2: round(cross_validate(data, l2, folds, deals), 4) for l2 in strengths}
    best = max(strengths, key=lambda l2: (cv[l2], -l2))
    model = fit_model(data.x[~data.vetoed], data.labels[~data.vetoed], best)
    trained_on = {**data.source, "l2": best, "folds": folds, "deals": deals,
                  "cross_validated_f1": {str(l2): cv[l2] for l2 in strengths}}
    return PairModel(model.weights, model.bias, model.threshold, trained_on)
