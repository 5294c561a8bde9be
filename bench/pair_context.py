"""Add where each phrase stands (`sample_pairs.CONTEXT`) to the earlier labelled pair files.

    python bench/pair_context.py GRAPH.ttl     # a graph of the train and dev articles, every candidate

Each row of bench/topic_pairs.tsv, bench/topic_pairs_fresh.tsv and bench/topic_pairs_held.tsv
gets, for each of its two phrases, the passage offsets, holder and relation of the first
statement of its article (by offset) whose issue target is that phrase (`sample_pairs.
target_contexts`); a phrase the graph no longer gives keeps empty columns (the pair model then
reads the passage around the phrase's first occurrence, `link.pair_context`). Labels and notes
are kept as they are; the same graph gives the same files.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from sample_pairs import CONTEXT, HELD, OLD, OUT, target_contexts, with_context


def add_context(path: Path, contexts: dict) -> tuple[int, int]:
    """Rewrite one pair file with the context columns; (phrases found, phrases) of its rows."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t")
        columns = [c for c in reader.fieldnames or [] if c not in CONTEXT]
        rows = [with_context(row, contexts) for row in reader]
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, (*columns, *CONTEXT), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return sum(bool(r[k]) for r in rows for k in ("start_a", "start_b")), 2 * len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graph", type=Path)
    args = parser.parse_args()
    contexts = target_contexts(args.graph)
    for path in (OLD, OUT, HELD):
        print(path.name, "phrases found in the graph: %d of %d" % add_context(path, contexts))


if __name__ == "__main__":
    main()
