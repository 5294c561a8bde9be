"""The judge's `embed` block: what a sentence-embedding model reads in a candidate.

For each candidate three texts are embedded with all-MiniLM-L6-v2 (`nlp.embed`): its
evidence (the sentence it came from), its target phrase, and the cue's clause (the cue
word's subtree: "NATO must stop its expansion" in "Lavrov said NATO must stop its
expansion"); with the cosine of the target and the evidence and of the target and the cue's
clause, a candidate's row is 3 x 384 + 2 numbers.

Some 1,200 training candidates cannot carry a weight for each of those numbers, so training
reduces each text's 384 numbers to its first `rank` principal components over the training
candidates, scales every column to unit variance on train, and penalises the dense columns
with their own strength; both are chosen on dev (train.py). Everything after the embedding
is linear, so the projection folds back into one weight per number (`DenseHead`), which is
what a model file keeps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Passage, Statement
from ..nlp.embed import DIMENSIONS
from .features import cue_token, sentence_of

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Span, Token

EMBED = "embed"
PARTS = ("sentence", "target", "clause")
WIDTH = len(PARTS) * DIMENSIONS + 2
MAX_CLAUSE_TOKENS = 60


def candidate_texts(statement: Statement, sent: Span | None, cue: Token | None) -> tuple[str, str, str]:
    """The evidence, the target phrase and the cue's clause of one candidate (the evidence
    stands for the clause when the cue is not found in it)."""
    evidence = sent.text if sent is not None else statement.evidence
    target = statement.target_text or statement.target
    if cue is None:
        return evidence, target, evidence
    clause = cue.doc[cue.left_edge.i : cue.right_edge.i + 1]
    if sent is not None:  # the clause within the evidence
        clause = cue.doc[max(clause.start, sent.start) : min(clause.end, sent.end, clause.start + MAX_CLAUSE_TOKENS)]
    return evidence, target, clause.text or evidence


def document_vectors(statements: Sequence[Statement], parsed: Sequence[tuple[Passage, Doc]]) -> np.ndarray:
    """One row of WIDTH numbers per candidate of a document: the three embeddings and the two
    cosines. Each distinct text is embedded once, all in one call."""
    import numpy as np

    from ..nlp.embed import embed

    starts = [passage.start for passage, _ in parsed]
    texts = []
    for statement in statements:
        sent = sentence_of(statement, parsed, starts)
        texts.append(candidate_texts(statement, sent, cue_token(sent, statement.cue) if sent is not None else None))
    distinct = sorted({t for row in texts for t in row})
    index = {t: n for n, t in enumerate(distinct)}
    vectors = embed(distinct)
    rows = np.zeros((len(statements), WIDTH), dtype=np.float64)
    for n, (sentence, target, clause) in enumerate(texts):
        s, t, c = (vectors[index[x]].astype(np.float64) for x in (sentence, target, clause))
        rows[n, : 3 * DIMENSIONS] = np.concatenate([s, t, c])
        rows[n, 3 * DIMENSIONS :] = (float(t @ s), float(t @ c))
    return rows


@dataclass(frozen=True)
class DenseHead:
    """The embed block's part of a model: one weight per number of a row, and an offset."""

    weights: tuple[float, ...]
    offset: float

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """What the block adds to each candidate's log-odds."""
        import numpy as np

        return rows @ np.asarray(self.weights) + self.offset

    def to_dict(self) -> dict:
        return {"offset": self.offset, "weights": list(self.weights)}

    @classmethod
    def from_dict(cls, body: dict) -> DenseHead:
        weights = tuple(float(w) for w in body["weights"])
        if len(weights) != WIDTH:
            raise ValueError(f"{len(weights)} embed weights, expected {WIDTH}")
        return cls(weights, float(body["offset"]))


@dataclass(frozen=True)
class Projection:
    """Training's reduction of the dense rows: centre, project on principal components, scale."""

    center: np.ndarray
    matrix: np.ndarray  # WIDTH x columns, scaling included

    def apply(self, rows: np.ndarray) -> np.ndarray:
        return (rows - self.center) @ self.matrix

    def fold(self, weights: np.ndarray, decimals: int = 6) -> DenseHead:
        """The head that gives the same scores on raw rows as `weights` on projected ones."""
        import numpy as np

        raw = self.matrix @ weights
        rounded = np.round(raw, decimals)
        return DenseHead(tuple(float(w) for w in rounded), round(float(-self.center @ rounded), decimals))


def projection(rows: np.ndarray, rank: int) -> Projection:
    """Each text's first `rank` principal components over the training rows and the two cosines,
    every column scaled to unit variance on those rows."""
    return projections(rows, (rank,))[rank]


def projections(rows: np.ndarray, ranks: Sequence[int]) -> dict[int, Projection]:
    """The projection of each rank in `ranks` (one decomposition of each text's embeddings)."""
    import numpy as np

    center = rows.mean(axis=0)
    centred = rows - center
    blocks = [slice(part * DIMENSIONS, (part + 1) * DIMENSIONS) for part in range(len(PARTS))]
    components = [np.linalg.svd(centred[:, block], full_matrices=False)[2] for block in blocks]
    out = {}
    for rank in ranks:
        matrix = np.zeros((WIDTH, len(PARTS) * rank + 2))
        for part, block in enumerate(blocks):
            matrix[block, part * rank : (part + 1) * rank] = components[part][:rank].T
        matrix[3 * DIMENSIONS, -2] = matrix[3 * DIMENSIONS + 1, -1] = 1.0
        spread = (centred @ matrix).std(axis=0)
        out[rank] = Projection(center, matrix / np.where(spread > 1e-9, spread, 1.0))
    return out
