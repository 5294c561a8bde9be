"""The judge's embed block: sentence embeddings of a candidate, reduced on train, folded into a model."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from statgraph.errors import ExtractionError
from statgraph.judge.dense import WIDTH, DenseHead, candidate_texts, document_vectors, projection
from statgraph.judge.features import cue_token
from statgraph.judge.model import JudgeModel, load_model
from statgraph.judge.train import Candidates, choose
from statgraph.models import Passage, Statement
from conftest import make_doc

# "Lavrov said NATO must stop its expansion ."
WORDS = ["Lavrov", "said", "NATO", "must", "stop", "its", "expansion", "."]
HEADS = [1, 1, 4, 4, 1, 6, 4, 1]
DEPS = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "poss", "dobj", "punct"]
POS = ["PROPN", "VERB", "PROPN", "AUX", "VERB", "PRON", "NOUN", "PUNCT"]


def _statement(target: str, cue: str = "stop") -> Statement:
    return Statement(doc_id="d", doc_name="d.txt", holder="Russia", holder_id="Russia", relation="demands",
                     target=target, target_id=target.replace(" ", "_"), target_text=target, start=0, end=41,
                     evidence="Lavrov said NATO must stop its expansion.", rule="r", cue=cue)


def test_texts_are_the_evidence_the_target_and_the_cues_clause(en_vocab) -> None:  # noqa: ANN001
    doc = make_doc(en_vocab, WORDS, HEADS, DEPS, POS)
    sent = doc[:]
    statement = _statement("its expansion")
    evidence, target, clause = candidate_texts(statement, sent, cue_token(sent, "stop"))
    assert evidence == "Lavrov said NATO must stop its expansion."
    assert target == "its expansion"
    assert clause == "NATO must stop its expansion"  # the cue's subtree, not the speech verb's
    assert candidate_texts(statement, sent, None)[2] == evidence  # no cue found: the evidence stands in


def test_a_folded_head_scores_raw_rows_as_the_projection_did() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    rows = rng.normal(size=(50, WIDTH))
    reduce = projection(rows, 4)
    assert reduce.apply(rows).shape == (50, 3 * 4 + 2)
    assert np.allclose(reduce.apply(rows).std(axis=0), 1.0)  # every reduced column scaled on train
    weights = rng.normal(size=3 * 4 + 2)
    head = reduce.fold(weights)
    assert np.allclose(head.scores(rows), reduce.apply(rows) @ weights, atol=1e-3)


def _separable(count: int, seed: int) -> Candidates:
    """Candidates whose binary features say nothing and whose evidence's embedding does, along
    the direction in which the candidates differ most (its first principal component)."""
    import numpy as np

    rng = random.Random(seed)
    found = Candidates()
    for n in range(count):
        vector = np.array([rng.gauss(0, 1) for _ in range(WIDTH)])
        vector[0] *= 5
        found.rows.append(["bias", f"noise={n % 3}"])
        found.labels.append(bool(vector[0] > 0))
        found.vectors.append(vector)
        found.keys.append("k")
        found.statements.append(_statement("its expansion"))
    return found


def test_the_embed_block_learns_what_the_binary_features_cannot() -> None:
    train, dev = _separable(120, 1), _separable(60, 2)
    with_embed, report = choose(train, dev, 0.85)
    assert with_embed.dense is not None and {"embed_rank", "embed_l2"} <= set(report)
    without, plain = choose(Candidates(train.statements, train.rows, train.labels, train.keys),
                            Candidates(dev.statements, dev.rows, dev.labels, dev.keys), 0.85)
    assert without.dense is None and "embed_rank" not in plain
    assert report["dev_log_loss"] < plain["dev_log_loss"] - 0.1
    assert report["dev_average_precision"] > plain["dev_average_precision"]


def test_an_embed_model_round_trips_and_needs_its_rows(tmp_path: Path) -> None:
    head = DenseHead(tuple([0.5] + [0.0] * (WIDTH - 1)), -0.25)
    model = JudgeModel({"bias": 0.1}, 0.6, {}, ("base", "embed"), head)
    path = tmp_path / "full.json"
    path.write_text(model.to_json(), encoding="utf-8")
    loaded = load_model(path)
    assert loaded == model and loaded.to_json() == model.to_json()
    import numpy as np

    row = np.zeros((1, WIDTH))
    row[0, 0] = 2.0
    assert loaded.probabilities([["bias"]], row)[0] == pytest.approx(loaded.probability(["bias"], 0.75))
    with pytest.raises(ExtractionError, match="embed row"):
        loaded.probabilities([["bias"]])
    body = json.loads(path.read_text(encoding="utf-8"))
    del body["embed"]
    path.write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(ExtractionError, match="embed weights are missing"):
        load_model(path)


@pytest.mark.model
def test_document_rows_hold_three_embeddings_and_two_cosines(en_vocab) -> None:  # noqa: ANN001
    import numpy as np

    doc = make_doc(en_vocab, WORDS, HEADS, DEPS, POS)
    passage = Passage(doc_id="d", start=0, end=len(doc.text))
    rows = document_vectors([_statement("its expansion"), _statement("NATO must stop its expansion")],
                            [(passage, doc)])
    assert rows.shape == (2, WIDTH)
    sentence, target, clause = rows[0, :384], rows[0, 384:768], rows[0, 768:1152]
    assert rows[0, -2] == pytest.approx(float(target @ sentence), abs=1e-6)
    assert rows[0, -1] == pytest.approx(float(target @ clause), abs=1e-6)
    assert rows[1, -1] == pytest.approx(1.0, abs=1e-4)  # the target is the cue's clause
    assert np.linalg.norm(sentence) == pytest.approx(1.0, abs=1e-3)
