"""The documents' texts a view page carries, so a passage opens its document with the span marked.

The texts are read again from the files the graph was built from (`statgraph view --texts
FOLDER`): the graph keeps each passage, not the whole text. A text goes into the page only
when every passage the page shows from it is exactly its slice at the passage's offsets, so
the page never marks a span in a different version of the document. The page carries at
most TEXT_CAP characters of document text in all and says which texts it leaves out and why.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..errors import InputError

TEXT_CAP = 2_000_000  # characters of document text one page carries, in all


def read_texts(paths: Iterable[str | os.PathLike[str]]) -> dict[str, str]:
    """Document name -> text, as `statgraph build` reads them (files that cannot be read are passed over).

    Args:
        paths: files and folders of documents.

    Returns:
        Each document's text exactly as decoded; of two documents with one name, the first.

    Raises:
        InputError: a path does not exist.
    """
    from ..documents import Document, iter_files, read_file

    texts: dict[str, str] = {}
    for path in iter_files(paths, lambda skipped: None):
        try:
            items = read_file(path)
        except InputError:
            continue
        for item in items:
            if isinstance(item, Document):
                texts.setdefault(item.name, item.text)
    return texts


def page_texts(
    texts: Mapping[str, str], passages: Sequence[Mapping[str, Any]], *, cap: int = TEXT_CAP
) -> dict[str, dict[str, str | None]]:
    """The text record of every document the page shows: its text, or why it is left out.

    Args:
        texts: document name -> text (see `read_texts`).
        passages: the page's passages (doc, start, end, text).
        cap: the most characters of document text the page carries, in all.

    Returns:
        Document name -> {"text": the text or None, "why": None or the reason it is left out},
        documents in name order, filled up to the cap.
    """
    spans: dict[str, list[Mapping[str, Any]]] = {}
    for passage in passages:
        spans.setdefault(str(passage.get("doc")), []).append(passage)
    records: dict[str, dict[str, str | None]] = {}
    used = 0
    for name in sorted(spans):
        text = texts.get(name)
        why = None
        if text is None:
            why = "it is not among the files given with --texts" if texts else "the page was made without --texts"
        elif any(text[p["start"] : p["end"]] != p.get("text") for p in spans[name]):
            why = "the file given differs from the one the graph was built from"
        elif used + len(text) > cap:
            why = f"the page carries at most {cap:,} characters of document text"
        else:
            used += len(text)
        records[name] = {"text": text if why is None else None, "why": why}
    return records
