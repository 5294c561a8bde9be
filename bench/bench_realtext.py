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
    python bench/bench_realtext.py --causes          # misses and wrong statements counted by cause
    python bench/bench_realtext.py --min-confidence 0 --also-at threshold   # one build, two floors

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
from collections import Counter
from pathlib import Path

from statgraph import Settings, build, load_graph, read_statements

HERE = Path(__file__).resolve().parent / "realtext"
SCORE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"
SPLITS = ("train", "dev", "test")


def split_files(split: str) -> list[str]:
    with (HERE / "sources.tsv").open(encoding="utf-8", newline="") as f:
        return [row["file"] for row in csv.DictReader(f, delimiter="\t") if row["split"] == split]


def run(split: str, settings: Settings, misses: int, floors: tuple[float, ...] = ()) -> dict:
    """Build a split once and score it; `floors` also score what is kept at each higher floor."""
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
        records = read_statements(load_graph(scratch / "graph.ttl"))
        result = score_records(records, scratch, misses)
        result["at"] = {floor: score_records([r for r in records if r["confidence"] >= floor], scratch, 0)
                        for floor in floors}
    result["articles"], result["seconds"] = len(names), round(seconds, 1)
    return result


def score_records(records: list[dict], scratch: Path, misses: int) -> dict:
    """score.py's figures for these records against the split's gold in `scratch`."""
    docs, gold, predicted = scratch / "docs", scratch / "gold", scratch / "statements.jsonl"
    with predicted.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    command = [sys.executable, str(SCORE), str(predicted), str(gold), "--docs", str(docs), "--json"]
    if misses:
        command += ["--misses", str(misses)]
    lines = subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()
    result = json.loads(lines[-1])
    result["causes"] = causes(records, [g for f in sorted(gold.glob("*.jsonl")) for g in read_jsonl(f)])
    result["listing"] = lines[:-1]  # score.py's misses and wrong statements, with --misses
    return result


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


EVENTS = {"met_with", "visited", "deployed_to", "member_of", "holds_role", "cooperate"}


def cause(item: dict, others: list[dict], *, missed: bool) -> str:
    """Why a gold line was missed or a prediction is wrong: which part of the nearest other is off."""
    sys.path.insert(0, str(SCORE.parent))
    import score  # ../shared/tools/score.py: the same matching as the headline figures

    for other in others:
        g, p = (item, other) if missed else (other, item)
        same_relation = score.relation_key(g["relation"]) == score.relation_key(str(p.get("relation", "")))
        holder, target = score.holder_ok(g, p), score.target_ok(g, p)
        if holder and target and not same_relation:
            return "relation or polarity"
        if same_relation and target and not holder:
            return "holder"
        if same_relation and holder and not target:
            return "target"
    if missed:
        kind = score.relation_key(item["relation"])
        return "event or structure, no candidate" if kind in EVENTS else "stance, no candidate"
    return "not stated"


def causes(predicted: list[dict], gold: list[dict]) -> dict[str, dict[str, int]]:
    """Misses and wrong statements by cause, each against the other side of its own document."""
    sys.path.insert(0, str(SCORE.parent))
    import score

    by_doc: dict[str, tuple[list[dict], list[dict]]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], ([], []))[0].append(g)
    for p in predicted:
        by_doc.setdefault(p["doc"], ([], []))[1].append(p)
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for golds, preds in by_doc.values():
        for g in golds:
            if not any(score.matches(g, p) for p in preds):
                missed[cause(g, preds, missed=True)] += 1
        for p in preds:
            if not any(score.matches(g, p) for g in golds):
                wrong[cause(p, golds, missed=False)] += 1
    return {"missed": dict(missed.most_common()), "wrong": dict(wrong.most_common())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=SPLITS, action="append", help="split(s) to score (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and wrong statements (not on test)")
    parser.add_argument("--listed", type=int, default=10000, metavar="N",
                        help="with -v, list at most N misses and N wrong statements (default: all)")
    parser.add_argument("--judge", default="default", help="default, none, or a model file")
    parser.add_argument("--clause-model", default="off", help="the clause generator's group model: off, default, or a file")
    parser.add_argument("--min-confidence", type=float, default=None, help="default: the judge's threshold")
    parser.add_argument("--causes", action="store_true", help="count misses and wrong statements by cause")
    parser.add_argument("--also-at", action="append", default=[], metavar="FLOOR",
                        help="also score what the same build keeps at this floor ('threshold': the judge's)")
    options = parser.parse_args()
    settings = Settings(judge=options.judge, min_confidence=options.min_confidence, clause_model=options.clause_model)
    floors = tuple(sorted(_floor(f, options.judge) for f in options.also_at))
    print(f"{'split':6} {'docs':>4} {'gold':>5} {'pred':>5} {'recall':>7} {'precision':>9} {'F1':>6} {'ece':>6}")
    for split in options.split or SPLITS:
        verbose = options.verbose and split != "test"
        if options.verbose and split == "test":
            print("test is locked: figures only, no misses listed", file=sys.stderr)
        result = run(split, settings, options.listed if verbose else 0, floors)
        _print_row(split, result)
        for floor, at in result["at"].items():
            _print_row(f"  >={floor:.2f}", {**at, "articles": result["articles"]})
        if options.causes:
            for side, counts in result["causes"].items():
                print(f"       {side}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        if verbose:
            print("\n".join(result["listing"]))


def _floor(value: str, judge: str) -> float:
    if value != "threshold":
        return float(value)
    from statgraph.judge import load_judge

    model = load_judge(judge)
    if model is None:
        raise SystemExit("--also-at threshold needs a judge")
    return model.threshold


def _print_row(label: str, result: dict) -> None:
    print(f"{label:6} {result['articles']:>4} {result['gold_triples']:>5} {result['predicted']:>5} "
          f"{result['recall']:>7.3f} {result['precision']:>9.3f} {result['f1']:>6.3f} {result['ece'] or 0:>6.3f}")
    print("       " + ", ".join(f"{k} {v}" for k, v in sorted(result["recall_by_relation"].items())))


if __name__ == "__main__":
    main()
