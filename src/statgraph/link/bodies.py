"""Organisations referred to by their kind: "the bloc", "the alliance", "the Council", "the ministry".

A definite description of an organisation refers back, in this order, to
1. the actor last named in the sentence by a name of the same kind; for a kind any body may be
   called by ("the organisation", "the bloc"), the organisation last named in the sentence ("the
   head of the IAEA comes as the Vienna-based organisation seeks ...");
2. the actor last named by a name of the same kind: "the Council" after "the UN Security
   Council", "the ministry" after "Russia's Foreign Ministry" (which speaks for Russia); a name
   minted from the text ("Quit West African Bloc", a headline's words) gives no kind here;
3. for a part of a state or body ("the ministry"), or a kind that is no definite description
   of `organization_nouns` ("the Commission" with no commission named), nothing else;
4. an organisation named earlier in the same sentence;
5. the organisation the document has named most so far, the last named of them on a tie: in an
   article about ECOWAS that names the African Union once, "the bloc" is ECOWAS. Organisations
   the lexicon knows come before names minted from the text.
In 4 and 5 a kind no body may be called by ("the council", "the union") is never a body whose
names give another kind ("the Rapid Support Forces" is no council).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.bounds import sentence_bounds
from ..words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .gazetteer import Actor, Gazetteer
    from .resolve import Resolved

# Definite descriptions that refer back to an organisation ("the alliance", "the Council")
KIND_NOUNS = words("actor_nouns", "organization_nouns")
# Kinds that are a part of a state or body, never a body named by another kind ("the ministry")
PART_NOUNS = words("actor_nouns", "organization_part_nouns")
# Kinds any body may be called by ("the organisation", "the bloc"): an organisation named earlier
# in the sentence is the one meant, whatever its own name
GENERIC_NOUNS = words("actor_nouns", "organization_generic_nouns")
ORGANS = words("actor_nouns", "organs")
# The words that name a body by its kind ("Council", "Assembly", "Foreign Ministry")
_BODY_WORDS = words("names", "institution_words") | KIND_NOUNS
_QUALIFIERS = words("names", "title_words") | words("names", "departments")
_SPELLINGS = {"organisation": "organization"}


def kind_of(word: str, nouns: frozenset[str] = KIND_NOUNS) -> str | None:
    """The kind a word names, if it is one of `nouns` ("Organisation" -> "organization")."""
    lower = _SPELLINGS.get(word.lower(), word.lower())
    return lower if lower in nouns else None


def bare_kind(name: list[str]) -> str | None:
    """The kind a name made of kind words only gives ("Council", "the Assembly", "Foreign
    Ministry"): such a name refers back to a body, it names none of its own."""
    rest = [w for w in name if w.lower() != "the"]
    if not rest or kind_of(rest[-1], _BODY_WORDS) is None:
        return None
    if all(kind_of(w, _BODY_WORDS) or w.lower() in _QUALIFIERS for w in rest[:-1]):
        return kind_of(rest[-1], _BODY_WORDS)
    return None


@dataclass(frozen=True)
class Mention:
    """An actor named in a document: where (passage number, token), by what kind of name, and
    whether the lexicon knows it."""

    at: tuple[int, int]
    kinds: frozenset[str]
    actor: Resolved
    known: bool


def kinds_of_name(gazetteer: Gazetteer, actor: Resolved, head: str) -> frozenset[str]:
    """The kinds an actor's names give: the head word of the mention, and for a known
    organisation every word of its names ("UN Security Council": council)."""
    found = {kind_of(head, _BODY_WORDS)}
    known = gazetteer.actors.get(actor.id)
    names = (known.label, *known.aliases) if known is not None else (actor.label,)
    if actor.type == "organization":
        found |= {kind_of(word, _BODY_WORDS) for name in names for word in name.split()}
    return frozenset(k for k in found if k is not None)


def body_before(token: Token, kind: str | None, mentions: list[Mention], here: int) -> Resolved | None:
    """The actor a definite description of an organisation of a kind (`token`, its head, in
    passage number `here`) refers back to, by the order in the module docstring."""
    before = [m for m in mentions if m.at < (here, token.i)]
    sentence = [m for m in before if m.at >= (here, sentence_bounds(token)[0])]
    for pool in (
        [m for m in sentence if kind in m.kinds],  # "the head of the IAEA ... the organisation"
        _bodies(sentence) if kind in GENERIC_NOUNS else [],
        # a minted name gives its kind by its first word ("Authority of ..."), not by a
        # headline's words ("Sahel Juntas Quit West African Bloc")
        [m for m in before if kind in m.kinds and (m.known or _named_by_kind(m, kind))],
    ):
        if pool:
            return max(pool, key=lambda m: m.at).actor
    if kind not in KIND_NOUNS or kind in PART_NOUNS:
        return None
    # "the council" is no body whose names give another kind ("the Rapid Support Forces")
    before = [m for m in before if kind in GENERIC_NOUNS or not m.kinds or kind in m.kinds]
    sentence = [m for m in sentence if m in before]
    if _bodies(sentence):
        return max(_bodies(sentence), key=lambda m: m.at).actor
    bodies = [m for m in _bodies(before) if m.known] or _bodies(before)
    if not bodies:
        return None
    counts = Counter(m.actor.id for m in bodies)
    last = {m.actor.id: m.at for m in sorted(bodies, key=lambda m: m.at)}
    best = max(counts, key=lambda a: (counts[a], last[a]))
    return next(m.actor for m in bodies if m.actor.id == best)


def _named_by_kind(mention: Mention, kind: str | None) -> bool:
    first = mention.actor.label.split()[0]
    return mention.actor.type == "organization" and kind_of(first, _BODY_WORDS) == kind


def owner_of_organ(gazetteer: Gazetteer, label: str) -> Actor | None:
    """The state or organisation an organ is named after: "the Government of Canada", "the
    Authority of Heads of State and Government of ECOWAS" speak for Canada and ECOWAS."""
    head, _, rest = label.partition(" of ")
    if not rest or not head or head.split()[-1].lower() not in ORGANS:
        return None
    owner = gazetteer.find(label.rsplit(" of ", 1)[1])
    return owner if owner is not None and owner.type in {"state", "organization"} else None


def organ_of_another(gazetteer: Gazetteer, token: Token, actor: Actor) -> Actor | None:
    """The state or organisation a known organ's name belongs to when the text says it is
    another's: "the Security Council of Ukraine" is Ukraine's, not the UN Security Council; "the
    General Assembly of the Organization of American States" is the OAS's, not the UN's (a name
    inside a longer one never links to another actor)."""
    if actor.type != "organization" or actor.of is None:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
            left = min([pobj.i] + [t.i for t in pobj.lefts if t.dep_ in {"compound", "det"}])
            owner = gazetteer.find(_object_name(pobj)) or gazetteer.find(token.doc[left : pobj.i + 1].text)
            if owner is not None and owner.type in {"state", "organization"} and owner.id not in {actor.of, actor.id}:
                return owner
    return None


def _object_name(pobj: Token) -> str:
    """The whole name an object of "of" gives, up to a bracket or comma: "the Organization of
    American States" (its own "of" phrase included)."""
    end = next((t.i for t in pobj.subtree if t.i > pobj.i and t.is_punct), pobj.right_edge.i + 1)
    return pobj.doc[pobj.left_edge.i : end].text


def _bodies(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.actor.type == "organization"]


def counted(token: Token) -> bool:
    """Whether a noun is counted or quantified ("two members", "several members", "some members"):
    some members of a body, not the body."""
    return any(c.dep_ == "nummod" or c.lower_ in {"some", "several", "many", "few", "most"} for c in token.children)
