"""Shared fixtures: the seeds, a built seed graph, settings and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


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
def seed_graph(seed_graph_path: Path):  # noqa: ANN201 - rdflib Graph
    from statgraph.store import load_graph

    return load_graph(seed_graph_path)


@pytest.fixture(scope="session")
def seed_statements(seed_graph) -> list[dict]:  # noqa: ANN001
    from statgraph.graph.read import read_statements

    return read_statements(seed_graph, extra=True)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()
