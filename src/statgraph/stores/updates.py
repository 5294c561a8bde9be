"""The SPARQL a store is written with: whole-document inserts and replacements.

The texts live beside this module (find-documents.rq, insert-documents.ru,
replace-document.ru); only IRIs and N-Triples data are filled in.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from string import Template
from typing import TYPE_CHECKING

from .terms import iri_text, literal_text

if TYPE_CHECKING:
    from ..store import DocumentGraph


@lru_cache(maxsize=4)
def template(name: str) -> Template:
    """A SPARQL text shipped beside this module, as a string.Template."""
    return Template((resources.files("statgraph.stores") / name).read_text(encoding="utf-8"))


def _bare(iri: str) -> str:
    """An IRI as it goes between the template's angle brackets."""
    return iri_text(iri)[1:-1]


def graph_blocks(graph: DocumentGraph, union: str) -> str:
    """`GRAPH <doc> { ... } GRAPH <union> { ... }` for INSERT DATA."""
    return "".join(
        f"GRAPH {iri_text(name)} {{\n{_body(lines)}\n}}\n" for name, lines in ((graph.iri, graph.lines), (union, graph.union))
    )


def _body(lines: Sequence[str]) -> str:
    """N-Triples lines as the body of a GRAPH block."""
    return " .\n".join(lines) + " ." if lines else ""


def insert_update(graphs: Sequence[DocumentGraph], union: str) -> str:
    """One INSERT DATA adding every document graph and its triples to the union graph."""
    return template("insert-documents.ru").substitute(graphs="".join(graph_blocks(g, union) for g in graphs))


def replace_update(graph: DocumentGraph, union: str) -> str:
    """One update request: drop the graphs `graph` replaces, then insert it."""
    drops = "".join(
        template("replace-document.ru").substitute(old=_bare(old), union=_bare(union)) for old in graph.replaces
    )
    return drops + insert_update([graph], union)


def find_query(iris: Sequence[str], names: Sequence[str]) -> str:
    """find-documents.rq with a VALUES block of the IRIs and file names looked for."""
    rows = [f"({iri_text(iri)} UNDEF)" for iri in iris] + [f"(UNDEF {literal_text(n)})" for n in names]
    return template("find-documents.rq").substitute() + "VALUES (?graph ?name) {\n" + "\n".join(rows) + "\n}\n"


def relabel_update(labels: dict[str, str]) -> str:
    """relabel-concepts.ru for concepts (IRI -> new label); "" when there are none."""
    if not labels:
        return ""
    values = "\n".join(f"    ({iri_text(iri)} {literal_text(label)})" for iri, label in sorted(labels.items()))
    return template("relabel-concepts.ru").substitute(values=values)
