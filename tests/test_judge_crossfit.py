"""Cross-fitting the judge over dev (judge/crossfit.py) and weighted corpora."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from statgraph.errors import InputError
from statgraph.judge.corpus import load_corpus, split_weight
from statgraph.judge.crossfit import cross_fit, fit_pooled, fold_map, folds_of, nested_kept, out_of_fold, platt
from statgraph.judge.features import vocabulary
from statgraph.judge.model import JudgeModel, fit, penalties
from statgraph.judge.train import Candidates, train
from statgraph.models import Statement


def _candidates(articles: dict[str, list[tuple[list[str], bool]]]) -> Candidates:
    """Candidates of articles, each a list of (features, right)."""
    out = Candidates()
    for key, items in articles.items():
        out.gold[key] = []
        for features, right in items:
            out.statements.append(Statement(doc_id=key, doc_name=key, holder="A", holder_id="A", relation="supports",
                                            target="B", target_id="B", start=0, end=1, evidence="x"))
            out.rows.append(["bias", *features])
            out.labels.append(right)
            out.keys.append(key)
    return out


def test_folds_are_whole_articles_dealt_in_turn() -> None:
    keys = ["dev|c.txt", "dev|a.txt", "dev|b.txt", "dev|a.txt", "dev|d.txt", "dev|c.txt"]
    folds = folds_of(keys, 2)
    assert folds == [0, 0, 1, 0, 1, 0]  # a, b, c, d sorted and dealt: a 0, b 1, c 0, d 1
    assert folds_of(list(reversed(keys)), 2) == list(reversed(folds))  # by name, not by order met
    with pytest.raises(InputError, match="from 2 to 4"):
        folds_of(keys, 5)


def test_a_held_out_article_is_predicted_without_its_own_labels() -> None:
    train_set = _candidates({"t1": [(["rule=x"], True)] * 6 + [(["rule=y"], False)] * 6})
    dev = {f"d{i}": [(["rule=x"], i % 2 == 0), (["rule=y"], False)] for i in range(4)}
    dev_set = _candidates(dev)
    folds = folds_of(dev_set.keys, 4)
    before = out_of_fold(train_set, dev_set, folds, 1.0, 1.0)
    flipped = _candidates({**dev, "d0": [(["rule=x"], False), (["rule=y"], True)]})  # d0's labels turned round
    after = out_of_fold(train_set, flipped, folds, 1.0, 1.0)
    held = [i for i, key in enumerate(dev_set.keys) if key == "d0"]
    assert [after[i] for i in held] == [before[i] for i in held]
    assert after != before  # the other folds' models learnt from d0's new labels


def test_a_weight_counts_like_repeated_rows() -> None:
    rows = [["bias", "a"], ["bias", "a"], ["bias", "b"], ["bias", "b"], ["bias", "a"]]
    labels = [True, False, False, False, True]
    columns = ["a", "b", "bias"]
    weighted = fit(rows, labels, columns, 1.0, counts=[2, 1, 1, 1, 1])
    repeated = fit([rows[0], *rows], [labels[0], *labels], columns, 1.0)
    assert weighted == pytest.approx(repeated, abs=1e-5)


def test_platt_map_folds_into_the_weights() -> None:
    logits = [i / 4 - 3 for i in range(25)]
    labels = [(i * 7) % 10 < 10 / (1 + math.exp(-(2 * z - 1))) for i, z in enumerate(logits * 8)]
    a, b = platt(logits * 8, labels)
    assert 1.0 < a < 3.0 and -2.0 < b < 0.0
    model = JudgeModel({"bias": 0.5, "rule=x": 1.25}, 0.0)
    mapped = fold_map(model, a, b)
    z = 0.5 + 1.25
    assert mapped.probability(["bias", "rule=x"]) == pytest.approx(1 / (1 + math.exp(-(a * z + b))), abs=1e-5)


def test_dev_teaches_what_train_flatters() -> None:
    # a rule right on the training articles (it was written from them) and mostly wrong on new text
    train_set = _candidates({f"t{i}": [(["rule=x"], True)] * 4 + [(["rule=y"], i == 0)] * 4 for i in range(4)})
    dev_set = _candidates({f"d{i}": [(["rule=x"], i == 0)] * 3 + [(["rule=y"], False)] * 3 for i in range(6)})
    only_train = JudgeModel(fit(train_set.rows, train_set.labels, ["bias", "rule=x", "rule=y"], 1.0), 0.0)
    model, report = cross_fit(train_set, dev_set, 0.85, 3, (1.0, 10.0), (1.0, 4.0))
    assert model.probability(["bias", "rule=x"]) < only_train.probability(["bias", "rule=x"]) - 0.1
    assert report["cross_fit"] == 3 and report["dev_weight"] in (1.0, 4.0) and report["l2"] in (1.0, 10.0)
    assert report["dev_candidates"] == len(dev_set.rows)
    again, _ = cross_fit(train_set, dev_set, 0.85, 3, (1.0, 10.0), (1.0, 4.0))
    assert again.to_json() == model.to_json()


def test_cross_fit_options_are_checked() -> None:
    tiny = _candidates({"d0": [([], True)], "d1": [([], False)]})
    with pytest.raises(InputError, match="calibration 'isotonic'"):
        cross_fit(tiny, tiny, 0.85, 2, (1.0,), (1.0,), "isotonic")
    with pytest.raises(InputError, match="positive"):
        cross_fit(tiny, tiny, 0.85, 2, (1.0,), (0.0,))
    with pytest.raises(InputError, match="needs --cross-fit"):
        train(["x:train"], ["x:dev"], dev_weights=(2.0,))


def test_an_identity_shrink_penalises_the_rules_own_features_harder() -> None:
    columns = ["bias", "cue=backs", "group=support", "relation|cue=supports|backs", "rule=svo", "voice=active"]
    assert list(penalties(columns, 2.0, 5.0)) == pytest.approx([1e-6, 10.0, 2.0, 10.0, 10.0, 2.0])
    assert list(penalties(columns, 2.0)) == pytest.approx([1e-6, 2.0, 2.0, 2.0, 2.0, 2.0])
    # a rule and a general feature that always come together: unshrunk they share the weight,
    # shrunk the general one carries it
    rows = [["bias", "rule=svo", "voice=active"]] * 6 + [["bias"]] * 6
    labels = [True] * 5 + [False] + [False] * 5 + [True]
    plain = fit(rows, labels, ["bias", "rule=svo", "voice=active"], 1.0)
    shrunk = fit(rows, labels, ["bias", "rule=svo", "voice=active"], 1.0, identity=5.0)
    assert plain["rule=svo"] == pytest.approx(plain["voice=active"], abs=1e-6)
    assert shrunk["rule=svo"] < shrunk["voice=active"] / 3
    assert shrunk["rule=svo"] > 0


def test_cross_fit_chooses_the_identity_shrink_out_of_fold() -> None:
    # rule x right on every training article, rule y half the time; on new text both are right half the time
    train_set = _candidates({f"t{i}": [(["rule=x", "voice=active"], True)] * 4 + [(["voice=passive"], False)] * 2
                             + [(["rule=y", "voice=active"], j % 2 == 0) for j in range(4)] for i in range(4)})
    dev_set = _candidates({f"d{i}": [(["rule=x", "voice=active"], j % 2 == 0) for j in range(2)]
                           + [(["rule=y", "voice=active"], j % 2 == 1) for j in range(2)] + [(["voice=passive"], False)] * 2
                           for i in range(6)})
    plain, _ = cross_fit(train_set, dev_set, 0.85, 3, (1.0,))
    model, report = cross_fit(train_set, dev_set, 0.85, 3, (1.0,), identities=(1.0, 10.0))
    assert report["identity_shrink"] == 10.0  # the rule's train record misleads on new text
    rule = ["bias", "rule=x", "voice=active"]
    assert abs(model.probability(rule) - 0.5) < abs(plain.probability(rule) - 0.5)
    again, _ = cross_fit(train_set, dev_set, 0.85, 3, (1.0,), identities=(1.0, 10.0))
    assert again.to_json() == model.to_json()
    with pytest.raises(InputError, match="identity shrinks"):
        cross_fit(train_set, dev_set, 0.85, 3, (1.0,), identities=(0.0,))
    with pytest.raises(InputError, match="needs --cross-fit"):
        train(["x:train"], ["x:dev"], identity_shrinks=(3.0,))


def test_a_corpus_spec_may_carry_a_weight(tmp_path: Path) -> None:
    assert split_weight("seeds=../shared/gold@0.5") == ("seeds=../shared/gold", 0.5)
    assert split_weight("bench/realtext:train") == ("bench/realtext:train", 1.0)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text('{"doc": "a.txt", "relation": "supports"}\n', encoding="utf-8")
    corpus = load_corpus(f"{tmp_path / 'docs'}={tmp_path / 'gold.jsonl'}@2")
    assert corpus.weight == 2.0 and corpus.spec.endswith("@2") and [p.name for p in corpus.paths] == ["a.txt"]
    with pytest.raises(InputError, match="above 0"):
        load_corpus(f"{tmp_path / 'docs'}={tmp_path / 'gold.jsonl'}@0")


def test_a_train_offset_keeps_train_flattery_out_of_the_model() -> None:
    # every training article gains from the rules written from it: right 9 times in 10 there, 6 in 10 on new text
    train_set = _candidates({f"train|t{i}.txt": [(["rule=x"], j < 9) for j in range(10)] + [(["rule=y"], j < 7) for j in range(10)]
                             for i in range(3)})
    dev_set = _candidates({f"d{i}": [(["rule=x"], j < 6) for j in range(10)] + [(["rule=y"], j < 3) for j in range(10)]
                           for i in range(3)})
    plain, _ = cross_fit(train_set, dev_set, 0.85, 3, (1.0,))
    offset, report = cross_fit(train_set, dev_set, 0.85, 3, (1.0,), offsets=True)
    assert not any(name.startswith("offset=") for name in offset.weights)
    assert list(report["train_offsets"]) == ["train"] and report["train_offsets"]["train"] > 0.5
    for rule, new_text_rate in (("rule=x", 0.6), ("rule=y", 0.3)):
        assert abs(offset.probability(["bias", rule]) - new_text_rate) < abs(plain.probability(["bias", rule]) - new_text_rate)
        assert abs(offset.probability(["bias", rule]) - new_text_rate) < 0.05


def test_a_feature_one_article_shows_is_no_column() -> None:
    rows = [["bias", "cue=vow", "rule=x"]] * 5 + [["bias", "rule=x"], ["bias", "cue=pledge"], ["bias", "cue=pledge"]]
    keys = ["a"] * 5 + ["b", "b", "c"]
    assert vocabulary(rows) == ["bias", "cue=pledge", "cue=vow", "rule=x"]  # by candidates: seen twice
    assert vocabulary(rows, keys=keys) == ["bias", "cue=pledge", "rule=x"]  # by articles: "vow" only in a
    # a cue right every time in one training article learns nothing of new articles
    train_set = _candidates({"t0": [(["cue=vow"], True)] * 8, **{f"t{i}": [(["cue=say"], i % 2 == 0)] * 4
                                                                   for i in range(1, 5)}})
    dev_set = _candidates({"d0": [(["cue=say"], False)] * 2, "d1": [(["cue=say"], True)] * 2})
    model = fit_pooled(train_set, dev_set, range(len(dev_set.rows)), 1.0, 1.0)
    assert "cue=vow" not in model.weights and "cue=say" in model.weights


def test_a_nested_threshold_is_chosen_on_the_other_folds() -> None:
    probabilities = [0.9, 0.6, 0.9, 0.6]
    folds = [0, 0, 1, 1]
    # fold 1 is wrong at 0.6, so fold 0 is judged at 0.9; fold 0 is right at 0.6, so fold 1 keeps both
    assert nested_kept(probabilities, [True, True, True, False], folds, 0.85) == [0, 2, 3]
    assert nested_kept(probabilities, [True, False, True, True], folds, 0.85) == [0, 1, 2]


@pytest.mark.model
def test_train_cross_fits_from_the_command_line(tmp_path: Path) -> None:
    from click.testing import CliRunner
    from test_judge import _tiny_corpus

    from statgraph.cli import cli
    from statgraph.judge.model import load_model

    corpus = _tiny_corpus(tmp_path / "corpus")  # two dev articles: two folds
    out = tmp_path / "cf.json"
    result = CliRunner().invoke(cli, ["train", "--train", f"{corpus}:train", "--dev", f"{corpus}:dev", "--cross-fit", "2",
                                      "--train-offset", "--features", "document", "--identity-shrink", "3",
                                      "--out", str(out)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    trained_on = load_model(out).trained_on
    assert load_model(out).blocks == ("base", "document")  # as the packaged judge is trained
    assert any(name.startswith("document:") for name in load_model(out).weights)
    assert trained_on["cross_fit"] == 2 and trained_on["dev_candidates"] > 0 and trained_on["identity_shrink"] == 3.0
    assert list(trained_on["train_offsets"]) == [f"{corpus}:train"]
    assert trained_on["dev_report"]["threshold"] == load_model(out).threshold
    bad = CliRunner().invoke(cli, ["train", "--train", f"{corpus}:train", "--dev", f"{corpus}:dev", "--dev-weight", "2",
                                   "--out", str(out)])
    assert bad.exit_code == 1 and "needs --cross-fit" in bad.output
    bad = CliRunner().invoke(cli, ["train", "--train", f"{corpus}:train", "--dev", f"{corpus}:dev", "--cross-fit", "2",
                                   "--dev-weight", "two", "--out", str(out)])
    assert bad.exit_code == 2 and "'two' is not a number" in bad.output
    bad = CliRunner().invoke(cli, ["train", "--train", f"{corpus}:train", "--dev", f"{corpus}:dev", "--cross-fit", "2",
                                   "--identity-shrink", "0", "--out", str(out)])
    assert bad.exit_code == 2 and "--identity-shrink" in bad.output


def test_a_corpus_without_an_offset_is_fitted_at_new_texts_intercept() -> None:
    # corpus a: the rules right half the time; corpus b: right every time, as on the text they were written from
    train_set = _candidates({**{f"a|t{i}.txt": [(["rule=x"], j < 5) for j in range(10)] for i in range(3)},
                             **{f"b|s{i}.txt": [(["rule=x"], True) for _ in range(10)] for i in range(3)}})
    dev_set = _candidates({f"d{i}": [(["rule=x"], j < 5) for j in range(10)] for i in range(2)})
    own = fit_pooled(train_set, dev_set, range(len(dev_set.rows)), 1.0, 1.0, offsets=True)
    train_set.unmarked = {"b"}
    shared = fit_pooled(train_set, dev_set, range(len(dev_set.rows)), 1.0, 1.0, offsets=True)
    assert "offset=b" in own.weights and "offset=b" not in shared.weights and "offset=a" in shared.weights
    # b's record now raises what new text is judged at, instead of b's own intercept
    assert shared.probability(["bias", "rule=x"]) > own.probability(["bias", "rule=x"]) + 0.05


@pytest.mark.model
def test_a_docs_gold_corpus_trains_by_batch_and_may_go_without_an_offset(tmp_path: Path) -> None:
    from click.testing import CliRunner
    from test_judge import _tiny_corpus

    from statgraph.cli import cli
    from statgraph.judge.model import load_model

    corpus = _tiny_corpus(tmp_path / "corpus")
    names = sorted(p.name for p in (corpus / "docs").iterdir())
    (corpus / "sources.d").mkdir()
    for n, name in enumerate(names):  # a batch each: the two dev articles fall in two folds
        (corpus / "sources.d" / f"b{n}.tsv").write_text(f"{name}\tx\n", encoding="utf-8")
    seeds = f"{corpus / 'docs'}={corpus / 'gold'}"  # no batches: each article its own group
    common = ["train", "--train", f"{corpus}:train", "--train", f"{seeds}@2", "--dev", f"{corpus}:dev",
              "--cross-fit", "2", "--fold-by", "batch", "--out", str(tmp_path / "m.json")]
    result = CliRunner().invoke(cli, [*common, "--train-offset", "--no-offset", seeds], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    trained_on = load_model(tmp_path / "m.json").trained_on
    assert trained_on["no_offset"] == [f"{seeds}@2"] and list(trained_on["train_offsets"]) == [f"{corpus}:train"]
    bad = CliRunner().invoke(cli, [*common, "--train-offset", "--no-offset", f"{corpus}:dev"])
    assert bad.exit_code == 1 and "is no training corpus" in bad.output
    bad = CliRunner().invoke(cli, [*common, "--no-offset", seeds])
    assert bad.exit_code == 1 and "needs --train-offset" in bad.output


def _kinds(articles: dict[str, list[tuple[str, bool]]]) -> Candidates:
    """Candidates of articles, each a list of (relation, right), with no feature but the bias."""
    out = Candidates()
    for key, items in articles.items():
        out.gold[key] = []
        for relation, right in items:
            out.statements.append(Statement(doc_id=key, doc_name=key, holder="A", holder_id="A", relation=relation,
                                            target="B", target_id="B", start=0, end=1, evidence="x"))
            out.rows.append(["bias", f"relation={relation}"])
            out.labels.append(right)
            out.keys.append(key)
    return out


def test_an_offset_by_kind_keeps_the_events_own_flattery_off_the_stances() -> None:
    # on the articles the rules were written from, their visits are right 9 in 10 and their stances 6 in 10;
    # on new text the visits are right 5 in 10 and the stances still 6 in 10
    train_set = _kinds({f"train|t{i}.txt": [("supports", j < 6) for j in range(10)] + [("visited", j < 9) for j in range(10)]
                        for i in range(4)})
    dev_set = _kinds({f"d{i}": [("supports", j < 6) for j in range(10)] + [("visited", j < 5) for j in range(10)]
                      for i in range(2)})
    one = fit_pooled(train_set, dev_set, range(len(dev_set.rows)), 1.0, 1.0, offsets=True)
    train_set.by_kind = True
    kinds = fit_pooled(train_set, dev_set, range(len(dev_set.rows)), 1.0, 1.0, offsets=True)
    assert "offset=train|stance" in kinds.weights and "offset=train|event" in kinds.weights
    assert not any(name.startswith("offset=train|") for name in one.weights)
    assert kinds.weights["offset=train|event"] > kinds.weights["offset=train|stance"]
    stance, visit = (["bias", "relation=supports"], ["bias", "relation=visited"])
    # new text's stances are no longer pulled down with the visits, and its visits are judged nearer their rate
    assert abs(kinds.probability(stance) - 0.6) < abs(one.probability(stance) - 0.6)
    assert abs(kinds.probability(visit) - 0.5) < abs(one.probability(visit) - 0.5)


def test_an_offset_by_kind_needs_train_offsets() -> None:
    with pytest.raises(InputError, match="needs --train-offset"):
        train(["bench/realtext:train"], ["bench/realtext:dev"], cross_fit=5, offset_by_kind=True)
