"""The judge: a learned, calibrated decision over the rules' candidates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from statgraph.errors import ExtractionError
from statgraph.judge import DEFAULT_MODEL, load_judge
from statgraph.judge.gold import matches
from statgraph.judge.model import JudgeModel, fit, load_model
from statgraph.judge.train import choose_threshold, ece
from statgraph.models import Statement


def _statement(holder: str, relation: str, target: str) -> Statement:
    return Statement(doc_id="d", doc_name="d.txt", holder=holder, holder_id=holder.replace(" ", "_"),
                     relation=relation, target=target, target_id=target.replace(" ", "_"),
                     start=0, end=1, evidence="x")


def test_fit_learns_which_feature_predicts_rightness() -> None:
    rows = [["bias", "rule=good"]] * 40 + [["bias", "rule=bad"]] * 40 + [["bias", "rule=good"]] * 4
    labels = [True] * 40 + [False] * 40 + [False] * 4
    weights = fit(rows, labels, ["bias", "rule=bad", "rule=good"], l2=1.0)
    model = JudgeModel(weights, 0.5)
    assert model.probability(["bias", "rule=good"]) > 0.8
    assert model.probability(["bias", "rule=bad"]) < 0.1
    assert model.probability(["bias", "never=seen", "rule=good"]) == model.probability(["bias", "rule=good"])


def test_fit_is_deterministic() -> None:
    rows = [["bias", f"f{i % 7}", f"g{i % 3}"] for i in range(60)]
    labels = [i % 4 != 0 for i in range(60)]
    columns = sorted({f for r in rows for f in r})
    assert fit(rows, labels, columns) == fit(rows, labels, columns)


def test_threshold_is_the_lowest_reaching_the_precision() -> None:
    probabilities = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4]
    labels = [True, True, True, False, True, False]
    assert choose_threshold(probabilities, labels, 0.85) == 0.7
    assert choose_threshold(probabilities, labels, 0.75) == 0.5
    assert choose_threshold([0.3], [False], 0.85) == 1.0


def test_ece_is_zero_when_confidence_is_the_share_right() -> None:
    assert ece([0.75] * 4, [True, True, True, False]) == pytest.approx(0.0)
    assert ece([0.95] * 2, [False, False]) == pytest.approx(0.95)


def test_gold_matching_follows_score_py() -> None:
    gold = {"relation": "criticizes", "holder_any": ["china", "beijing"], "target_all": [["philippin", "manila"]]}
    assert matches(gold, _statement("China", "opposes", "the Philippines"))  # same group
    assert not matches(gold, _statement("China", "supports", "the Philippines"))
    assert not matches(gold, _statement("Indochina", "opposes", "Philippines"))  # a word's start only
    met = {"relation": "met_with", "holder_any": ["wang yi"], "target_all": [["blinken"]]}
    assert matches(met, _statement("Antony Blinken", "met_with", "Wang Yi"))  # either way round
    assert not matches({**met, "relation": "visited"}, _statement("Antony Blinken", "visited", "Wang Yi"))


def test_missing_or_foreign_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError, match="no judge model"):
        load_model(tmp_path / "absent.json")
    foreign = tmp_path / "foreign.json"
    foreign.write_text(json.dumps({"format": "other/9", "weights": {}}), encoding="utf-8")
    with pytest.raises(ExtractionError, match="not a statgraph-judge/1"):
        load_judge(foreign)


def test_model_round_trips_byte_for_byte(tmp_path: Path) -> None:
    model = JudgeModel({"bias": -0.25, "rule=x": 1.5}, 0.6, {"train": {"a:train": "0" * 64}})
    path = tmp_path / "m.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(path)
    assert again.to_json() == model.to_json() and again.digest == model.digest


def test_packaged_model_is_trained_on_train_and_dev_only() -> None:
    model = load_model(DEFAULT_MODEL)
    corpora = list(model.trained_on["train"]) + list(model.trained_on["dev"])
    assert corpora and not any(spec.endswith(":test") for spec in corpora)
    assert 0.0 < model.threshold < 1.0


REALTEXT = Path(__file__).resolve().parent.parent / "bench" / "realtext"


def _tiny_corpus(folder: Path) -> Path:
    """Five train articles of bench/realtext: three for train, two for dev."""
    import csv

    with (REALTEXT / "sources.tsv").open(encoding="utf-8", newline="") as f:
        names = [row["file"] for row in csv.DictReader(f, delimiter="\t") if row["split"] == "train"][:5]
    (folder / "docs").mkdir(parents=True)
    (folder / "gold").mkdir()
    rows = ["file\tsplit"]
    for number, name in enumerate(names):
        stem = Path(name).stem
        (folder / "docs" / name).write_bytes((REALTEXT / "docs" / name).read_bytes())
        (folder / "gold" / f"{stem}.jsonl").write_bytes((REALTEXT / "gold" / f"{stem}.jsonl").read_bytes())
        rows.append(f"{name}\t{'train' if number < 3 else 'dev'}")
    (folder / "sources.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.mark.model
def test_train_is_a_deterministic_command(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from statgraph.cli import cli

    corpus = _tiny_corpus(tmp_path / "corpus")
    outs = [tmp_path / "a.json", tmp_path / "b.json"]
    for out in outs:
        result = CliRunner().invoke(cli, ["train", "--train", f"{corpus}:train", "--dev", f"{corpus}:dev",
                                          "--out", str(out)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    assert outs[0].read_bytes() == outs[1].read_bytes()
    model = load_model(outs[0])
    assert model.trained_on["train_candidates"] > 10 and len(model.weights) > 10
    assert list(model.trained_on["train"]) == [f"{corpus}:train"]
    bad = CliRunner().invoke(cli, ["train", "--train", f"{corpus}:nosuch", "--dev", f"{corpus}:dev", "--out", str(outs[0])])
    assert bad.exit_code == 1 and "no article in split 'nosuch'" in bad.output


@pytest.mark.model
def test_build_keeps_what_the_judge_trusts(tmp_path: Path) -> None:
    from statgraph import Settings, build, load_graph, read_statements

    article = REALTEXT / "docs" / "c04_somalia-rejects-ethiopia-port-deal.txt"
    kept = read_statements(load_graph(build([article], tmp_path / "kept.ttl").out))
    every = read_statements(load_graph(build([article], tmp_path / "all.ttl", Settings(min_confidence=0.0)).out))
    rules = read_statements(load_graph(build([article], tmp_path / "rules.ttl", Settings(judge="none")).out))
    threshold = load_model(DEFAULT_MODEL).threshold
    assert all(r["confidence"] >= threshold for r in kept)
    assert len(every) == len(rules) >= len(kept)
    assert [(r["holder"], r["relation"], r["target"]) for r in every] == [
        (r["holder"], r["relation"], r["target"]) for r in rules
    ]  # the judge rescores the rules' candidates; it adds none
    assert {r["confidence"] for r in every} != {r["confidence"] for r in rules}


@pytest.mark.model
def test_run_node_names_the_judge(tmp_path: Path) -> None:
    from statgraph import build, load_graph
    from statgraph.graph.namespaces import SG

    article = REALTEXT / "docs" / "c04_somalia-rejects-ethiopia-port-deal.txt"
    graph = load_graph(build([article], tmp_path / "g.ttl").out)
    labels = [str(o) for o in graph.objects(None, SG.model)]
    digest = load_model(DEFAULT_MODEL).digest[:16]
    assert labels and all(f"judge model.json sha256:{digest}" in label for label in labels)


def test_a_judge_file_is_read_once_while_it_stays_the_same(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(JudgeModel({"bias": 0.5}, 0.6).to_json(), encoding="utf-8")
    first = load_judge(path)
    assert load_judge(path) is first  # a build asks twice: to score, and to name the judge
    path.write_text(JudgeModel({"bias": 0.5, "rule=x": 1.0}, 0.7).to_json(), encoding="utf-8")
    again = load_judge(path)
    assert again is not first and again.threshold == 0.7 and again.name != first.name
    assert load_judge("default") is load_judge(DEFAULT_MODEL)
