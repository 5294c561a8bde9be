"""Check bench/realtext: every gold line in the schema, every evidence an exact substring.

    python bench/realtext/check.py            # all articles
    python bench/realtext/check.py a03_x.txt  # some articles

Prints one line per problem and a count; exits 1 when there is a problem.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RELATIONS = {"supports", "opposes", "rejects", "criticizes", "demands", "proposes", "warns",
             "cooperates_with", "member_of", "deployed_to", "visited", "met_with", "holds_role"}
VOICES = {"quoted", "reported", "author"}
KEYS = ["doc", "id", "holder", "holder_any", "relation", "target", "target_all", "evidence", "voice"]


def line_problems(doc: str, text: str, n: int, record: dict) -> list[str]:
    problems = []
    if sorted(record) != sorted(KEYS):
        problems.append(f"keys {sorted(record)}")
        return problems
    if record["doc"] != doc:
        problems.append(f"doc {record['doc']!r}")
    if record["relation"] not in RELATIONS:
        problems.append(f"relation {record['relation']!r}")
    if record["voice"] not in VOICES:
        problems.append(f"voice {record['voice']!r}")
    if record["evidence"] not in text:
        problems.append(f"evidence not in text: {record['evidence'][:60]!r}")
    anys = record["holder_any"]
    if not anys or any(not isinstance(s, str) or s != s.lower() or not s.strip() for s in anys):
        problems.append(f"holder_any {anys!r}")
    groups = record["target_all"]
    if not groups or any(not g or any(not isinstance(s, str) or s != s.lower() or not s.strip() for s in g)
                         for g in groups):
        problems.append(f"target_all {groups!r}")
    if not record["id"].startswith(Path(doc).stem + "#"):
        problems.append(f"id {record['id']!r}")
    return problems


def check(doc_path: Path) -> list[str]:
    gold_path = HERE / "gold" / (doc_path.stem + ".jsonl")
    if not gold_path.exists():
        return [f"{doc_path.name}: no gold file"]
    text = doc_path.read_text(encoding="utf-8")
    problems = []
    for n, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{gold_path.name}:{n}: not JSON ({error})")
            continue
        problems += [f"{gold_path.name}:{n}: {p}" for p in line_problems(doc_path.name, text, n, record)]
    return problems


def duplicate_problems(docs: list[Path]) -> list[str]:
    """An article whose text (spaces aside) is another's already in the corpus: the builder keeps
    one copy of a text, so the second gold file can never be found, and across splits it leaks."""
    first: dict[str, str] = {}
    for path in sorted((HERE / "docs").glob("*.txt")):
        first.setdefault(" ".join(path.read_text(encoding="utf-8").split()), path.name)
    named = {doc.name for doc in docs}
    return [f"{path.name}: the same text as {first[key]}"
            for path in sorted((HERE / "docs").glob("*.txt"))
            if path.name in named and first[key := " ".join(path.read_text(encoding="utf-8").split())] != path.name]


def main(names: list[str]) -> int:
    docs = [HERE / "docs" / name for name in names] or sorted((HERE / "docs").glob("*.txt"))
    problems, lines = duplicate_problems(docs), 0
    for doc in docs:
        problems += check(doc)
        gold = HERE / "gold" / (doc.stem + ".jsonl")
        lines += sum(1 for l in gold.open(encoding="utf-8") if l.strip()) if gold.exists() else 0
    print("\n".join(problems))
    print(f"{len(docs)} articles, {lines} gold statements, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
