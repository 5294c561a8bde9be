"""Relations, defined once: read from ontology/statgraph.ttl, asked by everything else.

Each `sg:Relation` of the vocabulary carries, as data, what the code needs to know about it:
its group (`sg:group`: support, oppose, demand, propose, warn, cooperate, structure, act), its
kind (`sg:kind`: stance, event or role: whether its cue-file section lists stance cues or event
words), its polarity (`sg:polarity`), the relation a negated cue gives (`sg:negation`) and its
PLOVER and CAMEO alignment. The cue lexicon, the extractors' consistency check and the views'
stance groups derive from this module, so adding a relation is editing data: statgraph.ttl
and cues.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef

from .errors import ExtractionError
from .settings import default_ontology_dir

SG_IRI = "https://statgraph.org/ns#"
KINDS = ("stance", "event", "role")
EVENT_STANCE = "event"  # the views' stance group of every relation that is not a stance
ACTOR_RANGES = ("Actor", "Person", "State", "Organization", "Group")  # sg:Actor and its subclasses


@dataclass(frozen=True)
class Relation:
    """One relation of the vocabulary, with the properties the code reads.

    Attributes:
        name: the local name, as statements carry it ("cooperates_with").
        label: the English label ("cooperates with").
        group: the family: support, oppose, demand, propose, warn, cooperate, structure, act.
        kind: stance (found from stance cues), event (found from event words) or role.
        polarity: 1 in favour, -1 against, 0 neither.
        negation: the relation a negated cue gives ("" when a negated cue yields nothing).
        plover: the aligned PLOVER category, if any.
        cameo: the aligned CAMEO code, if any.
        range: the local name of its rdfs:range ("Actor", "Office"), "" when open.
    """

    name: str
    label: str
    group: str
    kind: str
    polarity: int = 0
    negation: str = ""
    plover: str = ""
    cameo: str = ""
    range: str = ""

    @property
    def iri(self) -> URIRef:
        """The relation's IRI in the statgraph namespace."""
        return URIRef(SG_IRI + self.name)

    @property
    def takes_actor(self) -> bool:
        """Whether its target must be an actor (its range is sg:Actor or one of its kinds)."""
        return self.range in ACTOR_RANGES

    @property
    def stance(self) -> str:
        """The views' stance group: the group of a stance, "event" for every other relation."""
        return self.group if self.kind == "stance" else EVENT_STANCE


def relation_iri(name: str) -> URIRef:
    """The IRI of a relation by its name (also for relations added in a user's ontology)."""
    return URIRef(SG_IRI + name)


@lru_cache(maxsize=8)
def load_relations(ontology_dir: Path | None = None) -> dict[str, Relation]:
    """The relations of an ontology folder's statgraph.ttl, by name, sorted by name.

    Args:
        ontology_dir: the folder (default: the settings' ontology folder).

    Returns:
        Every `sg:Relation`, with the properties above.

    Raises:
        ExtractionError: the file is missing or malformed, or a relation lacks a group or a
            kind, or names an unknown kind or negation.
    """
    path = Path(ontology_dir or default_ontology_dir()) / "statgraph.ttl"
    try:
        graph = Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as e:
        raise ExtractionError(f"cannot read the vocabulary {path}: {e}") from e
    nodes = sorted(node for node in graph.subjects(RDF.type, URIRef(SG_IRI + "Relation")) if isinstance(node, URIRef))
    relations = {str(node)[len(SG_IRI) :]: _relation(graph, node, path) for node in nodes}
    for relation in relations.values():
        if relation.negation and relation.negation not in relations:
            raise ExtractionError(f"{path}: the negation of {relation.name}, {relation.negation!r}, is no relation")
    return relations


def _relation(graph: Graph, node: URIRef, path: Path) -> Relation:
    """One relation node read into a Relation."""
    name = str(node)[len(SG_IRI) :]

    def value(term: str) -> str:
        found = graph.value(node, URIRef(SG_IRI + term))
        return "" if found is None else str(found)

    group, kind = value("group"), value("kind")
    if not group or kind not in KINDS:
        raise ExtractionError(
            f"{path}: relation {name} needs an sg:group and an sg:kind, one of {', '.join(KINDS)} "
            f"(has group {group!r}, kind {kind!r})"
        )
    negation = value("negation")
    found_range = graph.value(node, RDFS.range)
    return Relation(
        name=name,
        label=str(graph.value(node, RDFS.label) or name.replace("_", " ")),
        group=group,
        kind=kind,
        polarity=int(value("polarity") or 0),
        negation=negation[len(SG_IRI) :] if negation.startswith(SG_IRI) else negation,
        plover=value("plover"),
        cameo=value("cameo"),
        range=str(found_range)[len(SG_IRI) :] if str(found_range or "").startswith(SG_IRI) else "",
    )


def names_of_kind(relations: dict[str, Relation], kind: str) -> tuple[str, ...]:
    """The names of the relations of one kind (stance, event, role), sorted."""
    return tuple(name for name, relation in relations.items() if relation.kind == kind)


def stance_groups(relations: dict[str, Relation]) -> dict[str, str]:
    """relation name -> the views' stance group ("rejects" -> "oppose", "visited" -> "event")."""
    return {name: relation.stance for name, relation in relations.items()}


def polarities(relations: dict[str, Relation]) -> dict[str, int]:
    """relation name -> polarity, for the relations that have one."""
    return {name: relation.polarity for name, relation in relations.items() if relation.polarity}


@lru_cache(maxsize=1)
def default_stance_groups() -> dict[str, str]:
    """relation name -> stance group, for the default ontology (read once): the edge colour in
    the view, the polarity in discourse networks, the group a candidate is judged in."""
    return stance_groups(load_relations())


def stance_of(relation: str) -> str:
    """The stance group of a relation of the default ontology ("rejects" -> "oppose");
    a relation that is no stance, or unknown, is an "event"."""
    return default_stance_groups().get(relation, EVENT_STANCE)
