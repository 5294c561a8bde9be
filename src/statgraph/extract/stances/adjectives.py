"""Stances carried by adjectives: "<target> is unacceptable", "an unacceptable demand",
"opposed to X", "concerned about X". The holder is the speaker's side, or the subject the
adjective is predicated of when it takes an object.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ..arguments import Target, clause_target, doers, make_target, phrase, targets
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import subject_of
from ..cues import Cue, Lexicon
from ..found import Found, actor_relation
from ..moods import irrealis, negated
from ..referents import clause_referent
from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Token


# Heads that an evaluative adjective can condemn: actions, policies, events.
ACTION_NOUNS = frozenset(
    "policy policies course approach move moves step steps action actions activity "
    "activities manoeuvres maneuvers exercises drills rhetoric behaviour behavior "
    "expansion buildup build-up deployment presence interference campaign attack attacks "
    "strikes war aggression sanctions demands claims statements accusations plans "
    "ambitions stance position attempts efforts measures decision decisions".split()
)
# Acts whose refusal is no stance: "was not prepared to comment".
_SPEECH = words("speech", "reporting_verbs") | frozenset({"comment", "elaborate", "speculate", "specify"})
# Prepositions that complete a stance adjective ("committed to", "ready for", "opposed to").
_ADJECTIVE_PREPS = frozenset(
    {"to", "for", "about", "in", "against", "toward", "towards", "on", "by", "over", "at", "of"}
)
# Adjectives whose prepositional object is what the subject stands for ("committed to X").
_TAKES_OBJECT = frozenset(
    "committed ready open opposed hostile interested devoted dedicated loyal willing eager "
    "keen averse resistant concerned worried supportive friendly sympathetic favourable "
    "favorable wary skeptical sceptical suspicious distrustful".split()
)
# Adjectives of distrust: "wary of X" opposes X; "not wary of X" states nothing.
_WARY = frozenset("wary skeptical sceptical suspicious distrustful".split())
# Adjectives whose negation is a rejection ("Europe as a partner is not relevant for us").
_ACCEPTABLE = frozenset("relevant acceptable legitimate appropriate valid useful welcome possible admissible".split())
_NOT_ACTIONS = frozenset(
    "nation organization organisation population federation administration delegation "
    "foundation station situation relation government parliament department element "
    "moment instrument sentence science conference audience culture nature future "
    "structure literature agriculture".split()
)


CONCERN = frozenset({"concerned", "worried", "anxious", "nervous"})


def adjective_stances(token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The stances an adjective cue states: over its own object, held by the subject ("committed
    to X"), or as the speaker's judgement of what it describes ("X is unacceptable")."""
    if lemma in lexicon.listed("supports", "hope_adjectives"):
        yield from _hoped(token, frame, resolver)
        return
    cues = lexicon.adjectives.get(lemma) or lexicon.adjectives.get(token.lower_) or []
    if not cues:
        return
    cue = _necessity(token, cues) if token.dep_ in {"acomp", "attr"} else cues[0]
    obj = _adjective_object(token)
    if obj is not None and lemma in _TAKES_OBJECT and token.dep_ in {"acomp", "ROOT", "amod", "xcomp"}:
        if cue.relation == "supports" and obj.dep_ == "pcomp" and lexicon.speaks(obj):
            return  # "committed to fighting ISIS": the inner cue speaks (opposes ISIS)
        yield from _object_stances(token, lemma, cue, obj, frame, resolver)
        return
    if obj is None and lemma in lexicon.listed("supports", "disposition_adjectives"):
        yield from _disposition(token, frame, resolver, lexicon)
        return
    judge = frame.behalf if frame.voice_of(token) != "author" else None
    if judge is None or lemma in _TAKES_OBJECT:
        return  # "the leadership is ready to sacrifice ...": its disposition, not the speaker's judgement
    if token.dep_ in {"acomp", "attr"}:
        yield from _predicate_judgement(token, lemma, cue, judge, resolver)
    # "a reckless expansion": an evaluative modifier of the target
    elif (
        token.dep_ == "amod"
        and cue.relation in {"opposes", "criticizes"}
        and token.head.pos_ == "NOUN"
        and _is_action(token.head)
    ):
        judged = _judged_noun(token.head)
        if judged is None:
            return
        target = make_target(judged, resolver)
        if target is not None:
            yield Found(judge, actor_relation(cue.relation, target), target, token, "adjective_modifier", 0.5)


def _necessity(token: Token, cues: list[Cue]) -> Cue:
    """ "It is necessary to resume talks", "it is essential that Peru withdraw its troops": an
    adjective of both value and need, said of the clause an "it" stands for, asks for it (where
    "resuming talks is necessary" values the talks, and "it is important that ..." is left alone)."""
    demand = next((c for c in cues if c.relation == "demands"), None)
    subject = subject_of(token.head)
    if demand is None or subject is None or subject.lower_ != "it":
        return cues[0]
    return demand if extraposed(token.head, infinitive=True) is not None else cues[0]


def _judged_noun(noun: Token) -> Token | None:
    """What "an unacceptable posture" judges: the noun, or the subject it is said of ("the move was
    an irrational posture": the move); None for a negated copula."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be":
        return noun
    subject = subject_of(noun.head)
    return subject if subject is not None and not negated(noun.head) and subject.pos_ in {"NOUN", "PROPN"} else None


def _disposition(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Ukraine is ready to hold a dialogue with Russia": the subject supports the act it is
    disposed to do; "is not ready to capitulate" rejects it. An inner cue speaks for itself
    ("ready to support X"), and a hostile act one is ready for is a warning (threats.py)."""
    act = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    verb = token.head if token.dep_ == "acomp" else token
    if act is None or irrealis(verb) or irrealis(act):
        return
    inner = act.lemma_.lower()
    if lexicon.verbs.get(inner) or lexicon.phrasal.get(inner) or inner in lexicon.threat_verbs:
        return
    relation = "rejects" if negated(verb) or negated(token) else "supports"
    if relation == "supports" and inner in lexicon.listed("proposes", "offered_acts"):
        relation = "proposes"  # "ready to assist Myanmar", "willing to mediate": an offer
    acts = [
        v
        for v in [act, *(c for c in act.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        if any(c.dep_ in {"dobj", "obj", "prep", "xcomp", "ccomp", "dative", "prt"} for c in v.children)
        or relation == "rejects" and v.lemma_.lower() not in _SPEECH
    ]  # "willing to closely communicate" alone names nothing; "not ready to capitulate" refuses it
    found_targets = [t for v in acts if (t := clause_target(v, resolver) or _bare_act(v, relation)) is not None]
    for holder, how in holders(subject_of(verb), frame, resolver):
        for target in found_targets:
            yield Found(holder, relation, target, token, f"disposition/{how}", 0.6)


def _bare_act(act: Token, relation: str) -> Target | None:
    """An act refused with no complement, named by its verb alone: "not ready to capitulate"."""
    if relation != "rejects" or any(c.dep_ not in {"aux", "advmod", "neg", "punct"} for c in act.children):
        return None
    return Target(act.text, head=act.text)


def _hoped(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Prime Ministers hopeful Moldova will start EU accession negotiations", "was hopeful that
    talks would resume": the subject supports what it hopes for; a hope that something will not
    happen ("hopeful that this wouldn't be a reason for delays") names no act."""
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
    verb = token.head if token.dep_ == "acomp" else token
    if clause is None or negated(clause) or negated(verb) or irrealis(verb):
        return
    target = clause_target(clause, resolver)
    subject = subject_of(verb) if token.dep_ == "acomp" else token.head if token.dep_ == "amod" else subject_of(token)
    if target is None or subject is None:
        return
    for holder, how in holders(subject, frame, resolver):
        yield Found(holder, "supports", target, token, f"hopeful/{how}", 0.6)


def _adjective_object(token: Token) -> Token | None:
    """ "committed to X", "ready for X": the adjective's own object."""
    return next(
        (
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in _ADJECTIVE_PREPS
            for g in c.children
            if g.dep_ in {"pobj", "pcomp"}
        ),
        None,
    )


def _object_stances(
    token: Token, lemma: str, cue: Cue, obj: Token, frame: Frame, resolver: Resolver
) -> Iterator[Found]:
    """ "committed to X": the subject holds the stance on the adjective's object."""
    subject = subject_of(token.head if token.dep_ == "acomp" else token)
    relation = cue.relation
    if negated(token.head) or negated(token):
        if lemma in _WARY:
            return  # "not wary of Uganda" is no support of it
        # "Russia has never been opposed to Moldova's cooperation with the EU"
        relation = "supports" if cue.relation == "opposes" else cue.negated
        if not relation:
            return
    for holder, how in holders(subject, frame, resolver):
        for target in targets(obj, resolver):
            if target.actor is not None and lemma in CONCERN:
                continue  # "worried about Ukraine" is concern for it, not opposition
            yield Found(holder, relation, target, token, f"adjective_object/{how}", 0.7)


def _predicate_judgement(token: Token, lemma: str, cue: Cue, judge: Resolved, resolver: Resolver) -> Iterator[Found]:
    """ "X is unacceptable": the speaker's evaluation of the subject; "it is unacceptable that X",
    "it is regrettable for X to do Y": a condemnation of the clause it anticipates."""
    subject = subject_of(token.head)
    refused = negated(token.head) or negated(token)
    relation = "rejects" if refused and lemma in _ACCEPTABLE else cue.relation
    it = subject is not None and subject.lower_ == "it"
    # "it is imperative to restore X" asks X; "it is impossible to develop relations as if ..." rejects nothing
    clause = extraposed(token.head, infinitive=cue.relation == "demands") if it else None
    if clause is not None and cue.relation == "supports":
        return  # "it is important that X": readers take it for a demand as often as for support
    if clause is not None and not refused:
        target = clause_target(clause, resolver)
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause.dep_ == "advcl" else None
        if target is not None and doer is not None and not target.text.startswith(phrase(doer)):
            target = Target(f"{phrase(doer)} {target.text}", head=target.head)  # "for Peru to withdraw"
        if target is not None:
            yield Found(judge, relation, target, token, "adjective_extraposed", 0.5)
        return
    if subject is not None and (not refused or relation == "rejects"):
        found = targets(subject, resolver)
        if cue.relation != "supports" and (acts := clause_referent(token.head)):
            found = [t for a in acts if (t := clause_target(a, resolver)) is not None]  # ", which is unacceptable"
        if relation in {"opposes", "criticizes"} and _is_action(subject):
            found += _deed_doers(subject, resolver)  # "this action taken by India is unreasonable": India too
        for target in found:
            if target.actor is None or target.actor.id != judge.id:
                yield Found(judge, actor_relation(relation, target), target, token, "adjective_predicate", 0.55)


def _deed_doers(deed: Token, resolver: Resolver) -> list[Target]:
    """Who did a deed condemned: its possessor or "by"-agent ("India's move", "the strikes by X"),
    or the agent of a participle ("the action taken by India", "the measures announced by X")."""
    found = doers(deed, resolver)
    for child in deed.children:
        agent = next((c for c in child.children if c.dep_ == "agent"), None) if child.dep_ == "acl" else None
        for pobj in (c for c in agent.children if c.dep_ == "pobj") if agent is not None else ():
            actor = resolver.resolve(pobj)
            if actor is not None and all(t.actor is None or t.actor.id != actor.id for t in found):
                found.append(Target(actor.label, actor))
    return found


def extraposed(copula: Token, *, infinitive: bool = False) -> Token | None:
    """The clause an "it" subject stands for: "it is regrettable *that ships continue*", "it is
    unacceptable *for ships to enter*", and with `infinitive`, "it is imperative *to restore the
    ceasefire*"."""
    for child in copula.children:
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if child.dep_ == "ccomp" and "that" in marks or child.dep_ == "advcl" and "for" in marks:
            return child if child.pos_ in {"VERB", "AUX"} else None
        if infinitive and child.dep_ == "xcomp" and child.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return child
    return None


def _is_action(token: Token) -> bool:
    """A noun for an action, policy or event (what an evaluative adjective can condemn)."""
    lemma = token.lemma_.lower()
    return (
        lemma in ACTION_NOUNS
        or token.lower_ in ACTION_NOUNS
        or (lemma.endswith(("tion", "sion", "ment", "ance", "ence", "ism", "ure")) and lemma not in _NOT_ACTIONS)
    )
