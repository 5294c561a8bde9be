"""Train the clause generator's group model (extract/stances/clause_groups.py) on articles
with gold statements:

    statgraph train-clauses --train bench/realtext:train --out src/statgraph/extract/stances/clause_groups.json

The rules run on each article with the generator collecting instead of proposing: every
attributed clause x actor or issue it mentions (clause_candidates.py) with its features. A
reading's label is the group of a gold statement of its document whose evidence overlaps the
reading's sentence and whose holder and target match the reading's (gold.py, as score.py
matches), else "none". One L2-regularised logistic regression per group is fitted (one-vs-
rest, Newton's method from zero, each step solved by conjugate gradients over the sparse 0/1
features: ten thousand readings of a thousand articles take seconds; the same articles give
the same file). A feature is a column only when two articles show it (one article's topic word
learns that article, not new text), and the L2 strength is chosen out of fold with the folds
dealt by batch (corpus.article_groups), as the judge's are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..extract.stances import clause_candidates
from ..extract.stances.clause_candidates import GROUP_RELATION
from ..extract.stances.clause_groups import ClauseGroups
from ..settings import Settings
from .corpus import article_groups, load_corpus
from .features import vocabulary
from .gold import group_of, pair_matches
from .metrics import log_loss
from .model import named

STRENGTHS = (1.0, 3.0, 10.0, 30.0)
FOLDS = 5

NONE = "none"


@dataclass
class ClauseRows:
    """The readings of a corpus: features, labels, each one's document and the document's
    batch (its own name for a corpus without batches)."""

    rows: list[list[str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


def clause_rows(specs: Sequence[str], settings: Settings | None = None) -> ClauseRows:
    """Every reading of the corpora's articles with its features and gold group."""
    from ..pipeline import Report, extract_statements, iter_documents

    settings = (settings or Settings()).model_copy(update={"min_confidence": 0.0, "judge": "none",
                                                           "clause_model": "off"})
    out = ClauseRows()
    for corpus in (load_corpus(s) for s in specs):
        batches = article_groups(corpus, "batch" if corpus.folder is not None else "name")
        clause_candidates.COLLECTED = collected = []
        try:
            for document, _ in extract_statements(iter_documents(corpus.paths, Report()), settings):
                gold = corpus.gold.get(document.name, [])
                for sentence, holder, target, row in collected:
                    out.rows.append(row)
                    out.labels.append(gold_group(sentence, holder.lower(), target.lower(), gold))
                    out.docs.append(f"{corpus.spec}|{document.name}")
                    out.groups.append(f"{corpus.spec}|{batches.get(document.name, document.name)}")
                collected.clear()
        finally:
            clause_candidates.COLLECTED = None
    return out


def gold_group(sentence: str, holder: str, target: str, gold: Sequence[dict[str, Any]]) -> str:
    """The group of the first gold line of the sentence that the holder and target match, else "none"."""
    said = " ".join(sentence.split())
    for line in gold:
        group = group_of(line["relation"])
        if group not in GROUP_RELATION or not _overlaps(" ".join(line["evidence"].split()), said):
            continue
        if pair_matches(line, holder, target):
            return group
    return NONE


def _overlaps(evidence: str, sentence: str) -> bool:
    """Whether a gold evidence and a sentence share their text (one holds the other, or the
    evidence's first or last 40 characters)."""
    return evidence in sentence or sentence in evidence or evidence[:40] in sentence or evidence[-40:] in sentence


def choose_strength(data: ClauseRows, strengths: Sequence[float] = STRENGTHS,
                    floor: float = 0.5) -> tuple[float, dict[str, Any]]:
    """The L2 strength whose models, fitted on four fifths of the batches (dealt in turn, sorted),
    give the lowest log loss of the chosen group being right on the fifth left out; with the
    cross-validation's figures (how many readings reach `floor` out of fold, how many rightly)."""
    groups = data.groups or data.docs
    fold_of = {name: i % FOLDS for i, name in enumerate(sorted(set(groups)))}
    losses, proposed = {}, {}
    for l2 in strengths:
        probabilities, rights = [], []
        for fold in range(FOLDS):
            inside = [i for i, g in enumerate(groups) if fold_of[g] != fold]
            model = train_groups(ClauseRows([data.rows[i] for i in inside], [data.labels[i] for i in inside],
                                            [data.docs[i] for i in inside]), l2)
            for i in (i for i, g in enumerate(groups) if fold_of[g] == fold):
                scores = model.probabilities(data.rows[i])
                group = max(sorted(scores), key=lambda g: scores[g])
                probabilities.append(scores[group])
                rights.append(data.labels[i] == group)
        losses[l2] = round(log_loss(probabilities, rights), 4)
        kept = [r for p, r in zip(probabilities, rights, strict=True) if p >= floor]
        proposed[l2] = {"proposed": len(kept), "right": sum(kept)}
    best = min(sorted(losses), key=lambda l2: losses[l2])
    return best, {"log_loss": {str(k): v for k, v in losses.items()}, "out_of_fold_at_floor": proposed[best]}


def train_groups(data: ClauseRows, l2: float = 3.0, floor: float = 0.5,
                 trained_on: dict[str, Any] | None = None) -> ClauseGroups:
    """One-vs-rest logistic regressions, one per group that labels at least one reading, over
    the features two articles show."""
    columns = vocabulary(data.rows, 2, data.docs or None)
    x = _Sparse.of(data.rows, columns)
    counts = Counter(data.labels)
    weights = {
        group: named(columns, fit_sparse(x, [label == group for label in data.labels], l2))
        for group in sorted(GROUP_RELATION) if counts[group]
    }
    info = {"l2": l2, "readings": len(data.rows), "labels": dict(sorted(counts.items())), **(trained_on or {})}
    return ClauseGroups(weights, floor, info)


@dataclass(frozen=True)
class _Sparse:
    """A 0/1 design matrix by its entries: row and column of each 1."""

    rows: Any
    columns: Any
    shape: tuple[int, int]
    bias: int | None

    @classmethod
    def of(cls, rows: Sequence[Sequence[str]], columns: Sequence[str]) -> _Sparse:
        import numpy as np

        index = {c: i for i, c in enumerate(columns)}
        entries = [(r, index[f]) for r, row in enumerate(rows) for f in sorted(set(row)) if f in index]
        r, c = (np.array(v, dtype=np.int64) for v in zip(*entries, strict=True)) if entries else (np.zeros(0, int),) * 2
        return cls(r, c, (len(rows), len(columns)), index.get("bias"))

    def times(self, w: Any) -> Any:
        import numpy as np

        return np.bincount(self.rows, weights=w[self.columns], minlength=self.shape[0])

    def transposed_times(self, u: Any) -> Any:
        import numpy as np

        return np.bincount(self.columns, weights=u[self.rows], minlength=self.shape[1])


def fit_sparse(x: _Sparse, labels: Sequence[bool], l2: float, steps: int = 30, inner: int = 200) -> Any:
    """The weights of an L2-regularised logistic regression (the bias barely penalised): Newton's
    method from zero, each step's system solved by conjugate gradients (deterministic)."""
    import numpy as np

    y = np.asarray(labels, dtype=float)
    penalty = np.full(x.shape[1], l2)
    if x.bias is not None:
        penalty[x.bias] = 1e-6
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x.times(w), -30.0, 30.0)))
        gradient = x.transposed_times(p - y) + penalty * w
        if float(np.abs(gradient).max()) < 1e-5:
            break
        curvature = p * (1.0 - p)
        w = w - _conjugate_gradient(lambda v, c=curvature: x.transposed_times(c * x.times(v)) + penalty * v,
                                    gradient, inner)
    return w


def _conjugate_gradient(apply: Any, b: Any, steps: int) -> Any:
    """An approximate solution d of apply(d) = b (apply symmetric positive definite)."""
    import numpy as np

    d = np.zeros_like(b)
    r = b.copy()
    p = r.copy()
    rr = float(r @ r)
    enough = 1e-10 * rr
    for _ in range(steps):
        ap = apply(p)
        alpha = rr / float(p @ ap)
        d += alpha * p
        r -= alpha * ap
        new = float(r @ r)
        if new < enough:
            break
        p = r + (new / rr) * p
        rr = new
    return d

