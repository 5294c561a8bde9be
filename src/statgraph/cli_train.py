"""The statgraph command that trains the judge (added to the group in `cli`)."""

from __future__ import annotations

import json

import click

from .cli_options import click_error
from .errors import StatgraphError
from .settings import Settings

# What `train-pairs` learns from by default: every labelled pair but the newest held-back set's
# (bench/topic_pairs_held18.tsv, scored once in round eighteen): the packaged pair model's data.
PAIR_FILES = ("bench/topic_pairs.tsv", "bench/topic_pairs_fresh.tsv", "bench/topic_pairs_held.tsv",
              "bench/topic_pairs_held15.tsv")
PAIR_HALVES = ("tune", "report", "fresh", "held", "held15")


def parse_weights(text: str, option: str = "--dev-weight") -> list[float]:
    """`1,2.5` -> [1.0, 2.5]; a word that is no positive number is a usage error naming it and
    the `option` it was given to."""
    weights = []
    for word in (w.strip() for w in text.split(",") if w.strip()):
        try:
            weights.append(float(word))
        except ValueError as e:
            raise click.BadParameter(f"{word!r} is not a number", param_hint=option) from e
    if not weights or min(weights) <= 0:
        raise click.BadParameter(f"{text!r}: give positive numbers, comma-separated", param_hint=option)
    return weights


@click.command()
@click.option("--train", "train_specs", multiple=True, required=True, metavar="CORPUS",
              help="Training corpus: DIR:SPLIT (bench/realtext:train) or DOCS=GOLD (seeds=../shared/gold); repeatable.")
@click.option("--dev", "dev_specs", multiple=True, required=True, metavar="CORPUS",
              help="Corpus that chooses the regularisation and the threshold; repeatable.")
@click.option("--precision", type=click.FloatRange(0.5, 1.0), default=0.85, show_default=True,
              help="Dev precision the threshold is chosen to reach.")
@click.option("--features", "blocks", default="base", show_default=True, metavar="BLOCK,...",
              help="Feature blocks besides the base ones: path, shape, head, agree, position, document, "
              "reading, phrase, cross, embed (sentence embeddings; slow) (comma-separated).")
@click.option("--cross-fit", "folds", type=click.IntRange(min=0), default=0, show_default=True, metavar="K",
              help="Fit on dev too: K folds of dev articles, each predicted by a model fitted without it, "
              "choose the settings and threshold (0: fit on train only).")
@click.option("--dev-weight", "dev_weights", default="1", show_default=True, metavar="W,...",
              help="With --cross-fit: how many times a dev candidate counts in a fit; several are "
              "compared out of fold (comma-separated).")
@click.option("--identity-shrink", "identity_shrinks", default="1", show_default=True, metavar="M,...",
              help="With --cross-fit: the features that name the rule or its cue (learnt where the rules were "
              "written) are penalised M times harder; several are compared out of fold (comma-separated).")
@click.option("--calibrate", type=click.Choice(["none", "platt"]), default="none", show_default=True,
              help="With --cross-fit: a Platt map (two numbers) fitted on the out-of-fold dev predictions.")
@click.option("--train-offset", is_flag=True,
              help="With --cross-fit: each training corpus gets its own intercept, left out of the model, so "
              "the rules' better record on the articles they were written from does not raise confidence on new text.")
@click.option("--no-offset", "no_offset", multiple=True, metavar="CORPUS",
              help="With --train-offset: a training corpus (its spec, with or without @W) that gets no intercept of "
              "its own, fitted at new text's as dev is (seeds=../shared/gold); repeatable.")
@click.option("--offset-by-kind", is_flag=True,
              help="With --train-offset: each training corpus also gets an intercept for its stances and one for its "
              "events, so the rules' better record on their own articles is weighed apart for each kind.")
@click.option("--fold-by", type=click.Choice(["name", "batch", "outlet"]), default="name", show_default=True,
              help="With --cross-fit: what an article's fold keeps together: the article alone, its batch "
              "(DIR/sources.d: gathered together, on shared topics and outlets) or its outlet (sources.tsv).")
@click.option("--clause-model", default="off", show_default=True, metavar="off|default|FILE",
              help="The clause generator's group model, whose candidates the judge then learns too.")
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False), help="Model file to write (JSON).")
def train(  # noqa: PLR0913 - one parameter per option
    train_specs: tuple[str, ...],
    dev_specs: tuple[str, ...],
    precision: float,
    blocks: str,
    folds: int,
    dev_weights: str,
    identity_shrinks: str,
    calibrate: str,
    train_offset: bool,
    fold_by: str,
    no_offset: tuple[str, ...],
    offset_by_kind: bool,
    clause_model: str,
    out: str,
) -> None:
    """Train the judge that scores candidate statements, from articles with gold statements.

    The rules run on every article; each candidate is labelled by the gold (../shared/gold/SCHEMA.md),
    a logistic regression is fitted on the train corpora, and the dev corpora choose its
    regularisation and the confidence threshold below which `build` drops a statement.
    With `--cross-fit K` the dev articles are learned from too: each of K folds of them is
    scored by a judge fitted without it, and those out-of-fold scores choose the settings and
    the threshold. `--features` adds optional feature blocks (the model file names them;
    `build` reads the same). A corpus ending in `@W` counts W times. Deterministic: the same
    articles give the same file. The example is the packaged judge's command.

    Example:

        statgraph train --train bench/realtext:train --train seeds=../shared/gold --no-offset seeds=../shared/gold --dev bench/realtext:dev --cross-fit 5 --train-offset --offset-by-kind --features document,agree,phrase,reading --dev-weight 2 --identity-shrink 2 --fold-by batch --out src/statgraph/judge/model.json
    """
    from .judge.train import save_model
    from .judge.train import train as train_judge

    try:
        model, report = train_judge(train_specs, dev_specs, Settings(judge="none", clause_model=clause_model), precision=precision,
                                    blocks=[b.strip() for b in blocks.split(",") if b.strip()], cross_fit=folds,
                                    dev_weights=parse_weights(dev_weights), calibration=calibrate,
                                    train_offset=train_offset, fold_by=fold_by, no_offset=no_offset,
                                    offset_by_kind=offset_by_kind,
                                    identity_shrinks=parse_weights(identity_shrinks, "--identity-shrink"))
        save_model(model, out)
    except StatgraphError as e:
        raise click_error(e) from e
    click.echo(json.dumps(report, indent=1, sort_keys=True))
    click.echo(f"{len(model.weights)} weights, threshold {model.threshold} -> {out}", err=True)


@click.command("train-clauses")
@click.option("--train", "train_specs", multiple=True, required=True, metavar="CORPUS",
              help="Training corpus: DIR:SPLIT (bench/realtext:train) or DOCS=GOLD; repeatable.")
@click.option("--l2", type=click.FloatRange(min=0.01), default=None,
              help="L2 strength of each group's logistic regression (default: chosen by 5-fold "
              "cross-validation over the training articles).")
@click.option("--floor", type=click.FloatRange(0.0, 1.0), default=0.5, show_default=True,
              help="The probability a group must reach for the generator to propose it.")
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False), help="Model file to write (JSON).")
def train_clauses(train_specs: tuple[str, ...], l2: float | None, floor: float, out: str) -> None:
    """Train the group model of the broader candidate generator (each attributed clause x the
    actors and issues it mentions) from articles with gold statements.

    Every clause reading of the training articles is labelled with the gold group whose
    evidence overlaps it and whose holder and target match, else "none"; one logistic
    regression per group is fitted. Deterministic: the same articles give the same file.

    Example:

        statgraph train-clauses --train bench/realtext:train --out src/statgraph/extract/stances/clause_groups.json
    """
    from pathlib import Path

    from .judge.clause_training import choose_strength, clause_rows, train_groups
    from .judge.corpus import load_corpus

    try:
        data = clause_rows(train_specs)
        digests = {spec: load_corpus(spec).digest for spec in train_specs}
        chosen, validation = choose_strength(data, floor=floor) if l2 is None else (l2, {})
        model = train_groups(data, chosen, floor, {"train": digests, **validation})
        Path(out).write_text(model.to_json(), encoding="utf-8")
    except StatgraphError as e:
        raise click_error(e) from e
    click.echo(json.dumps(model.trained_on, indent=1, sort_keys=True))


@click.command("train-pairs")
@click.option("--pairs", "pairs_files", multiple=True, default=PAIR_FILES, show_default=True,
              type=click.Path(exists=True, dir_okay=False),
              help="Labelled phrase pairs (bench/TOPIC_PAIRS.md); repeat for several files.")
@click.option("--half", "halves", multiple=True, default=PAIR_HALVES, show_default=True,
              help="The halves (column `split`) to learn from, in every file; repeat for several.")
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False), help="Model file to write (JSON).")
def train_pairs(pairs_files: tuple[str, ...], halves: tuple[str, ...], out: str) -> None:
    """Train the pair model that decides whether two target phrases name one issue (the
    concept linker's), from labelled phrase pairs.

    A logistic regression over each pair's features (embedding cosine, shared head, issue
    words and names, ...), fitted on the adjudicated labels where a file has them (else its
    reader's); its regularisation is chosen by cross-validation inside the pairs read, folds
    dealt by groups of phrases so no phrase is on both sides; a pair is joined from probability
    0.6 up. Deterministic: the same files give the same model. By default it reads every
    labelled set but the newest held-back one (bench/topic_pairs_held18.tsv), which is read
    only when named; the example makes the packaged model.

    Example:

        statgraph train-pairs --out src/statgraph/link/pair_model.json
    """
    from pathlib import Path

    from .link.pair_training import join_rows, read_pairs
    from .link.pair_training import train_pairs as fit_pairs
    from .pipeline import load_resources

    try:
        gazetteer = load_resources(Settings()).gazetteer
        data = join_rows([read_pairs(Path(path), halves, gazetteer) for path in pairs_files])
        if not len(data.labels) or not data.labels.any():
            raise click.UsageError(f"{', '.join(pairs_files)}: no same-issue pair in the halves {halves!r}")
        model = fit_pairs(data)
        Path(out).write_text(model.to_json(), encoding="utf-8")
    except StatgraphError as e:
        raise click_error(e) from e
    click.echo(json.dumps(model.trained_on, indent=1, sort_keys=True))
    click.echo(f"{len(model.weights)} weights, threshold {model.threshold} -> {out}", err=True)
