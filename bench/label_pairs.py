"""A second reader's labels of bench/topic_pairs.tsv, and the agreement of the two readers.

    python bench/label_pairs.py --blind                 # the report half, shuffled, no labels, no scores
    python bench/label_pairs.py --blind --half tune --context   # the tune half, each phrase in its sentence
    python bench/label_pairs.py --agreement             # Cohen's kappa and F1 of reader B against reader A
    python bench/label_pairs.py --agreement --half tune
    python bench/label_pairs.py --blind --held --context  # round thirteen's held-back set, to label
    python bench/label_pairs.py --blind --held15 --context  # round fifteen's, each phrase in its statement's passage
    python bench/label_pairs.py --blind --held18 --context  # round eighteen's
    python bench/label_pairs.py --blind --held20 --context  # round twenty's

`--blind` prints `pair<TAB>phrase_a<TAB>phrase_b<TAB>doc_a<TAB>doc_b` for one half (`report`
unless `--half` says otherwise) in a fixed shuffled order, for a second reader to label by
bench/TOPIC_PAIRS.md without seeing the first reader's `same` column or any model score; with
`--context`, each phrase is followed by the passage of its article that holds it. `--agreement`
reads the columns `same` (reader A), `same_b` (reader B) and `same_adj` (adjudicated) of the
rows that have `same_b` (of one half with `--half`).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

PAIRS = Path(__file__).resolve().parent / "topic_pairs.tsv"
HELD = Path(__file__).resolve().parent / "topic_pairs_held.tsv"
HELD15 = Path(__file__).resolve().parent / "topic_pairs_held15.tsv"
HELD18 = Path(__file__).resolve().parent / "topic_pairs_held18.tsv"
HELD20 = Path(__file__).resolve().parent / "topic_pairs_held20.tsv"
# The option of each held-back file, its one split named alike.
HELD_FILES = {"held20": HELD20, "held18": HELD18, "held15": HELD15, "held": HELD}
DOCS = Path(__file__).resolve().parent / "realtext" / "docs"
SEED = 20261203


def read_rows(path: Path = PAIRS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def blind(rows: list[dict[str, str]], half: str = "report", context: bool = False) -> None:
    """One half in a fixed shuffled order, without labels (with each phrase's passage, if asked)."""
    chosen = [r for r in rows if r["split"] == half]
    random.Random(SEED).shuffle(chosen)
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for r in chosen:
        out.writerow([r["pair"], r["phrase_a"], r["phrase_b"], r["doc_a"], r["doc_b"]])
        if context:
            for key in ("a", "b"):
                print(f"    {key}: {statement_passage(r, key)}")


def statement_passage(row: dict[str, str], key: str) -> str:
    """The passage of the statement the row's phrase comes from (its offsets, `sample_pairs.
    CONTEXT`), with its holder and relation, else the text around the phrase (`passage_of`)."""
    start, end = row.get("start_" + key, ""), row.get("end_" + key, "")
    if not start or not (DOCS / row["doc_" + key]).exists():
        return passage_of(row["phrase_" + key], row["doc_" + key])
    text = (DOCS / row["doc_" + key]).read_text(encoding="utf-8")
    return f"[{row['holder_' + key]} {row['relation_' + key]}] " + " ".join(text[int(start) : int(end)].split())


def passage_of(phrase: str, doc: str, width: int = 160) -> str:
    """The text around the phrase's first occurrence in its article (case folded), on one line."""
    path = DOCS / doc
    if not path.exists():
        return "(article not found)"
    text = path.read_text(encoding="utf-8")
    words = re.findall(r"\w+", phrase)[:6]  # target phrases drop articles and quotes: allow gaps
    found = re.search(r"\W+(?:\w+\W+){0,3}?".join(map(re.escape, words)), text, re.IGNORECASE) if words else None
    if found is None:
        return "(phrase not found)"
    at = found.start()
    start, end = max(0, at - width), min(len(text), at + len(phrase) + width)
    return " ".join(text[start:end].split())


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


def agreement(rows: list[dict[str, str]], half: str | None = None) -> dict:
    labelled = [r for r in rows if r.get("same_b", "") != "" and half in (None, r["split"])]
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
    parser.add_argument("--half", choices=("tune", "report"), help="one half (blind: report by default)")
    parser.add_argument("--held", action="store_true", help="bench/topic_pairs_held.tsv (its one split, held)")
    parser.add_argument("--held15", action="store_true", help="bench/topic_pairs_held15.tsv (its one split, held15)")
    parser.add_argument("--held18", action="store_true", help="bench/topic_pairs_held18.tsv (its one split, held18)")
    parser.add_argument("--held20", action="store_true", help="bench/topic_pairs_held20.tsv (its one split, held20)")
    parser.add_argument("--context", action="store_true", help="with --blind: each phrase's passage")
    args = parser.parse_args()
    held = next((name for name in HELD_FILES if getattr(args, name)), None)
    rows = read_rows(HELD_FILES[held] if held else PAIRS)
    if args.blind:
        blind(rows, held or args.half or "report", args.context)
    if args.agreement:
        print(agreement(rows, args.half))


if __name__ == "__main__":
    main()
