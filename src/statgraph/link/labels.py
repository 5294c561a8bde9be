"""A made concept's labels: its most frequent short phrase is the skos:prefLabel.

A concept made from targets (`link.concepts`) is first named by the short phrase of the
target that made it. Once the build has linked every document, each made concept is named
by the short phrase that the most passages give it, the others staying skos:altLabel. A tie
goes to the shorter phrase, then to the first in alphabetical order, so that the label does
not depend on the order documents came in: a file built from some documents and a store that
received the same documents in several builds label a concept alike (a store rewrites a
concept's label when new documents make another phrase the most frequent).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable


def preferred_label(counts: Counter[str]) -> str:
    """The phrase most passages give; a tie goes to fewer words, then alphabetical order."""
    return min(counts, key=lambda phrase: (-counts[phrase], len(phrase.split()), phrase.lower(), phrase))


def concept_labels(rows: Iterable[tuple[str, str, int]], short: Callable[[str], str]) -> dict[str, str]:
    """Each concept's preferred label from (concept, target phrase, passages) rows.

    Args:
        rows: a concept, one wording of its passages' targets, and how many passages give it.
        short: a target phrase's short phrase, as a new concept would be labelled with it.
    """
    counts: dict[str, Counter[str]] = {}
    for concept, phrase, passages in rows:
        label = short(phrase)
        if label:
            counts.setdefault(concept, Counter())[label] += passages
    return {concept: preferred_label(found) for concept, found in sorted(counts.items())}
