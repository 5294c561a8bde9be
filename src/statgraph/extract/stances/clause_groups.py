"""The group model of the clause candidate generator: one logistic regression per relation
group (one-vs-rest) over the clause's features (clause_features.py), read from a small JSON
file that `statgraph train-clauses` writes (clause_groups.json, packaged beside this module).

    model = load_clause_groups("default")   # None for "off"
    group, probability = model.choose(features)   # (None, p) when no group reaches the floor
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...model_files import read_model_file

FORMAT = "statgraph-clause-groups/1"
DEFAULT_GROUPS = Path(__file__).resolve().parent / "clause_groups.json"


@dataclass(frozen=True)
class ClauseGroups:
    """Weights by group, and the floor a group's probability must reach to be proposed."""

    weights: dict[str, dict[str, float]]
    floor: float = 0.5
    trained_on: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, features: Sequence[str]) -> dict[str, float]:
        """Each group's probability for a clause with these features."""
        present = set(features)
        return {group: _sigmoid(sum(w.get(f, 0.0) for f in present)) for group, w in self.weights.items()}

    def choose(self, features: Sequence[str]) -> tuple[str | None, float]:
        """The most probable group, and its probability; None when it is below the floor."""
        scores = self.probabilities(features)
        if not scores:
            return None, 0.0
        group = max(sorted(scores), key=lambda g: scores[g])
        return (group if scores[group] >= self.floor else None), scores[group]

    def to_json(self) -> str:
        body = {"format": FORMAT, "floor": self.floor, "trained_on": self.trained_on,
                "weights": {g: dict(sorted(w.items())) for g, w in sorted(self.weights.items())}}
        return json.dumps(body, indent=1, sort_keys=False) + "\n"


def load_clause_groups(spec: str | Path = "default", floor: float | None = None) -> ClauseGroups | None:
    """`off` (no generator), `default` (the packaged model) or the path of a model file; `floor`
    replaces the file's.

    Raises:
        ExtractionError: the file is missing or is no clause group model.
    """
    if str(spec) == "off":
        return None
    path = DEFAULT_GROUPS if str(spec) == "default" else Path(spec)
    body = read_model_file(path, "clause group model", FORMAT,
                           "train one with `statgraph train-clauses`, or set clause_model to 'off'")
    chosen = float(body.get("floor", 0.5)) if floor is None else floor
    return ClauseGroups(body["weights"], chosen, body.get("trained_on", {}))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
