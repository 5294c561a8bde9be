"""What each of the judge's optional feature blocks adds on dev, and what it costs.

The rules run once on the train, dev and seed documents (no judge); every candidate's base
features and the features of each block (src/statgraph/judge/context.py) are recorded, with
the time each block took. Then for each block set a judge is fitted on train and chosen on
dev exactly as `statgraph train` does it, and the table gives, on dev: log loss, average
precision (how well the judge ranks), the threshold that reaches the precision asked for,
and recall / precision / ECE there; on the seeds (not trained on): recall and precision at
that threshold, and their calibration error with every candidate (a second check of
whether a confidence means the same on other text); and the block's cost, in seconds per
100,000 words and as a share of the whole run (parse, rules and features).

    python bench/bench_judge.py                       # every block alone, then all together
    python bench/bench_judge.py --sets base path,head # chosen sets (comma-separated blocks)
    python bench/bench_judge.py --sets base document --cross-fit 5 --train-offset --grouped 5
                                                      # as the packaged judge is fitted: dev out of fold,
                                                      # and train and dev by article-grouped folds
    python bench/bench_judge.py --sets document --cross-fit 5 --train-offset --fold-by batch
                                                      # dev folds that hold out whole batches (their
                                                      # training articles too): new topics and outlets
    python bench/bench_judge.py --sets document,agree,phrase,reading --cross-fit 5 --train-offset \
        --offset-by-kind --fold-by batch              # train's intercept apart for stances and events

The `embed` block (src/statgraph/judge/dense.py, sentence embeddings) is timed like the
others; its rank and strength are chosen on dev with the other regularisation.

The test split is never read.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from statgraph import Settings
from statgraph.judge.context import BASE, BLOCKS
from statgraph.judge.crossfit import cross_fit, fit_pooled, folds_of, split_offsets
from statgraph.judge.corpus import FOLD_BY, article_groups, load_corpus
from statgraph.judge.dense import EMBED, document_vectors
from statgraph.judge.features import document_features
from statgraph.judge.gold import is_right
from statgraph.judge.model import KNOWN_BLOCKS
from statgraph.judge.metrics import ece, log_loss
from statgraph.judge.train import STRENGTHS, Candidates, choose, evaluate

ROOT = Path(__file__).resolve().parent.parent
SEEDS = f"{ROOT / 'seeds'}={ROOT.parent / 'shared' / 'gold'}"
REALTEXT = ROOT / "bench" / "realtext"
CORPORA = {"train": f"{REALTEXT}:train", "dev": f"{REALTEXT}:dev", "seeds": SEEDS}
OPTIONAL = [b for b in KNOWN_BLOCKS if b not in (BASE, EMBED)]  # the blocks read from the parse


class TimedRecorder:
    """A judge that changes nothing and keeps each candidate's features, timing each block."""

    threshold = 0.0
    name = "timed-recorder"

    def __init__(self) -> None:
        self.features: dict[str, list[list[str]]] = {}
        self.vectors: dict[str, object] = {}
        self.seconds: Counter[str] = Counter()
        self.words = 0

    def __call__(self, document, statements, parsed):  # type: ignore[no-untyped-def]
        self.words += len(document.text.split())
        started = time.perf_counter()
        rows = base_rows = document_features(statements, parsed)
        base = time.perf_counter() - started
        self.seconds[BASE] += base
        for block in OPTIONAL:  # each block's own time: base and block, less base
            started = time.perf_counter()
            found = document_features(statements, parsed, (BASE, block))
            self.seconds[block] += max(0.0, time.perf_counter() - started - base)
            rows = [r + f[len(b):] for r, b, f in zip(rows, base_rows, found, strict=True)]
        self.features[document.id] = rows
        started = time.perf_counter()
        self.vectors[document.id] = document_vectors(statements, parsed)
        self.seconds[EMBED] += time.perf_counter() - started
        return statements


def collect(spec: str, settings: Settings) -> tuple[Candidates, TimedRecorder, float]:
    """A corpus's candidates with every block's features; the recorder; the run's seconds."""
    from statgraph.pipeline import Report, extract_statements, iter_documents

    corpus, recorder, out = load_corpus(spec), TimedRecorder(), Candidates()
    started = time.perf_counter()
    for document, statements in extract_statements(iter_documents(corpus.paths, Report()), settings, judge=recorder):
        key = f"{spec}|{document.name}"  # as train.py keys them: --train-offset reads the corpus from it
        gold = out.gold[key] = corpus.gold.get(document.name, [])
        out.vectors += list(recorder.vectors[document.id])
        for statement, row in zip(statements, recorder.features[document.id], strict=True):
            out.keys.append(key)
            out.statements.append(statement)
            out.rows.append(row)
            out.labels.append(is_right(statement, gold))
            out.counts.append(1.0)
    return out, recorder, time.perf_counter() - started


def only(found: Candidates, blocks: Sequence[str]) -> Candidates:
    """The candidates with the base features and those of `blocks` only."""
    def keep(feature: str) -> bool:
        head = feature.split("=", 1)[0]
        return ":" not in head or head.split(":", 1)[0] in blocks

    return Candidates(found.statements, [[f for f in row if keep(f)] for row in found.rows], found.labels,
                      found.keys, found.gold, found.vectors if EMBED in blocks else [], found.counts, found.groups)


def load_runs(cache: Path | None) -> dict[str, tuple[Candidates, TimedRecorder, float]]:
    """Every corpus's candidates, recorder and seconds; from `cache` when it exists."""
    import pickle

    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())  # noqa: S301 - a file this script wrote
    settings = Settings(judge="none", min_confidence=0.0)
    runs = {name: collect(spec, settings) for name, spec in CORPORA.items()}
    if cache is not None:
        cache.write_bytes(pickle.dumps(runs))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=[BASE, *OPTIONAL, ",".join(sorted(BLOCKS)), EMBED],
                        help="block sets to compare, each comma-separated (base is always in)")
    parser.add_argument("--precision", type=float, default=0.85, help="dev precision the threshold must reach")
    parser.add_argument("--cross-fit", type=int, default=0, metavar="K",
                        help="fit on dev too, as `statgraph train --cross-fit K` does: dev figures out of fold")
    parser.add_argument("--train-offset", action="store_true", help="with --cross-fit: train's own intercept")
    parser.add_argument("--offset-by-kind", action="store_true",
                        help="with --train-offset: train's own intercepts for its stances and its events too")
    parser.add_argument("--fold-by", choices=FOLD_BY, default="name",
                        help="with --cross-fit: what a dev fold keeps together (statgraph train --fold-by)")
    parser.add_argument("--grouped", type=int, default=0, metavar="K",
                        help="also: log loss and ECE of train and dev, K folds over both corpora's articles")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the collected candidates in this pickle and reuse it (same rules only)")
    options = parser.parse_args()
    runs = load_runs(options.cache)
    for name in ("train", "dev"):  # each candidate's article group, as `statgraph train --fold-by` deals them
        runs[name][0].groups = groups_of(runs[name][0], options.fold_by)
    total_seconds = sum(r[2] for r in runs.values())
    words = sum(r[1].words for r in runs.values())
    print(f"{len(runs['train'][0].rows)} train, {len(runs['dev'][0].rows)} dev, {len(runs['seeds'][0].rows)} seed "
          f"candidates; {words:,} words, {total_seconds:.0f} s in all (parse, rules, every block)")
    print(f"{'blocks':32} {'logloss':>7} {'AP':>6} {'thr':>5} {'recall':>6} {'prec':>6} {'ECE':>6} "
          f"{'seedsR':>6} {'seedsP':>6} {'seedsECE':>8} {'s/100k words':>12} {'share':>6}")
    for text in options.sets:
        blocks = [b for b in text.split(",") if b and b != BASE]
        sets = {name: only(found, blocks) for name, (found, _, _) in runs.items()}
        sets["train"].by_kind = options.offset_by_kind
        model, report = fit_judge(sets, options)
        dev = report["dev"]
        seeds_p = [round(p, 2) for p in model.probabilities(sets["seeds"].rows, sets["seeds"].vectors or None)]
        seeds, every = evaluate(sets["seeds"], seeds_p, dev["threshold"]), evaluate(sets["seeds"], seeds_p, 0.0)
        cost = sum(sum(r[1].seconds[b] for r in runs.values()) for b in blocks)
        print(f"{'+'.join([BASE, *blocks]):32} {report['dev_log_loss']:>7.4f} {report['dev_average_precision']:>6.3f} "
              f"{dev['threshold']:>5.2f} {dev['recall']:>6.3f} {dev['precision']:>6.3f} {dev['ece']:>6.3f} "
              f"{seeds['recall']:>6.3f} {seeds['precision']:>6.3f} {every['ece']:>8.3f} {1e5 * cost / words:>12.2f} "
              f"{cost / total_seconds:>6.1%}  {chosen(report)}")
        print(*notes(sets, report, options), sep="\n")


def groups_of(found: Candidates, by: str) -> list[str]:
    """Each candidate's article group (`by`: corpus.article_groups), as train.candidates records it."""
    corpora = {key.rsplit("|", 1)[0] for key in found.keys}
    groups = {spec: article_groups(load_corpus(spec), by) for spec in corpora}
    return [key if by == "name" else groups[key.rsplit("|", 1)[0]][key.rsplit("|", 1)[1]] for key in found.keys]


def notes(sets: dict[str, Candidates], report: dict, options: argparse.Namespace) -> list[str]:
    """Lines under a set's row: the nested-threshold dev figures (cross-fit), the seeds' log
    loss, and the article-grouped log loss and ECE (--grouped K)."""
    out = []
    if "dev_nested" in report:
        nested = report["dev_nested"]
        out.append(f"    nested threshold: dev recall {nested['recall']:.3f} precision {nested['precision']:.3f}")
    if options.grouped:
        figures = grouped(sets, report["l2"], options.grouped, options.train_offset)
        out.append(f"    grouped {options.grouped} folds (log loss, ECE): " +
                   ", ".join(f"{name} {loss:.4f} {error:.3f}" for name, (loss, error) in figures.items()))
    return out


def fit_judge(sets: dict[str, Candidates], options: argparse.Namespace) -> tuple:
    """The judge and its dev report, as `statgraph train` fits it with these options."""
    if options.cross_fit:
        return cross_fit(sets["train"], sets["dev"], options.precision, options.cross_fit, STRENGTHS,
                         offsets=options.train_offset)
    return choose(sets["train"], sets["dev"], options.precision)


def grouped(sets: dict[str, Candidates], l2: float, k: int, offsets: bool) -> dict[str, tuple[float, float]]:
    """Log loss and ECE of every train and dev candidate predicted by a model fitted without its
    article: the train and dev articles pooled and dealt into `k` folds, each fold's model fitted
    on the others (train candidates with their corpus's intercept when `offsets`) and
    predicting its articles at new text's intercept."""
    train_set, dev_set = sets["train"], sets["dev"]
    folds = folds_of(train_set.keys + dev_set.keys, k)
    split = len(train_set.rows)
    probabilities = [0.0] * len(folds)
    for fold in sorted(set(folds)):
        held = Candidates(rows=[r for r, f in zip(train_set.rows + dev_set.rows, folds, strict=True) if f == fold])
        fitted_train = subset(train_set, [i for i in range(split) if folds[i] != fold])
        rest = [i - split for i in range(split, len(folds)) if folds[i] != fold]
        model, _ = split_offsets(fit_pooled(fitted_train, dev_set, rest, l2, 1.0, offsets))
        for i, p in zip([i for i, f in enumerate(folds) if f == fold], model.probabilities(held.rows), strict=True):
            probabilities[i] = round(p, 2)
    labels = train_set.labels + dev_set.labels
    parts = {"train": range(split), "dev": range(split, len(folds)), "all": range(len(folds))}
    return {name: (log_loss([probabilities[i] for i in part], [labels[i] for i in part]),
                   ece([probabilities[i] for i in part], [labels[i] for i in part])) for name, part in parts.items()}


def subset(found: Candidates, indices: Sequence[int]) -> Candidates:
    """The candidates at `indices` (their rows, labels, keys and counts)."""
    return Candidates(statements=[found.statements[i] for i in indices], rows=[found.rows[i] for i in indices],
                      labels=[found.labels[i] for i in indices], keys=[found.keys[i] for i in indices],
                      counts=[found.counts[i] for i in indices], by_kind=found.by_kind)


def chosen(report: dict) -> str:
    """The regularisation dev chose, and the embed block's rank and strength."""
    return " ".join(f"{k}={report[k]:g}" for k in ("l2", "embed_rank", "embed_l2") if k in report)


if __name__ == "__main__":
    main()
