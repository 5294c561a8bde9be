"""Graph files against the store: every reading command, timed on the same graph both ways.

A corpus is built twice, once into a graph file (`build --out`) and once into an embedded
store (`build --store`); each command below then runs on each, in this process, the file
read afresh each time (as a command does):

    view        the interactive page (statgraph.views.write_view)
    network     the congruence network as CSV (render_network)
    statements  every statement record (read_statements)
    select7     a 7-variable SELECT: statements with their passages' quotes
    export      Turtle of the whole graph (statgraph.exports.export_rdf)

Corpora: the seeds, and the first --articles train articles of bench/realtext (train split
only, as sources.tsv says; never the test split). The time is the best of --runs runs; the
ratio is file / store (the target: at most 2).

    python bench/bench_files.py                 # seeds and 40 articles, about 3 minutes
    python bench/bench_files.py --articles 10 --runs 1
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REALTEXT = ROOT / "bench" / "realtext"
SELECT7 = """SELECT ?holder ?relation ?target ?doc ?start ?end ?quote WHERE {
  ?statement a sg:Statement ; sg:holder ?holder ; sg:relation ?relation ; sg:target ?target ;
             prov:wasDerivedFrom ?ref .
  ?ref sg:document ?doc ; sg:start ?start ; sg:end ?end ; oa:hasTarget/oa:hasSelector ?words .
  ?words oa:exact ?quote .
}"""


def train_articles(count: int) -> list[Path]:
    """The first `count` train articles of bench/realtext, in sources.tsv's order."""
    with (REALTEXT / "sources.tsv").open(encoding="utf-8") as stream:
        rows = [row for row in csv.DictReader(stream, delimiter="\t") if row["split"] == "train"]
    return [REALTEXT / "docs" / row["file"] for row in rows[:count]]


def commands(scratch: Path) -> dict[str, Callable[[Any], object]]:
    """name -> a function of an open source (file or store) that does the command's work."""
    from statgraph.exports import export_rdf
    from statgraph.graph.read import read_statements
    from statgraph.query import run_query
    from statgraph.views import render_network, write_view

    return {
        "view": lambda source: write_view(source, scratch / "view.html"),
        "network": lambda source: render_network(source, kind="congruence", fmt="csv"),
        "statements": lambda source: read_statements(source),
        "select7": lambda source: run_query(source, SELECT7).rows,
        "export": lambda source: export_rdf(source, "turtle"),
    }


def best_time(location: str, work: Callable[[Any], object], runs: int) -> float:
    """The fastest of `runs` runs of: open the source, do the work, close it."""
    from statgraph import open_store

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        source = open_store(location)
        try:
            work(source)
        finally:
            source.close()
        times.append(time.perf_counter() - start)
    return min(times)


def compare(name: str, paths: list[Path], scratch: Path, runs: int) -> None:
    """Build a corpus both ways, then print each command's time on the file and the store."""
    from statgraph import build, build_store

    graph_file, store = scratch / f"{name}.ttl", scratch / f"{name}-store"
    built = build(paths, graph_file)
    build_store(paths, store)
    print(f"\n{name}: {built.report.documents} documents, {built.report.statements} statements, "
          f"{built.triples:,} triples")
    print(f"   {'command':12} {'file s':>8} {'store s':>8} {'file/store':>10}")
    for command, work in commands(scratch).items():
        on_file = best_time(str(graph_file), work, runs)
        on_store = best_time(str(store), work, runs)
        print(f"   {command:12} {on_file:8.2f} {on_store:8.2f} {on_file / on_store:10.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=40, help="train articles in the second corpus")
    parser.add_argument("--runs", type=int, default=3, help="runs a command; the best is shown")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="statgraph-bench-files-") as folder:
        scratch = Path(folder)
        compare("seeds", [ROOT / "seeds"], scratch, options.runs)
        compare(f"realtext-{options.articles}", train_articles(options.articles), scratch, options.runs)


if __name__ == "__main__":
    main()
