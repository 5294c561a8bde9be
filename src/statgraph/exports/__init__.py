"""Exporters by name. Built-ins register exactly as an extension would:

    from statgraph.exports import register_exporter
    register_exporter("myformat", "mypackage.module:function")

An RDF exporter takes an RdfSource (exports/rdf.py: a store's `dataset()`, which gives the
union as sorted N-Triples and the document graphs as N-Quads) and returns bytes; a
statement exporter takes (records) and returns text. The RDF names are store.FORMATS's.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import Any

from ..errors import ExportError

_RDF_EXPORTERS: dict[str, str] = {}
_STATEMENT_EXPORTERS: dict[str, str] = {}


def register_exporter(name: str, target: str, *, kind: str = "rdf", aliases: tuple[str, ...] = ()) -> None:
    """Register an exporter by name, as "module:function", loaded lazily."""
    table = _RDF_EXPORTERS if kind == "rdf" else _STATEMENT_EXPORTERS
    for key in (name, *aliases):
        table[key] = target


def exporter_names(kind: str = "rdf") -> list[str]:
    """The registered exporter names (aliases included)."""
    return sorted(_RDF_EXPORTERS if kind == "rdf" else _STATEMENT_EXPORTERS)


def get_exporter(name: str, kind: str = "rdf") -> Callable[..., Any]:
    """The exporter function registered under a name.

    Raises:
        ExportError: no exporter has that name.
    """
    table = _RDF_EXPORTERS if kind == "rdf" else _STATEMENT_EXPORTERS
    if name not in table:
        raise ExportError(f"unknown format {name!r}; choose one of {', '.join(sorted(table))}")
    module, function = table[name].split(":")
    return getattr(importlib.import_module(module), function)  # type: ignore[no-any-return]


STATEMENT_EXTENSIONS = {".jsonl": "jsonl", ".csv": "csv", ".txt": "table"}


def statement_format(fmt: str | None, out: str | None) -> str:
    """The statement format asked for, else the one `out`'s extension names, else table.

    Raises:
        ExportError: `out`'s extension names no statement format.
    """
    if fmt:
        return fmt
    if not out:
        return "table"
    from pathlib import Path

    suffix = Path(out).suffix.lower()
    if suffix not in STATEMENT_EXTENSIONS:
        raise ExportError(
            f"cannot tell the format of {out!r} from its extension; use one of "
            f"{', '.join(sorted(STATEMENT_EXTENSIONS))}, or --format {'|'.join(sorted(_STATEMENT_EXPORTERS))}"
        )
    return STATEMENT_EXTENSIONS[suffix]


def export_rdf(
    source: Any,
    fmt: str | None = None,
    out: str | None = None,
    *,
    min_confidence: float = 0.0,
    since: str | None = None,
    until: str | None = None,
    include_rejected: bool = False,
) -> bytes:
    """A store's or graph file's graph in an RDF format: `fmt`, else `out`'s extension, else Turtle.

    Args:
        source: an open store (statgraph.open_store), file or folder or endpoint.
        fmt: a format name or alias (turtle, trig, nquads, ntriples, jsonld, rdfxml ...).
        out: the file it goes to; its extension names the format when `fmt` does not.
        min_confidence: leave out references below it (see graph/confidence.py).
        since: leave out the passages of documents dated before this ISO date (and undated ones).
        until: leave out the passages of documents dated after this ISO date (and undated ones).
        include_rejected: keep the statements an analyst rejected (statgraph.curation).

    Raises:
        ExportError: the format is unknown, or `fmt` contradicts `out`'s extension.
    """
    from ..store import format_for
    from .cut import cuts_for

    name = format_for(out or "", fmt) if out or fmt else "turtle"
    exporter = get_exporter(name)
    data = source.dataset()
    cuts = cuts_for(data, min_confidence=min_confidence, since=since, until=until, include_rejected=include_rejected)
    if cuts:
        from .cut import cut_dataset

        data = cut_dataset(data, cuts)
    return exporter(data)  # type: ignore[no-any-return]


def save_graph(graph: Any, path: str | os.PathLike[str], fmt: str | None = None) -> None:
    """Write an rdflib graph to a file atomically, in the format its extension names,
    exactly as statgraph's exporters write a store (see statgraph.exports)."""
    from ..store import atomic_write, format_for

    atomic_write(path, get_exporter(format_for(path, fmt))(graph))


register_exporter("turtle", "statgraph.exports.rdf:to_turtle", aliases=("ttl",))
register_exporter("trig", "statgraph.exports.rdf:to_trig")
register_exporter("nquads", "statgraph.exports.rdf:to_nquads", aliases=("nq",))
register_exporter("ntriples", "statgraph.exports.rdf:to_ntriples", aliases=("nt",))
register_exporter("jsonld", "statgraph.exports.rdf:to_jsonld", aliases=("json-ld",))
register_exporter("rdfxml", "statgraph.exports.rdf:to_rdfxml", aliases=("xml",))
register_exporter("jsonl", "statgraph.exports.statements:to_jsonl", kind="statements")
register_exporter("csv", "statgraph.exports.statements:to_csv", kind="statements")
register_exporter("table", "statgraph.exports.statements:to_table", kind="statements")
