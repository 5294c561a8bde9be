"""bench/realtext: real articles with careful readers' gold, in fixed splits."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REALTEXT = ROOT / "bench" / "realtext"
GUARD = ROOT.parent / "shared" / "tools" / "holdout_guard.py"


def _sources() -> list[dict[str, str]]:
    with (REALTEXT / "sources.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_every_gold_line_is_in_the_schema_with_exact_evidence() -> None:
    result = subprocess.run([sys.executable, str(REALTEXT / "check.py")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]
    assert result.stdout.strip().endswith("0 problems")


def test_sources_name_every_article_once_with_a_split() -> None:
    rows = _sources()
    files = [row["file"] for row in rows]
    assert sorted(files) == sorted(p.name for p in (REALTEXT / "docs").glob("*.txt"))
    assert len(set(files)) == len(files)
    splits = {row["split"] for row in rows}
    assert splits == {"train", "dev", "test"}
    assert all(row["url"].startswith("http") and row["outlet"] for row in rows)


def test_corpus_is_as_large_as_promised() -> None:
    rows = _sources()
    by_split = {s: sum(row["split"] == s for row in rows) for s in ("train", "dev", "test")}
    assert len(rows) >= 100 and by_split["train"] >= 60 and by_split["dev"] >= 20 and by_split["test"] >= 20
    assert len({row["outlet"] for row in rows}) >= 40
    gold = sum(
        1 for f in (REALTEXT / "gold").glob("*.jsonl") for line in f.read_text(encoding="utf-8").splitlines() if line.strip()
    )
    assert gold >= 2000


@pytest.mark.skipif(not GUARD.exists(), reason="the hidden set's guard is in ../shared/tools")
def test_no_article_is_in_the_hidden_set() -> None:
    result = subprocess.run([sys.executable, str(GUARD), str(REALTEXT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]


def test_batches_gathered_after_the_test_set_closed_go_to_train_and_dev_only() -> None:
    sys.path.insert(0, str(REALTEXT))
    try:
        import add_sources
    finally:
        sys.path.remove(str(REALTEXT))
    assert add_sources.train_dev_splits(9) == ["train", "train", "train", "dev"] * 2 + ["train"]
    assert add_sources.splits_for(5, 0) == ["train", "train", "train", "dev", "test"]
    split_of = {row["file"]: row["split"] for row in _sources()}
    for batch in sorted(add_sources.TRAIN_DEV_BATCHES):
        files = [row["file"] for row in add_sources.read_rows(REALTEXT / "sources.d" / f"{batch}.tsv", ["file"])]
        # an article dropped after gathering (its text another's) keeps its row and its place in the turn
        kept = [(name, split) for name, split in zip(files, add_sources.train_dev_splits(len(files))) if name in split_of]
        assert [split_of[name] for name, _ in kept] == [split for _, split in kept]
