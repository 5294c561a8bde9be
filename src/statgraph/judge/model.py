"""The judge's model: L2-regularised logistic regression over binary features, and, when
it reads the embed block (dense.py), one weight for each number of a candidate's embedding row.

Fitted by Newton's method in float64 from zero weights, each column with its own penalty, so
the same data gives the same weights; saved as a small JSON file (weights rounded to 6
places) with what it was trained on and the optional feature blocks it reads (context.py;
none are written for a model of the base features only), and loaded with a check that it is
a statgraph judge of this version whose blocks this statgraph has.
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
from ..model_files import read_model_file
from .context import BASE, BLOCKS
from .dense import EMBED, DenseHead
from .features import IDENTITY
from .interactions import CROSS
from .reading import READING

FORMAT = "statgraph-judge/1"
KNOWN_BLOCKS = (BASE, *sorted({*BLOCKS, CROSS, READING}), EMBED)
# the digests of the models last asked about, by their body in compact JSON (`JudgeModel.digest`)
_DIGESTS: dict[str, str] = {}



def sigmoid(z: float) -> float:
    """The logistic function, its argument clipped so a large weight never overflows."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

@dataclass(frozen=True)
class JudgeModel:
    """Feature weights, the threshold below which a statement is dropped, and provenance."""

    weights: dict[str, float]
    threshold: float
    trained_on: dict[str, Any] = field(default_factory=dict)
    blocks: tuple[str, ...] = (BASE,)
    dense: DenseHead | None = None  # the embed block's weights (dense.py)

    def probability(self, features: Sequence[str], extra: float = 0.0) -> float:
        """The probability that a candidate with these features is right; `extra` is what the
        embed block adds to its log-odds (`dense.scores(row)`)."""
        return sigmoid(sum(self.weights.get(f, 0.0) for f in set(features)) + extra)

    def probabilities(self, rows: Sequence[Sequence[str]], vectors: Any = None) -> list[float]:
        """The probability of each candidate; `vectors` are their embed rows (dense.py), needed
        when the model reads that block."""
        if self.dense is None:
            return [self.probability(r) for r in rows]
        if vectors is None or len(vectors) != len(rows):
            raise ExtractionError("this judge reads the embed block: give each candidate its embed row")
        extra = self.dense.scores(vectors) if len(rows) else []
        return [self.probability(r, float(e)) for r, e in zip(rows, extra, strict=True)]

    def to_json(self) -> str:
        return json.dumps(self._body(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    def _body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"format": FORMAT, "threshold": self.threshold, "trained_on": self.trained_on,
                                "weights": {k: self.weights[k] for k in sorted(self.weights)}}
        if self.blocks != (BASE,):  # a base-only model reads as it did before blocks existed
            body["blocks"] = list(self.blocks)
        if self.dense is not None:
            body[EMBED] = self.dense.to_dict()
        return body

    @property
    def digest(self) -> str:
        """sha256 of the saved form: the model's identity in a graph's run node. Kept by the
        model's body in compact JSON (json's C encoder; the saved form's indented JSON is
        written by its slower Python encoder): a build loads the judge twice."""
        key = json.dumps(self._body(), sort_keys=True, ensure_ascii=False)
        if key not in _DIGESTS:
            if len(_DIGESTS) >= 8:
                _DIGESTS.clear()
            _DIGESTS[key] = hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()
        return _DIGESTS[key]


def load_model(path: str | Path) -> JudgeModel:
    """Read a judge file; a missing or foreign file is an ExtractionError naming it."""
    body = read_model_file(Path(path), "judge model", FORMAT,
                           "train one with `statgraph train`, or build with --judge none")
    blocks = tuple(body.get("blocks", [BASE]))
    unknown = sorted(set(blocks) - set(KNOWN_BLOCKS))
    if unknown:
        raise ExtractionError(f"{str(path)!r} uses feature blocks {unknown} that this statgraph does not have "
                              f"(it has {', '.join(KNOWN_BLOCKS)}); train a new one with `statgraph train`")
    try:
        dense = DenseHead.from_dict(body[EMBED]) if EMBED in blocks else None
    except (KeyError, TypeError, ValueError) as e:
        raise ExtractionError(f"{str(path)!r} names the embed block but its embed weights are missing or "
                              f"malformed ({e}); train a new one with `statgraph train`") from e
    return JudgeModel({k: float(v) for k, v in body["weights"].items()}, float(body["threshold"]),
                      body.get("trained_on", {}), blocks, dense)


def fit(rows: Sequence[Sequence[str]], labels: Sequence[bool], columns: Sequence[str],
        l2: float = 1.0, steps: int = 30, counts: Sequence[float] | None = None,
        identity: float = 1.0) -> dict[str, float]:
    """Weights of an L2-regularised logistic regression (the bias is not penalised); a row
    counts `counts[i]` times (once each without `counts`); the rule's and cue's own features
    are penalised `identity` times `l2` (penalties)."""
    w = newton(design(rows, columns), labels, penalties(columns, l2, identity), steps, counts)
    return named(columns, w)


def design(rows: Sequence[Sequence[str]], columns: Sequence[str]) -> Any:
    """The 0/1 matrix of the rows' features, one column per name in `columns`."""
    import numpy as np

    index = {c: i for i, c in enumerate(columns)}
    x = np.zeros((len(rows), len(columns)))
    for r, row in enumerate(rows):
        for f in set(row):
            if f in index:
                x[r, index[f]] = 1.0
    return x


def penalties(columns: Sequence[str], l2: float, identity: float = 1.0) -> Any:
    """The L2 strength of each column: `l2`, `identity` times `l2` for a feature that names the
    rule or its cue (features.IDENTITY: learnt where the rules were written, so shrunk harder
    towards what the general features say), and almost none for the bias."""
    import numpy as np

    penalty = np.array([l2 * identity if c.startswith(IDENTITY) else l2 for c in columns], dtype=float)
    if "bias" in columns:
        penalty[list(columns).index("bias")] = 1e-6
    return penalty


def named(columns: Sequence[str], w: Any) -> dict[str, float]:
    """Weights by feature name, rounded to 6 places, those that round to zero left out."""
    return {c: round(float(w[i]), 6) for i, c in enumerate(columns) if abs(w[i]) >= 5e-7}


def newton(x: Any, labels: Sequence[bool], penalty: Any, steps: int = 30,
           counts: Sequence[float] | None = None) -> Any:
    """Logistic regression weights of the columns of `x`, each with its own L2 `penalty`, by
    Newton's method from zero; row i counts `counts[i]` times in the likelihood."""
    import numpy as np

    y = np.asarray(labels, dtype=float)
    c = np.ones(len(y)) if counts is None else np.asarray(counts, dtype=float)
    w = np.zeros(x.shape[1])
    curvature = Curvature(x)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (c * (p - y)) + penalty * w
        step = np.linalg.solve(curvature(c * p * (1 - p)) + np.diag(penalty), gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return w


class Curvature:
    """x' diag(s) x for a design matrix x, a Newton step's Hessian. A mostly-zero x (binary
    features: a few dozen of some thousand columns set in a row) is summed over the pairs of
    columns set together in a row, some hundred times faster than the dense product."""

    def __init__(self, x: Any) -> None:
        import numpy as np

        self.x = x
        self.pairs = None
        if x.size and np.count_nonzero(x) < 0.1 * x.size:
            width = x.shape[1]
            cells = [np.flatnonzero(row) for row in x]
            self.rows = np.repeat(np.arange(len(cells)), [len(c) ** 2 for c in cells])
            self.pairs = np.concatenate([np.add.outer(c * width, c).ravel() for c in cells])
            self.values = np.concatenate([np.outer(row[c], row[c]).ravel() for row, c in zip(x, cells, strict=True)])

    def __call__(self, s: Any) -> Any:
        import numpy as np

        width = self.x.shape[1]
        if self.pairs is None:
            return (self.x * s[:, None]).T @ self.x
        summed = np.bincount(self.pairs, weights=s[self.rows] * self.values, minlength=width * width)
        return summed.reshape(width, width)
