"""Generate graph/namespaces.py from ontology/statgraph.ttl (the source of truth).

Run `python -m statgraph.graph.vocabulary ontology/statgraph.ttl > src/statgraph/graph/namespaces.py`;
a test regenerates it and checks that nothing changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

SG_IRI = "https://statgraph.org/ns#"

_HEADER = '''"""The statgraph vocabulary as an rdflib DefinedNamespace.

Generated from ontology/statgraph.ttl by statgraph.graph.vocabulary: do not edit by hand.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class SG(DefinedNamespace):
    """statgraph vocabulary: {iri}"""

    _fail = True
    _NS = Namespace("{iri}")

'''


def render_namespace(ttl_path: Path) -> str:
    """The Python source of namespaces.py for the terms defined in the ontology file."""
    import rdflib

    graph = rdflib.Graph().parse(ttl_path, format="turtle")
    terms = sorted({str(s)[len(SG_IRI) :] for s in graph.subjects() if str(s).startswith(SG_IRI) and str(s) != SG_IRI})
    lines = [_HEADER.format(iri=SG_IRI)]
    for term in terms:
        comment = graph.value(rdflib.URIRef(SG_IRI + term), rdflib.RDFS.comment)
        note = " ".join(str(comment).split())[:80].rstrip() if comment else ""
        lines.append(f"    {term}: URIRef  # {note}\n" if note else f"    {term}: URIRef\n")
    return "".join(lines)


if __name__ == "__main__":
    sys.stdout.write(render_namespace(Path(sys.argv[1])))
