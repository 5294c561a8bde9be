"""Document graphs and their union in one pyoxigraph Store, on disk or in memory.

The embedded store (a folder) and a graph file (read whole into memory) are the same
thing to statgraph: a pyoxigraph Store holding one named graph per document, named by
the document node's IRI, and the union graph (store.UNION_GRAPH) that queries read.
Everything heavy runs in Oxigraph's Rust: parsing, SPARQL, and writing N-Triples and
N-Quads; Python only sorts lines, so that the same graph is written byte for byte the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import QueryError, StoreError
from .result import PREFIXES, UNION_GRAPH, StoreResult
from .terms import nquads, value_text

if TYPE_CHECKING:
    from ..store import DocumentGraph

FILE_NAME = "https://statgraph.org/ns#fileName"
_WHOLE_DECIMAL = re.compile(rb'"(-?[0-9]+)"\^\^<http://www\.w3\.org/2001/XMLSchema#decimal>')
# RDF formats by statgraph's format name: (pyoxigraph format name, holds named graphs)
OXIGRAPH_FORMATS = {
    "turtle": ("TURTLE", False),
    "ntriples": ("N_TRIPLES", False),
    "nquads": ("N_QUADS", True),
    "trig": ("TRIG", True),
    "jsonld": ("JSON_LD", True),
    "rdfxml": ("RDF_XML", False),
}


def rdf_format(fmt: str) -> Any:
    """The pyoxigraph RdfFormat of a statgraph format name (see store.FORMATS)."""
    import pyoxigraph

    return getattr(pyoxigraph.RdfFormat, OXIGRAPH_FORMATS[fmt][0])


class OxigraphDataset:
    """A pyoxigraph Store read as statgraph's dataset: document graphs and their union.

    Args:
        store: a pyoxigraph.Store (a folder's, or in memory).
        name: how messages name it (the folder or the file).
        union: the union graph's IRI; None puts the union in the default graph (in memory,
            where an allowed update then changes what queries read).
    """

    def __init__(self, store: Any, name: str, union: str | None) -> None:
        import pyoxigraph

        self.store = store
        self.name = name
        self.union = pyoxigraph.NamedNode(union) if union else pyoxigraph.DefaultGraph()
        self._skip = {pyoxigraph.NamedNode(UNION_GRAPH), self.union}

    def query(self, sparql: str, *, update: bool = False) -> StoreResult | None:
        """Run checked SPARQL (statgraph's prefixes predefined) on the union graph.

        An update runs on the default graph: for a file in memory, the union graph itself.

        Raises:
            QueryError: a syntax or evaluation error, with Oxigraph's message.
        """
        try:
            if update:
                self.store.update(sparql, prefixes=PREFIXES)
                return None
            result = self.store.query(sparql, prefixes=PREFIXES, default_graph=self.union)
            return result_of(result)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {e}") from e
        except OSError as e:
            raise QueryError(f"the query failed: {e}") from e

    def load(self, data: bytes, fmt: str) -> None:
        """Add a parsed RDF file: named graphs as document graphs, everything in the union.

        Raises:
            StoreError: the data does not parse.
        """
        try:
            if OXIGRAPH_FORMATS[fmt][1]:
                self.store.load(data, format=rdf_format(fmt))
                self.store.update(_copy_to_union(self.union))
            else:
                self.store.load(data, format=rdf_format(fmt), to_graph=self.union)
        except (SyntaxError, ValueError, OSError) as e:
            raise StoreError(f"{self.name!r} is not valid {fmt}: {e}") from e

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        """Load new documents in one transaction; replace older versions one update each.

        The N-Quads are statgraph's own (`stores.terms` escapes every term), so they are
        loaded without Oxigraph's IRI and language-tag checks (`lenient`): the same quads, and
        about a quarter less of the parse's work on every line. Every IRI it mints starts with
        the base IRI, as the document graph's name does: that name is still checked, so a base
        IRI that is no absolute IRI fails here as a checked load did."""
        from pyoxigraph import NamedNode, RdfFormat

        from .updates import replace_update

        union = getattr(self.union, "value", "")
        fresh = [g for g in graphs if not g.replaces]
        try:
            if fresh:
                for g in fresh:
                    NamedNode(g.iri)  # raises ValueError unless an absolute IRI
                data = "".join(nquads(g.lines, g.iri) + nquads(g.union, union) for g in fresh)
                self.store.load(data.encode("utf-8"), format=RdfFormat.N_QUADS, lenient=True)
            for g in graphs:
                if g.replaces:
                    self.store.update(replace_update(g, union))
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"cannot write to the store {self.name!r}: {e}") from e

    def find_documents(self, iris: Sequence[str], names: Sequence[str]) -> list[tuple[str, str]]:
        """(graph IRI, file name) of stored documents with one of these IRIs or names."""
        from pyoxigraph import Literal, NamedNode

        found = set()
        file_name = NamedNode(FILE_NAME)
        for iri in iris:
            node = NamedNode(iri)
            for quad in self.store.quads_for_pattern(node, file_name, None, node):
                found.add((iri, quad.object.value))
        for name in names:
            for quad in self.store.quads_for_pattern(None, file_name, Literal(name), None):
                if quad.graph_name == quad.subject:
                    found.add((quad.subject.value, name))
        return sorted(found)

    def count(self) -> int:
        """The number of triples in the union graph."""
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, self.union))

    def union_ntriples(self) -> bytes:
        """The union graph as N-Triples, lines sorted (the same graph, the same bytes)."""
        from pyoxigraph import RdfFormat

        return _sorted_lines(self.store.dump(format=RdfFormat.N_TRIPLES, from_graph=self.union))

    def document_nquads(self) -> bytes:
        """Every document graph as N-Quads, graph by graph in IRI order, each one's lines
        sorted; empty when the source kept none."""
        from pyoxigraph import RdfFormat

        from .terms import iri_text

        out = []
        for graph in sorted((g for g in self.store.named_graphs() if g not in self._skip), key=str):
            suffix = f" {iri_text(graph.value)} .\n".encode()
            lines = _canonical_decimals(self.store.dump(format=RdfFormat.N_TRIPLES, from_graph=graph)).splitlines()
            lines.sort()
            out.append(suffix.join(line[:-2] for line in lines) + suffix)
        return b"".join(out)

    def graph(self) -> Any:
        """The union graph as an rdflib Graph (for what needs rdflib: pySHACL, confidence cuts)."""
        from .terms import graph_of

        return graph_of(self.store.quads_for_pattern(None, None, None, self.union))


def _copy_to_union(union: Any) -> str:
    """The update that adds every named graph's triples (and a named union's, the default's) to the union."""
    if not hasattr(union, "value"):
        return "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    iri = union.value
    return f"INSERT {{ GRAPH <{iri}> {{ ?s ?p ?o }} }} WHERE {{ {{ GRAPH ?g {{ ?s ?p ?o }} }} UNION {{ ?s ?p ?o }} }} ;\nDROP SILENT DEFAULT"


def _sorted_lines(data: bytes) -> bytes:
    """N-Triples or N-Quads with its lines in byte order, decimals as graph files hold them."""
    lines = _canonical_decimals(data).splitlines(keepends=True)
    lines.sort()
    return b"".join(lines)


def _canonical_decimals(data: bytes) -> bytes:
    """Whole xsd:decimal values in the XSD 1.0 canonical form ("1" -> "1.0").

    Oxigraph keeps a decimal by value and writes 1.0 back as "1"; statgraph's graphs hold
    the canonical form (graph/build.py: decimal), so a file reads the same from a store.
    """
    return _WHOLE_DECIMAL.sub(rb'"\1.0"^^<http://www.w3.org/2001/XMLSchema#decimal>', data)


def result_of(result: Any) -> StoreResult:
    """A pyoxigraph query result as a StoreResult (terms kept for the standard formats)."""
    import pyoxigraph

    if isinstance(result, pyoxigraph.QueryBoolean):
        return StoreResult("ASK", askAnswer=bool(result))
    if isinstance(result, pyoxigraph.QueryTriples):
        return StoreResult("CONSTRUCT", triples=list(result))
    names = [variable.value for variable in result.variables]
    terms = [list(solution) for solution in result]
    rows = [[value_text(term) for term in row] for row in terms]
    return StoreResult("SELECT", vars=names, rows=rows, terms=terms)


def open_memory(name: str) -> OxigraphDataset:
    """An empty in-memory dataset (for a graph file, or a build written to one)."""
    import pyoxigraph

    try:
        return OxigraphDataset(pyoxigraph.Store(), name, None)
    except OSError as e:
        raise StoreError(f"cannot make an in-memory store for {name!r}: {e}") from e


def dataset_of(graph: Any) -> OxigraphDataset:
    """An in-memory dataset holding an rdflib graph's triples (its union, for a Dataset)."""
    from .terms import ntriples_lines

    data = open_memory("graph")
    data.load("".join(f"{line} .\n" for line in ntriples_lines(graph.triples((None, None, None)))).encode("utf-8"), "ntriples")
    return data


def dataset_of_triples(triples: Any) -> OxigraphDataset:
    """An in-memory dataset holding pyoxigraph triples (a CONSTRUCT's answer) as its union."""
    from pyoxigraph import RdfFormat, serialize

    data = open_memory("result")
    data.load(serialize(triples, format=RdfFormat.N_TRIPLES) or b"", "ntriples")
    return data
