"""Build throughput and memory: statgraph against bare spaCy; 1,000 and 3,000 documents.

Prints three tables:
  1. words per second of a whole `build` (into a fresh store, and into a Turtle file)
     against bare `nlp.pipe` on the same passages with the same model, in this process,
     both warm (spaCy's model loaded, statgraph's judge and embedding model loaded by a
     build of a few documents); best of the rounds, and each round's CPU ratio to that
     round's bare parse (median and range: on a shared machine, read the spread);
  2. a corpus of recombined seed paragraphs built by the CLI at 1 and 2 workers: wall
     time and the peak memory (RSS) of the build, at two corpus sizes;
  3. where a 1-worker build spends its time, from cProfile (with --profile).

    python bench/bench_build.py                  # about 10 minutes on 2 cores
    python bench/bench_build.py --docs 300 --ratio-docs 100
    python bench/bench_build.py --docs --judges model.json   # table 1 only, also with another judge
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BARE = "bare nlp.pipe"


def write_corpus(folder: Path, count: int, paragraphs: int = 3) -> Path:
    """`count` distinct documents, each a fixed choice of seed paragraphs (as tests/conftest.py)."""
    pieces = [p for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        chosen = random.Random(number).sample(pieces, paragraphs)
        (folder / f"doc{number:05d}.txt").write_text(
            f"Report {number}\n\n" + "\n\n".join(chosen) + "\n", encoding="utf-8"
        )
    return folder


def passage_texts(corpus: Path) -> list[str]:
    """The passages statgraph parses, as plain strings."""
    from statgraph.passages import analysis_text, make_passages
    from statgraph.pipeline import Report, iter_documents

    texts = []
    for document in iter_documents([corpus], Report()):
        text = analysis_text(document)
        texts += [text[p.start : p.end] for p in make_passages(document, text=text)]
    return texts


def throughput(corpus: Path, scratch: Path, rounds: int, judges: list[str] = []) -> None:  # noqa: B006
    """Table 1: words per second, statgraph build against bare nlp.pipe, best of `rounds`;
    also store builds with each of `judges` (a model file, `none`).

    Both sides are timed warm: spaCy's model is loaded and has parsed a few passages, and a
    build of a few documents has loaded what statgraph loads once per process (the judge, the
    sentence-embedding model), as spaCy's model load is left out of the bare parse. Each round
    runs the builds in another order, so that neither always comes first after the parse."""
    from statgraph.nlp import load_nlp
    from statgraph.nlp.embed import embed
    from statgraph.pipeline import build, load_resources
    from statgraph.settings import Settings

    settings = Settings()
    nlp, texts = load_nlp(settings.model), passage_texts(corpus)
    load_resources(settings)
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:50], batch_size=settings.batch_size))  # warm up
    build([write_corpus(scratch / "warm", 5)], scratch / "warm.ttl", settings)
    embed(["a warm-up phrase"])  # five documents may mint no topic, and so load no embedding model
    runs: dict[str, list[tuple[float, float]]] = {BARE: []}
    for number in range(rounds):
        runs[BARE].append(_timed_cpu(parse, nlp, texts, settings.batch_size))
        builds = _builds(corpus, scratch / f"round{number}", settings, judges)
        names = list(builds)
        for name in names[number % len(names) :] + names[: number % len(names)]:
            runs.setdefault(name, []).append(_timed_cpu(*builds[name]))
    runs = {BARE: runs[BARE], **{name: runs[name] for name in builds}}
    _print_throughput(runs, f"{len(texts):,} passages, {words:,} words, best of {rounds}", words, settings)


def _builds(corpus: Path, scratch: Path, settings: Any, judges: list[str]) -> dict[str, tuple[Any, ...]]:
    """The builds table 1 times, by name: (function, its arguments)."""
    from statgraph.pipeline import build, build_store

    scratch.mkdir(parents=True, exist_ok=True)
    builds: dict[str, tuple[Any, ...]] = {
        "build --store (embedded)": (build_store, [corpus], scratch / "store", settings),
        "build --out (Turtle)": (build, [corpus], scratch / "g.ttl", settings),
    }
    for other, judge in enumerate(judges):
        chosen = settings.model_copy(update={"judge": judge})
        builds[f"build --store --judge {Path(judge).name}"] = (build_store, [corpus], scratch / f"store-judge{other}", chosen)
    return builds


def _print_throughput(runs: dict[str, list[tuple[float, float]]], head: str, words: int, settings: Any) -> None:
    """Table 1's rows: wall and CPU seconds (best of the rounds), words a second, and ratios;
    with several rounds, also each round's CPU ratio to that round's bare parse (median, range)."""
    bare_wall, bare_cpu = (min(r[i] for r in runs[BARE]) for i in (0, 1))
    print(f"\n1. Throughput: {head}, model {settings.model or 'chosen by default'}")
    print(f"   {'run':34} {'seconds':>8} {'words/s':>8} {'ratio':>6} {'CPU s':>7} {'CPU ratio':>9} {'per round':>19}")
    for name, times in runs.items():
        wall, cpu = min(t[0] for t in times), min(t[1] for t in times)
        ratios = sorted(bare[1] / t[1] for bare, t in zip(runs[BARE], times))
        spread = f"{statistics.median(ratios):.2f} ({ratios[0]:.2f}-{ratios[-1]:.2f})" if len(ratios) > 1 else ""
        print(f"   {name:34} {wall:8.2f} {words / wall:8,.0f} {bare_wall / wall:6.2f} {cpu:7.2f} {bare_cpu / cpu:9.2f} {spread:>19}")


def parse(nlp: Any, texts: list[str], batch_size: int) -> None:
    """Bare spaCy: every passage through nlp.pipe, nothing else."""
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass


def _timed_cpu(function: Callable[..., Any], *args: Any) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): the CPU seconds leave out the time the
    process waited for a core, though they still vary when other work shares the machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    function(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def corpus_runs(scratch: Path, sizes: list[int], workers: list[int]) -> None:
    """Table 2: CLI builds of recombined corpora: wall time and peak RSS per worker count."""
    print("\n2. Corpus builds (`statgraph build CORPUS --store S --workers N`, a fresh process each)")
    columns = ("documents", "words", "workers", "seconds", "words/s", "RSS MB")
    print("   " + " ".join(f"{name:>9}" for name in columns))
    for size in sizes:
        corpus = write_corpus(scratch / f"corpus{size}", size)
        words = sum(len(t.split()) for t in passage_texts(corpus))
        for count in workers:
            store = scratch / f"store-{size}-{count}"
            command = [
                sys.executable,
                "-m",
                "statgraph",
                "build",
                str(corpus),
                "--store",
                str(store),
            ]
            seconds, rss = _child_run([*command, "--workers", str(count), "-q"])
            rate = words / seconds
            print(f"   {size:9,} {words:9,} {count:9} {seconds:9.1f} {rate:9,.0f} {rss:9.0f}")


def _child_run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and the largest resident set (MB) of a command and its worker processes."""
    probe = (
        "import resource, subprocess, sys, time; start = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True); "
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    output = subprocess.run([sys.executable, "-c", probe, *command], check=True, capture_output=True, text=True)
    seconds, kilobytes = output.stdout.split()
    return float(seconds), int(kilobytes) / 1024


def profile(corpus: Path, scratch: Path) -> None:
    """Table 3: the functions a build spends its time in, outside spaCy's parse."""
    import cProfile
    import pstats

    from statgraph.pipeline import build_store

    profiler = cProfile.Profile()
    profiler.runcall(build_store, [corpus], scratch / "profiled")
    print("\n3. Profile of one build (cumulative seconds)")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"statgraph|pyoxigraph", 30)


def main() -> None:
    """Parse the options and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ratio-docs", type=int, default=200, help="Documents for the throughput ratio.")
    parser.add_argument("--rounds", type=int, default=2, help="Rounds of the throughput runs (best is kept).")
    parser.add_argument("--docs", type=int, nargs="*", default=[1000, 3000], help="Corpus sizes to build (none: skip table 2).")
    parser.add_argument("--judges", nargs="*", default=[], help="Also time store builds with these judges (table 1).")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Worker counts.")
    parser.add_argument("--profile", action="store_true", help="Also profile one build.")
    options = parser.parse_args()
    print(f"statgraph build benchmark, Python {sys.version.split()[0]}, {resource.getpagesize()}-byte pages")
    with tempfile.TemporaryDirectory(prefix="statgraph-bench-") as folder:
        scratch = Path(folder)
        corpus = write_corpus(scratch / "ratio", options.ratio_docs)
        throughput(corpus, scratch, options.rounds, options.judges)
        if options.profile:
            profile(corpus, scratch)
        corpus_runs(scratch, options.docs, options.workers)


if __name__ == "__main__":
    main()
