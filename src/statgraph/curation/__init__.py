"""Curation: an analyst's decisions on statements, kept in the store through every rebuild.

    decisions.py  Decision, record_decision, read_decisions, find_orphans (the curation graph)
    gold.py       decisions -> gold lines (../shared/gold/SCHEMA.md) for the judge's training
    rdf.py        a graph without the statements an analyst rejected, for exports
"""

from .decisions import (
    CURATION_GRAPH,
    REASONS,
    VERDICTS,
    Correction,
    Decision,
    find_orphans,
    read_decisions,
    record_decision,
)
from .gold import decisions_as_gold
from .rdf import without_rejected

__all__ = [
    "CURATION_GRAPH",
    "Correction",
    "Decision",
    "REASONS",
    "VERDICTS",
    "decisions_as_gold",
    "find_orphans",
    "read_decisions",
    "record_decision",
    "without_rejected",
]
