"""Parallel parsing: the output is the same for any number of workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from statgraph.pipeline import build, extract_statements
from statgraph.settings import Settings

pytestmark = pytest.mark.model


def test_workers_two_processes_write_the_same_turtle(seeds_dir: Path, seed_graph_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "two.ttl"
    build([seeds_dir], out, Settings(workers=2))
    assert out.read_bytes() == seed_graph_path.read_bytes()


def test_workers_documents_without_passages_keep_their_place(tmp_path: Path) -> None:
    from statgraph.documents import make_document

    html = make_document("<html><head><script>x</script></head></html>", "empty.html", media_type="text/html")
    texts = ["Russia opposes NATO expansion.", "The CSTO deployed troops to Kazakhstan."]
    documents = [
        make_document(texts[0], "a.txt"),
        html,
        html.model_copy(update={"name": "b.html"}),
        make_document(texts[1], "c.txt"),
    ]
    names = [document.name for document, _ in extract_statements(documents, Settings(workers=2, batch_size=1))]
    assert names == ["a.txt", "empty.html", "b.html", "c.txt"]
