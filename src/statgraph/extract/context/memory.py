"""Memory of subjects: which actors a sentence was about, for a later "they", "he" or "it urged".

After each sentence, `note_subjects` records in the resolver the actors of its main subject, the
person its main clause is about, the last list of actors it names and the body last heard
speaking; `holders.py` reads them back when a later subject is a pronoun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .collectives import meeting_pair, note_issuer, note_joint_issuers
from .holders import holders
from .kind_holders import unnamed_side
from .persons import person_named_before
from ..sentence import heads_with_child, parts_of_speech
from .subjects import SUBJECT_DEPS, conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver
    from ..found import Found
    from .frame import Frame


def note_subjects(sent: Span, frame: Frame, resolver: Resolver) -> None:
    """Remember the actors of a sentence's main subject (not persons), for a later "they", and
    the person it is about, for a later "he" or "she"; and those who issued a joint text."""
    _note_subject_person(sent, frame, resolver)
    note_issuer(sent, frame, resolver)
    _note_main_subject(sent, frame, resolver)
    note_joint_issuers(sent, frame.joint if len(frame.joint) >= 2 else resolver.subject_before, resolver)


def _note_main_subject(sent: Span, frame: Frame, resolver: Resolver) -> None:
    """The actors of a sentence's main subject, else of the last list it names."""
    tags = parts_of_speech(sent)  # read off the parse's array once
    names = [t for t, pos in zip(sent, tags, strict=True) if pos == "PROPN"]
    listing = heads_with_child(sent, "conj")  # the words with a conjunct, read once a Doc
    coordinated = [t for t in names if t.i in listing]
    _note_list(names, coordinated, resolver)
    noted = False
    resolver.subject_before = ()
    # not a relative clause's aside: "the South China Sea, which Vietnam calls the East Sea"
    subjects = [
        t
        for t, pos in zip(sent, tags, strict=True)
        if t.dep_ in SUBJECT_DEPS and pos != "PRON" and t.head.dep_ != "relcl"
    ]
    # the main clause's subject first: "The members recalled the need for the Government of
    # Haiti to act. They urged ...": the members
    root = sent.root
    for subject in sorted(subjects, key=lambda t: t.head == root, reverse=True):
        actors = [actor for actor, _ in holders(subject, frame, resolver) if actor.type != "person"]
        if actors:
            resolver.last_subjects = tuple(actors)
            noted = True
            if subject.head == root:
                resolver.subject_before = tuple(actors)
                return
    if noted:
        return
    if any(unnamed_side(t) for t in subjects):
        # "... the other party does not have a real will to stop the war. They obstructed ...":
        # "they" is that side, not the actors named before it
        resolver.last_subjects = ()
        return
    # no actor subject ("The architecture ... is under attack from the United States, Britain
    # and the EU. They want ..."): the last list of actors the sentence names
    for head in reversed(coordinated):
        actors = list(
            {a.id: a for t in [head, *conjuncts(head)] if (a := resolver.resolve(t)) and a.type != "person"}.values()
        )
        if len(actors) >= 2:
            resolver.last_subjects = tuple(actors)
            return


def _note_list(names: list[Token], coordinated: list[Token], resolver: Resolver) -> None:
    """Remember the last list of actors a sentence names (`names`: its proper nouns, those of
    them with conjuncts `coordinated`), for "the three countries"."""
    lists = [
        found
        for t in coordinated
        if t.dep_ != "conj"
        for found in [_actor_list(t, resolver)]
        if len(found) >= 2
    ]
    if lists:
        resolver.last_list = tuple(lists[-1])
    elif len(named := _named_states(names, resolver)) >= 2 and {a.id for a in named} != {
        a.id for a in resolver.last_list
    }:
        # "... with Albania and North Macedonia. Bulgaria will maintain its veto against North
        # Macedonia. Although both countries signed ...": which two is no longer clear
        resolver.last_list = ()


def _note_subject_person(sent: Span, frame: Frame, resolver: Resolver) -> None:
    """The person a sentence's main clause is about ("Díaz-Canel recalled that ... Trump ..."):
    its subject when that names a person; for "he", the person named before it, else the one it
    kept; a quote's own subject keeps it too ("“We discussed ...": still whoever the text spoke
    of); any other subject leaves nobody."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in {"he", "she"}:
        # "While Erdogan did not ..., he said": the person named before it, else the one it kept
        resolver.subject_person = person_named_before(subject, resolver, frame.quoted) or resolver.subject_person
        return
    if subject is not None and subject.i in frame.quoted:
        return
    found = resolver.resolve(subject) if subject is not None and subject.pos_ == "PROPN" else None
    resolver.subject_person = found if found is not None and found.type == "person" else None


def _named_states(names: list[Token], resolver: Resolver) -> tuple[Resolved, ...]:
    """The distinct states a sentence's proper nouns (`names`, in order) name by name, in order
    (the lexicon's names only)."""
    found: dict[str, Resolved] = {}
    for token in names:
        if token.dep_ not in {"compound", "flat"}:
            actor = resolver.gazetteer.find(resolver.name_span(token).text)
            if actor is not None and actor.type == "state":
                found.setdefault(actor.id, resolver.actor(actor))
    return tuple(found.values())


def _actor_list(head: Token, resolver: Resolver) -> list[Resolved]:
    """The distinct actors (not persons) a coordinated list names."""
    found: dict[str, Resolved] = {}
    for member in [head, *conjuncts(head)]:
        actor = resolver.resolve(member)
        if actor is not None and actor.type != "person":
            found.setdefault(actor.id, actor)
    return list(found.values())


def note_meeting(meetings: list[Found], resolver: Resolver) -> None:
    """Remember the two people a sentence says met ("India's S. Jaishankar and China's Wang Yi met
    in Moscow"), for a later "the foreign ministers", "both sides" or "they"; a sentence of more
    people than two, or of none, changes nothing."""
    pairs = {
        frozenset((found.holder.id, found.target.actor.id)): (found.holder, found.target.actor)
        for found in meetings
        if found.holder.type == "person" and found.target.actor is not None and found.target.actor.type == "person"
    }
    if len(pairs) == 1 and len(next(iter(pairs))) == 2:
        resolver.meeting_sides = next(iter(pairs.values()))
        # "Xi met Lula in Beijing. They agreed to ...": the two sides, each for the state they serve
        resolver.last_subjects = meeting_pair(resolver) or resolver.last_subjects
