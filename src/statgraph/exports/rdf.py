"""RDF exporters: Turtle, TriG, N-Quads, N-Triples, JSON-LD and RDF/XML, all by Oxigraph.

An RDF exporter takes an RdfSource (a store's or a file's `dataset()`) and returns bytes.
Every format is byte-identical for the same graph: the lines are sorted before Oxigraph
writes them, and Oxigraph's writers keep the order they are given.

TriG and N-Quads carry one named graph per document, named by the document node's IRI
as in the store; the union graph (what queries read) is the set union of those graphs and
is not written again. A source that kept no document graphs (a Turtle file) is written in
the default graph. Turtle, N-Triples, JSON-LD and RDF/XML carry the union.

Notes:
    RDF 1.1 N-Quads https://www.w3.org/TR/n-quads/, TriG https://www.w3.org/TR/trig/.
"""

from __future__ import annotations

from typing import Any, Protocol

BASE_IRI = "https://statgraph.org/id/"


class RdfSource(Protocol):
    """What an RDF exporter reads (stores.oxigraph.OxigraphDataset is one)."""

    def union_ntriples(self) -> bytes:
        """The union graph as N-Triples, lines sorted."""

    def document_nquads(self) -> bytes:
        """The document graphs as N-Quads, grouped by graph; empty if there are none."""


def export_prefixes(base_iri: str = BASE_IRI) -> dict[str, str]:
    """statgraph's prefixes for written RDF: the query prefixes and one per kind of minted node."""
    from ..stores.result import PREFIXES

    minted = {
        "doc": "doc/", "ref": "reference/", "statement": "statement/", "run": "run/", "office": "office/",
        "decision": "decision/",
    }
    return {**PREFIXES, "id": base_iri, **{name: base_iri + path for name, path in minted.items()}}


def write_rdf(items: Any, fmt: str) -> bytes:
    """Triples or quads in a pyoxigraph format (by its name), with statgraph's prefixes."""
    import pyoxigraph

    data = pyoxigraph.serialize(items, format=getattr(pyoxigraph.RdfFormat, fmt), prefixes=export_prefixes()) or b""
    return _sorted_prefixes(data) if fmt in ("TURTLE", "TRIG") else data


def _sorted_prefixes(data: bytes) -> bytes:
    """The leading @prefix lines in name order (whatever order the writer kept them in)."""
    lines = data.split(b"\n")
    count = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix ")), len(lines))
    return b"\n".join(sorted(lines[:count]) + ([b""] if count else []) + lines[count:])


def as_source(source: Any) -> RdfSource:
    """An RdfSource as it is; an rdflib Graph (a library caller's) read into Oxigraph first."""
    if hasattr(source, "union_ntriples"):
        return source  # type: ignore[no-any-return]
    from ..stores.oxigraph import dataset_of

    return dataset_of(source)


def _parsed(data: bytes, fmt: str) -> Any:
    import pyoxigraph

    return pyoxigraph.parse(data, format=getattr(pyoxigraph.RdfFormat, fmt))


def to_turtle(source: Any) -> bytes:
    source = as_source(source)
    return write_rdf(_parsed(source.union_ntriples(), "N_TRIPLES"), "TURTLE")


def to_trig(source: Any) -> bytes:
    """One named graph per document; the default graph when the source kept none."""
    source = as_source(source)
    quads = source.document_nquads()
    if not quads:
        return to_turtle(source)
    return write_rdf(_parsed(quads, "N_QUADS"), "TRIG")


def to_nquads(source: Any) -> bytes:
    """One named graph per document; a source without them is its N-Triples (valid N-Quads)."""
    source = as_source(source)
    return source.document_nquads() or source.union_ntriples()


def to_ntriples(source: Any) -> bytes:
    source = as_source(source)
    return source.union_ntriples()


def to_jsonld(source: Any) -> bytes:
    """JSON-LD (expanded, no context to fetch) of the union graph."""
    source = as_source(source)
    return write_rdf(_parsed(source.union_ntriples(), "N_TRIPLES"), "JSON_LD")


def to_rdfxml(source: Any) -> bytes:
    source = as_source(source)
    return write_rdf(_parsed(source.union_ntriples(), "N_TRIPLES"), "RDF_XML")
