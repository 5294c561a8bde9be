"""The judge's model: L2-regularised logistic regression over binary features.

Fitted by Newton's method in float64 from zero weights, so the same data gives the same
weights; saved as a small JSON file (weights rounded to 6 places) with what it was trained
on and the optional feature blocks it reads (context.py; none are written for a model of
the base features only), and loaded with a check that it is a
statgraph judge of this version whose blocks this statgraph has.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ExtractionError
from .context import BASE, BLOCKS

FORMAT = "statgraph-judge/1"


@dataclass(frozen=True)
class JudgeModel:
    """Feature weights, the threshold below which a statement is dropped, and provenance."""

    weights: dict[str, float]
    threshold: float
    trained_on: dict[str, Any] = field(default_factory=dict)
    blocks: tuple[str, ...] = (BASE,)

    def probability(self, features: Sequence[str]) -> float:
        """The probability that a candidate with these features is right."""
        z = sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        body: dict[str, Any] = {"format": FORMAT, "threshold": self.threshold, "trained_on": self.trained_on,
                                "weights": {k: self.weights[k] for k in sorted(self.weights)}}
        if self.blocks != (BASE,):  # a base-only model reads as it did before blocks existed
            body["blocks"] = list(self.blocks)
        return json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    @property
    def digest(self) -> str:
        """sha256 of the saved form: the model's identity in a graph's run node."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()


def load_model(path: str | Path) -> JudgeModel:
    """Read a judge file; a missing or foreign file is an ExtractionError naming it."""
    path = Path(path)
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ExtractionError(f"no judge model at {str(path)!r}: train one with `statgraph train`, "
                              "or build with --judge none") from e
    except (OSError, json.JSONDecodeError) as e:
        raise ExtractionError(f"cannot read the judge model {str(path)!r}: {e}") from e
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        found = body.get("format") if isinstance(body, dict) else type(body).__name__
        raise ExtractionError(f"{str(path)!r} is not a {FORMAT} judge model (format {found!r}); "
                              "train a new one with `statgraph train`")
    blocks = tuple(body.get("blocks", [BASE]))
    unknown = sorted(set(blocks) - {BASE, *BLOCKS})
    if unknown:
        raise ExtractionError(f"{str(path)!r} uses feature blocks {unknown} that this statgraph does not have "
                              f"(it has {', '.join([BASE, *sorted(BLOCKS)])}); train a new one with `statgraph train`")
    return JudgeModel({k: float(v) for k, v in body["weights"].items()}, float(body["threshold"]),
                      body.get("trained_on", {}), blocks)


def fit(rows: Sequence[Sequence[str]], labels: Sequence[bool], columns: Sequence[str],
        l2: float = 1.0, steps: int = 30) -> dict[str, float]:
    """Weights of an L2-regularised logistic regression (the bias is not penalised)."""
    import numpy as np

    index = {c: i for i, c in enumerate(columns)}
    x = np.zeros((len(rows), len(columns)))
    for r, row in enumerate(rows):
        for f in set(row):
            if f in index:
                x[r, index[f]] = 1.0
    y = np.asarray(labels, dtype=float)
    penalty = np.full(len(columns), l2)
    if "bias" in index:
        penalty[index["bias"]] = 1e-6
    w = np.zeros(len(columns))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return {c: round(float(w[i]), 6) for c, i in index.items() if abs(w[i]) >= 5e-7}
