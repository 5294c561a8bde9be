"""A fresh held-back set of target-phrase pairs (bench/topic_pairs_fresh.tsv), sampled deterministically.

    python bench/sample_pairs.py                       # builds bench/realtext train + dev (every candidate)
    python bench/sample_pairs.py --graph ALL.ttl       # or reads a graph built from them
    python bench/sample_pairs.py --out FILE.tsv        # default bench/topic_pairs_fresh.tsv (refuses to overwrite)
    python bench/sample_pairs.py --held                # round thirteen's set: unseen articles, bench/topic_pairs_held.tsv
    python bench/sample_pairs.py --held15              # round fifteen's: batches zc-zk, bench/topic_pairs_held15.tsv
    python bench/sample_pairs.py --held18              # round eighteen's: batches zl-zx, bench/topic_pairs_held18.tsv
    python bench/sample_pairs.py --held20              # round twenty's: batches zy-zzf, bench/topic_pairs_held20.tsv

The phrases are the target texts (`sg:targetText`) of the statements whose target is an issue
(`sg:Topic`), one per wording and article, of the **train and dev** articles of bench/realtext
(never test): a wording that bench/topic_pairs.tsv already holds is left out, so no phrase of
the fresh set was seen while the pair model was tuned. Pairs are drawn in strata like the
first set's, near pairs first, each stratum in an order fixed by a hash of the pair:

- `head`: the same head word (kindred heads read as one, link/pairs.py);
- `words`: another head, but an issue word in common;
- `high`: sentence-embedding cosine from `HIGH` up (neither of the above);
- `mid`: cosine from `MID` to `HIGH`;
- `low`: any other pair (random);
- `document`: then (numbered after the others) two wordings of one article, of any stratum.

A phrase is in at most `PER_PHRASE` pairs, so that one wording does not weigh on the figures;
a stratum that runs short passes what it lacks to the next.
The file is written with an empty `same` column, to be labelled by bench/TOPIC_PAIRS.md before
any model score is looked at. The same graph gives the same file.

`--held` samples round thirteen's held-back set (bench/topic_pairs_held.tsv, split `held`): from
the train and dev articles that **no earlier set drew a phrase from** (batches k to zb and the few
older articles left out), leaving out every wording of the earlier sets, another seed
(`HELD_SEED`), and more pairs of one article (`HELD_STRATA`, `HELD_MORE`), where most same-issue
pairs are.

`--held15` samples round fifteen's held-back set (bench/topic_pairs_held15.tsv, split `held15`):
from the train and dev articles of batches zc to zk (`HELD15_BATCHES`), which no earlier set drew
from, every wording of the earlier sets left out, seed `HELD15_SEED`, the strata of round thirteen.

`--held18` samples round eighteen's held-back set (bench/topic_pairs_held18.tsv, split `held18`):
from the train and dev articles of batches zl to zx (`HELD18_BATCHES`), which no earlier set drew
from, every wording of the earlier sets left out, seed `HELD18_SEED`, smaller strata and more
pairs of one article (`HELD18_STRATA`, `HELD18_MORE`): round fifteen's set held 30 same-issue
pairs, 28 of them of one article.

`--held20` samples round twenty's held-back set (bench/topic_pairs_held20.tsv, split `held20`):
from the train and dev articles of batches zy to zzf (`HELD20_BATCHES`), which no earlier set drew
from, every wording of the earlier sets (held18 too) left out, seed `HELD20_SEED`, round
eighteen's strata.

Each row also says where its two phrases stand (`CONTEXT`: the first statement of the article
whose target is the phrase, by offset: its passage's `start` and `end` in the article's text, its
holder and its relation), what the pair model's context features read (`link.pair_context`);
`bench/pair_context.py` adds the same columns to the earlier sets.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
OLD = HERE / "topic_pairs.tsv"
OUT = HERE / "topic_pairs_fresh.tsv"
HELD = HERE / "topic_pairs_held.tsv"
HELD15 = HERE / "topic_pairs_held15.tsv"
HELD15_SEED = "held-20261204-r15"
HELD15_BATCHES = re.compile(r"z[c-k]\d")
HELD18 = HERE / "topic_pairs_held18.tsv"
HELD18_SEED = "held-20261205-r18"
HELD18_BATCHES = re.compile(r"z[l-x]\d")
HELD20 = HERE / "topic_pairs_held20.tsv"
HELD20_SEED = "held-20261205-r20"
HELD20_BATCHES = re.compile(r"(zy|zz|zz[a-f])\d")
SEED = "fresh-20261204"
HELD_SEED = "held-20261204-r13"
STRATA = (("head", 90), ("words", 70), ("high", 60), ("mid", 40), ("low", 40))
# Drawn after the strata, numbered after them: two wordings of one article, where most pairs of
# one issue are (the strata above gave 14 of 300).
MORE = (("document", 60),)
HELD_STRATA = (("head", 80), ("words", 60), ("high", 50), ("mid", 30), ("low", 30))
HELD_MORE = (("document", 100),)
HELD18_STRATA = (("head", 60), ("words", 45), ("high", 35), ("mid", 20), ("low", 20))
HELD18_MORE = (("document", 150),)
HIGH, MID = 0.5, 0.4
PER_PHRASE = 2
CONTEXT = ("start_a", "end_a", "holder_a", "relation_a", "start_b", "end_b", "holder_b", "relation_b")
COLUMNS = ("pair", "phrase_a", "phrase_b", "same", "split", "sampled_as", "doc_a", "doc_b", "note", *CONTEXT)
TARGETS = """SELECT DISTINCT ?phrase ?doc ?start ?end ?holder ?relation WHERE {
  ?statement a sg:Statement ; sg:target ?t ; sg:holder ?h ; sg:relation ?r ; prov:wasDerivedFrom ?ref .
  ?t a sg:Topic .
  ?ref sg:targetText ?phrase ; sg:document/sg:fileName ?doc ; sg:start ?start ; sg:end ?end .
  BIND(STRAFTER(STR(?h), "/actor/") AS ?holder)
  BIND(STRAFTER(STR(?r), "#") AS ?relation)
}"""


@dataclass(frozen=True)
class Plan:
    """What a sampling draws: its seed, strata, split name, and the earlier sets it leaves out
    (their wordings always; their articles too when `new_articles`)."""

    seed: str = SEED
    strata: tuple[tuple[str, int], ...] = STRATA
    more: tuple[tuple[str, int], ...] = MORE
    split: str = "fresh"
    earlier: tuple[Path, ...] = (OLD,)
    new_articles: bool = False
    batches: re.Pattern[str] | None = None  # only the articles whose names match


FRESH_PLAN = Plan()
HELD_PLAN = Plan(HELD_SEED, HELD_STRATA, HELD_MORE, "held", (OLD, OUT), new_articles=True)
HELD15_PLAN = Plan(HELD15_SEED, HELD_STRATA, HELD_MORE, "held15", (OLD, OUT, HELD), True, HELD15_BATCHES)
HELD18_PLAN = Plan(HELD18_SEED, HELD18_STRATA, HELD18_MORE, "held18", (OLD, OUT, HELD, HELD15), True, HELD18_BATCHES)
HELD20_PLAN = Plan(HELD20_SEED, HELD18_STRATA, HELD18_MORE, "held20", (OLD, OUT, HELD, HELD15, HELD18), True,
                   HELD20_BATCHES)
# The option of each held-back set: (its plan, the file it writes).
HELD_SETS = {"held": (HELD_PLAN, HELD), "held15": (HELD15_PLAN, HELD15), "held18": (HELD18_PLAN, HELD18),
             "held20": (HELD20_PLAN, HELD20)}


def split_docs(splits: tuple[str, ...] = ("train", "dev")) -> list[str]:
    with (HERE / "realtext" / "sources.tsv").open(encoding="utf-8", newline="") as f:
        return sorted(r["file"] for r in csv.DictReader(f, delimiter="\t") if r["split"] in splits)


def plan_docs(plan: Plan) -> list[str]:
    """The train and dev articles a plan draws from: all, or those no earlier set drew from."""
    if not plan.new_articles:
        return split_docs()
    drawn = {r[k] for rows in map(_read, plan.earlier) for r in rows for k in ("doc_a", "doc_b")}
    return [name for name in split_docs() if name not in drawn and (plan.batches is None or plan.batches.match(name))]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def build_graph(scratch: Path, names: list[str]) -> Path:
    """The named articles built with every candidate (no floor)."""
    from statgraph import Settings, build

    docs = scratch / "docs"
    docs.mkdir()
    for name in names:
        (docs / name).write_bytes((HERE / "realtext" / "docs" / name).read_bytes())
    build([docs], scratch / "all.ttl", Settings(min_confidence=0.0))
    return scratch / "all.ttl"


def target_phrases(graph_path: Path, plan: Plan = FRESH_PLAN) -> list[tuple[str, str]]:
    """(phrase, article) of the issue targets of the plan's articles, less the earlier sets' wordings."""
    allowed = set(plan_docs(plan))
    seen = {r[k].strip().lower() for rows in map(_read, plan.earlier) for r in rows for k in ("phrase_a", "phrase_b")}
    found = {key for key in target_contexts(graph_path) if key[1] in allowed}
    return sorted((p, d) for p, d in found if p and p.lower() not in seen and "\t" not in p)


def target_contexts(graph_path: Path) -> dict[tuple[str, str], tuple[str, str, str, str]]:
    """(start, end, holder, relation) of the first statement (by offset, then holder and
    relation) whose issue target is each (phrase, article) of a graph."""
    from statgraph import load_graph
    from statgraph.query import result_rows, run_query

    _, rows = result_rows(run_query(load_graph(graph_path), TARGETS))
    found: dict[tuple[str, str], tuple[int, int, str, str]] = {}
    for phrase, doc, start, end, holder, relation in rows:
        key, here = (" ".join(str(phrase).split()), str(doc)), (int(start), int(end), str(holder), str(relation))
        found[key] = min(found.get(key, here), here)
    return {key: (str(s), str(e), h, r) for key, (s, e, h, r) in found.items()}


def with_context(row: dict[str, str], contexts: dict[tuple[str, str], tuple[str, str, str, str]]) -> dict[str, str]:
    """A pair row with its phrases' `CONTEXT` columns (empty where the graph has no such target)."""
    for side in ("a", "b"):
        found = contexts.get((row["phrase_" + side], row["doc_" + side]), ("", "", "", ""))
        row.update(zip((f"start_{side}", f"end_{side}", f"holder_{side}", f"relation_{side}"), found, strict=True))
    return row


def stratum(a, b, cosine: float) -> str:
    """The stratum of a pair of read phrases (`pairs.read_phrase`) with their embedding cosine."""
    if a.head and a.head == b.head:
        return "head"
    if a.issue_stems & b.issue_stems:
        return "words"
    return "high" if cosine >= HIGH else "mid" if cosine >= MID else "low"


def _key(a: tuple[str, str], b: tuple[str, str], seed: str = SEED) -> str:
    return hashlib.sha256("|".join((seed, *a, *b)).encode()).hexdigest()


def sample(phrases: list[tuple[str, str]], plan: Plan = FRESH_PLAN) -> list[dict[str, str]]:
    """The pairs of each stratum, in hash order, each phrase in at most `PER_PHRASE` pairs; then
    the pairs of one article (`plan.more`), numbered after the others."""
    from statgraph.link.pairs import read_phrase
    from statgraph.nlp.embed import embed
    from statgraph.pipeline import load_resources
    from statgraph.settings import Settings

    gazetteer = load_resources(Settings()).gazetteer
    read = [read_phrase(p, d, gazetteer) for p, d in phrases]
    vectors = embed([p for p, _ in phrases])
    cosines = vectors @ vectors.T
    by_stratum: dict[str, list[tuple[str, int, int]]] = {name: [] for name, _ in (*plan.strata, *plan.more)}
    for i in range(len(phrases)):
        for j in range(i + 1, len(phrases)):
            if phrases[i][0].lower() != phrases[j][0].lower():
                key = _key(phrases[i], phrases[j], plan.seed)
                by_stratum[stratum(read[i], read[j], float(cosines[i, j]))].append((key, i, j))
                if phrases[i][1] == phrases[j][1]:
                    by_stratum["document"].append((key, i, j))
    used: dict[int, int] = {}
    chosen: set[tuple[int, int]] = set()
    rows = _draw(phrases, by_stratum, plan, plan.strata, (used, chosen))
    more = _draw(phrases, by_stratum, plan, plan.more, (used, chosen))
    for n, row in enumerate(rows + more):
        row["pair"] = str(n)
    return rows + more


def _draw(phrases, by_stratum, plan: Plan, strata, taken_so_far) -> list[dict[str, str]]:
    """The pairs of `strata` in turn, in hash order, sorted by hash."""
    used, chosen = taken_so_far
    rows: list[dict[str, str]] = []
    short = 0  # what a stratum could not give passes to the next
    for name, wanted in strata:
        wanted, taken = wanted + short, 0
        for _, i, j in sorted(by_stratum[name]):
            if taken == wanted:
                break
            if used.get(i, 0) < PER_PHRASE and used.get(j, 0) < PER_PHRASE and (i, j) not in chosen:
                used[i], used[j] = used.get(i, 0) + 1, used.get(j, 0) + 1
                chosen.add((i, j))
                rows.append(_row(phrases[i], phrases[j], name, plan.split))
                taken += 1
        short = wanted - taken
    return sorted(rows, key=lambda r: _key((r["phrase_a"], r["doc_a"]), (r["phrase_b"], r["doc_b"]), plan.seed))


def _row(a: tuple[str, str], b: tuple[str, str], name: str, split: str) -> dict[str, str]:
    return {"pair": "", "phrase_a": a[0], "phrase_b": b[0], "same": "", "split": split, "sampled_as": name,
            "doc_a": a[1], "doc_b": b[1], "note": ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", type=Path, help="a graph built from the plan's articles (or more)")
    parser.add_argument("--held", action="store_true", help="round thirteen's held-back set (HELD_PLAN)")
    parser.add_argument("--held15", action="store_true", help="round fifteen's held-back set (HELD15_PLAN)")
    parser.add_argument("--held18", action="store_true", help="round eighteen's held-back set (HELD18_PLAN)")
    parser.add_argument("--held20", action="store_true", help="round twenty's held-back set (HELD20_PLAN)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    chosen = next((name for name in ("held20", "held18", "held15", "held") if getattr(args, name)), None)
    plan, default = HELD_SETS[chosen] if chosen else (FRESH_PLAN, OUT)
    out = args.out or default
    if out.exists():
        sys.exit(f"{out} exists: its labels are not overwritten")
    with tempfile.TemporaryDirectory() as scratch:
        graph = args.graph or build_graph(Path(scratch), plan_docs(plan))
        contexts = target_contexts(graph)
        rows = [with_context(row, contexts) for row in sample(target_phrases(graph, plan), plan)]
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{out}: {len(rows)} pairs")


if __name__ == "__main__":
    main()
