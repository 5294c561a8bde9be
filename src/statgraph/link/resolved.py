"""The actor a mention refers to (`Resolved`), as `statgraph.link.resolve` gives it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Resolved:
    """An actor a mention refers to."""

    id: str
    label: str
    type: str
    of: str | None = None
