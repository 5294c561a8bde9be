"""Extraction quality on held-out articles: recall and precision against careful readers' gold.

bench/heldout/set*/ holds news-style articles on other topics than the seeds (written for
this evaluation: the South China Sea, the IAEA and Iran, NATO enlargement, UN votes, sanctions,
Taiwan, Moldova, AUKUS, OPEC+ ...) with gold statements in the seeds' gold format
(../shared/gold/SCHEMA.md). Each set was written before the tool saw it; the first figure
measured on it is recorded in the README, and later rule changes may have been checked on it.

Matching follows SCHEMA.md: a predicted statement matches a gold one of its document when the
relation group is the same, one of the gold's holder strings starts a word of the predicted
holder's label or id, and every group of the gold's target strings has one that starts a word
of the predicted target's label or id. Recall counts gold triples found; precision counts
predicted statements that match some gold triple.

    python bench/bench_heldout.py            # every set
    python bench/bench_heldout.py set4 -v    # one set, listing misses and wrong statements
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from statgraph import build, load_graph, read_statements
from statgraph.views.network import STANCES

HERE = Path(__file__).resolve().parent / "heldout"


def group(relation: str) -> str:
    """The relation group score.py matches on: the stance group, or the event relation itself."""
    stance = STANCES.get(relation, relation)
    return relation if stance == "event" else stance


def starts_a_word(needle: str, text: str) -> bool:
    return re.search(r"(?:^|[^a-z0-9])" + re.escape(needle.lower()), text) is not None


def matches(gold: dict, predicted: dict) -> bool:
    if group(gold["relation"]) != group(predicted["relation"]):
        return False
    holder = f"{predicted['holder']} {predicted['holder_id']}".lower().replace("_", " ")
    target = f"{predicted['target']} {predicted['target_id']}".lower().replace("_", " ")
    return any(starts_a_word(s, holder) for s in gold["holder_any"]) and all(
        any(starts_a_word(s, target) for s in alternatives) for alternatives in gold["target_all"]
    )


def score(folder: Path, verbose: bool) -> dict:
    gold = [json.loads(line) for f in sorted((folder / "gold").glob("*.jsonl")) for line in f.open() if line.strip()]
    triples: dict[tuple[str, str, str, str], list[dict]] = {}
    for g in gold:  # one triple may be stated by several gold lines, with different matching strings
        triples.setdefault((g["doc"], g["holder"].lower(), group(g["relation"]), g["target"].lower()), []).append(g)
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "graph.ttl"
        result = build([folder / "docs"], out)
        predicted = read_statements(load_graph(out))  # what `statgraph statements` prints
    documents = result.report.documents
    by_doc: dict[str, list[dict]] = {}
    for p in predicted:
        by_doc.setdefault(p["doc"], []).append(p)
    found = {key for key, lines in triples.items() if any(matches(g, p) for g in lines for p in by_doc.get(key[0], []))}
    right = [p for p in predicted if any(matches(g, p) for g in gold if g["doc"] == p["doc"])]
    per_group: Counter[str] = Counter(group(k[2]) for k in triples)
    per_found: Counter[str] = Counter(group(k[2]) for k in found)
    if verbose:
        for key, lines in sorted(triples.items()):
            if key not in found:
                print(f"  missed  {key[0]}: {lines[0]['holder']} {lines[0]['relation']} {lines[0]['target']}")
        for p in predicted:
            if p not in right:
                print(f"  wrong   {p['doc']}: {p['holder']} {p['relation']} {p['target']}")
    return {
        "documents": documents,
        "gold": len(triples),
        "predicted": len(predicted),
        "recall": len(found) / len(triples) if triples else 0.0,
        "precision": len(right) / len(predicted) if predicted else 0.0,
        "by_group": {name: f"{per_found[name]}/{count}" for name, count in sorted(per_group.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="set folders under bench/heldout (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and wrong statements")
    options = parser.parse_args()
    folders = [HERE / name for name in options.sets] or sorted(p for p in HERE.iterdir() if p.is_dir())
    print(f"{'set':6} {'docs':>4} {'gold':>5} {'pred':>5} {'recall':>7} {'precision':>9} {'F1':>6}")
    for folder in folders:
        if not (folder / "gold").is_dir():
            sys.exit(f"no gold in {folder}")
        result = score(folder, options.verbose)
        recall, precision = result["recall"], result["precision"]
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        print(
            f"{folder.name:6} {result['documents']:>4} {result['gold']:>5} {result['predicted']:>5} "
            f"{recall:>7.3f} {precision:>9.3f} {f1:>6.3f}"
        )
        print("       " + ", ".join(f"{name} {value}" for name, value in result["by_group"].items()))


if __name__ == "__main__":
    main()
