"""Cross-fitting over dev: the judge learns from the dev articles too, and is still chosen on
predictions for articles it did not see.

The rules were written by reading the training articles, so their candidates there look more
reliable than on new text; dev is the only labelled new text. Dev's articles are dealt into
K folds (sorted by name, dealt in turn: deterministic and balanced), or with `--fold-by batch`
(or `outlet`) whole groups of them (corpus.article_groups), each fold's model then fitted
without the training articles of its groups too: new text comes from outlets and topics the
judge has not seen. For each fold a model is fitted on the training candidates and the other
folds' dev candidates (each of those counting `dev_weight` times) and predicts the held-out
fold. The pooled out-of-fold predictions, one for every dev candidate, choose the
regularisation, the dev weight and the identity shrink (the lowest log loss;
`--identity-shrink M`: the features that name the rule or its cue, learnt where the rules
were written, are penalised M times harder than the rest), an
optional Platt map (confidence = sigmoid(a * log-odds + b), its own out-of-fold figures from
maps fitted on the other folds) and the threshold (the lowest at which they reach the
precision asked for). The model shipped is fitted on train and all of dev with the chosen
settings, the Platt map folded into its weights. With `--train-offset` each training corpus
has an intercept of its own in every fit, which the model leaves out: new text is judged at
dev's intercept; a training corpus named by `--no-offset` (the seeds, say) has none and is fitted
at that intercept too. With `--offset-by-kind` each marked corpus also has an intercept for its
stances and one for its events: the rules' record on the articles they were written from is
better by more for their events than for their stances (round 22: 0.93 against 0.49 in log-odds),
and one intercept for both takes the events' flattery off new text's stances too. The report's `dev_nested` gives what each fold keeps at the threshold the
other folds choose: the threshold's figures on articles it was not chosen on.

    statgraph train --train bench/realtext:train --train seeds=../shared/gold --no-offset seeds=../shared/gold \\
                    --dev bench/realtext:dev --cross-fit 5 --train-offset --offset-by-kind \\
                    --features document,agree,phrase,reading --dev-weight 2 --identity-shrink 2 --fold-by batch \\
                    --out src/statgraph/judge/model.json
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..errors import InputError
from .features import vocabulary
from .metrics import average_precision, choose_threshold, evaluate, kept_figures, log_loss
from .model import JudgeModel, fit, newton, sigmoid
from .style import kind_of

if TYPE_CHECKING:
    from ..models import Statement
    from .train import Candidates

CALIBRATIONS = ("none", "platt")
OFFSET = "offset="  # a training corpus's own intercept (--train-offset); new text has none


def folds_of(keys: Sequence[str], k: int, groups: Sequence[str] | None = None) -> list[int]:
    """The fold of each candidate (keyed by its article). Without `groups`, each article is its
    own group; with them (each candidate's article group, corpus.article_groups), an article's
    whole group shares its fold. Groups are dealt the largest first (ties by name), each to the
    fold with the fewest articles so far (ties: the lowest): articles alone are dealt in turn
    in name order, article i to fold i modulo k."""
    group_of = dict(zip(keys, groups if groups else keys, strict=True))
    sizes = Counter(group_of[article] for article in set(keys))
    if k < 2 or k > len(sizes):
        raise InputError(f"--cross-fit {k}: give a number of folds from 2 to {len(sizes)} (the dev article groups)")
    load = [0] * k
    fold = {}
    for group in sorted(sizes, key=lambda g: (-sizes[g], g)):
        fold[group] = min(range(k), key=lambda i: (load[i], i))
        load[fold[group]] += sizes[group]
    return [fold[group_of[key]] for key in keys]


def counts_of(found: Candidates) -> list[float]:
    """How many times each candidate counts in a fit (its corpus's weight; once by default)."""
    return list(found.counts) if found.counts else [1.0] * len(found.rows)


def offset_of(key: str) -> str:
    """The feature that marks a training candidate's corpus (its key is `spec|document`)."""
    return OFFSET + key.rsplit("|", 1)[0]


def offsets_of(key: str, statement: Statement | None, by_kind: bool) -> list[str]:
    """The marks of a training candidate: its corpus's, and with `by_kind` also its corpus's
    for the candidate's kind (`offset=SPEC|stance` or `|event`, style.kind_of): how much the
    articles the rules were written from flatter them differs between stances and events."""
    mark = offset_of(key)
    return [mark, f"{mark}|{kind_of(statement.relation)}"] if by_kind and statement is not None else [mark]


def fit_pooled(train_set: Candidates, dev_set: Candidates, dev_rows: Sequence[int], l2: float,
               dev_weight: float, offsets: bool = False, identity: float = 1.0) -> JudgeModel:
    """A model (threshold 0) fitted on every training candidate and the dev candidates `dev_rows`,
    each of those counting `dev_weight` times its corpus weight; columns: features seen in two
    articles (features.vocabulary).
    With `offsets`, each training candidate also carries its corpus's mark (`offset=SPEC`), so
    the fit learns how much more often the rules are right on the articles they were written
    from than on new text, and the rest of the model is not flattered by it; a corpus in
    `train_set.unmarked` carries none (fitted at new text's intercept, as dev is); with
    `train_set.by_kind` a marked candidate also carries its corpus's mark for its kind. The features
    that name the rule or cue are penalised `identity` times `l2` (model.penalties)."""
    unmarked = {OFFSET + spec for spec in train_set.unmarked}
    statements = train_set.statements if train_set.by_kind else [None] * len(train_set.rows)
    marked = [row if offset_of(key) in unmarked else [*row, *offsets_of(key, statement, train_set.by_kind)]
              for row, key, statement in zip(train_set.rows, train_set.keys, statements, strict=True)] \
        if offsets else train_set.rows
    rows = marked + [dev_set.rows[i] for i in dev_rows]
    keys = train_set.keys + [dev_set.keys[i] for i in dev_rows]
    labels = train_set.labels + [dev_set.labels[i] for i in dev_rows]
    dev_counts = counts_of(dev_set)
    counts = counts_of(train_set) + [dev_weight * dev_counts[i] for i in dev_rows]
    return JudgeModel(fit(rows, labels, vocabulary(rows, keys=keys), l2, counts=counts, identity=identity), 0.0)


def without_groups(train_set: Candidates, groups: set[str]) -> Candidates:
    """The training candidates whose article group is none of `groups` (all, when none is)."""
    if not groups.intersection(train_set.groups):
        return train_set
    kept = [i for i, g in enumerate(train_set.groups) if g not in groups]
    counts = counts_of(train_set)
    return replace(train_set, statements=[train_set.statements[i] for i in kept],
                   rows=[train_set.rows[i] for i in kept], labels=[train_set.labels[i] for i in kept],
                   keys=[train_set.keys[i] for i in kept], vectors=[],
                   counts=[counts[i] for i in kept], groups=[train_set.groups[i] for i in kept])


def out_of_fold(train_set: Candidates, dev_set: Candidates, folds: Sequence[int], l2: float,
                dev_weight: float, offsets: bool = False, identity: float = 1.0) -> list[float]:
    """Each dev candidate's log-odds from the model fitted without its fold, nor the training
    articles of its fold's groups (a batch or an outlet, corpus.article_groups: new text
    shares neither)."""
    logits = [0.0] * len(dev_set.rows)
    for fold in sorted(set(folds)):
        held = [i for i, f in enumerate(folds) if f == fold]
        rest = [i for i, f in enumerate(folds) if f != fold]
        fitted = without_groups(train_set, {dev_set.groups[i] for i in held} if dev_set.groups else set())
        model = fit_pooled(fitted, dev_set, rest, l2, dev_weight, offsets, identity)
        for i in held:
            logits[i] = sum(model.weights.get(f, 0.0) for f in set(dev_set.rows[i]))
    return logits


def split_offsets(model: JudgeModel) -> tuple[JudgeModel, dict[str, float]]:
    """The model without the training corpora's intercepts (no new candidate carries one), and
    those intercepts by corpus."""
    learnt = {name[len(OFFSET) :]: w for name, w in model.weights.items() if name.startswith(OFFSET)}
    kept = {name: w for name, w in model.weights.items() if not name.startswith(OFFSET)}
    return replace(model, weights=kept), learnt


def platt(logits: Sequence[float], labels: Sequence[bool]) -> tuple[float, float]:
    """(a, b) such that sigmoid(a * logit + b) best fits the labels (barely penalised)."""
    import numpy as np

    x = np.column_stack([np.asarray(logits, dtype=float), np.ones(len(logits))])
    a, b = newton(x, labels, np.full(2, 1e-6))
    return round(float(a), 6), round(float(b), 6)


def calibrated(logits: Sequence[float], labels: Sequence[bool], folds: Sequence[int], method: str) -> list[float]:
    """Out-of-fold probabilities, each rounded as a statement's confidence is: with `platt`,
    each fold's through the map fitted on the other folds' log-odds."""
    if method == "none":
        return [round(sigmoid(z), 2) for z in logits]
    out = [0.0] * len(logits)
    for fold in sorted(set(folds)):
        rest = [i for i, f in enumerate(folds) if f != fold]
        a, b = platt([logits[i] for i in rest], [labels[i] for i in rest])
        for i, f in enumerate(folds):
            if f == fold:
                out[i] = round(sigmoid(a * logits[i] + b), 2)
    return out


def nested_kept(probabilities: Sequence[float], labels: Sequence[bool], folds: Sequence[int],
                precision: float) -> list[int]:
    """The candidates each fold keeps at the threshold the other folds' out-of-fold predictions
    choose: what a threshold chosen on some articles keeps of new ones, so its precision says
    how far the chosen threshold's own figure flatters it."""
    kept = []
    for fold in sorted(set(folds)):
        rest = [i for i, f in enumerate(folds) if f != fold]
        threshold = choose_threshold([probabilities[i] for i in rest], [labels[i] for i in rest], precision)
        kept += [i for i, f in enumerate(folds) if f == fold and probabilities[i] >= threshold]
    return sorted(kept)


def fold_map(model: JudgeModel, a: float, b: float) -> JudgeModel:
    """The model whose probability is sigmoid(a * log-odds + b): weights times a, b on the bias."""
    weights = {name: round(a * w, 6) for name, w in model.weights.items()}
    weights["bias"] = round(weights.get("bias", 0.0) + b, 6)
    return replace(model, weights={name: w for name, w in weights.items() if w != 0.0})


def check_options(k: int, dev_weights: Sequence[float], method: str, dense: bool,
                  identities: Sequence[float] = (1.0,)) -> None:
    """An InputError naming the choices when the cross-fitting options cannot be honoured."""
    if method not in CALIBRATIONS:
        raise InputError(f"calibration {method!r}: choose from {', '.join(CALIBRATIONS)}")
    for name, values in (("dev weights", dev_weights), ("identity shrinks", identities)):
        if not values or any(w <= 0 for w in values):
            raise InputError(f"{name} {list(values)}: give one or more positive numbers")
    if dense:
        raise InputError("--cross-fit does not take the embed block; train it without --cross-fit")
    if k < 2:
        raise InputError(f"--cross-fit {k}: give at least 2 folds")


def search(train_set: Candidates, dev_set: Candidates, folds: Sequence[int], strengths: Sequence[float],
           dev_weights: Sequence[float], identities: Sequence[float], method: str,
           offsets: bool) -> tuple[float, dict[str, float], list[float]]:
    """The lowest out-of-fold dev log loss over the settings, those settings (l2, dev weight,
    identity shrink) and their out-of-fold log-odds; ties go to the setting tried first."""
    best: tuple[float, dict[str, float], list[float]] | None = None
    for l2 in strengths:
        for weight in dev_weights:
            for identity in identities:
                logits = out_of_fold(train_set, dev_set, folds, l2, weight, offsets, identity)
                loss = log_loss(calibrated(logits, dev_set.labels, folds, method), dev_set.labels)
                if best is None or loss < best[0] - 1e-12:
                    best = (loss, {"l2": l2, "dev_weight": weight, "identity_shrink": identity}, logits)
    if best is None:
        raise InputError("no regularisation strength to try")
    return best


def cross_fit(train_set: Candidates, dev_set: Candidates, precision: float, k: int,
              strengths: Sequence[float], dev_weights: Sequence[float] = (1.0,),
              method: str = "none", offsets: bool = False,
              identities: Sequence[float] = (1.0,)) -> tuple[JudgeModel, dict]:
    """The model fitted on train and all of dev at the settings whose out-of-fold dev
    predictions have the lowest log loss, its Platt map folded in (`method` platt), and the
    out-of-fold dev report at the threshold they choose. With `offsets`, the training corpora's
    own intercepts (fit_pooled) are reported and left out of the model; `identities` are the
    shrinks of the rule's and cue's own features tried (model.penalties)."""
    check_options(k, dev_weights, method, bool(train_set.vectors), identities)
    folds = folds_of(dev_set.keys, k, dev_set.groups or None)
    loss, chosen, logits = search(train_set, dev_set, folds, strengths, dev_weights, identities, method, offsets)
    probabilities = calibrated(logits, dev_set.labels, folds, method)
    threshold = choose_threshold(probabilities, dev_set.labels, precision)
    model = fit_pooled(train_set, dev_set, range(len(dev_set.rows)), chosen["l2"], chosen["dev_weight"], offsets,
                       chosen["identity_shrink"])
    model, learnt = split_offsets(model)
    report = {**chosen, "cross_fit": k, "calibration": method,
              **({"train_offsets": learnt} if offsets else {}),
              "dev_log_loss": round(loss, 4), "features": len(model.weights),
              "dev_average_precision": round(average_precision(probabilities, dev_set.labels), 3),
              "train_candidates": len(train_set.rows), "train_right": sum(train_set.labels),
              "dev_candidates": len(dev_set.rows), "dev_right": sum(dev_set.labels),
              "dev": evaluate(dev_set, probabilities, threshold),
              "dev_nested": kept_figures(dev_set, probabilities,
                                         nested_kept(probabilities, dev_set.labels, folds, precision)),
              "dev_no_threshold": evaluate(dev_set, probabilities, 0.0)}
    if method == "platt":
        a, b = platt(logits, dev_set.labels)
        model, report["platt"] = fold_map(model, a, b), {"a": a, "b": b}
    return model, report
