"""Add newly gathered articles to sources.tsv, each with a fixed split; rows already there keep theirs.

    python bench/realtext/add_sources.py a b   # reads sources.d/a.tsv, b.tsv (file, url, outlet, genre, date, words, note)

Name only finished batches: a batch's split runs are cut by its length.

A gatherer's batch (one sources.d file, in the order its articles were found, so that
articles on one story sit together) is cut into five runs; the runs go to train, train,
train, dev and test, turned by the batch's place among the batches, so that each split
takes whole stories from every region. An article already in sources.tsv never moves.

Batches gathered after the test set was closed (TRAIN_DEV_BATCHES) give no article to test:
in the order gathered, every fourth article goes to dev and the others to train.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["file", "split", "url", "outlet", "genre", "date", "words", "note"]
ROTATION = ["train", "train", "train", "dev", "test"]
TRAIN_DEV_BATCHES = {"k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "za", "zb", "zc", "zd", "ze", "zf", "zg", "zh", "zi", "zj", "zk", "zl", "zm", "zn", "zo", "zp", "zq", "zr", "zs", "zt", "zu", "zv", "zw", "zx", "zy", "zz", "zza", "zzb", "zzc", "zzd", "zze", "zzf", "zzg", "zzh", "zzi", "zzj", "zzk", "zzl", "zzm", "zzn", "zzo", "zzp", "zzq", "zzr", "zzs", "zzt", "zzu"}


def read_rows(path: Path, columns: list[str] | None = None) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, fieldnames=columns, delimiter="\t")
        return [row for row in reader if row.get("file")]


def splits_for(count: int, turn: int) -> list[str]:
    """Split of each of `count` articles in order: five runs as even as may be, rotated by `turn`."""
    return [ROTATION[(index * 5 // count + turn) % 5] for index in range(count)] if count else []


def train_dev_splits(count: int) -> list[str]:
    """Split of each of `count` articles in order: the 4th, 8th, 12th ... to dev, the rest to train."""
    return ["dev" if index % 4 == 3 else "train" for index in range(count)]


def main(names: list[str]) -> None:
    table = HERE / "sources.tsv"
    rows = read_rows(table) if table.exists() else []
    known = {row["file"] for row in rows}
    for turn, batch in enumerate(sorted((HERE / "sources.d").glob("*.tsv"))):
        if names and batch.stem not in names:
            continue
        gathered = read_rows(batch, [c for c in COLUMNS if c != "split"])
        splits = (train_dev_splits(len(gathered)) if batch.stem in TRAIN_DEV_BATCHES
                  else splits_for(len(gathered), turn))
        for row, split in zip(gathered, splits, strict=True):
            if row["file"] not in known and (HERE / "docs" / row["file"]).exists():
                rows.append({**row, "split": split})
                known.add(row["file"])
    rows.sort(key=lambda row: row["file"])
    with table.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    counts = {s: sum(row["split"] == s for row in rows) for s in ("train", "dev", "test")}
    print(f"{len(rows)} articles in sources.tsv: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
