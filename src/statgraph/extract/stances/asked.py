"""What a demand asks: the act asked for and the one asked to do it ("called on the US to push
Kiev to ..."): the verb rules read a demand's object through these.

A stance cue inside an act asked of someone else ("We urge the US to *abide by* the one-China
principle", "the international community must continue to *stand by* Afghanistan", "Norway is
obliged not to *allow* bases", "the need for Haiti to *respect* X", "insists on North Macedonia
*accepting* X") or inside the act a demand calls for ("calling for *strengthening* Europe's
defense") is part of what is asked: the demand is the speaker's stance, the inner cue states
none of its own (`asked_of_another`). What the speaker's own side must do stays its stance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from ..arguments import Target, clause_target
from ..context.frame import FIRST_PERSON, Frame
from ..context.holders import holders
from ..moods import asserts
from .deontics import DEONTIC, obliged, semi_modal

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolver
    from ..cues import Lexicon

# Verbs by which one asks another to act: "urged the US to", "called on Israel to".
ASKING = frozenset(
    "urge call ask press demand request appeal encourage invite exhort implore enjoin require compel push"
    " insist".split()
)
_ADDRESSEE_PREPS = frozenset({"on", "upon"})
# Nouns of need whose act, with a doer of its own, is asked of that doer.
_NEEDS = frozenset({"need", "necessity", "urgency", "imperative"})
# Those who may be asked to act though no actor is named (ontology/actor_nouns.toml).
_DOER_NOUNS = frozenset().union(*(words("actor_nouns", k) for k in ("group_nouns", "insurgents", "institutions")))
_PEOPLE = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# Clauses through which an act hangs on the verb that asks or owes it.
_INNER = frozenset({"xcomp", "ccomp"})


def asked_action(token: Token, obj: Token, relation: str) -> tuple[Token, Token | None]:
    """A demand's object is the action asked for ("called on the US to push Kiev ..."), and
    the one asked to act its addressee; other objects stay."""
    action = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if action is None and relation == "demands" and obj.dep_ in {"pobj", "dobj"}:
        action = infinitive_after(obj) or to_clause(token, obj) or _gerund_after(token, obj)
    if relation == "demands" and obj.dep_ in {"nsubj", "nsubjpass"} and obj.head.head.i == token.i:
        return obj.head, obj  # "called for Israel to halt its offensive" (verb_objects._for_clause)
    if relation == "demands" and action is not None and obj.i != action.i:
        return action, obj if obj.dep_ in {"pobj", "dobj", "obj"} and obj.i < action.i else None
    return obj, None


def infinitive_after(addressee: Token) -> Token | None:
    """A to-infinitive right after an addressee, where the parser hung it elsewhere: "calls on
    European governments "not to recognise ..."."""
    doc = addressee.doc
    for t in doc[addressee.right_edge.i + 1 : min(addressee.right_edge.i + 5, addressee.sent.end)]:
        if t.pos_ == "VERB":
            return t if t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) else None
        if not (t.is_punct or t.lower_ in {"not", "to", "never"} or t.pos_ == "ADV"):
            return None  # "called on Pyongyang to swiftly resume dialogue": an adverb may come between
    return None


def _gerund_after(verb: Token, addressee: Token) -> Token | None:
    """The act asked of the one an "on" names, as a gerund the parser hung on the verb:
    "insists on North Macedonia accepting the Bulgarian version of events"."""
    if addressee.dep_ != "pobj" or addressee.head.lower_ not in _ADDRESSEE_PREPS:
        return None
    after = addressee.right_edge.i + 1
    return next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == after), None)


def to_clause(verb: Token, addressee: Token) -> Token | None:
    """A to-infinitive the parser hung on the asking verb, after its addressee and an aside:
    "urged all States, in accordance with their obligations, to cooperate with X"."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"advcl", "ccomp"}
            and c.i > addressee.i
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def asked_of_another(verb: Token, frame: Frame, resolver: Resolver) -> bool:
    """Whether a verb is an act asked of, or owed by, someone other than the speaker's side: "We
    urge the US to abide by X", "the international community must continue to stand by
    Afghanistan", "insists on North Macedonia accepting X"; "we must defend X" and "Russia
    said it must defend X" (the speaker's own side) are not."""
    if _called_for(verb):
        return True
    asked = one_asked(verb)
    if asked is None or asked.pos_ == "PRON" and asked.lower_ in FIRST_PERSON:  # not "the US"
        return False
    found = [actor for actor, _ in holders(asked, frame, resolver)]
    return frame.behalf is None or not found or any(actor.id != frame.behalf.id for actor in found)


def _called_for(verb: Token) -> bool:
    """Whether a verb is the act a demand calls for, as a gerund: "calling again for
    strengthening Europe's defense" demands the strengthening and supports nothing itself."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ == "for" and prep.head.lemma_.lower() in ASKING


def one_asked(verb: Token) -> Token | None:
    """The one asked or obliged to do the act a verb belongs to: the subject of a "must" or
    "needs to" on it or above it, or the addressee of an asking verb above it."""
    token = verb
    for _ in range(8):
        if _owes(token):
            return _subject(token)
        if token.dep_ in {"acl", "advcl"} and token.head.lemma_.lower() in _NEEDS and token.head.pos_ == "NOUN":
            return _subject(token)  # "stressed the need for Peru to respect X": Peru is asked
        if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
                return None  # "X should pay attention to Y, but the West embraces Z": a clause of its own
            token = token.head
            continue
        if token.dep_ in _INNER or token.dep_ in {"advcl", "dep"} and token.head.lemma_.lower() in ASKING:
            parent = token.head  # "insists on Peru accepting X", "urge Peru to take X, abide by Y"
        elif token.dep_ == "pcomp" and token.head.dep_ == "prep":
            parent = token.head.head  # "insists on North Macedonia accepting": the act's own subject
            own = next((c for c in token.children if c.dep_ in {"nsubj", "poss"}), None)
            if parent.lemma_.lower() in ASKING and own is not None:
                return own
        else:
            return None
        if token.dep_ == "ccomp" and parent.lemma_.lower() in ASKING and asserts(parent):
            return None  # '"Norway rejects the accord," Eide insisted': said, asked of no one
        if parent.lemma_.lower() in ASKING and parent.pos_ == "VERB" and token.dep_ != "pcomp":
            return _addressee(parent, token)
        token = parent
    return None


def _owes(token: Token) -> bool:
    """Whether a predicate is owed: "must", "should", "needs to", "is obliged to"."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in token.children) or (
        semi_modal(token) is not None or obliged(token) is not None
    )


def _subject(token: Token) -> Token | None:
    """A predicate's subject, or the name the parser hung aside ("that Norway, according to the
    document, is obliged to": an npadvmod)."""
    return next(
        (c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} or c.dep_ == "npadvmod" and c.pos_ == "PROPN"),
        None,
    )


def _addressee(asking: Token, act: Token) -> Token | None:
    """Who an asking verb asks to do the act: its object or "on" object before the act ("urged
    the US to", "called on Israel to"), or the act's own subject ("urged that the US abide")."""
    for c in asking.children:
        if c.dep_ in {"dobj", "obj"} and c.i < act.i:
            return c
        if c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PREPS and c.i < act.i:
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return _subject(act) if act.dep_ == "ccomp" else None


def wanted_of_others(token: Token, lexicon: Lexicon) -> bool:
    """Whether what is wanted must come from others: an object wanted "back" or "from" someone,
    one only another side can grant ("wants an apology", "want a binding agreement": [demands]
    granted_nouns), or what one wants "to see" ("wants to see an inclusive government in Syria")."""
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is not None and obj.lemma_.lower() in lexicon.listed("demands", "granted_nouns"):
        return True
    places = [token] if obj is None else [token, obj]
    after = [c for p in places for c in p.children if c.i > token.i]  # not "from the heart, we want peace"
    if any(c.lower_ in {"back", "from"} and c.dep_ in {"prt", "advmod", "prep"} for c in after):
        return obj is not None
    if any(c.dep_ == "ccomp" and c.lower_ == "back" for c in token.children):
        return True  # "wants the islands back", parsed as a small clause
    seeing = next((c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() == "see"), None)
    return seeing is not None and any(c.dep_ in {"dobj", "obj", "ccomp"} for c in seeing.children)


def asked_act(token: Token, obj: Token, resolver: Resolver, *, named: bool = True) -> list[Target]:
    """What a demand "for" someone "to" act asks: the act with its doer ("demands for French troops
    to leave the country"), not the doer alone, wherever the parser hung the infinitive (on the
    noun, on the doer, or on a verb above, right after the doers); doers that name no actor
    (`named` False) only with it hung on the noun ("an ultimatum for the rebels to hand over power")."""
    if obj.dep_ != "pobj" or obj.head.lower_ != "for" or obj.head.head.i != token.i:
        return []
    doc, end = token.doc, obj.right_edge.i
    hung = [doc[end + 2]] if end + 2 < len(doc) and doc[end + 1].lower_ == "to" and named else []
    act = next(
        (
            c
            for c in [*token.children, *(obj.children if named else []), *hung]
            if c.dep_ in {"acl", "advcl", "relcl"} and c.pos_ == "VERB" and c.i > obj.i
            and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)
        ),
        None,
    )
    if act is None or not named and not _doer(obj):
        return []  # "a call for dialogue to ensure stability": what the call is for, no doer's act
    clause = clause_target(act, resolver)
    if clause is None:
        return []
    doer = " ".join(doc[obj.left_edge.i : act.left_edge.i].text.split())
    return [Target(f"{doer} {clause.text}", head=act.text)]


def _doer(noun: Token) -> bool:
    """Whether a noun may name those asked to act: people or a group ("the rebels", "all parties",
    "the junta"), not a thing asked for ("dialogue")."""
    return (
        noun.tag_ in {"NNS", "NNPS"}
        or noun.ent_type_ in _PEOPLE
        or bool({noun.lower_, noun.lemma_.lower()} & _DOER_NOUNS)
    )
