"""The whole path: documents -> passages -> language analysis -> statements.

`extract_statements` streams: documents are read, parsed and extracted one batch at a
time, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from .documents import Skipped, iter_files, read_file
from .errors import InputError
from .extract import Resources, extract_document
from .extract.cues import load_lexicon
from .link.gazetteer import load_gazetteer
from .link.topics import load_topics
from .models import Document, Statement
from .nlp import annotate, load_nlp
from .passages import analysis_text, make_passages
from .settings import Settings

DOCUMENTS_PER_CHUNK = 32


@dataclass
class Report:
    """What a run read, skipped and found."""

    documents: int = 0
    duplicates: int = 0
    statements: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.skipped


def load_resources(settings: Settings) -> Resources:
    """The gazetteer, topics and cue lexicon of the settings' ontology folder."""
    folder = Path(settings.ontology_dir).resolve()
    return Resources(load_gazetteer(folder), load_topics(folder), load_lexicon(folder))


def iter_documents(paths: Iterable[str | os.PathLike[str]], report: Report,
                   on_skip: Callable[[Skipped], None] | None = None) -> Iterator[Document]:
    """Read documents from files and folders; a bad file is skipped and reported, and
    a text already read under another name counts once."""
    seen: set[str] = set()

    def skip(item: Skipped) -> None:
        report.skipped.append(item)
        if on_skip is not None:
            on_skip(item)

    for path in iter_files(paths, skip):
        try:
            items = read_file(path)
        except InputError as e:
            skip(Skipped(str(path), str(e)))
            continue
        for item in items:
            if isinstance(item, Skipped):
                skip(item)
            elif item.id in seen:
                report.duplicates += 1
            else:
                seen.add(item.id)
                report.documents += 1
                yield item


def extract_statements(documents: Iterable[Document], settings: Settings | None = None,
                       ) -> Iterator[tuple[Document, list[Statement]]]:
    """Parse and extract documents, yielding each with its statements, in input order."""
    settings = settings or Settings()
    nlp = load_nlp(settings.model)
    resources = load_resources(settings)
    iterator = iter(documents)
    while True:
        chunk = [doc for _, doc in zip(range(DOCUMENTS_PER_CHUNK), iterator)]
        if not chunk:
            return
        texts = {document.id: analysis_text(document) for document in chunk}
        items = [(texts[document.id][p.start:p.end], (index, p))
                 for index, document in enumerate(chunk)
                 for p in make_passages(document, max_chars=settings.max_passage_chars, text=texts[document.id])]
        parsed = annotate(nlp, items, batch_size=settings.batch_size, workers=settings.workers)
        by_document = {index: [(p, doc) for doc, (_, p) in group]
                       for index, group in groupby(parsed, key=lambda pair: pair[1][0])}
        for index, document in enumerate(chunk):
            statements = extract_document(document, by_document.get(index, []), resources, text=texts[document.id])
            yield document, [s for s in statements if s.confidence >= settings.min_confidence]


@dataclass
class BuildResult:
    """What `build` wrote and what it read."""

    out: Path
    report: Report
    triples: int


def build(paths: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], settings: Settings | None = None,
          *, on_skip: Callable[[Skipped], None] | None = None,
          on_document: Callable[[Document, int], None] | None = None) -> BuildResult:
    """Build a graph file from documents: read, parse, extract, and write atomically.

    Args:
        paths: files and folders of documents.
        out: the graph file; its extension names the format (.ttl, .trig, .nq, .jsonld).
        settings: run settings.
        on_skip: called with each file that is skipped, and why.
        on_document: called after each document with the number of its statements.
    """
    from .graph.build import build_graph
    from .nlp import choose_model, load_nlp, model_label
    from .store import format_for, save_graph

    settings = settings or Settings()
    format_for(out)  # fail on a bad extension before any work
    report = Report()
    nlp = load_nlp(settings.model)
    label = model_label(nlp) if nlp is not None else choose_model(settings.model)
    resources = load_resources(settings)

    def results() -> Iterator[tuple[Document, list[Statement]]]:
        for document, statements in extract_statements(iter_documents(paths, report, on_skip), settings):
            report.statements += len(statements)
            if on_document is not None:
                on_document(document, len(statements))
            yield document, statements

    graph = build_graph(results(), base_iri=settings.base_iri, model=label, gazetteer=resources.gazetteer)
    save_graph(graph, out)
    return BuildResult(Path(out), report, len(graph))
