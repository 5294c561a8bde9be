"""What every SPARQL answer shares: statgraph's prefixes and the StoreResult every backend returns.

statgraph.query re-exports these; they live here so that the stores can use them without
importing the query layer that runs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph

# The union graph of a store: the set union of every document graph, which is what queries read.
UNION_GRAPH = "https://statgraph.org/graph/union"
PREFIXES = {
    "sg": "https://statgraph.org/ns#",
    "id": "https://statgraph.org/id/",
    "actor": "https://statgraph.org/id/actor/",
    "topic": "https://statgraph.org/id/topic/",
    "statement": "https://statgraph.org/id/statement/",
    "ref": "https://statgraph.org/id/reference/",
    "doc": "https://statgraph.org/id/doc/",
    "office": "https://statgraph.org/id/office/",
    "run": "https://statgraph.org/id/run/",
    "decision": "https://statgraph.org/id/decision/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}

def prefix_header() -> str:
    """PREFIX lines for the project's prefixes."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())


@dataclass
class StoreResult:
    """A store's answer, read the way statgraph reads an rdflib Result.

    Attributes:
        type: SELECT, ASK, CONSTRUCT or DESCRIBE.
        vars: the SELECT's column names.
        rows: SELECT rows as strings (lexical forms and IRIs), None where unbound.
        askAnswer: the ASK answer (named as rdflib names it).
        terms: SELECT rows as pyoxigraph terms (for the standard result formats).
        triples: the CONSTRUCT or DESCRIBE triples (pyoxigraph Triples).
    """

    type: str
    vars: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    askAnswer: bool | None = None  # noqa: N815 - rdflib's name
    terms: list[list[Any]] = field(default_factory=list)
    triples: list[Any] = field(default_factory=list)

    def __iter__(self) -> Iterator[list[str | None]]:
        return iter(self.rows)

    @property
    def graph(self) -> Graph:
        """The CONSTRUCT or DESCRIBE triples as an rdflib Graph."""
        from .stores.terms import graph_of

        return graph_of(self.triples)
