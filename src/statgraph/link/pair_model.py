"""The pair model: a logistic regression over a pair of target phrases' features, and its file.

`pairs.pair_features` gives the features (an embedding cosine, word overlap, shared or other
names, ...); the model weighs them into the probability that the two phrases name one issue,
and two phrases are one concept from `threshold` up. The packaged model, pair_model.json beside
this module, is made by `statgraph train-pairs` (`link.pair_training`) from the labelled
pairs of bench/topic_pairs*.tsv (all but the newest held-back set, bench/TOPIC_PAIRS.md); the
file says what it was trained on and the cross-validated F1 of each regularisation tried.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model_files import read_model_file

FORMAT = "statgraph-pairs/1"
PACKAGED = Path(__file__).resolve().parent / "pair_model.json"
COSINE = "cosine"  # the one feature that is no 0/1 reading of the words, nor a share of them
WITHIN_DOCUMENT = frozenset({"same_document", "same_document_head", "same_passage"})  # 0 for phrases of two articles


@dataclass(frozen=True)
class PairModel:
    """Feature weights, an intercept, the probability from which a pair is joined, provenance."""

    weights: dict[str, float]
    bias: float
    threshold: float
    trained_on: dict[str, Any] = field(default_factory=dict)

    def logit(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def probability(self, features: dict[str, float]) -> float:
        """The probability that a pair with these features names one issue."""
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.logit(features)))))

    def min_cosine(self, same_document: bool = True) -> float:
        """The lowest cosine at which some pair (of one article, or of two) could still reach the
        threshold (every other feature, each at most 1, at its most favourable): pairs below it
        need no other reading."""
        weight = self.weights.get(COSINE, 0.0)
        if weight <= 0:
            return -1.0
        left_out = {COSINE} if same_document else {COSINE} | WITHIN_DOCUMENT
        best_rest = self.bias + sum(max(0.0, w) for name, w in self.weights.items() if name not in left_out)
        threshold = min(max(self.threshold, 1e-9), 1 - 1e-9)
        return (math.log(threshold / (1 - threshold)) - best_rest) / weight

    def to_json(self) -> str:
        body = {"format": FORMAT, "bias": self.bias, "threshold": self.threshold, "trained_on": self.trained_on,
                "weights": {k: self.weights[k] for k in sorted(self.weights)}}
        return json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def load_pair_model(path: str | Path) -> PairModel:
    """Read a pair model file; a missing or foreign file is an ExtractionError naming it."""
    body = read_model_file(Path(path), "pair model", FORMAT, "make one with `statgraph train-pairs`")
    return PairModel({k: float(v) for k, v in body["weights"].items()}, float(body["bias"]),
                     float(body["threshold"]), body.get("trained_on", {}))


@lru_cache(maxsize=1)
def pair_model() -> PairModel:
    """The packaged pair model, read once."""
    return load_pair_model(PACKAGED)
