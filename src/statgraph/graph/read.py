"""RDF -> statement records, as `statgraph statements` prints them, from a file or a store."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..dates import within
from ..query import load_query, result_rows, run_query

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import Store

STATEMENT_KEYS = (
    "id",
    "doc",
    "holder",
    "holder_id",
    "relation",
    "target",
    "target_id",
    "speaker",
    "voice",
    "start",
    "end",
    "passage",
    "confidence",
    "date",
    "review",
)
EXTRA_KEYS = ("rule", "cue", "title", "outlet", "reason")
# the line of the saved statements query that leaves out rejected (deprecated) statements
REJECTED_FILTER = "  FILTER NOT EXISTS { ?statement sg:rank sg:DeprecatedRank }"


def read_statements(
    graph: Graph | Store, *, extra: bool = False, include_rejected: bool = False
) -> list[dict[str, Any]]:
    """One record per reference (a statement in one passage), sorted by document and offset.

    Args:
        graph: a graph built by statgraph, or a store (see statgraph.store.open_store).
        extra: also give the rule, cue, the document's title and outlet, and the reason of a
            rejection.
        include_rejected: also give the statements an analyst rejected or corrected away
            (their `review` says so); see statgraph.curation.

    Returns:
        Records in the saved query's order, rows that tie on it ordered by all their
        values, so that a file and a store of the same documents give the same list.
    """
    sparql = load_query("statements")
    if include_rejected:
        sparql = "".join(line for line in sparql.splitlines(keepends=True) if not line.startswith(REJECTED_FILTER))
    names, rows = result_rows(run_query(graph, sparql))
    keys = STATEMENT_KEYS + (EXTRA_KEYS if extra else ())
    records = []
    for row in rows:
        values = dict(zip(names, row, strict=True))
        record: dict[str, Any] = {key: values.get(key) for key in keys}
        record["start"], record["end"] = int(values["start"] or 0), int(values["end"] or 0)
        record["confidence"] = float(values["confidence"] or 0)
        records.append(record)
    return sorted(records, key=_order)


def _order(record: dict[str, Any]) -> tuple[Any, ...]:
    """The statements query's ORDER BY, then every value (None first) to break ties."""
    head = (
        record["doc"] or "",
        record["start"],
        record["end"],
        record["relation"] or "",
        record["holder_id"] or "",
        record["target_id"] or "",
    )
    return head + tuple((value is not None, str(value)) for value in record.values())


def filter_records(
    records: Iterable[dict[str, Any]],
    *,
    min_confidence: float = 0.0,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """The records at a confidence or more, of documents dated within a range.

    Args:
        records: statement records (see `read_statements`).
        min_confidence: the lowest confidence kept.
        since: the first day kept (an ISO date), or None.
        until: the last day kept, or None; with either bound, undated records go.

    Returns:
        The records kept, in their order.
    """
    return [
        record
        for record in records
        if record["confidence"] >= min_confidence and within(record.get("date"), since, until)
    ]
