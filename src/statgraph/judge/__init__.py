"""The judge: a learned, calibrated decision over the rules' candidate statements.

The extractors propose candidates, each with the rule and cue that fired. The judge reads
their features (features.py) and gives each the probability that a careful reader would list
it (model.py); that probability becomes the statement's `confidence`, and statements below
the model's threshold (chosen on held-back articles for precision) are dropped unless the
caller asks for a lower `min_confidence`.

    judge = load_judge("default")        # the packaged model, model.json
    kept = judge(document, statements, parsed)

`load_judge("none")` keeps the rules' own confidences; a path loads a model trained with
`statgraph train` (one trained with `--features embed` also reads sentence embeddings,
dense.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..models import Document, Passage, Statement
from .dense import EMBED, document_vectors
from .features import document_features
from .model import JudgeModel, load_model

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_MODEL = Path(__file__).resolve().parent / "model.json"

__all__ = ["DEFAULT_MODEL", "Judge", "JudgeModel", "ModelJudge", "RuleJudge", "load_judge"]


class Judge(Protocol):
    """Rescores one document's candidates; `threshold` is the default confidence floor."""

    threshold: float
    name: str

    def __call__(self, document: Document, statements: list[Statement],
                 parsed: Sequence[tuple[Passage, Doc]]) -> list[Statement]: ...


class RuleJudge:
    """No learned judgement: each rule's own confidence stands."""

    threshold = 0.0
    name = "none"

    def __call__(self, document: Document, statements: list[Statement],
                 parsed: Sequence[tuple[Passage, Doc]]) -> list[Statement]:
        return statements


class ModelJudge:
    """A trained model's probability as each statement's confidence."""

    def __init__(self, model: JudgeModel, name: str) -> None:
        self.model = model
        self.threshold = model.threshold
        self.name = name

    def __call__(self, document: Document, statements: list[Statement],
                 parsed: Sequence[tuple[Passage, Doc]]) -> list[Statement]:
        rows = document_features(statements, parsed, self.model.blocks)
        vectors = document_vectors(statements, parsed) if EMBED in self.model.blocks else None
        return [s.model_copy(update={"confidence": round(p, 2)})
                for s, p in zip(statements, self.model.probabilities(rows, vectors), strict=True)]


def load_judge(spec: str | Path = "default") -> Judge:
    """`default` (the packaged model), `none` (the rules' confidences) or a model file. A model
    file is read once while it stays the same (its size and modification time): a build asks
    for its judge twice, to score and to name it in the run node."""
    if str(spec) == "none":
        return RuleJudge()
    path = DEFAULT_MODEL if str(spec) == "default" else Path(spec)
    try:
        stat = path.stat()
        key: tuple[object, ...] | None = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    except OSError:
        key = None  # a missing file: load_model names it
    if key is not None and key in _LOADED:
        return _LOADED[key]
    model = load_model(path)
    judge = ModelJudge(model, f"{path.name} sha256:{model.digest[:16]}")
    if key is not None:
        if len(_LOADED) >= 8:
            _LOADED.clear()
        _LOADED[key] = judge
    return judge


# The judges read so far, by file, size and modification time (a ModelJudge keeps no state of its own)
_LOADED: dict[tuple[object, ...], ModelJudge] = {}
