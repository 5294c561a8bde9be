"""One long document against an ordinary corpus: time and peak memory per word.

The long document is composed by concatenating the train articles of bench/realtext (train
split only, as sources.tsv says), each followed by a blank line, over and over until it
holds --chars characters (default 1,000,000): real reporting, one file. The ordinary corpus
is the same train articles as separate files. Each is built in a fresh process
(`statgraph build --out g.ttl`, then `statgraph statements g.ttl`, and `build --store`),
and the process's wall time and peak resident memory (getrusage of the child) are divided by
the words it read (memory: above what a build of one short article peaks at). Target: the long document's time and memory per word within 1.5x the
ordinary corpus's.

    python bench/bench_long.py                  # 1 M characters, about 10 minutes on one core
    python bench/bench_long.py --chars 200000   # a quick look
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALTEXT = ROOT / "bench" / "realtext"


def train_articles() -> list[Path]:
    """The train articles of bench/realtext, in sources.tsv's order."""
    with (REALTEXT / "sources.tsv").open(encoding="utf-8") as stream:
        rows = [row for row in csv.DictReader(stream, delimiter="\t") if row["split"] == "train"]
    return [REALTEXT / "docs" / row["file"] for row in rows]


def compose(articles: list[Path], chars: int, out: Path) -> Path:
    """One document of about `chars` characters: the articles one after another, repeated."""
    parts, size = [], 0
    while size < chars:
        for article in articles:
            text = article.read_text(encoding="utf-8").strip() + "\n\n"
            parts.append(text)
            size += len(text)
            if size >= chars:
                break
    out.write_text("".join(parts), encoding="utf-8")
    return out


def words(paths: list[Path]) -> int:
    return sum(len(path.read_text(encoding="utf-8").split()) for path in paths)


def run(arguments: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of `python -m statgraph ARGUMENTS` in a child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "statgraph", *arguments], env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"statgraph {' '.join(arguments)} failed ({status})")
    return seconds, usage.ru_maxrss / 1024


def measure(name: str, inputs: list[Path], scratch: Path, base_mb: float) -> dict[str, float]:
    """Build, read and store one corpus; print and return the figures per word (memory above
    `base_mb`, what a build of one short article takes: the language model and the code)."""
    count = words(inputs)
    graph, store = scratch / f"{name}.ttl", scratch / f"{name}-store"
    build_s, build_mb = run(["build", *map(str, inputs), "--out", str(graph), "-q"])
    read_s, read_mb = run(["statements", str(graph), "--format", "jsonl"])
    store_s, store_mb = run(["build", *map(str, inputs), "--store", str(store), "-q"])
    figures = {
        "words": count, "build_ms_word": 1000 * build_s / count, "build_kb_word": 1024 * (build_mb - base_mb) / count,
        "file_s": build_s + read_s, "store_s": store_s,
    }
    print(f"{name:9} {count:8,} words  build --out {build_s:7.1f} s {build_mb:7.0f} MB  statements {read_s:6.1f} s "
          f"{read_mb:6.0f} MB  build --store {store_s:7.1f} s {store_mb:7.0f} MB")
    print(f"{'':9} per word: {figures['build_ms_word']:.3f} ms, {figures['build_kb_word']:.1f} KB; "
          f"file (build --out + statements) / store build = {figures['file_s'] / store_s:.2f}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=1_000_000, help="characters in the long document")
    options = parser.parse_args()
    articles = train_articles()
    with tempfile.TemporaryDirectory(prefix="statgraph-bench-long-") as folder:
        scratch = Path(folder)
        long_document = compose(articles, options.chars, scratch / "long.txt")
        base_s, base_mb = run(["build", str(articles[0]), "--out", str(scratch / "one.ttl"), "-q"])
        print(f"one article: {base_s:.1f} s, {base_mb:.0f} MB (the baseline memory is taken off below)")
        corpus = measure("corpus", articles, scratch, base_mb)
        long = measure("long", [long_document], scratch, base_mb)
        print(f"long / corpus per word: time {long['build_ms_word'] / corpus['build_ms_word']:.2f}, "
              f"memory {long['build_kb_word'] / corpus['build_kb_word']:.2f}")


if __name__ == "__main__":
    main()
