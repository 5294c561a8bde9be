"""A graph cut at a confidence floor or to a date range, for exports an analyst hands on.

`statements`, `view` and `network` filter the records they read; an export writes RDF, so
the cut is made on the graph itself: a reference below the floor goes with its Web
Annotation target and selectors; a statement left with no reference goes with its direct
triple; an actor, topic or office that nothing points at any more goes with its labels.
Documents and the run stay, so the provenance of what is kept is whole.
"""

from __future__ import annotations

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from .namespaces import SG


def above_confidence(graph: Graph, floor: float) -> Graph:
    """A copy of `graph` holding only what is stated with confidence `floor` or more.

    Args:
        graph: a graph built by statgraph (a file's graph or a store's union graph).
        floor: the lowest confidence kept, from 0 to 1.

    Returns:
        A new graph with the same prefixes; `graph` is left as it was.
    """
    low = {
        ref for ref in graph.subjects(RDF.type, SG.Reference)
        if float(graph.value(ref, SG.confidence) or 0) < floor
    }
    return without_references(graph, low)


def within_dates(graph: Graph, since: str | None, until: str | None) -> Graph:
    """A copy of `graph` holding only the passages of documents dated from `since` to `until`
    (ISO dates, inclusive); passages of undated documents go too.

    Args:
        graph: a graph built by statgraph.
        since: the first day kept, or None.
        until: the last day kept, or None.

    Returns:
        A new graph; the documents stay, dated or not, as with `above_confidence`.
    """
    from ..dates import within

    outside = {
        ref for ref in graph.subjects(RDF.type, SG.Reference)
        if not within(_date_of(graph, graph.value(ref, SG.document)), since, until)
    }
    return without_references(graph, outside)


def _date_of(graph: Graph, document: object) -> str | None:
    value = graph.value(document, DCTERMS.date) if isinstance(document, URIRef) else None
    return str(value) if value is not None else None


def without_references(graph: Graph, drop: set[URIRef]) -> Graph:
    """A copy of `graph` without some references, the statements left with none, and the
    actors and topics nothing points at any more."""
    out = Graph()
    for prefix, namespace in graph.namespaces():
        out.bind(prefix, namespace, override=True)
    for triple in graph:
        out.add(triple)
    if not drop:
        return out
    touched = _drop_statements(out, drop) | {s for ref in drop for s in out.objects(ref, SG.speaker)}
    for ref in sorted(drop):
        _drop_reference(out, ref)
    _drop_orphans(out, touched)
    return out


def _drop_reference(graph: Graph, ref: URIRef) -> None:
    """A reference and the nodes minted from its name (target, position, quote)."""
    parts = [o for o in graph.objects(ref, None) if isinstance(o, URIRef) and str(o).startswith(f"{ref}-")]
    for part in [*parts, *(o for p in parts for o in graph.objects(p, None) if str(o).startswith(f"{ref}-"))]:
        graph.remove((part, None, None))
    graph.remove((ref, None, None))
    graph.remove((None, None, ref))


def _drop_statements(graph: Graph, low: set[URIRef]) -> set[URIRef]:
    """Statements whose every reference is low go, with their direct triple; the others keep
    the confidences of the references they keep. Returns the holders and targets touched."""
    touched: set[URIRef] = set()
    for node in sorted(set(graph.subjects(RDF.type, SG.Statement))):
        refs = set(graph.objects(node, PROV.wasDerivedFrom))
        kept = refs - low
        if kept == refs:
            continue
        holder, relation, target = (graph.value(node, p) for p in (SG.holder, SG.relation, SG.target))
        if kept:
            graph.remove((node, SG.confidence, None))
            for ref in kept:
                graph.add((node, SG.confidence, graph.value(ref, SG.confidence)))
            continue
        graph.remove((node, None, None))
        if holder is not None and relation is not None and target is not None:
            graph.remove((holder, relation, target))
            touched |= {holder, target}
    return touched


def _drop_orphans(graph: Graph, nodes: set[URIRef]) -> None:
    """Actors, topics and offices that no triple points at any more."""
    for node in sorted(nodes):
        if next(graph.triples((None, None, node)), None) is None:
            graph.remove((node, None, None))
