"""How well a judge's probabilities do on labelled candidates: log loss, ranking, the
threshold that reaches a precision, recall and precision there (as score.py counts triples),
and the calibration error.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Statement
from .gold import group_of as group_key
from .gold import matches

if TYPE_CHECKING:
    from .train import Candidates


def average_precision(probabilities: Sequence[float], labels: Sequence[bool]) -> float:
    """The mean precision at each right candidate, candidates ranked by probability (ties in
    input order): how well the judge ranks, whatever the threshold."""
    ranked = sorted(range(len(labels)), key=lambda i: -probabilities[i])
    right = total = 0.0
    for rank, i in enumerate(ranked, 1):
        if labels[i]:
            right += 1
            total += right / rank
    return total / right if right else 0.0


def log_loss(probabilities: Sequence[float], labels: Sequence[bool]) -> float:
    """Mean negative log likelihood of the labels."""
    eps = 1e-4
    total = sum(-math.log(max(eps, p if y else 1 - p)) for p, y in zip(probabilities, labels, strict=True))
    return total / max(1, len(labels))


def choose_threshold(probabilities: Sequence[float], labels: Sequence[bool], precision: float) -> float:
    """The lowest confidence at which the statements kept reach the precision asked for."""
    for t in sorted(set(probabilities)):
        kept = [y for p, y in zip(probabilities, labels, strict=True) if p >= t]
        if kept and sum(kept) / len(kept) >= precision:
            return t
    return 1.0


def evaluate(found: Candidates, probabilities: Sequence[float], threshold: float) -> dict:
    """Recall, precision and calibration error of the candidates kept at a threshold."""
    kept = [i for i, p in enumerate(probabilities) if p >= threshold]
    return {"threshold": threshold, **kept_figures(found, probabilities, kept)}


def kept_figures(found: Candidates, probabilities: Sequence[float], kept: Sequence[int]) -> dict:
    """Recall, precision and calibration error of the candidates `kept` (indices)."""
    right = sum(found.labels[i] for i in kept)
    triples = found_triples(found, kept)
    return {"predicted": len(kept), "right": right,
            "precision": round(right / len(kept), 3) if kept else 0.0,
            "recall": round(triples[0] / triples[1], 3) if triples[1] else 0.0,
            "ece": round(ece([probabilities[i] for i in kept], [found.labels[i] for i in kept]), 3)}


def found_triples(found: Candidates, kept: Sequence[int]) -> tuple[int, int]:
    """(gold triples matched by a kept candidate, gold triples), triples as score.py counts them."""
    by_key: dict[str, list[Statement]] = {}
    for i in kept:
        by_key.setdefault(found.keys[i], []).append(found.statements[i])
    hit = total = 0
    for key, gold in found.gold.items():
        groups: dict[tuple[str, str, str], list[dict]] = {}
        for g in gold:
            groups.setdefault((g["holder"].lower(), group_key(g["relation"]), g["target"].lower()), []).append(g)
        total += len(groups)
        hit += sum(any(matches(g, s) for g in lines for s in by_key.get(key, [])) for lines in groups.values())
    return hit, total


def ece(probabilities: Sequence[float], labels: Sequence[bool], bins: int = 10) -> float:
    """Expected calibration error over equal-width bins."""
    if not labels:
        return 0.0
    total = 0.0
    for b in range(bins):
        members = [(p, y) for p, y in zip(probabilities, labels, strict=True)
                   if b / bins <= p < (b + 1) / bins or (b == bins - 1 and p == 1.0)]
        if members:
            gap = sum(p for p, _ in members) / len(members) - sum(y for _, y in members) / len(members)
            total += len(members) * abs(gap)
    return total / len(labels)
