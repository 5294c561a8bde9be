"""An analyst's decisions on statements: accept, reject with a reason, or correct.

A decision is a node of its own (sg:Decision: verdict, reason, note, reviewer, time) in the
store's curation graph (CURATION_GRAPH), never in a document's graph, and also in the union
graph that queries read. The statement it is about gets the rank of its latest decision,
after Wikidata's model: accept -> preferred; reject -> deprecated; correct -> the statement
is deprecated and a new one (holder, relation, target as given) is preferred and
`prov:wasRevisionOf` it. Statement IRIs hash holder, relation and target (graph/build.py),
so a rebuild, or a changed document that still states the same thing, meets the same IRI
and the decision applies again; a rebuild replaces document graphs only
(stores/replace-document.ru keeps what another graph, the curation graph, holds).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from string import Template
from typing import TYPE_CHECKING, Any

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from ..errors import InputError, StoreError
from ..graph.build import iri, statement_id
from ..graph.namespaces import SG
from ..query import load_query, prefix_header, result_rows, run_query
from ..relations import load_relations, relation_iri

if TYPE_CHECKING:
    from ..store import Store

CURATION_GRAPH = "https://statgraph.org/graph/curation"
VERDICTS = ("accept", "reject", "correct")
REASONS = ("wrong_holder", "wrong_relation", "wrong_target", "not_stated", "other")
ACTOR_TYPES = ("person", "state", "organization", "group", "actor")
DEFAULT_REVIEWER = "analyst"


@dataclass(frozen=True)
class Correction:
    """What a statement should have said: a holder, a relation and a target (ids or labels)."""

    holder: str
    relation: str
    target: str


@dataclass(frozen=True)
class Decision:
    """One verdict on one statement.

    Attributes:
        statement: the statement's id (as `statgraph statements` prints it) or IRI.
        verdict: accept, reject or correct.
        reason: for reject (required) and correct: one of REASONS.
        note: the analyst's free text.
        reviewer: who decided.
        correction: for correct: the statement as it should be.
    """

    statement: str
    verdict: str
    reason: str | None = None
    note: str | None = None
    reviewer: str = DEFAULT_REVIEWER
    correction: Correction | None = None


def check_decision(decision: Decision) -> None:
    """Refuse a decision that is not whole.

    Raises:
        InputError: an unknown verdict or reason, a reject without a reason, a correct without
            a correction (or a correction with an unknown relation), an empty reviewer.
    """
    if decision.verdict not in VERDICTS:
        raise InputError(f"unknown verdict {decision.verdict!r}; choose one of {', '.join(VERDICTS)}")
    if decision.reason is not None and decision.reason not in REASONS:
        raise InputError(f"unknown reason {decision.reason!r}; choose one of {', '.join(REASONS)}")
    if decision.verdict == "reject" and decision.reason is None:
        raise InputError(f"a rejection needs a reason: one of {', '.join(REASONS)}")
    if decision.verdict == "correct":
        if decision.correction is None:
            raise InputError("a correction needs the holder, relation and target it should have")
        relations = load_relations()
        if decision.correction.relation not in relations:
            raise InputError(
                f"unknown relation {decision.correction.relation!r}; choose one of {', '.join(sorted(relations))}"
            )
    if not decision.reviewer.strip():
        raise InputError("a decision needs the reviewer's name")


def statement_iri(statement: str, base_iri: str) -> str:
    """The IRI of a statement given by its id or its IRI."""
    return statement if "/" in statement else f"{base_iri}statement/{statement}"


def record_decision(store: Store, decision: Decision, *, base_iri: str, when: datetime | None = None) -> str:
    """Record a decision in the store's curation graph; the later decision on a statement wins.

    Args:
        store: an embedded store or a SPARQL server (a graph file cannot keep decisions).
        decision: the verdict (see `Decision`).
        base_iri: the IRI base the store was built with (Settings.base_iri).
        when: the time of the decision (default: now, UTC).

    Returns:
        The decision's IRI.

    Raises:
        InputError: the decision is not whole, or the store has no such statement.
        StoreError: the store cannot keep decisions or refused the write.
    """
    check_decision(decision)
    curate = getattr(store, "curate", None)
    if curate is None:
        raise StoreError(f"{store.location!r} is a graph file; decisions are kept in a store: give --store PATH|URL")
    subject = URIRef(statement_iri(decision.statement, base_iri))
    if not _is_statement(store, subject):
        raise InputError(
            f"no statement {decision.statement!r} in {store.location!r}; "
            "`statgraph statements --format jsonl` prints each statement's id"
        )
    moment = when or datetime.now(UTC)
    node = URIRef(f"{base_iri}decision/{_decision_key(subject, decision, moment)}")
    triples = list(_decision_triples(node, subject, decision, moment))
    touched = [subject]
    if decision.correction is not None and decision.verdict == "correct":
        revised, extra = _correction_triples(store, node, subject, decision.correction, base_iri)
        triples += extra
        touched.append(revised)
    curate(_update_text(triples, touched, store))
    return str(node)


def _decision_key(subject: URIRef, decision: Decision, moment: datetime) -> str:
    """A decision's id: unique even for two identical verdicts at one instant."""
    raw = f"{subject}|{decision.verdict}|{decision.reviewer}|{moment.isoformat()}|{uuid.uuid4()}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _decision_triples(node: URIRef, subject: URIRef, decision: Decision, moment: datetime) -> Any:
    """The decision node, and the statement's new rank, review and latest decision."""
    yield node, RDF.type, SG.Decision
    yield node, SG.about, subject
    yield node, SG.verdict, Literal(decision.verdict)
    yield node, SG.reviewer, Literal(decision.reviewer.strip())
    yield node, DCTERMS.created, Literal(moment.isoformat(), datatype=XSD.dateTime)
    if decision.reason:
        yield node, SG.reason, Literal(decision.reason)
    if decision.note:
        yield node, SG.note, Literal(decision.note)
    accepted = decision.verdict == "accept"
    yield subject, SG.rank, SG.PreferredRank if accepted else SG.DeprecatedRank
    yield subject, SG.review, Literal({"accept": "accepted", "reject": "rejected"}.get(decision.verdict, "replaced"))
    yield subject, SG.decision, node


def _is_statement(store: Store, subject: URIRef) -> bool:
    result = run_query(store, f"ASK {{ <{subject}> a sg:Statement }}")
    return bool(result.askAnswer)


def _correction_triples(
    store: Store, node: URIRef, old: URIRef, correction: Correction, base_iri: str
) -> tuple[URIRef, list[Any]]:
    """The corrected statement (preferred, a revision of `old`) and any node it needs."""
    holder, holder_type, holder_new = _node(store, correction.holder, base_iri, actor=True)
    target, target_type, target_new = _node(store, correction.target, base_iri, actor=False)
    relation = relation_iri(correction.relation)
    holder_id, target_id = str(holder).rsplit("/", 1)[1], str(target).rsplit("/", 1)[1]
    new = URIRef(f"{base_iri}statement/{statement_id(holder_id, correction.relation, target_type, target_id)}")
    if new == old:
        raise InputError("the correction names the statement as it is; accept it instead")
    triples: list[Any] = [
        (new, RDF.type, SG.Statement), (new, SG.holder, holder), (new, SG.relation, relation),
        (new, SG.target, target), (new, PROV.wasRevisionOf, old), (holder, relation, target),
        (new, SG.rank, SG.PreferredRank), (new, SG.review, Literal("corrected")), (new, SG.decision, node),
        (node, SG.correction, new),
    ]
    if holder_new:
        triples += [(holder, RDF.type, SG.Actor), (holder, RDFS.label, Literal(correction.holder)),
                    (holder, SG.actorType, Literal(holder_type))]
    if target_new:
        triples += [(target, RDF.type, SG.Topic), (target, RDF.type, SKOS.Concept),
                    (target, RDFS.label, Literal(correction.target)),
                    (target, SKOS.prefLabel, Literal(correction.target))]
    return new, triples


def _node(store: Store, name: str, base_iri: str, *, actor: bool) -> tuple[URIRef, str, bool]:
    """(IRI, type, minted) of the actor (or target) a correction names by id or label.

    A name the store does not know is minted: an actor for a holder, a topic for a target.
    """
    from ..views.network import read_node_types

    if not name.strip():
        raise InputError("a correction needs a holder, a relation and a target; one of them is empty")
    types = read_node_types(store)
    wanted = name.strip().casefold()
    found = [key for key, (kind, label) in types.items()
             if (key.casefold() == wanted or (label or "").casefold() == wanted) and (not actor or kind in ACTOR_TYPES)]
    if found:
        key = sorted(found)[0]
        kind = types[key][0]
        folder = "actor" if kind in ACTOR_TYPES else kind
        return URIRef(f"{base_iri}{folder}/{key}"), kind, False
    return iri(base_iri, "actor" if actor else "topic", name.strip()), "actor" if actor else "topic", True


def _update_text(triples: list[Any], statements: list[URIRef], store: Store) -> str:
    """record-decision.ru filled in with the triples and the statements whose rank they set."""
    from ..store import UNION_GRAPH
    from ..stores.terms import ntriples_lines

    body = "".join(f"    {line} .\n" for line in ntriples_lines(triples))
    text = Template((resources.files("statgraph.curation") / "record-decision.ru").read_text(encoding="utf-8"))
    return prefix_header() + text.substitute(
        curation=CURATION_GRAPH, union=UNION_GRAPH, statements=" ".join(f"<{s}>" for s in statements), lines=body
    )


def read_decisions(store: Store) -> list[dict[str, Any]]:
    """Every decision recorded in a store, oldest first.

    Returns:
        Records with decision, statement, verdict, reason, reviewer, when, note, correction,
        latest (it set its statement's rank) and exists (its statement still has a passage).
    """
    names, rows = result_rows(run_query(store, load_query_file("decisions.rq")))
    records = []
    for row in rows:
        record: dict[str, Any] = dict(zip(names, row, strict=True))
        record["latest"] = record["latest"] in ("true", "1")
        record["exists"] = record["exists"] in ("true", "1")
        records.append(record)
    return records


def find_orphans(store: Store) -> list[dict[str, Any]]:
    """The decisions whose statement no longer exists (no document states it any more)."""
    return [record for record in read_decisions(store) if not record["exists"]]


def load_query_file(name: str) -> str:
    """A query shipped beside this module."""
    return load_query((resources.files("statgraph.curation") / name).read_text(encoding="utf-8"))
