"""RDF -> statement records, as `statgraph statements` prints them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..query import load_query, result_rows, run_query

if TYPE_CHECKING:
    from rdflib import Graph

STATEMENT_KEYS = ("doc", "holder", "holder_id", "relation", "target", "target_id", "speaker", "voice",
                  "start", "end", "passage", "confidence")
EXTRA_KEYS = ("rule", "cue", "title", "date", "outlet")


def read_statements(graph: Graph, *, extra: bool = False) -> list[dict[str, Any]]:
    """One record per reference (a statement in one passage), sorted by document and offset.

    Args:
        graph: a graph built by statgraph.
        extra: also give the rule, cue, and the document's title, date and outlet.
    """
    names, rows = result_rows(run_query(graph, load_query("statements")))
    keys = STATEMENT_KEYS + (EXTRA_KEYS if extra else ())
    records = []
    for row in rows:
        values = dict(zip(names, row))
        record: dict[str, Any] = {key: values.get(key) for key in keys}
        record["start"], record["end"] = int(values["start"] or 0), int(values["end"] or 0)
        record["confidence"] = float(values["confidence"] or 0)
        records.append(record)
    return records
