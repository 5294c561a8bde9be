"""Decisions as gold lines (../shared/gold/SCHEMA.md), to train the judge on an analyst's work.

One line per passage of each reviewed statement: an accepted statement as it is, a
correction as corrected (the passage of the statement it revises). A rejected statement's
passages are written too, marked `"verdict": "rejected"` with the reason: the judge's
training counts a candidate that matches one as wrong (judge/train.py), and, in a corpus of
decisions, leaves out the candidates no decision speaks of instead of counting them wrong.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from ..graph.read import read_statements

if TYPE_CHECKING:
    from ..store import Store

VERDICT_OF_REVIEW = {"accepted": "accepted", "corrected": "corrected", "rejected": "rejected"}


def decisions_as_gold(store: Store) -> list[dict[str, Any]]:
    """Gold lines for every reviewed statement of a store, by document and offset.

    Returns:
        Records with the gold keys (doc, id, holder, holder_any, relation, target,
        target_all, evidence, voice) and verdict (accepted, corrected or rejected), reason,
        statement (the statement's id).
    """
    lines = []
    numbers: dict[str, int] = defaultdict(int)
    for record in read_statements(store, extra=True, include_rejected=True):
        verdict = VERDICT_OF_REVIEW.get(record["review"] or "")
        if verdict is None:
            continue
        stem = PurePath(record["doc"]).stem
        numbers[stem] += 1
        lines.append({
            "doc": record["doc"],
            "id": f"{stem}#review-{numbers[stem]}",
            "holder": record["holder"],
            "holder_any": _words(record["holder"], record["holder_id"]),
            "relation": record["relation"],
            "target": record["target"],
            "target_all": [_words(record["target"], record["target_id"])],
            "evidence": record["passage"],
            "voice": record["voice"],
            "verdict": verdict,
            "reason": record.get("reason"),
            "statement": record["id"],
        })
    return lines


def _words(label: str | None, ident: str | None) -> list[str]:
    """The lower-case names a prediction may match: the label, and the id read as words."""
    names = [(label or "").strip().lower(), (ident or "").replace("_", " ").strip().lower()]
    return sorted({name for name in names if name})
