"""The whole path: documents -> passages -> language analysis -> statements -> graph.

`extract_statements` streams: documents are read, parsed and extracted as they come, so
memory stays flat however large the corpus. `build` writes a graph file whole;
`build_store` adds documents to a store, one named graph per document.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from .documents import Skipped, iter_files, printable, read_file
from .errors import ExtractionError, InputError
from .extract import Resources, extract_document
from .extract.cues import load_lexicon
from .extract.screens import load_screens
from .extract.stances.clause_groups import load_clause_groups
from .extract.stances.evaluation import load_polarity
from .extract.trace import Trace
from .headline_case import read_headline
from .judge import Judge, load_judge
from .link.concepts import ConceptIndex, link_documents
from .link.gazetteer import load_gazetteer
from .link.topics import load_topics
from .models import Document, Passage, Statement
from .nlp import annotate, load_nlp
from .passages import analysis_text, make_passages
from .relations import load_relations
from .settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .store import Store
    from .stores.oxigraph import OxigraphDataset
    from .stores.writer import DocumentPlanner


@dataclass
class Report:
    """What a run read, skipped and found."""

    documents: int = 0
    duplicates: int = 0
    statements: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def warning(self) -> str:
        """One warning for everything read but left out (a date that is no date), naming the files."""
        if not self.warnings:
            return ""
        count = len(self.warnings)
        lines = "".join(f"\n  {line}" for line in self.warnings)
        return f"warning: metadata left out of {count} document{'s' if count > 1 else ''}:{lines}"

    @property
    def complete(self) -> bool:
        return not self.skipped


def load_resources(settings: Settings) -> Resources:
    """The gazetteer, topics and cue lexicon of the settings' ontology folder."""
    folder = Path(settings.ontology_dir).resolve()
    return Resources(
        load_gazetteer(folder), load_topics(folder), load_lexicon(folder), load_polarity(folder),
        load_relations(folder), load_screens(folder), load_clause_groups(settings.clause_model),
    )


def iter_documents(
    paths: Iterable[str | os.PathLike[str]], report: Report, on_skip: Callable[[Skipped], None] | None = None
) -> Iterator[Document]:
    """Read documents from files and folders; a bad file is skipped and reported, and
    a text already read under another name counts once."""
    seen: set[str] = set()
    skip = reporter(report, on_skip)
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
                report.warnings += [printable(f"{item.path or item.name}: {note}") for note in item.warnings]
                yield item


def reporter(report: Report, on_skip: Callable[[Skipped], None] | None) -> Callable[[Skipped], None]:
    """A callback that records a skipped file in the report, then passes it on."""

    def skip(item: Skipped) -> None:
        report.skipped.append(item)
        if on_skip is not None:
            on_skip(item)

    return skip


def extract_statements(
    documents: Iterable[Document],
    settings: Settings | None = None,
    *,
    on_skip: Callable[[Skipped], None] | None = None,
    judge: Judge | None = None,
    trace_for: Callable[[Document], Trace] | None = None,
) -> Iterator[tuple[Document, list[Statement]]]:
    """Parse and extract documents, yielding each with its statements, in input order.

    One nlp.pipe stream runs over the passages of every document, so that `workers`
    processes stay busy, and a document is extracted as soon as its last passage is
    parsed: only the documents in flight are held.

    A document whose extraction fails is left out and reported through `on_skip` ("extraction
    failed: ..."); without `on_skip` the failure raises ExtractionError. `judge` scores the
    candidates (default: the one `settings.judge` names); `trace_for` gives the trace each
    document's candidates are noted in (`statgraph.explain`).
    """
    settings = settings or Settings()
    nlp = load_nlp(settings.model)
    resources = load_resources(settings)
    judge = judge or load_judge(settings.judge)
    _freeze_loaded()
    pending: deque[tuple[Document, str, int]] = deque()

    def passages() -> Iterator[tuple[str, Passage]]:
        for document in documents:
            text = analysis_text(document)
            found = make_passages(document, max_chars=settings.max_passage_chars, text=text)
            pending.append((document, text, len(found)))
            for passage in found:
                yield read_headline(document, text, passage, resources.gazetteer), passage

    parsed: list[tuple[Passage, Doc]] = []
    for doc, passage in annotate(nlp, passages(), batch_size=settings.batch_size, workers=settings.workers):
        while not parsed and pending[0][2] == 0:
            yield from _extract(pending.popleft(), [], resources, judge, settings, on_skip, trace_for)
        parsed.append((passage, doc))
        if len(parsed) == pending[0][2]:
            yield from _extract(pending.popleft(), parsed, resources, judge, settings, on_skip, trace_for)
            parsed = []
    while pending:
        yield from _extract(pending.popleft(), [], resources, judge, settings, on_skip, trace_for)


@cache
def _freeze_loaded() -> None:
    """Leave what is loaded so far (the language model, the lexicons, the judge: they live as
    long as the process) out of the garbage collector's scans, once a process (`gc.freeze`):
    each full collection during a build walked them all, about 2% of a build's own time."""
    gc.freeze()


def _extract(
    entry: tuple[Document, str, int],
    parsed: list[tuple[Passage, Doc]],
    resources: Resources,
    judge: Judge,
    settings: Settings,
    on_skip: Callable[[Skipped], None] | None,
    trace_for: Callable[[Document], Trace] | None = None,
) -> Iterator[tuple[Document, list[Statement]]]:
    """One document's statements from its parsed passages, as the judge scores them, above
    the confidence floor (`min_confidence`, else the judge's threshold); nothing when
    extraction fails on it (reported through `on_skip`)."""
    document, text, _ = entry
    try:
        trace = trace_for(document) if trace_for is not None else None
        statements = judge(document, extract_document(document, parsed, resources, text=text, trace=trace), parsed)
    except Exception as e:  # a bug that one document trips must not stop the corpus
        if on_skip is None:
            raise ExtractionError(f"extraction failed on {document.name!r}: {type(e).__name__}: {e}") from e
        on_skip(Skipped(document.path or document.name, f"extraction failed: {type(e).__name__}: {e}"))
        return
    floor = judge.threshold if settings.min_confidence is None else settings.min_confidence
    yield document, [s for s in statements if s.confidence >= floor]


def link_topics(
    results: Iterable[tuple[Document, list[Statement]]], index: ConceptIndex
) -> Iterator[tuple[Document, list[Statement]]]:
    """Each document's statements with their minted topics joined to the concepts of the
    documents before it (`link.concepts`); concepts of topics.ttl stay."""
    return link_documents(index, results)


def stored_concepts(store: Store, settings: Settings) -> ConceptIndex:
    """A concept index holding the minted concepts already in a store, so that new documents
    join them before new concepts are made; topics.ttl's concepts are reserved."""
    resources = load_resources(settings)
    index = ConceptIndex((topic.id for topic in resources.topics), resources.gazetteer)
    rows = saved_rows(store, "concept-phrases")
    members: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for concept_id, label, phrase, doc in rows:
        if concept_id not in index.reserved:
            members.setdefault((str(concept_id), str(label)), []).append((str(phrase), str(doc)))
    for (concept_id, label), phrases in members.items():
        index.add_existing(concept_id, label, phrases)
    return index


def saved_rows(target: Store | OxigraphDataset, name: str) -> list[list[str | None]]:
    """The rows of one of statgraph's saved SELECT queries, run on a store or a file's graph.

    The query is statgraph's own and read-only, so it goes to the store unchecked: `run_query`
    would first parse it with rdflib's SPARQL grammar (building that grammar costs a quarter
    of a second of every build)."""
    from .query import load_query, result_rows

    return result_rows(target.query(load_query(name)))[1]


def relabel_concepts(target: Store | OxigraphDataset, settings: Settings) -> None:
    """Name each made concept by the short phrase most of its passages give (`link.labels`),
    in a file's graph and in a store alike; concepts of topics.ttl keep their labels."""
    from .link.concepts import concept_label
    from .link.labels import concept_labels
    from .stores.oxigraph import OxigraphDataset
    from .stores.updates import relabel_update

    resources = load_resources(settings)
    reserved = {topic.id for topic in resources.topics}
    rows = saved_rows(target, "concept-wordings")
    minted = [(str(t), str(p), int(n)) for t, p, n in rows if str(t).rsplit("/topic/", 1)[-1] not in reserved]
    update = relabel_update(concept_labels(minted, lambda text: concept_label(text, resources.gazetteer)))
    if not update:
        return
    if isinstance(target, OxigraphDataset):
        target.query(update, update=True)
    else:
        target.curate(update)


def run_label(nlp: object, settings: Settings) -> str:
    """What a graph's run node names: the language model and the judge."""
    from .nlp import choose_model, model_label

    label = model_label(nlp) if nlp is not None else choose_model(settings.model)
    return f"{label}, judge {load_judge(settings.judge).name}"


@dataclass
class BuildResult:
    """What `build` or `build_store` wrote (a file, or a store's location) and what it read."""

    out: Path | str
    report: Report
    triples: int


def build(
    paths: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    settings: Settings | None = None,
    *,
    on_skip: Callable[[Skipped], None] | None = None,
    on_document: Callable[[Document, int], None] | None = None,
) -> BuildResult:
    """Build a graph file from documents: read, parse, extract, and write atomically.

    Args:
        paths: files and folders of documents.
        out: the graph file; its extension names the format (.ttl, .trig, .nq, .jsonld).
        settings: run settings.
        on_skip: called with each file that is skipped, and why.
        on_document: called after each document with the number of its statements.
    """
    from .exports import get_exporter
    from .store import atomic_write, format_for
    from .stores.oxigraph import open_memory

    settings = settings or Settings()
    exporter = get_exporter(format_for(out))  # fail on a bad extension before any work
    report = Report()
    data = open_memory(str(out))
    resources = load_resources(settings)
    index = ConceptIndex((topic.id for topic in resources.topics), resources.gazetteer)
    documents = iter_documents(paths, report, on_skip)
    found = extract_statements(documents, settings, on_skip=reporter(report, on_skip))
    _write_documents(link_topics(found, index), data, None, settings, report, on_document)
    _require_documents(report, paths)
    relabel_concepts(data, settings)
    atomic_write(out, exporter(data))
    return BuildResult(Path(out), report, data.count())


def _require_documents(report: Report, paths: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse a build that found nothing to read (an empty folder, or only other files).

    Raises:
        InputError: no document was read and none was skipped.
    """
    if report.documents == 0 and not report.skipped:
        from .documents import SUFFIXES

        named = ", ".join(str(p) for p in paths)
        raise InputError(f"no documents in {named}: statgraph reads {', '.join(sorted(SUFFIXES))} files")


def build_store(
    paths: Iterable[str | os.PathLike[str]],
    store: str | os.PathLike[str] | None = None,
    settings: Settings | None = None,
    *,
    on_skip: Callable[[Skipped], None] | None = None,
    on_document: Callable[[Document, int], None] | None = None,
) -> BuildResult:
    """Add documents to a store: each document's graph written whole, in batches.

    A document already stored (the same text) is not parsed again; a document whose file
    name is stored with other text replaces that older version.

    Args:
        paths: files and folders of documents.
        store: a store folder or SPARQL endpoint URL (default: settings.store).
        settings: run settings.
        on_skip: called with each file that is skipped, and why.
        on_document: called after each document written with the number of its statements.
    """
    from .store import open_store
    from .stores.writer import DocumentPlanner

    settings = settings or Settings()
    report = Report()
    target = open_store(store if store is not None else settings.store, create=True)
    planner = DocumentPlanner(target, settings.base_iri)
    try:
        index = stored_concepts(target, settings)
        documents = planner.select(iter_documents(paths, report, on_skip))
        found = extract_statements(documents, settings, on_skip=reporter(report, on_skip))
        _write_documents(link_topics(found, index), target, planner, settings, report, on_document)
        _require_documents(report, paths)
        relabel_concepts(target, settings)
        triples = count_triples(target)
    finally:
        target.close()
    report.unchanged, report.replaced = planner.unchanged, planner.replaced
    return BuildResult(target.location, report, triples)


def count_triples(target: Store) -> int:
    """The triples in a store's union graph (what a build reports: shared nodes count once)."""
    result = target.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(result.rows[0][0] or 0)


def _write_documents(
    results: Iterable[tuple[Document, list[Statement]]],
    target: Store | OxigraphDataset,
    planner: DocumentPlanner | None,
    settings: Settings,
    report: Report,
    on_document: Callable[[Document, int], None] | None,
) -> int:
    """Write each document's graph (its triples and the run's) in batches; the triples written.

    Without a planner (a build into a file) every document is new: nothing is replaced.
    """
    from .graph.build import document_graph_triples, forget_made, iri, run_triples
    from .store import DocumentGraph
    from .stores.terms import ntriples_lines
    from .stores.writer import BatchWriter

    forget_made()
    nlp = load_nlp(settings.model)
    label = run_label(nlp, settings)
    run, run_part = run_triples(settings.base_iri, label)
    gazetteer = load_resources(settings).gazetteer
    with BatchWriter(target) as writer:
        for document, statements in results:
            triples = document_graph_triples(document, statements, settings.base_iri, run, gazetteer)
            lines = ntriples_lines(chain(run_part, triples))
            if planner is None:
                writer.add(DocumentGraph(str(iri(settings.base_iri, "doc", document.id)), document.name, lines))
            else:
                writer.add(planner.graph(document, lines))
            report.statements += len(statements)
            if on_document is not None:
                on_document(document, len(statements))
    return writer.triples
