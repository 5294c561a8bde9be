"""An RDF source cut at a confidence floor, document graphs kept.

graph/confidence.py makes the cut on the union graph (rdflib, which suits its node-by-node
walk); the document graphs then keep the triples the cut union keeps.
"""

from __future__ import annotations

from typing import Any

_KEEP_KEPT = """DELETE { GRAPH ?g { ?s ?p ?o } } WHERE {
  GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o }
}"""


def cut_dataset(data: Any, floor: float) -> Any:
    """A new in-memory dataset of `data` (an OxigraphDataset) above the confidence floor.

    Args:
        data: the dataset to cut; left as it was.
        floor: the lowest confidence kept, from 0 to 1.
    """
    import pyoxigraph

    from ..graph.confidence import above_confidence
    from ..stores.oxigraph import open_memory
    from ..stores.terms import ntriples_lines

    kept = above_confidence(data.graph(), floor)
    out = open_memory(data.name)
    out.store.load("".join(f"{line} .\n" for line in ntriples_lines(kept)).encode("utf-8"),
                   format=pyoxigraph.RdfFormat.N_TRIPLES)
    quads = data.document_nquads()
    if quads:
        out.store.load(quads, format=pyoxigraph.RdfFormat.N_QUADS)
        out.store.update(_KEEP_KEPT)
    return out
