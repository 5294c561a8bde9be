"""Extraction quality on real published articles: bench/realtext, scored by score.py.

bench/realtext/ holds real articles from many outlets (docs/), each with gold statements
written by a careful reader before statgraph saw it (gold/, ../shared/gold/SCHEMA.md, with
the conventions in CONVENTIONS.md), and sources.tsv, which fixes each article's split:

    train   rules, lexicons and the judge may learn from it
    dev     chooses between versions (the judge's regularisation and threshold)
    test    locked: scored and reported, never tuned on; its misses are not listed

    python bench/bench_realtext.py                   # every split, figures only
    python bench/bench_realtext.py --split dev -v    # one split, listing misses and wrong statements
    python bench/bench_realtext.py --judge none      # the rules' own confidences, no judge

Each split is built into a temporary graph file with the packaged judge (or --judge),
listed as `statgraph statements --format jsonl` lists it, and scored with
../shared/tools/score.py (recall, precision, F1, ece, by relation).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from statgraph import Settings, build, load_graph, read_statements

HERE = Path(__file__).resolve().parent / "realtext"
SCORE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"
SPLITS = ("train", "dev", "test")


def split_files(split: str) -> list[str]:
    with (HERE / "sources.tsv").open(encoding="utf-8", newline="") as f:
        return [row["file"] for row in csv.DictReader(f, delimiter="\t") if row["split"] == split]


def run(split: str, settings: Settings, misses: int) -> dict:
    names = split_files(split)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        docs, gold = scratch / "docs", scratch / "gold"
        docs.mkdir(), gold.mkdir()
        for name in names:  # the split's own folder: score.py reads every gold file it is given
            (docs / name).write_bytes((HERE / "docs" / name).read_bytes())
            stem = Path(name).stem
            (gold / f"{stem}.jsonl").write_bytes((HERE / "gold" / f"{stem}.jsonl").read_bytes())
        started = time.perf_counter()
        build([docs], scratch / "graph.ttl", settings)
        seconds = time.perf_counter() - started
        predicted = scratch / "statements.jsonl"
        with predicted.open("w", encoding="utf-8") as f:
            for record in read_statements(load_graph(scratch / "graph.ttl")):
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        command = [sys.executable, str(SCORE), str(predicted), str(gold), "--docs", str(docs), "--json"]
        if misses:
            command += ["--misses", str(misses)]
        lines = subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()
    result = json.loads(lines[-1])
    result["listing"] = lines[:-1]  # score.py's misses and wrong statements, with --misses
    result["articles"], result["seconds"] = len(names), round(seconds, 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=SPLITS, action="append", help="split(s) to score (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and wrong statements (not on test)")
    parser.add_argument("--judge", default="default", help="default, none, or a model file")
    parser.add_argument("--min-confidence", type=float, default=None, help="default: the judge's threshold")
    options = parser.parse_args()
    settings = Settings(judge=options.judge, min_confidence=options.min_confidence)
    print(f"{'split':6} {'docs':>4} {'gold':>5} {'pred':>5} {'recall':>7} {'precision':>9} {'F1':>6} {'ece':>6}")
    for split in options.split or SPLITS:
        verbose = options.verbose and split != "test"
        if options.verbose and split == "test":
            print("test is locked: figures only, no misses listed", file=sys.stderr)
        result = run(split, settings, 500 if verbose else 0)
        print(f"{split:6} {result['articles']:>4} {result['gold_triples']:>5} {result['predicted']:>5} "
              f"{result['recall']:>7.3f} {result['precision']:>9.3f} {result['f1']:>6.3f} {result['ece'] or 0:>6.3f}")
        print("       " + ", ".join(f"{k} {v}" for k, v in sorted(result["recall_by_relation"].items())))
        if verbose:
            print("\n".join(result["listing"]))


if __name__ == "__main__":
    main()
