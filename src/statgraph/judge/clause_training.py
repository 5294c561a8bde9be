"""Train the clause generator's group model (extract/stances/clause_groups.py) on articles
with gold statements:

    statgraph train-clauses --train bench/realtext:train --out src/statgraph/extract/stances/clause_groups.json

The rules run on each article with the generator collecting instead of proposing: every
attributed clause x actor or issue it mentions (clause_candidates.py) with its features. A
reading's label is the group of a gold statement of its document whose evidence overlaps the
reading's sentence and whose holder and target match the reading's (gold.py, as score.py
matches), else "none". One L2-regularised logistic regression per group is fitted (one-vs-
rest, Newton's method from zero: the same articles give the same file).
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
from .corpus import load_corpus
from .features import vocabulary
from .gold import group_of, pair_matches
from .metrics import log_loss
from .model import fit

STRENGTHS = (3.0, 10.0, 30.0, 100.0)
FOLDS = 5

NONE = "none"


@dataclass
class ClauseRows:
    """The readings of a corpus: features, labels, and each one's document."""

    rows: list[list[str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)


def clause_rows(specs: Sequence[str], settings: Settings | None = None) -> ClauseRows:
    """Every reading of the corpora's articles with its features and gold group."""
    from ..pipeline import Report, extract_statements, iter_documents

    settings = (settings or Settings()).model_copy(update={"min_confidence": 0.0, "judge": "none",
                                                           "clause_model": "off"})
    out = ClauseRows()
    for corpus in (load_corpus(s) for s in specs):
        clause_candidates.COLLECTED = collected = []
        try:
            for document, _ in extract_statements(iter_documents(corpus.paths, Report()), settings):
                gold = corpus.gold.get(document.name, [])
                for sentence, holder, target, row in collected:
                    out.rows.append(row)
                    out.labels.append(gold_group(sentence, holder.lower(), target.lower(), gold))
                    out.docs.append(document.name)
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
    """The L2 strength whose models, fitted on four fifths of the articles (dealt by name),
    give the lowest log loss of the chosen group being right on the fifth left out; with the
    cross-validation's figures (how many readings reach `floor` out of fold, how many rightly)."""
    names = sorted(set(data.docs))
    fold_of = {name: i % FOLDS for i, name in enumerate(names)}
    losses, proposed = {}, {}
    for l2 in strengths:
        probabilities, rights = [], []
        for fold in range(FOLDS):
            inside = [i for i, d in enumerate(data.docs) if fold_of[d] != fold]
            model = train_groups(ClauseRows([data.rows[i] for i in inside], [data.labels[i] for i in inside]), l2)
            for i in (i for i, d in enumerate(data.docs) if fold_of[d] == fold):
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
    """One-vs-rest logistic regressions, one per group that labels at least one reading."""
    columns = vocabulary(data.rows)
    counts = Counter(data.labels)
    weights = {
        group: fit(data.rows, [label == group for label in data.labels], columns, l2)
        for group in sorted(GROUP_RELATION) if counts[group]
    }
    info = {"l2": l2, "readings": len(data.rows), "labels": dict(sorted(counts.items())), **(trained_on or {})}
    return ClauseGroups(weights, floor, info)
