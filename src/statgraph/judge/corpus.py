"""Labelled corpora for the judge: documents with gold statements, chosen by split.

A corpus is named by a string:

    bench/realtext:train     DIR:SPLIT: DIR/docs/*.txt with DIR/gold/*.jsonl, the articles
                             that DIR/sources.tsv puts in SPLIT
    seeds=../shared/gold     DOCS=GOLD: every document of DOCS that has gold lines in GOLD (a
                             folder of .jsonl files, or one file: `statgraph review --export`)
    seeds=../shared/gold@0.5 either, its candidates counting 0.5 times in the judge's fit
                             (a weight after the last @; 1 without one)

Cross-fitting deals a corpus's articles into folds by a group (`article_groups`): each
article alone (`name`), its outlet (sources.tsv's `outlet` column) or its batch (the
DIR/sources.d/*.tsv file that lists it: articles gathered together, on the same topics and
from the same outlets), so a fold can hold out what new text would not share.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from .gold import read_gold


@dataclass(frozen=True)
class Corpus:
    """Documents (paths) and their gold lines, by document name."""

    spec: str
    paths: tuple[Path, ...]
    gold: dict[str, list[dict[str, Any]]]
    weight: float = 1.0
    folder: Path | None = None  # DIR of a DIR:SPLIT corpus (its sources.tsv and sources.d)

    @property
    def digest(self) -> str:
        """sha256 over the documents' and gold lines' bytes, in name order."""
        h = hashlib.sha256()
        for path in self.paths:
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
            h.update(repr(self.gold.get(path.name, [])).encode())
        return h.hexdigest()


def split_names(sources: Path, split: str) -> list[str]:
    """File names that a sources.tsv (columns file, split, ...) puts in `split`."""
    if not sources.exists():
        raise InputError(f"no {sources}: it names each article's split")
    with sources.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    splits = sorted({row["split"] for row in rows})
    names = [row["file"] for row in rows if row["split"] == split]
    if not names:
        raise InputError(f"no article in split {split!r} of {sources} (splits: {', '.join(splits)})")
    return names


def split_weight(spec: str) -> tuple[str, float]:
    """(the corpus spec, its weight): `seeds=gold@0.5` -> ("seeds=gold", 0.5); weight 1 without @."""
    found = re.fullmatch(r"(.+)@([0-9]*\.?[0-9]+)", spec)
    if found is None:
        return spec, 1.0
    if float(found[2]) <= 0:
        raise InputError(f"corpus {spec!r}: its weight after @ must be above 0")
    return found[1], float(found[2])


def load_corpus(spec: str) -> Corpus:
    """The corpus a spec names (see the module docstring)."""
    full = spec
    spec, weight = split_weight(spec)
    if "=" in spec:
        docs, gold_dir = (Path(p) for p in spec.split("=", 1))
        gold = read_gold(gold_dir)
        paths = tuple(sorted(p for p in docs.glob("*") if p.name in gold))
    elif ":" in spec:
        folder, split = spec.rsplit(":", 1)
        names = split_names(Path(folder) / "sources.tsv", split)
        gold = read_gold(Path(folder) / "gold", names)
        paths = tuple(sorted(Path(folder) / "docs" / name for name in names))
    else:
        raise InputError(f"corpus {spec!r}: give DIR:SPLIT (bench/realtext:train) or DOCS=GOLD (seeds=gold)")
    missing = [str(p) for p in paths if not p.exists()]
    if missing or not paths:
        raise InputError(f"corpus {spec!r}: " + (f"missing documents {missing[:3]}" if missing else "no documents"))
    return Corpus(full, paths, gold, weight, Path(folder) if ":" in spec and "=" not in spec else None)


FOLD_BY = ("name", "batch", "outlet")


def article_groups(corpus: Corpus, by: str) -> dict[str, str]:
    """The group of each of the corpus's articles (by file name) that folds keep together."""
    if by not in FOLD_BY:
        raise InputError(f"folds by {by!r}: choose from {', '.join(FOLD_BY)}")
    names = [p.name for p in corpus.paths]
    if by == "name":
        return {name: name for name in names}
    if corpus.folder is None:
        raise InputError(f"folds by {by} need a DIR:SPLIT corpus (DIR/sources.tsv, DIR/sources.d); "
                         f"{corpus.spec!r} is not one")
    if by == "outlet":
        with (corpus.folder / "sources.tsv").open(encoding="utf-8", newline="") as f:
            found = {row["file"]: row.get("outlet") or row["file"] for row in csv.DictReader(f, delimiter="\t")}
    else:
        found = {line.split("\t", 1)[0]: listing.stem for listing in sorted((corpus.folder / "sources.d").glob("*.tsv"))
                 for line in listing.read_text(encoding="utf-8").splitlines() if line.strip()}
    missing = [name for name in names if name not in found]
    if missing:
        raise InputError(f"folds by {by}: no {by} for {missing[:3]} in {corpus.folder}")
    return {name: found[name] for name in names}
