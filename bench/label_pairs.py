"""A second reader's labels of bench/topic_pairs.tsv, and the agreement of the two readers.

    python bench/label_pairs.py --blind                 # the report half, shuffled, no labels, no scores
    python bench/label_pairs.py --agreement             # Cohen's kappa and F1 of reader B against reader A

`--blind` prints `pair<TAB>phrase_a<TAB>phrase_b<TAB>doc_a<TAB>doc_b` for the `report` half in
a fixed shuffled order, for a second reader to label by bench/TOPIC_PAIRS.md without seeing
the first reader's `same` column or any model score. `--agreement` reads the columns `same`
(reader A), `same_b` (reader B) and `same_adj` (adjudicated) of the rows that have `same_b`.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

PAIRS = Path(__file__).resolve().parent / "topic_pairs.tsv"
SEED = 20261203


def read_rows(path: Path = PAIRS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def blind(rows: list[dict[str, str]]) -> None:
    """The report half in a fixed shuffled order, without labels."""
    report = [r for r in rows if r["split"] == "report"]
    random.Random(SEED).shuffle(report)
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for r in report:
        out.writerow([r["pair"], r["phrase_a"], r["phrase_b"], r["doc_a"], r["doc_b"]])


def kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two readers' yes/no labels."""
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def f1(gold: list[bool], said: list[bool]) -> tuple[float, float, float]:
    """Precision, recall and F1 of `said` against `gold`."""
    tp = sum(g and s for g, s in zip(gold, said, strict=True))
    p = tp / sum(said) if sum(said) else 0.0
    r = tp / sum(gold) if sum(gold) else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def agreement(rows: list[dict[str, str]]) -> dict:
    labelled = [r for r in rows if r.get("same_b", "") != ""]
    a = [r["same"] == "1" for r in labelled]
    b = [r["same_b"] == "1" for r in labelled]
    adj = [r["same_adj"] == "1" for r in labelled if r.get("same_adj", "") != ""]
    return {
        "pairs": len(labelled),
        "same_a": sum(a),
        "same_b": sum(b),
        "same_adj": sum(adj),
        "agree": sum(x == y for x, y in zip(a, b, strict=True)),
        "kappa": round(kappa(a, b), 3),
        "f1_b_against_a": tuple(round(x, 3) for x in f1(a, b)),
        "f1_a_against_adj": tuple(round(x, 3) for x in f1(adj, a)) if len(adj) == len(a) else None,
        "f1_b_against_adj": tuple(round(x, 3) for x in f1(adj, b)) if len(adj) == len(b) else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--blind", action="store_true")
    parser.add_argument("--agreement", action="store_true")
    args = parser.parse_args()
    rows = read_rows()
    if args.blind:
        blind(rows)
    if args.agreement:
        print(agreement(rows))


if __name__ == "__main__":
    main()
