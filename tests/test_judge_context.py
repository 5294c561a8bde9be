"""The judge's optional feature blocks, how a model names them, and how ranking is measured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from statgraph.errors import ExtractionError, InputError
from statgraph.judge.context import BLOCKS, agreement, block_features, dependency_path, target_shape
from statgraph.judge.features import cue_token, document_features
from statgraph.judge.model import JudgeModel, load_model
from statgraph.judge.train import average_precision
from statgraph.judge.train import train as train_judge
from statgraph.models import Passage, Statement
from conftest import make_doc

# "Russia strongly opposes the expansion of NATO ."
WORDS = ["Russia", "strongly", "opposes", "the", "expansion", "of", "NATO", "."]
HEADS = [2, 2, 2, 4, 2, 4, 5, 2]
DEPS = ["nsubj", "advmod", "ROOT", "det", "dobj", "prep", "pobj", "punct"]
POS = ["PROPN", "ADV", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]


def _doc(en_vocab):  # noqa: ANN001, ANN202
    return make_doc(en_vocab, WORDS, HEADS, DEPS, POS)


def _statement(target: str, rule: str = "verb_object/subject", **fields: object) -> Statement:
    values = {"doc_id": "d", "doc_name": "d.txt", "holder": "Russia", "holder_id": "Russia",
              "relation": "opposes", "target": target, "target_id": target.replace(" ", "_"),
              "target_text": target, "start": 0, "end": 46, "evidence": "x", "rule": rule, "cue": "opposes"}
    return Statement(**{**values, **fields})


def test_dependency_path_goes_up_to_the_common_head_and_down(en_vocab) -> None:  # noqa: ANN001
    doc = _doc(en_vocab)
    assert dependency_path(doc[0], doc[2]) == ["^nsubj"]  # the holder is the cue's subject
    assert dependency_path(doc[6], doc[2]) == ["^pobj", "^prep", "^dobj"]
    assert dependency_path(doc[0], doc[6]) == ["^nsubj", ">dobj", ">prep", ">pobj"]
    assert dependency_path(doc[2], doc[2]) == []


def test_path_block_names_holder_and_target_paths(en_vocab) -> None:  # noqa: ANN001
    doc = _doc(en_vocab)
    passage = Passage(doc_id="d", start=0, end=len(doc.text))
    statement = _statement("the expansion of NATO")
    rows = document_features([statement], [(passage, doc)], ("base", "path"))
    assert "path:holder_path=^nsubj" in rows[0] and "path:target_path=^dobj" in rows[0]
    assert "path:holder_distance=3" in rows[0] and "path:holder_before_cue=True" in rows[0]
    base = document_features([statement], [(passage, doc)])
    assert rows[0][: len(base[0])] == base[0] and not any(":" in f.split("=")[0] for f in base[0])
    someone = _statement("the expansion of NATO", holder="Hungary", holder_id="Hungary")
    assert "path:holder_path=absent" in document_features([someone], [(passage, doc)], ("base", "path"))[0]


def test_shape_block_marks_a_cut_or_odd_target(en_vocab) -> None:  # noqa: ANN001
    doc = _doc(en_vocab)
    assert "cut=True" in target_shape("the expansion of", doc[3:6])
    assert "cut=False" in target_shape("the expansion of NATO", doc[3:7])
    assert "odd_chars=True" in target_shape("<", None) and "odd_chars=False" in target_shape("NATO's plan", None)


def test_agree_counts_different_rules_on_one_triple() -> None:
    one, same_rule, other_rule = _statement("NATO"), _statement("NATO"), _statement("NATO", rule="against")
    assert agreement([one, same_rule]) == [1, 1]
    assert agreement([one, other_rule, _statement("EU")]) == [2, 2, 1]


def test_every_block_gives_prefixed_features(en_vocab) -> None:  # noqa: ANN001
    doc = _doc(en_vocab)
    passage = Passage(doc_id="d", start=0, end=len(doc.text))
    statement = _statement("the expansion of NATO")
    sent = doc.char_span(0, len(doc.text))
    rows = block_features([statement], [sent], [cue_token(sent, "opposes")], [(passage, doc)], sorted(BLOCKS))
    assert {f.split(":")[0] for f in rows[0]} == set(BLOCKS)
    assert "head:target_head=expansion" in rows[0] and "position:passage=0" in rows[0]
    assert block_features([statement], [sent], [None], [(passage, doc)], ["base"]) == [[]]


def test_model_file_names_its_blocks_and_unknown_blocks_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(JudgeModel({"bias": 0.5}, 0.6, {}, ("base", "path")).to_json(), encoding="utf-8")
    assert load_model(path).blocks == ("base", "path")
    assert "blocks" not in json.loads(JudgeModel({"bias": 0.5}, 0.6).to_json())  # base only: as before blocks
    body = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**body, "blocks": ["base", "telepathy"]}), encoding="utf-8")
    with pytest.raises(ExtractionError, match="telepathy"):
        load_model(path)
    del body["blocks"]  # a model from before blocks reads the base features
    path.write_text(json.dumps(body), encoding="utf-8")
    assert load_model(path).blocks == ("base",)
    with pytest.raises(InputError, match="unknown feature blocks"):
        train_judge(["x:train"], ["x:dev"], blocks=["telepathy"])


def test_average_precision_rewards_ranking_the_right_first() -> None:
    labels = [True, True, False, False]
    assert average_precision([0.9, 0.8, 0.2, 0.1], labels) == pytest.approx(1.0)
    assert average_precision([0.1, 0.2, 0.8, 0.9], labels) == pytest.approx((1 / 3 + 2 / 4) / 2)
    assert average_precision([0.5], [False]) == 0.0
