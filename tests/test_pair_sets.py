"""The labelled phrase-pair sets of bench/: the fresh held-back set, its sampler and its scoring."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from statgraph.link.pairs import read_phrase

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _bench(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # a dataclass of the module looks its module up
    spec.loader.exec_module(module)
    return module


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize(
    ("a", "b", "cosine", "expected"),
    [
        ("a truce in the north", "the ceasefire in the south", 0.1, "head"),  # kindred heads are one head
        ("tariffs on steel", "tariffs on grain", 0.9, "head"),
        ("steel tariffs", "the steel quota", 0.1, "words"),  # another head, an issue word in common
        ("grain exports", "the harvest", 0.55, "high"),
        ("grain exports", "the harvest", 0.45, "mid"),
        ("grain exports", "the harvest", 0.2, "low"),
    ],
)
def test_pair_sets_a_pair_falls_in_the_stratum_of_its_nearness(a: str, b: str, cosine: float, expected: str) -> None:
    sample_pairs = _bench("sample_pairs")
    assert sample_pairs.stratum(read_phrase(a, "x.txt"), read_phrase(b, "y.txt"), cosine) == expected


def test_pair_sets_each_phrase_is_drawn_twice_at_most_and_a_short_stratum_passes_on() -> None:
    sample_pairs = _bench("sample_pairs")
    phrases = [(f"phrase {n}", "d.txt") for n in range(6)]
    near = [(f"{k:02d}", 0, j) for k, j in enumerate(range(1, 6))]  # every near pair holds phrase 0
    far = [(f"{k:02d}", i, j) for k, (i, j) in enumerate([(1, 2), (3, 4), (3, 5), (4, 5)])]
    rows = sample_pairs._draw(phrases, {"near": near, "far": far}, sample_pairs.FRESH_PLAN, (("near", 3), ("far", 2)),
                              ({}, set()))
    assert sum(r["sampled_as"] == "near" for r in rows) == 2  # phrase 0 is in two pairs, then no more
    assert sum(r["sampled_as"] == "far" for r in rows) == 3  # the near stratum's missing pair passes on
    drawn = [p for r in rows for p in (r["phrase_a"], r["phrase_b"])]
    assert max(drawn.count(p) for p in set(drawn)) == 2
    again = sample_pairs._draw(phrases, {"near": near, "far": far}, sample_pairs.FRESH_PLAN, (("near", 3), ("far", 2)),
                              ({}, set()))
    assert again == rows


def test_pair_sets_the_fresh_set_is_new_labelled_and_never_from_test() -> None:
    sample_pairs = _bench("sample_pairs")
    rows = _rows(BENCH / "topic_pairs_fresh.tsv")
    assert len(rows) >= 300
    assert {r["same"] for r in rows} == {"0", "1"} and {r["split"] for r in rows} == {"fresh"}
    allowed = set(sample_pairs.split_docs(("train", "dev")))
    assert {r[k] for r in rows for k in ("doc_a", "doc_b")} <= allowed
    old = {r[k].strip().lower() for r in _rows(BENCH / "topic_pairs.tsv") for k in ("phrase_a", "phrase_b")}
    assert not {r[k].strip().lower() for r in rows for k in ("phrase_a", "phrase_b")} & old
    assert [r["pair"] for r in rows] == [str(n) for n in range(len(rows))]


def test_pair_sets_the_held_set_is_labelled_from_articles_no_earlier_set_drew_from() -> None:
    """Round thirteen's held-back set: labelled, of train and dev articles only, none of them an
    article or a wording of the earlier sets, numbered in order."""
    sample_pairs = _bench("sample_pairs")
    rows = _rows(BENCH / "topic_pairs_held.tsv")
    assert len(rows) >= 300 and {r["same"] for r in rows} == {"0", "1"} and {r["split"] for r in rows} == {"held"}
    docs = {r[k] for r in rows for k in ("doc_a", "doc_b")}
    assert docs <= set(sample_pairs.plan_docs(sample_pairs.HELD_PLAN))
    earlier = [*_rows(BENCH / "topic_pairs.tsv"), *_rows(BENCH / "topic_pairs_fresh.tsv")]
    assert not docs & {r[k] for r in earlier for k in ("doc_a", "doc_b")}
    assert not {r[k].strip().lower() for r in rows for k in ("phrase_a", "phrase_b")} & {
        r[k].strip().lower() for r in earlier for k in ("phrase_a", "phrase_b")}
    assert [r["pair"] for r in rows] == [str(n) for n in range(len(rows))]


def test_pair_sets_a_fresh_file_is_scored_by_its_reader_and_by_article(tmp_path: Path) -> None:
    bench_topics = _bench("bench_topics")
    path = tmp_path / "pairs.tsv"
    lines = ["pair\tphrase_a\tphrase_b\tsame\tsplit\tsampled_as\tdoc_a\tdoc_b\tnote",
             "0\ttariffs on steel\ttariffs on steel imports\t1\tfresh\thead\ta.txt\ta.txt\t",
             "1\tthe grain harvest\ta truce in the north\t0\tfresh\tlow\ta.txt\tb.txt\t",
             "2\tthe new bridge\tthe fishing quota\t0\tother\tlow\ta.txt\tb.txt\t"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    figures = bench_topics.pair_figures(("fresh",), path, (("same", "reader"),))
    assert figures["fresh_reader"][0] == 2  # the other split is left out
    assert figures["fresh_reader_one_article"][0] == 1 and figures["fresh_reader_two_articles"][0] == 1
    assert figures["fresh_reader_two_articles"][1:] == (0.0, 0.0, 0.0)  # nothing joined, nothing to join


def test_pair_sets_the_round_eighteen_set_is_labelled_from_batches_no_earlier_set_drew_from() -> None:
    """Round eighteen's held-back set: labelled, of the train and dev articles of batches zl-zx
    only, none of them an article or a wording of the earlier sets, numbered in order, with
    enough pairs of one article to hold some forty same-issue pairs."""
    sample_pairs = _bench("sample_pairs")
    rows = _rows(BENCH / "topic_pairs_held18.tsv")
    assert len(rows) >= 300 and {r["same"] for r in rows} == {"0", "1"} and {r["split"] for r in rows} == {"held18"}
    docs = {r[k] for r in rows for k in ("doc_a", "doc_b")}
    assert docs <= set(sample_pairs.plan_docs(sample_pairs.HELD18_PLAN))
    assert all(sample_pairs.HELD18_BATCHES.match(doc) for doc in docs)
    earlier = [r for name in ("", "_fresh", "_held", "_held15") for r in _rows(BENCH / f"topic_pairs{name}.tsv")]
    assert not docs & {r[k] for r in earlier for k in ("doc_a", "doc_b")}
    assert not {r[k].strip().lower() for r in rows for k in ("phrase_a", "phrase_b")} & {
        r[k].strip().lower() for r in earlier for k in ("phrase_a", "phrase_b")}
    assert [r["pair"] for r in rows] == [str(n) for n in range(len(rows))]
    assert sum(r["same"] == "1" for r in rows) >= 40


def test_pair_sets_each_phrase_is_scored_in_the_statement_it_comes_from(tmp_path: Path) -> None:
    """bench_topics reads the context columns: one holder for one wording and against the other
    in one passage is not joined, though the words alone join them."""
    bench_topics = _bench("bench_topics")
    head = "pair\tphrase_a\tphrase_b\tsame\tsplit\tsampled_as\tdoc_a\tdoc_b\tnote\t" + "\t".join(
        _bench("sample_pairs").CONTEXT)
    row = "0\tthe fishing ban in the bay\ta ban on fishing in the bay\t1\tfresh\thead\ta.txt\ta.txt\t\t0\t80\tMinistry\t"
    recall = {}
    for relation in ("supports", "opposes"):
        path = tmp_path / f"{relation}.tsv"
        path.write_text("\n".join([head, row + f"demands\t0\t80\tMinistry\t{relation}"]) + "\n", encoding="utf-8")
        recall[relation] = bench_topics.pair_figures(("fresh",), path, (("same", "reader"),))["fresh_reader"][2]
    assert recall == {"supports": 1.0, "opposes": 0.0}


def test_train_pairs_by_default_remakes_the_packaged_pair_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`statgraph train-pairs` with no --pairs or --half reads every labelled set but the newest
    held-back one, and so writes the very pair model statgraph ships."""
    from click.testing import CliRunner

    from statgraph.cli import cli

    monkeypatch.chdir(BENCH.parent)
    out = tmp_path / "pairs.json"
    result = CliRunner().invoke(cli, ["train-pairs", "--out", str(out)])
    assert result.exit_code == 0, result.output
    packaged = BENCH.parent / "src" / "statgraph" / "link" / "pair_model.json"
    assert out.read_bytes() == packaged.read_bytes()
    assert "topic_pairs_held18.tsv" not in result.output
