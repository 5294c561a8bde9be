"""What a stance noun is about: its prepositional object, its clause, a to-infinitive the parser
hung elsewhere, the act an "aimed at" participle points to, or what a grievance is over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from ..phrases import hung_complement
from .verb_objects import MEDIUM_NOUNS, TARGET_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Participles that point a stance noun to its object: "efforts aimed at achieving a ceasefire"
_AIMED = frozenset({"aim", "design", "intend", "direct"})
# Grievance nouns, whose "over" or "regarding" complement they are against (ontology/phrases.toml)
_GRIEVANCES = words("phrases", "grievances")
_GRIEVANCE_PREPS = frozenset({"over", "regarding"})


def noun_object(token: Token) -> Token | None:
    """What a stance noun is about: its prepositional object, its clause, or a to-infinitive
    the parser hung elsewhere ("Putin's initiative to form a partnership")."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to" and doc[token.i + 2].pos_ == "VERB":
        return doc[token.i + 2]
    for child in token.children:
        if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or _grievance(token, child)):
            pobj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None and pobj.lemma_.lower() in MEDIUM_NOUNS and child.lower_ in {"in", "at", "during"}:
                # "expressed concerns in a joint communique about X": where it was said, not what about
                pobj = next((g for c in pobj.children if c.lower_ in {"about", "on", "over"} for g in c.children), None)
                if pobj is None:
                    continue
            if pobj is not None and (child.lower_ != "of" or pobj.ent_type_ not in {"GPE", "PERSON", "NORP"}):
                return pobj
        if child.dep_ in {"acl", "xcomp"} and child.pos_ == "VERB" and child.tag_ != "VBN":
            return child
        if child.dep_ == "acl" and child.lemma_.lower() in _AIMED:
            aimed = _aimed_at(child)  # "efforts aimed at achieving a ceasefire"
            if aimed is not None:
                return aimed
        if child.dep_ == "advcl" and child.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child  # "its call for the Philippines to remove the outpost"
    hung = hung_complement(token, token.right_edge.i + 1)  # "reaffirmed its support | to Ukraine's sovereignty"
    return next((c for c in hung.children if c.dep_ in {"pobj", "pcomp"}), None) if hung is not None else None


def _grievance(noun: Token, prep: Token) -> bool:
    """ "frustration over the tariffs", "outrage regarding the killings": what a grievance is about."""
    return prep.lower_ in _GRIEVANCE_PREPS and (noun.lemma_.lower() in _GRIEVANCES or noun.lower_ in _GRIEVANCES)


def _aimed_at(participle: Token) -> Token | None:
    """The act "aimed at", "designed to", "intended to" point a noun to: "aimed at achieving a
    ceasefire", "designed to end the war"; "aimed at Hamas" names a target, not an aim."""
    for child in participle.children:
        if child.dep_ == "prep" and child.lower_ == "at":
            return next((g for g in child.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and any(a.lower_ == "to" for a in child.children):
            return child
    return None
