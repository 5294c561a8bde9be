"""Statement exporters: JSON Lines, CSV and a plain-text table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

TABLE_COLUMNS = ("doc", "date", "holder", "relation", "target", "speaker", "voice", "start", "end")


def to_jsonl(records: Sequence[dict[str, Any]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def to_csv(records: Sequence[dict[str, Any]]) -> str:
    if not records:
        return ""
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return stream.getvalue()


def to_table(records: Sequence[dict[str, Any]], columns: Sequence[str] = TABLE_COLUMNS) -> str:
    """A fixed-width table, wide cells cut with an ellipsis."""
    rows = [[_cell(record.get(c)) for c in columns] for record in records]
    widths = [min(40, max([len(c)] + [len(r[i]) for r in rows])) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(_cut(v, w).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
