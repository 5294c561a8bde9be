"""A graph without what an analyst rejected, for exports (statgraph.graph.confidence does the
same for a confidence floor): a deprecated statement goes with its references and its direct
triple; the decisions stay, so the export says what was reviewed."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import PROV

from ..graph.confidence import _drop_orphans, _drop_reference
from ..graph.namespaces import SG


def without_rejected(graph: Graph) -> Graph:
    """A copy of `graph` without its deprecated statements (rejected or corrected away).

    Args:
        graph: a store's union graph (decisions included) or a graph file.

    Returns:
        A new graph with the same prefixes; `graph` is left as it was.
    """
    out = Graph()
    for prefix, namespace in graph.namespaces():
        out.bind(prefix, namespace, override=True)
    for triple in graph:
        out.add(triple)
    touched: set[URIRef] = set()
    for node in sorted(set(out.subjects(SG.rank, SG.DeprecatedRank))):
        holder, relation, target = (out.value(node, p) for p in (SG.holder, SG.relation, SG.target))
        revised = set(out.subjects(PROV.wasRevisionOf, node))
        for ref in sorted(set(out.objects(node, PROV.wasDerivedFrom))):
            if not revised:  # a correction still reads its passages through the old statement
                _drop_reference(out, ref)
        for predicate in (SG.holder, SG.relation, SG.target):
            out.remove((node, predicate, None))
        if isinstance(holder, URIRef) and isinstance(relation, URIRef) and target is not None:
            out.remove((holder, relation, target))
            touched |= {holder, target} if isinstance(target, URIRef) else {holder}
    _drop_orphans(out, touched)
    return out
