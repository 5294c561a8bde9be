"""A name standing right after the common noun that describes it: "the Lebanese group
Hezbollah" is Hezbollah, "the West African bloc ECOWAS" is ECOWAS; a reader names the actor,
not its description. Grammar only: `arguments.make_target` makes the target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Entity types of a name that a description stands before ("the militant group Hamas").
_NAMED = frozenset({"ORG", "GPE", "NORP", "PERSON", "LOC", "FAC", ""})
# Nouns that name the actor itself after its acronym ("the NATO (NATO) alliance", "the
# European Union (EU) Council"): ontology/actor_nouns.toml.
_ACTOR_KINDS = frozenset().union(
    *(words("actor_nouns", k) for k in ("organization_nouns", "organs", "institutions", "representatives", "state_nouns"))
)
_TITLES = words("names", "office_heads") | words("names", "title_words")


def descriptive_name(noun: Token) -> Token | None:
    """The proper name set right after a common noun, with no comma between, as its
    apposition ("group | Hezbollah"), or where the parser took it for a second object of the
    same word ("from the bloc | ECOWAS", both objects of "from"); None where there is none."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    for child in noun.children:
        if is_descriptive_name(child):
            return child
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or not after.is_upper or len(after) < 2 or after.head.i == after.i:
        return None  # a sibling object: only an acronym ("ECOWAS", "NATO") is read as the name
    return after if after.head.i == noun.head.i and after.dep_ == noun.dep_ else None


def is_descriptive_name(token: Token) -> bool:
    """Whether `token` is a name in apposition right after the common noun that describes it."""
    noun = token.head
    if token.dep_ != "appos" or token.pos_ != "PROPN" or noun.pos_ != "NOUN" or token.i < noun.i:
        return False
    if token.left_edge.i != noun.i + 1:
        return False  # "the group, Hezbollah, ..." or words between
    return token.ent_type_ in _NAMED and not noun.ent_type_



def acronym_head(name: Token) -> Token | None:
    """The noun a name modifies across its acronym in brackets, which the parser reads as an
    apposition of the name: "the United Nations (UN) | Charter", "the Shanghai Cooperation
    Organisation (SCO) | summit"; the phrase is about that noun, not the actor. None otherwise."""
    doc = name.doc
    if name.i + 4 >= len(doc) or [t.text for t in (doc[name.i + 1], doc[name.i + 3])] != ["(", ")"]:
        return None
    acronym, noun = doc[name.i + 2], doc[name.i + 4]
    if not acronym.is_upper or len(acronym) < 2 or noun.pos_ not in {"PROPN", "NOUN"}:
        return None
    if noun.lemma_.lower() in _ACTOR_KINDS or noun.lower_ in _ACTOR_KINDS:
        return None  # "the North Atlantic Treaty Organization (NATO) alliance" is NATO
    return noun if noun.dep_ == "appos" and noun.head.i == name.i else None


def office_holder(noun: Token) -> Token | None:
    """The person named in apposition to an office ("accused Peru's foreign minister, Luis Vega",
    "the Foreign Minister of France, Alain Juppe"): a reader's target is the person, not the
    office (ontology/names.toml office heads and title words). Only an office that is itself an
    argument of the verb: in "the withdrawal of its ambassador, X" the post is what is withdrawn.
    None where no person is named."""
    if noun.ent_type_ == "PERSON" or noun.lemma_.lower() not in _TITLES and noun.lower_ not in _TITLES:
        return None
    above = noun.head.head if noun.dep_ == "pobj" else noun.head
    if above.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
