"""What extraction considered in a sentence and what became of it, for `statgraph explain`.

Every candidate an extractor proposes leaves one `Considered` line: the extractor that
found it, its holder, relation and target, the rule and cue, and its outcome: kept, or
dropped and why (a screen's name, a sentence torn between both polarities, hearsay, a
duplicate of an earlier finding). The judge's verdict is added after extraction
(`statgraph.explain`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .found import Found

KEPT = "kept"


@dataclass(frozen=True)
class Considered:
    """One candidate in one sentence and what became of it.

    Attributes:
        start, end: the sentence's offsets in the document's text.
        extractor: the registered extractor that proposed it (`find_roles` for offices).
        holder, relation, target: the candidate as found.
        rule, cue: the rule's name and the word that fired it.
        outcome: `kept`, or why it was dropped.
        key: the statement's key when kept (holder id, relation, target id, start).
        confidence: the judge's probability, once judged.
    """

    start: int
    end: int
    extractor: str
    holder: str
    relation: str
    target: str
    rule: str
    cue: str
    outcome: str
    key: tuple[str, str, str, int] | None = None
    confidence: float | None = None

    def judged(self, confidence: float, floor: float) -> Considered:
        """This line with the judge's confidence, dropped when below the floor."""
        outcome = self.outcome
        if outcome == KEPT and confidence < floor:
            outcome = f"below the confidence floor ({confidence:.2f} < {floor:.2f})"
        return replace(self, confidence=confidence, outcome=outcome)


@dataclass
class Trace:
    """The lines of one document's extraction, in the order the candidates were met."""

    lines: list[Considered] = field(default_factory=list)

    def note(self, start: int, end: int, extractor: str, found: Found, outcome: str,
             key: tuple[str, str, str, int] | None = None) -> None:
        target = found.target.actor.label if found.target.actor is not None else found.target.text
        self.lines.append(Considered(start, end, extractor, found.holder.label, found.relation, target,
                                     found.rule, found.cue.text, outcome, key))
