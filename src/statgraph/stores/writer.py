"""Feeding a store during a build: which documents to write, and writing them in batches.

`DocumentPlanner` looks documents up before they are parsed: one already stored (same
content, so the same graph IRI) is passed over; one whose file name is stored with other
content will replace that older version. `BatchWriter` writes whole documents in
batches from a background thread, so the store's work (Rust, GIL released) overlaps the
parse; its queue is bounded, so memory stays flat. A triple that many documents share (the
run, an actor's type and name) goes to the union graph with the first of them only: a
quarter of a build's union lines repeat, and a store (RocksDB) pays for every line it is
given, even one it already holds.
"""

from __future__ import annotations

import queue
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from ..store import DocumentGraph

if TYPE_CHECKING:
    from ..models import Document
    from ..store import Store

LOOKAHEAD_DOCUMENTS = 32
BATCH_DOCUMENTS = 16
BATCH_TRIPLES = 25_000
QUEUED_BATCHES = 2
# Union lines a build remembers having written; past it, it forgets them all and writes
# repeats again (harmless: a graph is a set), so memory stays flat on any corpus.
UNION_MEMORY = 200_000


class DocumentPlanner:
    """Chooses the documents a build writes and the older graphs each one replaces.

    A graph written earlier in the same build is never replaced: two files of one name in
    different folders are two documents.
    """

    def __init__(self, store: Store, base_iri: str) -> None:
        self.store = store
        self.base_iri = base_iri
        self.unchanged = 0
        self.replaced = 0
        self._replaces: dict[str, tuple[str, ...]] = {}
        self._written: set[str] = set()

    def iri(self, document: Document) -> str:
        """The document's graph IRI: its node's IRI."""
        from ..graph.build import iri

        return str(iri(self.base_iri, "doc", document.id))

    def select(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents not stored yet, in order; looked up a chunk at a time."""
        iterator = iter(documents)
        while chunk := list(islice(iterator, LOOKAHEAD_DOCUMENTS)):
            iris = {document.id: self.iri(document) for document in chunk}
            found = self.store.find_documents(sorted(set(iris.values())), sorted({d.name for d in chunk}))
            by_name: dict[str, set[str]] = defaultdict(set)
            for graph_iri, name in found:
                by_name[name].add(graph_iri)
            stored = {graph_iri for graph_iri, _ in found}
            for document in chunk:
                graph_iri = iris[document.id]
                if graph_iri in stored:
                    self.unchanged += 1
                    continue
                older = tuple(sorted(by_name[document.name] - self._written - {graph_iri}))
                self._replaces[document.id] = older
                self.replaced += bool(older)
                self._written.add(graph_iri)
                yield document

    def graph(self, document: Document, lines: Sequence[str]) -> DocumentGraph:
        """The document's graph, ready to write, with the graphs it replaces."""
        return DocumentGraph(self.iri(document), document.name, lines, self._replaces.pop(document.id, ()))


class BatchWriter:
    """Writes document graphs to a store in batches, from a background thread.

    Use as a context manager: leaving it writes what is queued (whole documents only) and
    re-raises the first error the store gave.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.documents = 0
        self.triples = 0
        self._batch: list[DocumentGraph] = []
        self._size = 0
        self._in_union: set[str] = set()
        self._error: BaseException | None = None
        self._queue: queue.Queue[list[DocumentGraph] | None] = queue.Queue(maxsize=QUEUED_BATCHES)
        self._thread = threading.Thread(target=self._run, name="statgraph-store-writer")

    def __enter__(self) -> BatchWriter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._flush()
        self._queue.put(None)
        self._thread.join()
        self._raise()

    def add(self, graph: DocumentGraph) -> None:
        """Queue one document's graph; a full batch goes to the writer thread."""
        self._raise()
        self._batch.append(self._new_to_union(graph))
        self._size += len(graph.lines)
        if len(self._batch) >= BATCH_DOCUMENTS or self._size >= BATCH_TRIPLES:
            self._flush()

    def _new_to_union(self, graph: DocumentGraph) -> DocumentGraph:
        """The graph with only the union lines that no earlier document of this build wrote.

        The union keeps them: a document graph written in this build is never dropped during
        it, and dropping an older version takes from the union only the triples that no other
        document graph holds."""
        if len(self._in_union) > UNION_MEMORY:
            self._in_union.clear()
        new = [line for line in graph.lines if line not in self._in_union]
        self._in_union.update(new)
        return replace(graph, union_lines=new)

    def _flush(self) -> None:
        if self._batch:
            self._queue.put(self._batch)
            self._batch, self._size = [], 0

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        """Write batches until the end marker; after an error, drain without writing."""
        while (batch := self._queue.get()) is not None:
            if self._error is not None:
                continue
            try:
                self.store.write(batch)
            except BaseException as e:  # handed to the building thread, which re-raises it
                self._error = e
                continue
            self.documents += len(batch)
            self.triples += sum(len(graph.lines) for graph in batch)
