"""The review queue: one item per statement with its passages, least confident first, or
ordered by actor, document or relation."""

from __future__ import annotations

from typing import Any

from ..curation import read_decisions
from ..graph.read import read_statements

ORDERS = ("confidence", "actor", "document", "relation")
SHOWS = ("unreviewed", "reviewed", "all")
ITEM_KEYS = ("id", "holder", "holder_id", "relation", "target", "target_id", "review", "reason")
PASSAGE_KEYS = ("doc", "title", "start", "end", "passage", "speaker", "voice", "confidence")
DECISION_KEYS = ("reviewer", "when", "note", "verdict")


def queue_items(store: Any, *, order: str = "confidence", show: str = "unreviewed",
                limit: int = 200) -> list[dict[str, Any]]:
    """The statements to review, each with its passages and lowest confidence.

    Args:
        store: a store (or graph) built by statgraph.
        order: confidence (least confident first), actor, document or relation.
        show: unreviewed, reviewed (including rejected) or all.
        limit: at most this many items.

    Returns:
        Items with the statement's id, holder, relation, target, review and reason, its
        `confidence` (the lowest of its passages), `passages`, and its latest `decision`
        (reviewer, when, note, verdict) when it was reviewed.
    """
    items: dict[str, dict[str, Any]] = {}
    for record in read_statements(store, extra=True, include_rejected=show != "unreviewed"):
        if (show == "unreviewed" and record["review"]) or (show == "reviewed" and not record["review"]):
            continue
        item = items.setdefault(record["id"], {**{k: record.get(k) for k in ITEM_KEYS}, "passages": []})
        item["passages"].append({k: record.get(k) for k in PASSAGE_KEYS})
    latest = _latest_decisions(store) if show != "unreviewed" else {}
    for item in items.values():
        item["confidence"] = min(p["confidence"] for p in item["passages"])
        item["doc"] = item["passages"][0]["doc"]
        decision = latest.get(item["id"], {})
        item["decision"] = {k: decision.get(k) for k in DECISION_KEYS} if decision else None
    return sorted(items.values(), key=_sort_key(order))[:limit]


def _latest_decisions(store: Any) -> dict[str, dict[str, Any]]:
    """Statement id -> its latest decision; a correction's statement gets the decision that wrote it."""
    latest: dict[str, dict[str, Any]] = {}
    for decision in read_decisions(store):  # oldest first: a later decision replaces an earlier one
        latest[decision["statement"]] = decision
        if decision["correction"]:
            latest[decision["correction"]] = decision
    return latest


def _sort_key(order: str) -> Any:
    field = {"confidence": "confidence", "actor": "holder", "document": "doc", "relation": "relation"}[order]

    def key(item: dict[str, Any]) -> tuple[Any, ...]:
        value = item[field]
        return (value if field == "confidence" else str(value or "").casefold(), item["confidence"], item["id"])

    return key
