"""Shared fixtures: the seeds, a built seed graph, settings and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _rules_only():  # noqa: ANN202
    from statgraph.settings import Settings

    return Settings(judge="none")


RULES = _rules_only()  # the rules' own candidates and confidences, no judge: what rule tests check


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_graph_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once per test session into a Turtle file."""
    from statgraph.pipeline import build

    out = tmp_path_factory.mktemp("seedgraph") / "seeds.ttl"
    build([SEEDS], out)
    return out


@pytest.fixture(scope="session")
def seed_candidates_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once with every candidate the rules propose (--min-confidence 0), as judged."""
    from statgraph.pipeline import build
    from statgraph.settings import Settings

    out = tmp_path_factory.mktemp("seedcandidates") / "seeds.ttl"
    build([SEEDS], out, Settings(min_confidence=0.0))
    return out


@pytest.fixture(scope="session")
def seed_graph(seed_graph_path: Path):  # noqa: ANN201 - rdflib Graph
    from statgraph.store import load_graph

    return load_graph(seed_graph_path)


@pytest.fixture(scope="session")
def seed_statements(seed_graph) -> list[dict]:  # noqa: ANN001
    from statgraph.graph.read import read_statements

    return read_statements(seed_graph, extra=True)


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once per test session into an embedded store (read it, never write)."""
    from statgraph.pipeline import build_store

    store = tmp_path_factory.mktemp("seedstore") / "store"
    build_store([SEEDS], store)
    return store


def write_corpus(folder: Path, count: int, paragraphs: int = 3) -> Path:
    """`count` distinct documents, each a few seed paragraphs recombined (a fixed choice)."""
    import random

    pieces = [p for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        chosen = random.Random(number).sample(pieces, paragraphs)
        (folder / f"doc{number:05d}.txt").write_text(
            f"Report {number}\n\n" + "\n\n".join(chosen) + "\n", encoding="utf-8"
        )
    return folder


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def statements_of(text: str, name: str = "article.txt") -> list:
    """The statements extraction gives for a text of our own (a plain-text document)."""
    from statgraph.documents import make_document
    from statgraph.pipeline import extract_statements

    return [s for _, found in extract_statements([make_document(text, name)], RULES) for s in found]


def pairs_of(text: str, relation: str) -> set[tuple[str, str]]:
    """(holder id, target id) of a relation's statements in a text."""
    return {(s.holder_id, s.target_id) for s in statements_of(text) if s.relation == relation}


def triples_of(text: str) -> set[tuple[str, str, str]]:
    """(holder id, relation, target as the passage words it) of a text's statements."""
    return {(s.holder_id, s.relation, s.target_text) for s in statements_of(text)}


def has_triple(found: set[tuple[str, str, str]], holder: str, relation: str, *words: str) -> bool:
    """Whether a holder has a statement of a relation whose target contains every word."""
    return any(h == holder and r == relation and all(w in t for w in words) for h, r, t in found)


def moods_of(text: str, relation: str) -> list[str]:
    """The judge's mood feature ("mood=future", "mood=None" ...) of each finding of a relation
    in a one-sentence text (an event still to come is no candidate: events/planned.py)."""
    from statgraph.judge.features import mood_features
    from statgraph.judge.gold import group_of
    from statgraph.nlp import load_nlp

    sent = next(iter(load_nlp()(text).sents))
    found = [s for s in statements_of(text) if s.relation == relation]
    return [next(f for f in mood_features(sent, s, group_of(relation)) if f.startswith("mood=")) for s in found]


def roles_of(text: str) -> list[tuple[str, str]]:
    """(holder, office) of the holds_role statements in a text."""
    return [(s.holder, s.target) for s in statements_of(text) if s.relation == "holds_role"]


def office_of(roles: list[tuple[str, str]], surname: str) -> list[str]:
    return [office for holder, office in roles if surname in holder]


@pytest.fixture(scope="session")
def en_vocab():  # noqa: ANN201 - spaCy Vocab
    """An English vocabulary without a trained model."""
    import spacy

    return spacy.blank("en").vocab


def make_doc(vocab, words: list[str], heads: list[int], deps: list[str], pos: list[str], **attrs):  # noqa: ANN001, ANN201
    """A parsed Doc built by hand, as spaCy's own tests build them: `heads` are absolute token
    indices; lemmas default to the lower-cased words; `ents` are IOB tags ("B-GPE", "O")."""
    from spacy.tokens import Doc

    attrs.setdefault("lemmas", [word.lower() for word in words])
    attrs.setdefault(
        "spaces", [index + 1 < len(words) and words[index + 1] not in ".,:;?!" for index in range(len(words))]
    )
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, **attrs)


def listed_rows(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """(holder, relation, target) as `statgraph statements` lists them, every candidate kept, after
    a build of one plain-text document of our own."""
    from statgraph import Settings, build, load_graph, read_statements

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "g.ttl"
    build([folder], out, Settings(min_confidence=0))
    return {(r["holder"], r["relation"], r["target"]) for r in read_statements(load_graph(out))}
