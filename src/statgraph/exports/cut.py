"""An RDF source cut by confidence, by date or of rejected statements, document graphs kept.

graph/confidence.py and curation/rdf.py make the cuts on the union graph (rdflib, which
suits their node-by-node walk); the document graphs then keep the triples the cut union keeps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Cut = Callable[[Any], Any]
_REJECTED = "ASK { ?statement sg:rank sg:DeprecatedRank }"

_KEEP_KEPT = """DELETE { GRAPH ?g { ?s ?p ?o } } WHERE {
  GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o }
}"""


def cuts_for(
    data: Any, *, min_confidence: float = 0.0, since: str | None = None, until: str | None = None,
    include_rejected: bool = False,
) -> list[Cut]:
    """The cuts an export asks for, in order; none when nothing would be left out."""
    from ..curation.rdf import without_rejected
    from ..graph.confidence import above_confidence, within_dates

    cuts: list[Cut] = []
    if not include_rejected and data.query(_REJECTED).askAnswer:
        cuts.append(without_rejected)
    if min_confidence > 0:
        cuts.append(lambda graph: above_confidence(graph, min_confidence))
    if since or until:
        cuts.append(lambda graph: within_dates(graph, since, until))
    return cuts


def cut_dataset(data: Any, cuts: Sequence[Cut]) -> Any:
    """A new in-memory dataset of `data` (an OxigraphDataset) with the cuts made on its union.

    Args:
        data: the dataset to cut; left as it was.
        cuts: functions from an rdflib graph to a cut copy (see `cuts_for`).
    """
    import pyoxigraph

    from ..stores.oxigraph import open_memory
    from ..stores.terms import ntriples_lines

    kept = data.graph()
    for cut in cuts:
        kept = cut(kept)
    out = open_memory(data.name)
    out.store.load("".join(f"{line} .\n" for line in ntriples_lines(kept)).encode("utf-8"),
                   format=pyoxigraph.RdfFormat.N_TRIPLES)
    quads = data.document_nquads()
    if quads:
        out.store.load(quads, format=pyoxigraph.RdfFormat.N_QUADS)
        out.store.update(_KEEP_KEPT)
    return out
