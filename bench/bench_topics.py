"""Topic concepts on built graphs: label lengths, concepts, and the discourse networks they make.

    python bench/bench_topics.py GRAPH.ttl [GRAPH.ttl ...]     # figures per graph
    python bench/bench_topics.py --tune                          # phrase-pair F1, the tune half alone
    python bench/bench_topics.py --pairs                         # both halves (the report half: once)
    python bench/bench_topics.py --fresh                         # the fresh set (round ten's held-back set)
    python bench/bench_topics.py --held                          # round thirteen's held-back set (once)
    python bench/bench_topics.py --held15                        # round fifteen's (development data since)
    python bench/bench_topics.py --held18                        # round eighteen's held-back set
    python bench/bench_topics.py --held20                        # round twenty's held-back set (once)

For each graph: the topic nodes, the share whose label has five words or fewer, the longest
labels, and the edges of the congruence and conflict networks (`statgraph network --kind`).
`--pairs` scores the concept linker's same-issue decision (the pair model, link/pair_model.json,
trained on the `tune` half's adjudicated labels by `statgraph train-pairs`, which also gives its
cross-validated F1 there) on the labelled phrase pairs of bench/topic_pairs.tsv, both halves,
against the adjudicated labels (`same_adj`, see bench/TOPIC_PAIRS.md) and the first reader's
(`same`). `--tune` scores the tune half alone. `--fresh` scores bench/topic_pairs_fresh.tsv
(sampled by bench/sample_pairs.py, labelled before any model score; one reader, `same`), the
held-back set of round ten, scored once then, and since round thirteen part of the pair model's
training data. `--held` scores bench/topic_pairs_held.tsv (round thirteen's held-back set, from
articles no earlier set drew from, labelled blind before any score; one reader, `same`);
`--held15`, `--held18` and `--held20` score rounds fifteen's, eighteen's and twenty's sets alike. Each phrase is read in
the statement it comes from (the pair files' `start_a end_a holder_a relation_a` columns), as the
concept linker reads it in a build.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from statgraph import load_graph, read_statements
from statgraph.query import result_rows, run_query
from statgraph.views.discourse import discourse_network

PAIRS = Path(__file__).resolve().parent / "topic_pairs.tsv"
FRESH = Path(__file__).resolve().parent / "topic_pairs_fresh.tsv"
HELD = Path(__file__).resolve().parent / "topic_pairs_held.tsv"
HELD15 = Path(__file__).resolve().parent / "topic_pairs_held15.tsv"
HELD18 = Path(__file__).resolve().parent / "topic_pairs_held18.tsv"
HELD20 = Path(__file__).resolve().parent / "topic_pairs_held20.tsv"
LABELS = """SELECT DISTINCT ?t ?label WHERE { ?t a sg:Topic ; rdfs:label ?label }"""


def graph_figures(path: str) -> dict:
    """Topic label lengths and network edge counts of one graph file."""
    graph = load_graph(path)
    _, rows = result_rows(run_query(graph, LABELS))
    labels = sorted({str(label) for _, label in rows})
    short = [label for label in labels if len(label.split()) <= 5]
    records = read_statements(graph)
    edges = {kind: discourse_network(records, kind).number_of_edges() for kind in ("congruence", "conflict")}
    longest = sorted(labels, key=lambda label: (-len(label.split()), label))[:5]
    return {"topics": len(labels), "short": len(short), "edges": edges, "longest": longest}


def pair_figures(halves: tuple[str, ...] = ("tune", "report"), path: Path = PAIRS,
                 columns: tuple[tuple[str, str], ...] = (("same_adj", "adjudicated"), ("same", "first_reader"))) -> dict:
    """Precision, recall and F1 of the packaged pair model's decisions (at its own threshold,
    `statgraph train-pairs`) on each half of a pair file, against each labels column (the
    adjudicated `same_adj` and the first reader's `same`). The report half is locked: score it
    once, with the model chosen; so is the fresh set (`FRESH`, half `fresh`, column `same`)."""
    from statgraph.link.pair_model import pair_model
    from statgraph.link.pairs import pair_scores, row_passage
    from statgraph.pipeline import load_resources
    from statgraph.settings import Settings

    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["split"] in halves]
    pairs = [(r["phrase_a"], r["phrase_b"], r["doc_a"], r["doc_b"]) for r in rows]
    passages = [(row_passage(r, "a"), row_passage(r, "b")) for r in rows]
    scores = pair_scores(pairs, load_resources(Settings()).gazetteer, passages)
    model = pair_model()
    threshold = model.threshold
    figures: dict = {"threshold": threshold, "tune_cross_validated_f1": model.trained_on.get("cross_validated_f1")}
    for split in halves:
        for column, name in columns:
            decisions = [(s >= threshold, r[column] == "1", r["doc_a"] == r["doc_b"])
                         for s, r in zip(scores, rows, strict=True) if r["split"] == split]
            figures[f"{split}_{name}"] = _figures([(said, gold) for said, gold, _ in decisions])
            for one, part in ((True, "one_article"), (False, "two_articles")):
                figures[f"{split}_{name}_{part}"] = _figures([(x, y) for x, y, same in decisions if same == one])
    return figures


def _figures(decisions: list[tuple[bool, bool]]) -> tuple[int, float, float, float]:
    """(pairs, precision, recall, F1), rounded."""
    p, r, f = _prf(decisions)
    return len(decisions), round(p, 3), round(r, 3), round(f, 3)


def _prf(decisions: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    tp = sum(1 for said, gold in decisions if said and gold)
    fp = sum(1 for said, gold in decisions if said and not gold)
    fn = sum(1 for said, gold in decisions if gold and not said)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graphs", nargs="*")
    parser.add_argument("--pairs", action="store_true", help="score bench/topic_pairs.tsv")
    parser.add_argument("--tune", action="store_true", help="the tune half only")
    parser.add_argument("--fresh", action="store_true", help="score bench/topic_pairs_fresh.tsv")
    parser.add_argument("--held", action="store_true", help="score bench/topic_pairs_held.tsv (once)")
    parser.add_argument("--held15", action="store_true", help="score bench/topic_pairs_held15.tsv")
    parser.add_argument("--held18", action="store_true", help="score bench/topic_pairs_held18.tsv")
    parser.add_argument("--held20", action="store_true", help="score bench/topic_pairs_held20.tsv (once)")
    args = parser.parse_args()
    for path in args.graphs:
        fig = graph_figures(path)
        share = fig["short"] / fig["topics"] if fig["topics"] else 1.0
        print(f"{path}: {fig['topics']} topics, {fig['short']} with <= 5 words ({share:.1%}); "
              f"congruence {fig['edges']['congruence']} edges, conflict {fig['edges']['conflict']} edges")
        for label in fig["longest"]:
            print(f"   {len(label.split())} words: {label}")
    if args.pairs or args.tune:
        print(pair_figures(("tune", "report") if args.pairs else ("tune",)))
    if args.fresh:
        print(pair_figures(("fresh",), FRESH, (("same", "reader"),)))
    if args.held:
        print(pair_figures(("held",), HELD, (("same", "reader"),)))
    if args.held15:
        print(pair_figures(("held15",), HELD15, (("same", "reader"),)))
    if args.held18:
        print(pair_figures(("held18",), HELD18, (("same", "reader"),)))
    if args.held20:
        print(pair_figures(("held20",), HELD20, (("same", "reader"),)))


if __name__ == "__main__":
    main()
