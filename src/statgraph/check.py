"""Validate a statgraph graph against ontology/shapes.ttl with pySHACL.

The vocabulary (ontology/statgraph.ttl) is mixed into a copy of the data, so that sh:class
sees its subclasses (a sg:Person is a sg:Actor) and its relations (sg:Relation). No
inference is run on the data: a graph conforms as written, or not.

rdflib is the tool here: pySHACL validates rdflib graphs, so the graph (a file's or the
store's union) is handed over as one.

Notes:
    SHACL https://www.w3.org/TR/shacl/; pySHACL https://github.com/RDFLib/pySHACL
    (`pyshacl.validate`; exit codes: 0 conforms, 1 does not).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import StoreError

SHAPES_FILE = "shapes.ttl"
VOCABULARY_FILE = "statgraph.ttl"
SH = "http://www.w3.org/ns/shacl#"
_RESULTS = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?focus ?path ?message ?component ?value WHERE {
  ?result a sh:ValidationResult ; sh:focusNode ?focus ; sh:sourceConstraintComponent ?component .
  OPTIONAL { ?result sh:resultPath ?path }
  OPTIONAL { ?result sh:resultMessage ?message }
  OPTIONAL { ?result sh:value ?value }
}"""


@dataclass(frozen=True, order=True)
class Violation:
    """One failed constraint: the node, the property, what is wrong, and which SHACL constraint."""

    focus: str
    path: str
    message: str
    component: str
    value: str = ""

    def line(self) -> str:
        """The violation as `check` prints it."""
        value = f" (value: {self.value})" if self.value else ""
        path = f" {self.path}" if self.path else ""
        return f"{self.focus}{path}: {self.message}{value} [{self.component}]"


@dataclass
class CheckReport:
    """What validation found: whether the graph conforms, and each violation, sorted."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def text(self) -> str:
        """A readable report: one line a violation, then a summary line."""
        if self.conforms:
            return "the graph conforms to the shapes\n"
        nodes = len({v.focus for v in self.violations})
        lines = [v.line() for v in self.violations]
        return "\n".join([*lines, f"{len(self.violations)} violations on {nodes} nodes"]) + "\n"


def check_graph(graph: Any, ontology_dir: str | Path) -> CheckReport:
    """Validate an rdflib graph against the shapes of an ontology folder.

    Args:
        graph: the graph (statgraph.load_graph's, or a store's `graph()`).
        ontology_dir: the folder with shapes.ttl and statgraph.ttl.

    Raises:
        StoreError: the shapes or the vocabulary cannot be read.
    """
    from pyshacl import validate

    shapes, vocabulary = _read(Path(ontology_dir) / SHAPES_FILE), _read(Path(ontology_dir) / VOCABULARY_FILE)
    data = _mixed(graph, vocabulary)
    conforms, results, _ = validate(data, shacl_graph=shapes, inference="none", allow_warnings=False)
    return CheckReport(bool(conforms), sorted(_violations(results, graph)))


def _mixed(graph: Any, vocabulary: Any) -> Any:
    """A copy of the graph with the vocabulary's triples added (the graph is left as it was)."""
    from rdflib import Graph

    data = Graph()
    for triple in graph.triples((None, None, None)):
        data.add(triple)
    for triple in vocabulary:
        data.add(triple)
    return data


def _read(path: Path) -> Any:
    """A Turtle file of the ontology folder as an rdflib Graph."""
    from rdflib import Graph

    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as e:
        raise StoreError(f"cannot read {path}: {e}") from e


def _violations(results: Any, graph: Any) -> list[Violation]:
    """The violations of a pySHACL results graph, IRIs written with the graph's prefixes."""
    found = set()
    for focus, path, message, component, value in results.query(_RESULTS):
        found.add(
            Violation(
                focus=_short(focus, graph),
                path=_short(path, graph) if path is not None else "",
                message=str(message or ""),
                component=str(component).removeprefix(SH).removesuffix("ConstraintComponent"),
                value=_short(value, graph) if value is not None else "",
            )
        )
    return list(found)


def _short(term: Any, graph: Any) -> str:
    """An IRI as prefix:name where statgraph has a prefix for it; a literal as its text."""
    from rdflib import URIRef

    from .exports.rdf import export_prefixes

    if not isinstance(term, URIRef):
        return str(term)
    text = str(term)
    best = max(((name, iri) for name, iri in export_prefixes().items() if text.startswith(iri)),
               key=lambda pair: len(pair[1]), default=None)
    return f"{best[0]}:{text[len(best[1]):]}" if best else f"<{text}>"
