"""The judge's `reading` and `cross` blocks (judge/reading.py, judge/interactions.py) and folds
that keep an article's batch or outlet together (corpus.article_groups, crossfit.folds_of)."""

from __future__ import annotations

from pathlib import Path

import pytest

from statgraph.errors import InputError
from statgraph.judge.corpus import article_groups, load_corpus
from statgraph.judge.crossfit import folds_of, out_of_fold
from statgraph.judge.features import document_features
from statgraph.judge.train import Candidates
from statgraph.models import Passage, Statement
from conftest import make_doc

# '" We reject the tariffs , " the minister said .'
QUOTED = ['"', "We", "reject", "the", "tariffs", ",", '"', "the", "minister", "said", "."]
QUOTED_HEADS = [9, 2, 9, 4, 2, 9, 9, 8, 9, 9, 9]
QUOTED_DEPS = ["punct", "nsubj", "ccomp", "det", "dobj", "punct", "punct", "det", "nsubj", "ROOT", "punct"]
QUOTED_POS = ["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
# "Norway opposes the new tariffs ."
PLAIN = ["Norway", "opposes", "the", "new", "tariffs", "."]
PLAIN_HEADS = [1, 1, 4, 4, 1, 1]
PLAIN_DEPS = ["nsubj", "ROOT", "det", "amod", "dobj", "punct"]
PLAIN_POS = ["PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"]


def _statement(doc, holder: str, cue: str, target: str, **fields: object) -> Statement:  # noqa: ANN001
    values = {"doc_id": "d", "doc_name": "d.txt", "holder": holder, "holder_id": holder.replace(" ", "_"),
              "relation": "opposes", "target": target, "target_id": target.replace(" ", "_"), "target_text": target,
              "start": 0, "end": len(doc.text), "evidence": doc.text, "rule": "verb_object/subject", "cue": cue}
    return Statement(**{**values, **fields})


def _quoted(en_vocab):  # noqa: ANN001, ANN202
    lemmas = [w.lower() for w in QUOTED[:9]] + ["say", "."]
    return make_doc(en_vocab, QUOTED, QUOTED_HEADS, QUOTED_DEPS, QUOTED_POS, lemmas=lemmas)


def test_reading_block_tells_a_quote_under_a_reporting_verb_from_the_authors_account(en_vocab) -> None:  # noqa: ANN001
    quoted = _quoted(en_vocab)
    passage = Passage(doc_id="d", start=0, end=len(quoted.text))
    row = document_features([_statement(quoted, "Finance Minister", "reject", "the tariffs")], [(passage, quoted)],
                            ("base", "reading"))[0]
    assert {"reading:cue_in_quote=True", "reading:framed=framed", "reading:sentence=0"} <= set(row)
    assert "reading:holder_here=False" in row  # "the minister" is no capitalised name of the holder
    plain = make_doc(en_vocab, PLAIN, PLAIN_HEADS, PLAIN_DEPS, PLAIN_POS, ents=["B-GPE"] + ["O"] * 5)
    passage = Passage(doc_id="d", start=0, end=len(plain.text))
    row = document_features([_statement(plain, "Norway", "opposes", "the new tariffs")], [(passage, plain)],
                            ("base", "reading"))[0]
    assert {"reading:cue_in_quote=False", "reading:framed=plain", "reading:holder_here=True",
            "reading:target_entity=none", "reading:cue_readings=1", "reading:cue_groups=1"} <= set(row)


def test_reading_block_counts_the_readings_of_one_cue_and_the_sentence_place(en_vocab) -> None:  # noqa: ANN001
    quoted, plain = _quoted(en_vocab), make_doc(en_vocab, PLAIN, PLAIN_HEADS, PLAIN_DEPS, PLAIN_POS)
    first = Passage(doc_id="d", start=0, end=len(quoted.text))
    second = Passage(doc_id="d", start=first.end + 2, end=first.end + 2 + len(plain.text))
    torn = [_statement(quoted, "Finance Minister", "reject", "the tariffs"),
            _statement(quoted, "Finance Minister", "reject", "the tariffs", relation="supports"),
            _statement(plain, "Norway", "opposes", "the new tariffs", start=second.start, end=second.end)]
    rows = document_features(torn, [(first, quoted), (second, plain)], ("base", "reading"))
    assert "reading:cue_readings=2" in rows[0] and "reading:cue_groups=2" in rows[1]
    assert "reading:cue_readings=1" in rows[2] and "reading:sentence=2" in rows[2]  # the next two sentences
    assert "reading:sentence=0" in rows[0]


def test_cross_block_joins_the_relation_to_the_parse(en_vocab) -> None:  # noqa: ANN001
    plain = make_doc(en_vocab, PLAIN, PLAIN_HEADS, PLAIN_DEPS, PLAIN_POS)
    passage = Passage(doc_id="d", start=0, end=len(plain.text))
    statement = _statement(plain, "Norway", "opposes", "the new tariffs")
    base, crossed = (document_features([statement], [(passage, plain)], blocks)[0]
                     for blocks in (("base",), ("base", "cross")))
    assert crossed[: len(base)] == base
    assert {"cross:opposes|cue_dep=ROOT", "cross:opposes|negated=False", "cross:opposes|voice=author"} <= set(crossed)
    assert not any(f.startswith("cross:opposes|rule=") for f in crossed)  # the rule's own features are not joined


def test_folds_keep_an_articles_group_together() -> None:
    keys = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "b.txt"]
    groups = ["x", "x", "y", "x", "z", "x"]
    folds = folds_of(keys, 2, groups)
    assert folds[0] == folds[1] == folds[3] == folds[5] and folds[2] == folds[4] != folds[0]
    assert folds_of(keys, 2, keys) == folds_of(keys, 2)  # each article its own group: dealt by name
    with pytest.raises(InputError, match="from 2 to 3"):
        folds_of(keys, 4, groups)


def test_a_held_out_batch_is_predicted_without_its_training_articles() -> None:
    def candidates(items: list[tuple[str, str, list[str], bool]]) -> Candidates:
        out = Candidates()
        for key, group, row, right in items:
            out.statements.append(Statement(doc_id=key, doc_name=key, holder="A", holder_id="A", relation="opposes",
                                            target="B", target_id="B", start=0, end=1, evidence="x"))
            out.rows.append(["bias", *row]), out.labels.append(right), out.keys.append(key), out.groups.append(group)
            out.counts.append(1.0)
        return out

    dev_set = candidates([(f"d{i}", "p" if i < 2 else "q", ["cue=x"], i % 2 == 0) for i in range(4)])
    folds = folds_of(dev_set.keys, 2, dev_set.groups)
    train_p = candidates([("t1", "p", ["cue=x"], True)] * 8 + [("t2", "q", ["cue=y"], False)] * 8)
    train_moved = candidates([("t1", "p", ["cue=x"], False)] * 8 + [("t2", "q", ["cue=y"], False)] * 8)
    before, after = (out_of_fold(t, dev_set, folds, 1.0, 1.0) for t in (train_p, train_moved))
    held_p = [i for i, g in enumerate(dev_set.groups) if g == "p"]
    assert [after[i] for i in held_p] == [before[i] for i in held_p]  # batch p's training labels are not seen
    assert after != before  # batch q's fold learnt from them


def test_article_groups_read_the_batch_and_outlet(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "sources.d").mkdir()
    for name in ("one.txt", "two.txt"):
        (tmp_path / "docs" / name).write_text("Norway opposes the tariffs.", encoding="utf-8")
    (tmp_path / "gold" / "g.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "sources.tsv").write_text("file\tsplit\toutlet\none.txt\tdev\tDaily A\ntwo.txt\tdev\tDaily B\n",
                                          encoding="utf-8")
    (tmp_path / "sources.d" / "k.tsv").write_text("one.txt\tx\ntwo.txt\tx\n", encoding="utf-8")
    corpus = load_corpus(f"{tmp_path}:dev")
    assert article_groups(corpus, "batch") == {"one.txt": "k", "two.txt": "k"}
    assert article_groups(corpus, "outlet") == {"one.txt": "Daily A", "two.txt": "Daily B"}
    assert article_groups(corpus, "name") == {"one.txt": "one.txt", "two.txt": "two.txt"}
    with pytest.raises(InputError, match="choose from name, batch, outlet"):
        article_groups(corpus, "topic")


def test_a_judge_reading_the_block_trusts_a_torn_cue_less(en_vocab) -> None:  # noqa: ANN001
    from statgraph.judge import ModelJudge
    from statgraph.judge.model import JudgeModel, fit
    from statgraph.models import Document

    plain = make_doc(en_vocab, PLAIN, PLAIN_HEADS, PLAIN_DEPS, PLAIN_POS)
    passage = Passage(doc_id="d", start=0, end=len(plain.text))
    one = _statement(plain, "Norway", "opposes", "the new tariffs")
    torn = [one, _statement(plain, "Norway", "opposes", "the new tariffs", relation="supports")]
    # a record in which a cue read in two groups is mostly wrong, one read once mostly right
    rows = [["bias", "reading:cue_groups=1"]] * 10 + [["bias", "reading:cue_groups=2"]] * 10
    labels = [True] * 8 + [False] * 2 + [True] * 2 + [False] * 8
    weights = fit(rows, labels, ["bias", "reading:cue_groups=1", "reading:cue_groups=2"], 1.0)
    judge = ModelJudge(JudgeModel(weights, 0.5, {}, ("base", "reading")), "test")
    document = Document(id="d", name="d.txt", text=plain.text)
    alone = judge(document, [one], [(passage, plain)])[0].confidence
    both = judge(document, torn, [(passage, plain)])
    assert both[0].confidence < alone and both[0].confidence == both[1].confidence


def test_a_model_of_the_new_blocks_round_trips_and_folds_by_batch_are_deterministic(tmp_path: Path) -> None:
    from statgraph.judge.crossfit import cross_fit
    from statgraph.judge.model import JudgeModel, load_model
    from statgraph.judge.train import train as train_judge

    model = JudgeModel({"bias": -0.5, "cross:opposes|cue_dep=ROOT": 0.25, "reading:framed=plain": 0.125}, 0.64,
                       {"fold_by": "batch"}, ("base", "cross", "reading"))
    path = tmp_path / "m.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(path)
    assert again.to_json() == model.to_json() and again.blocks == ("base", "cross", "reading")
    out = Candidates()
    for i in range(12):
        out.statements.append(Statement(doc_id=f"d{i}", doc_name=f"d{i}", holder="A", holder_id="A",
                                        relation="opposes", target="B", target_id="B", start=0, end=1, evidence="x"))
        out.rows.append(["bias", "cue=x" if i % 3 else "cue=y"]), out.labels.append(i % 3 != 0)
        out.keys.append(f"d{i // 2}"), out.groups.append(f"batch{i // 4}"), out.counts.append(1.0)
    first, report = cross_fit(out, out, 0.85, 3, (1.0, 10.0))
    second, _ = cross_fit(out, out, 0.85, 3, (1.0, 10.0))
    assert first.to_json() == second.to_json() and report["dev"]["predicted"] > 0
    with pytest.raises(InputError, match="needs --cross-fit"):
        train_judge(["x:train"], ["x:dev"], fold_by="batch")
