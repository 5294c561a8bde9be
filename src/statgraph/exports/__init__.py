"""Exporters by name. Built-ins register exactly as an extension would:

    from statgraph.exports import register_exporter
    register_exporter("myformat", "mypackage.module:function")

An RDF exporter takes (graph) and returns bytes; a statement exporter takes (records) and
returns text.
"""

from __future__ import annotations

import importlib
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


register_exporter("turtle", "statgraph.exports.rdf:to_turtle", aliases=("ttl",))
register_exporter("trig", "statgraph.exports.rdf:to_trig")
register_exporter("nquads", "statgraph.exports.rdf:to_nquads", aliases=("nq",))
register_exporter("ntriples", "statgraph.exports.rdf:to_ntriples", aliases=("nt",))
register_exporter("jsonld", "statgraph.exports.rdf:to_jsonld", aliases=("json-ld",))
register_exporter("jsonl", "statgraph.exports.statements:to_jsonl", kind="statements")
register_exporter("csv", "statgraph.exports.statements:to_csv", kind="statements")
register_exporter("table", "statgraph.exports.statements:to_table", kind="statements")
