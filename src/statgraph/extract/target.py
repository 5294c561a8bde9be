"""A target of a statement, as the extraction rules make it (`arguments`, `clause_targets`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..link.resolve import Resolved


@dataclass(frozen=True)
class Target:
    """A target: an actor, or an issue with its phrase and the document offsets of the phrase."""

    text: str
    actor: Resolved | None = None
    head: str = ""  # the head word (a clause's verb), which a topic concept must name
