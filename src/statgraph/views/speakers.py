"""A person who speaks for a state or organisation, merged into it for discourse networks.

The graph keeps the speaker (who said it) apart from the holder (on whose behalf): when
Lavrov says "we are categorically opposed", Russia holds the stance and Lavrov speaks. A
statement whose holder is Lavrov himself (his own words, reported without "we") would make
Lavrov and Russia two agreeing actors in a congruence network. Merging reads, from the
graph's own references, whom each person speaks for, and moves the person's statements to
that holder.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from .network import stance_of

# The holders a person can speak for.
SPOKEN_FOR = ("state", "organization")
# The stance groups in which a speaker voices a holder's position; events and cooperation a
# speaker reports ("cooperation between the US, Australia and the UK") say nothing of whom he
# speaks for.
VOICED = ("support", "oppose", "demand", "propose", "warn")
Types = dict[str, tuple[str, str | None]]


def speaks_for(records: Iterable[dict[str, Any]], types: Types) -> dict[str, str]:
    """Person id -> the holder id he speaks for most often (ties: the first by id).

    Args:
        records: statement records; a stance whose speaker is a person and whose holder is a
            state or organisation says the person speaks for it.
        types: node id -> (type, label), from `read_node_types`.

    Returns:
        The persons found speaking for a holder, each with that holder.
    """
    persons = {label: node for node, (kind, label) in types.items() if kind == "person" and label}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        person = persons.get(record.get("speaker") or "")
        if (
            person
            and types.get(record["holder_id"], ("", None))[0] in SPOKEN_FOR
            and stance_of(record["relation"]) in VOICED
        ):
            counts[person][record["holder_id"]] += 1
    return {person: min(found, key=lambda holder: (-found[holder], holder)) for person, found in counts.items()}


def merge_speakers(
    records: Iterable[dict[str, Any]], types: Types
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The records with each person who speaks for a holder replaced, as holder, by it.

    Args:
        records: statement records.
        types: node id -> (type, label).

    Returns:
        The records (changed ones copied, with `merged_from` naming the person) and the
        merges made: person label -> holder label.
    """
    records = list(records)
    holders = speaks_for(records, types)
    merged: dict[str, str] = {}
    out = []
    for record in records:
        holder = holders.get(record["holder_id"])
        if holder is None:
            out.append(record)
            continue
        label = types.get(holder, ("", None))[1] or holder
        merged[str(record["holder"])] = label
        out.append({**record, "holder_id": holder, "holder": label, "merged_from": record["holder"]})
    return out, dict(sorted(merged.items()))
