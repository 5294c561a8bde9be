"""RDF exporters: Turtle, TriG, N-Quads, N-Triples and JSON-LD (no remote contexts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store import serialize

if TYPE_CHECKING:
    from rdflib import Graph


def to_turtle(graph: Graph) -> bytes:
    return serialize(graph, "turtle")


def to_trig(graph: Graph) -> bytes:
    return serialize(graph, "trig")


def to_nquads(graph: Graph) -> bytes:
    """N-Quads, sorted; a graph without named graphs is its N-Triples (valid N-Quads)."""
    fmt = "nquads" if graph.context_aware else "nt"
    return b"".join(sorted(serialize(graph, fmt).splitlines(keepends=True)))


def to_ntriples(graph: Graph) -> bytes:
    return b"".join(sorted(serialize(graph, "nt").splitlines(keepends=True)))


def to_jsonld(graph: Graph) -> bytes:
    return serialize(graph, "json-ld")
