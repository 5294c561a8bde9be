"""The broader candidate generator (extract/stances/clause_candidates.py) and its group model
(clause_groups.py, trained by judge/clause_training.py), on sentences of our own.

The group model here is written by the test (every clause: support, or one feature decides),
so what is checked is the generator's reading of clauses, not a trained file's weights.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from statgraph.errors import ExtractionError
from statgraph.extract.stances.clause_groups import FORMAT, ClauseGroups, load_clause_groups
from statgraph.judge.clause_training import NONE, ClauseRows, choose_strength, gold_group, train_groups
from statgraph.settings import Settings


def _model(tmp_path: Path, weights: dict, floor: float = 0.5) -> str:
    path = tmp_path / "groups.json"
    path.write_text(json.dumps({"format": FORMAT, "floor": floor, "trained_on": {}, "weights": weights}))
    return str(path)


def _statements(text: str, clause_model: str) -> list:
    from statgraph.documents import make_document
    from statgraph.pipeline import extract_statements

    settings = Settings(judge="none", clause_model=clause_model)
    return [s for _, found in extract_statements([make_document(text, "a.txt")], settings) for s in found]


def _clause(statements: list) -> set[tuple[str, str, str]]:
    return {(s.holder_id, s.relation, s.target_text) for s in statements if s.rule.startswith("clause_model")}


@pytest.fixture()
def always_support(tmp_path: Path) -> str:
    return _model(tmp_path, {"support": {"bias": 5.0}})


def test_author_voice_clause_with_no_rule_gets_a_candidate_per_target(always_support: str) -> None:
    # "buy" is no cue of any rule: the subject actor holds the clause, one candidate per argument
    found = _clause(_statements("Russia buys oil from Venezuela.", always_support))
    assert found == {("Russia", "supports", "oil"), ("Russia", "supports", "Venezuela")}


def test_quoted_clause_is_held_by_the_speakers_side(always_support: str) -> None:
    found = _clause(_statements('"We will lay the pipeline to Beijing," Lavrov said.', always_support))
    assert ("Russia", "supports", "pipeline") in found
    assert all(holder == "Russia" for holder, _, _ in found)


def test_clause_without_a_holder_proposes_nothing(always_support: str) -> None:
    assert not _clause(_statements("The pipeline crosses the Altai region.", always_support))
    assert not _clause(_statements("Someone said Moscow would lay the pipeline.", always_support))


def test_clause_a_rule_read_is_left_to_the_rule(always_support: str) -> None:
    statements = _statements("Putin praised the new pipeline.", always_support)
    assert statements and not _clause(statements)


def test_group_model_decides_group_and_floor(tmp_path: Path) -> None:
    # one feature (the predicate's lemma) decides the group; below the floor nothing is proposed
    model = _model(tmp_path, {"oppose": {"bias": -5.0, "lemma=buy": 10.0}, "support": {"bias": -5.0}})
    found = _clause(_statements("Russia buys oil. Russia sells gas to Turkey.", model))
    assert found == {("Russia", "opposes", "oil")}


def test_generator_is_deterministic_and_leaves_the_rules_alone(always_support: str) -> None:
    text = ("Russia buys oil from Venezuela. Lavrov said Moscow opposes NATO expansion. "
            "He said it would lay a pipeline to China, and Putin praised the project.")
    first, second = _statements(text, always_support), _statements(text, always_support)
    assert first == second
    rules_only = _statements(text, "off")
    assert [s for s in first if not s.rule.startswith("clause_model")] == rules_only
    assert _clause(first) and not _clause(rules_only)


def test_missing_model_file_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError, match="no clause group model"):
        load_clause_groups(tmp_path / "none.json")
    assert load_clause_groups("off") is None


def test_gold_group_needs_overlapping_evidence_holder_and_target() -> None:
    gold = [{"relation": "opposes", "holder_any": ["russia"], "target_all": [["nato"], ["expan"]],
             "evidence": "Russia opposes NATO expansion"}]
    sentence = "Russia opposes NATO expansion, the minister said."
    assert gold_group(sentence, "russia russia", "nato expansion", gold) == "oppose"
    assert gold_group(sentence, "china china", "nato expansion", gold) == NONE
    assert gold_group("An unrelated sentence.", "russia russia", "nato expansion", gold) == NONE


def test_train_groups_learns_which_feature_marks_a_group() -> None:
    rows = [["bias", "lemma=back"]] * 6 + [["bias", "lemma=block"]] * 6 + [["bias", "lemma=see"]] * 12
    labels = ["support"] * 6 + ["oppose"] * 6 + [NONE] * 12
    docs = [f"d{i}" for i in range(len(rows))]
    model = train_groups(ClauseRows(rows, labels, docs), l2=1.0, floor=0.4)
    assert model.choose(["bias", "lemma=back"])[0] == "support"
    assert model.choose(["bias", "lemma=block"])[0] == "oppose"
    assert model.choose(["bias", "lemma=see"])[0] is None
    again = train_groups(ClauseRows(rows, labels, docs), l2=1.0, floor=0.4)
    assert again.to_json() == model.to_json()
    assert isinstance(ClauseGroups(model.weights).probabilities(["bias"])["support"], float)


def test_choose_strength_reports_out_of_fold_figures() -> None:
    rows = [["bias", f"lemma=back{i % 2}"] for i in range(10)] + [["bias", "lemma=see"]] * 10
    labels = ["support"] * 10 + [NONE] * 10
    docs = [f"d{i % 5}" for i in range(20)]
    l2, report = choose_strength(ClauseRows(rows, labels, docs), strengths=(1.0, 100.0), floor=0.5)
    assert l2 in (1.0, 100.0)
    assert set(report["log_loss"]) == {"1.0", "100.0"}
    assert report["out_of_fold_at_floor"]["right"] <= report["out_of_fold_at_floor"]["proposed"]


def test_a_feature_one_article_shows_is_no_column() -> None:
    # "lemma=back" marks support in one article only: it learns that article, not new text
    rows = [["bias", "lemma=back"]] * 6 + [["bias", "lemma=see"]] * 12
    labels = ["support"] * 6 + [NONE] * 12
    one = train_groups(ClauseRows(rows, labels, ["d0"] * 6 + [f"d{i}" for i in range(1, 13)]), l2=1.0)
    many = train_groups(ClauseRows(rows, labels, [f"d{i}" for i in range(18)]), l2=1.0)
    assert "lemma=back" not in one.weights["support"]
    assert many.weights["support"]["lemma=back"] > 1.0


def test_sparse_fit_finds_the_dense_fits_weights() -> None:
    import numpy as np

    from statgraph.judge.clause_training import _Sparse, fit_sparse
    from statgraph.judge.model import fit

    rng = np.random.default_rng(7)
    columns = ["bias", "a", "b", "c"]
    rows = [["bias", *(c for c in "abc" if rng.random() < 0.5)] for _ in range(200)]
    labels = [("a" in row) != (rng.random() < 0.2) for row in rows]
    dense = fit(rows, labels, columns, l2=2.0)
    sparse = fit_sparse(_Sparse.of(rows, columns), labels, 2.0)
    assert dense["a"] > 1.0
    for i, column in enumerate(columns):
        assert abs(sparse[i] - dense.get(column, 0.0)) < 1e-3


def test_choose_strength_folds_keep_a_batch_together() -> None:
    # each batch's own lemma marks its group: folds by article would read it in the batch's
    # other articles and be right every time; out of fold by batch it is never seen
    rows = [["bias", f"lemma=b{i // 4}"] for i in range(40)]
    labels = ["support" if (i // 4) % 2 else "oppose" for i in range(40)]
    docs = [f"d{i}" for i in range(40)]
    by_article = choose_strength(ClauseRows(rows, labels, docs, docs), strengths=(1.0,), floor=0.0)[1]
    by_batch = choose_strength(ClauseRows(rows, labels, docs, [f"g{i // 4}" for i in range(40)]),
                               strengths=(1.0,), floor=0.0)[1]
    assert by_article["out_of_fold_at_floor"]["right"] == 40
    assert by_batch["out_of_fold_at_floor"]["right"] <= 24


def _collected(text: str) -> dict[str, list[str]]:
    """What the group model reads of each clause reading: target -> its features."""
    from statgraph.documents import make_document
    from statgraph.extract.stances import clause_candidates
    from statgraph.pipeline import extract_statements

    clause_candidates.COLLECTED = collected = []
    try:
        list(extract_statements([make_document(text, "a.txt")], Settings(judge="none")))
    finally:
        clause_candidates.COLLECTED = None
    return {target: row for _, _, target, row in collected}


def _classes(row: list[str]) -> set[str]:
    return {f for f in row if "_cue" in f.split("=")[0] or f.startswith("holder|voice=")}


def test_the_target_phrases_head_noun_gives_its_cue_class() -> None:
    # "renew" is no cue; "call" is a noun of demanding, read though no rule read the clause
    row = _collected("Ghana renewed its call for a ceasefire.")["Ghana's call for a ceasefire"]
    assert _classes(row) == {"argument_cue=demands", "holder|voice=subject|author"}


def test_the_complements_verb_gives_its_cue_class() -> None:
    rows = _collected("Norway tried to resist the tariffs.")
    assert "complement_cue=opposes" in _classes(rows["resist the tariffs"])


def test_a_phrasal_cues_verb_alone_gives_no_class() -> None:
    # "said" is the verb of "say no to" (rejects); without "no to" it says nothing of a stance
    rows = _collected('"We will keep defending the accord," the Chilean minister said.')
    assert _classes(rows["defending the accord"]) == {"complement_cue=supports", "holder|voice=we|quoted"}
