"""Why a statement is in the graph, or is not: every candidate of a document and its fate.

`explain` runs one document through the pipeline as `build` does, with a trace: each
candidate the registered extractors propose is listed with the extractor, rule and cue
that found it, and what became of it: kept with the judge's confidence, or dropped by a
screen, as torn between polarities, as hearsay, as a duplicate, or below the confidence
floor. It answers an analyst's "why is this missing?" and a developer's "which rule?".
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from .errors import InputError
from .extract.trace import Considered, Trace
from .judge import Judge, load_judge
from .models import Document
from .pipeline import Report, extract_statements, iter_documents
from .settings import Settings


def explain(
    path: str | os.PathLike[str], settings: Settings | None = None, *, judge: Judge | None = None
) -> Iterator[tuple[Document, list[Considered]]]:
    """Every candidate of each document at `path` (a file or folder) and what became of it.

    Args:
        path: a document file, or a folder of them.
        settings: run settings; `min_confidence` (else the judge's threshold) is the floor.
        judge: the judge to score with (default: the one `settings.judge` names).

    Raises:
        InputError: nothing readable at `path`.
    """
    settings = settings or Settings()
    documents = list(iter_documents([path], Report()))
    if not documents:
        raise InputError(f"no document could be read from {os.fspath(path)!r}")
    judge = judge or load_judge(settings.judge)
    floor = judge.threshold if settings.min_confidence is None else settings.min_confidence
    traces: dict[str, Trace] = {}
    every = settings.model_copy(update={"min_confidence": 0.0})
    for document, statements in extract_statements(
        documents, every, judge=judge, trace_for=lambda d: traces.setdefault(d.id, Trace())
    ):
        confidence = {(s.holder_id, s.relation, s.target_id, s.start): s.confidence for s in statements}
        lines = traces.pop(document.id, Trace()).lines
        yield document, [line.judged(confidence[line.key], floor) if line.key in confidence else line for line in lines]
