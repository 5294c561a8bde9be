"""One stance cue with its object -> stances: the relation (`cue_relation`), the holders,
the targets, then each holder with each target.

The verb rules (`verbs.py`) find a cue and its object; `read_cue` reads them. Negation and
mood are read by `cue_relation.py`; requested clauses state nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words as word_list
from ..aims import served_acts
from ..arguments import (
    Target, added_targets, clause_target, doers, phrase, pointed_back, predicate_target, possessed_after, put_forward,
    targets,
)
from ..phrases import gerund_doer, phrase_span
from ..wording import tidy
from ..context.frame import Frame, narrated
from ..context.holders import holders
from ..context.noun_holders import noun_holder
from ..context.subjects import conjuncts, subject_of
from ..cues import Cue
from ..found import Found, actor_relation
from ..listing import act_members
from ..moods import LACK_NOUNS, negated, purpose
from ..referents import warned_party
from .adjectives import CONCERN
from .asked import asked_action, asked_of_another
from .averting import averted, averted_members, averting
from .cue_relation import ABANDON, cue_relation

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of recognition: recognising an actor grants its recognition (ontology/phrases.toml).
RECOGNISING = word_list("phrases", "recognising")
# Criticism verbs that also name physical acts: criticism only of an actor.
_PHYSICAL = frozenset({"attack", "strike", "hit", "bash", "lash", "fight"})
# Verbs whose "of"-phrase is the charge, not part of the accused ("accused the US of hyping").
_CHARGING = frozenset({"accuse", "charge", "suspect", "convict"})
# Relations whose target is an issue, never an actor ("proposes the Biden regime" is a misparse).
_ISSUE_ONLY = frozenset({"proposes", "demands"})
# Relations whose endorsed act stands for the aims it serves (`aims.served_acts`).
_AIMED = frozenset({"supports", "demands", "proposes"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# The longest list of those asked to act that a demand's target names whole.
_MAX_ADDRESSEE_WORDS = 12
# Relations that are themselves asked along ("urged the US to press Israel for a ceasefire").
_ASKED_ON = frozenset({"demands", "proposes", "warns"})


def read_cue(
    token: Token,
    cue: Cue,
    obj: Token,
    frame: Frame,
    resolver: Resolver,
    rule: str,
    confidence: float,
) -> Iterator[Found]:
    """The stances of one cue and its object: the relation, the holders, the targets, then
    each holder with each target."""
    decided = cue_relation(token, cue, obj)
    if decided is None:
        return
    relation, was_negated = decided
    found_holders = _cue_holders(token, obj, frame, resolver)
    if found_holders is None or relation not in _ASKED_ON and asked_of_another(token, frame, resolver):
        return  # "We urge the US to abide by X": the act asked is the demand's, no stance of its own
    obj, addressee = asked_action(token, obj, relation)
    if _states_nothing(obj, relation):
        return
    found_targets = _cue_targets(token, cue, obj, addressee, relation, was_negated, resolver)
    kept_from = _kept_from(token, obj, relation)
    if kept_from is not None:
        relation, found_targets = "opposes", [kept_from]
    relation, found_targets = _lack_of(obj, relation, found_targets, resolver)
    found = averted(obj, relation, resolver)
    if found:
        relation, found_targets = "opposes", found
    stances = [(relation, t) for t in found_targets]
    stances += [("opposes", t) for t in averted_members(obj, relation, resolver)]
    if relation == "demands" and obj.pos_ == "NOUN":
        yield from _measures_against(token, obj, found_holders, resolver, confidence)
    asked_of = resolver.resolve(addressee) if addressee is not None else None
    for holder, how in found_holders:
        if asked_of is not None and asked_of.id == holder.id:
            continue  # "They urged Tehran to restore access": no one demands of themselves
        for stance, target in stances:
            if _kept(holder, target, cue):
                yield Found(
                    holder,
                    actor_relation(stance, target),
                    target,
                    token,
                    f"{rule}/{how}",
                    confidence - (0.1 if how in {"speaker", "pronoun", "owner"} else 0),
                    was_negated,
                )


def _agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" agent."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _cue_holders(token: Token, obj: Token, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]] | None:
    """Who holds a cue's stance: the subject, a passive's agent ("militias that are backed by Iran"),
    the noun a participle modifies, else the actor the speaker talks for; None when a passive names no agent."""
    subject = subject_of(token) or gerund_doer(token)
    if obj.dep_ == "nsubjpass" and obj.head.i == token.i:  # not "called for the hostages to be freed"
        subject = _agent(token)
        if subject is None:
            return None
    if token.dep_ in {"acl", "amod"} and token.tag_ == "VBN" or token.dep_ == "relcl" and _agent(token) is not None:
        subject = _agent(token)
    found_holders = holders(subject, frame, resolver) or _issuer(token, subject, frame, resolver)
    if token.dep_ == "acl" and token.tag_ == "VBG" and subject is None:
        # "reactionary countries seeking to impose ...": the noun a participle modifies acts
        return holders(token.head, frame, resolver)
    if (
        not found_holders
        and (subject is None and _clause_dep(token) not in {"acl", "amod", "relcl"} or purpose(token))
        and frame.behalf is not None
        and frame.voice_of(token) != "author"
        and not narrated(token, frame)  # "Bathily called on the parties to “engage ...”": not the speaker's verb
        and not _others_commitment(token, frame, resolver)
    ):
        return [(frame.behalf, "speaker")]
    return found_holders


def _others_commitment(token: Token, frame: Frame, resolver: Resolver) -> bool:
    """Whether a gerund after a preposition is the act of another side that its governing verb
    names: "the commitments reaffirmed by the US leaders to not supporting X" are the US's, not
    the speaker's stance on X."""
    if token.dep_ != "pcomp" or token.head.dep_ != "prep" or token.head.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = token.head.head
    doer = _agent(verb) or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = holders(doer, frame, resolver)
    return bool(found) and frame.behalf is not None and all(a.id != frame.behalf.id for a, _ in found)


# Documents that speak for whoever issued them: "the Russian resolution called for a ceasefire".
_DOCUMENTS = frozenset(
    "resolution draft text statement communique communiqué declaration letter bill motion proposal plan".split()
)


def _issuer(token: Token, subject: Token | None, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """Who a document subject speaks for: "The Russian resolution, which called for a humanitarian
    ceasefire" is Russia's call; "the Chilean draft condemns X" is Chile's."""
    if subject is not None and subject.lower_ in {"which", "that"} and token.dep_ == "relcl":
        subject = token.head
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in _DOCUMENTS:
        return []
    issuer, _ = noun_holder(subject, frame, resolver)
    if issuer is None:
        named = next((c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        issuer = resolver.resolve(named) if named is not None else None
    return [(issuer, "document")] if issuer is not None and issuer.type != "person" else []


def _clause_dep(token: Token) -> str:
    """The dependency of a coordinated predicate's first conjunct ("attempts to make Moldova a
    bridgehead and to force it to choose": both are the noun's clauses), through the verbs it
    completes ("its attempts to continue destabilizing Moldova": the noun's clause too)."""
    while token.dep_ in {"conj", "xcomp"} and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head
    return token.dep_


def _states_nothing(obj: Token, relation: str) -> bool:
    """Whether the object is an act negated (other than one demanded or proposed) or a surmise."""
    if obj.pos_ in {"VERB", "AUX"} and negated(obj) and relation not in {"demands", "proposes"}:
        return True
    # "Moscow suggests that the West may try ...": a surmise, not a proposal
    return (
        relation == "proposes"
        and obj.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could", "would", "will", "can"} for c in obj.children)
    )


def _cue_targets(
    token: Token, cue: Cue, obj: Token, addressee: Token | None, relation: str, was_negated: bool, resolver: Resolver
) -> list[Target]:
    """What a cue's stance is about: the acts asked for, or the object's targets."""
    if obj.pos_ in {"VERB", "AUX"}:
        found_targets = _act_targets(obj, addressee, relation, resolver)
    else:
        found = [_recognition(t, token) for t in targets(obj, resolver)] if cue.words in RECOGNISING else targets(obj, resolver)
        found = [put_forward(t, token) for t in found] if relation == "supports" else found
        found_targets = [t for t in found if t.actor is None or relation not in _ISSUE_ONLY]
    if was_negated and cue.words in {"allow", "permit", "tolerate", "let"}:
        # "We will not allow foreign-funded groups to stage a revolution": what is not allowed
        allowed = next((c for c in token.children if c.dep_ in {"xcomp", "ccomp"}), None)
        if allowed is not None and obj.i < allowed.i:
            act = clause_target(allowed, resolver)
            found_targets = (
                [Target(f"{phrase(obj)} {act.text}", head=allowed.text)] if act is not None else found_targets
            )
    if was_negated and cue.words in ABANDON:
        found_targets = [t for t in [predicate_target(token)] if t is not None]  # "give up its nuclear weapons"
    if relation == "criticizes":
        found_targets = [_accusation(t) if cue.words in _CHARGING else t for t in found_targets]
        if cue.words not in _PHYSICAL and all(t.actor is None for t in found_targets):
            found_targets += doers(obj, resolver)  # "condemned Russia's attacks": Russia too
    if relation == "supports" and any(t.actor is not None for t in found_targets):
        found_targets += _helped_in(token)
    warned = warned_party(obj) if relation == "warns" and obj.pos_ in {"VERB", "AUX"} else None
    if warned is not None:
        found_targets = targets(warned, resolver)  # "warned that they could be held responsible"
    return found_targets + added_targets(token, resolver) + possessed_after(obj, resolver)


def _recognition(target: Target, verb: Token) -> Target:
    """What recognising an actor grants: its recognition ("Ethiopia would recognise Somaliland as
    an independent nation" supports the recognition of Somaliland as one, and refusing it opposes
    the recognition, not the actor); an issue is left as it is ("recognises the one-China principle")."""
    if target.actor is None:
        return target
    role = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"), None)
    said_as = f" as {phrase(role)}" if role is not None and phrase(role) else ""
    return Target(f"recognition of {target.text}{said_as}", head="recognition")


def _helped_in(verb: Token) -> list[Target]:
    """ "supports Serbia in maintaining its sovereignty": what the actor is backed in doing is
    supported too."""
    return [
        t
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
        for t in [predicate_target(g)]
        if t is not None
    ]


def _act_targets(obj: Token, addressee: Token | None, relation: str, resolver: Resolver) -> list[Target]:
    """The acts a verb object names: "to recognise ... and to curtail all contacts", each
    infinitive asked for; who is to act belongs to a demand ("call on the Western bloc to halt
    its expansion"); an act endorsed that is only a means stands for its aims (`aims.served_acts`:
    "committed to working with all UN Member States to strengthen the roles of ...")."""
    listed = [m for m in act_members(obj)[1:] if not _comment(m)]  # "to respect X, investigate Y and not repeat Z"
    asked = [obj] + [c for c in listed if c.pos_ == "VERB" and (addressee or _same_act_form(obj, c))]
    if relation == "supports" and not averting(obj):
        asked = [v for v in asked if v.i == obj.i or not averting(v)]  # read by averting.averted_members
    served = [a for v in asked for a in served_acts(v)] if relation in _AIMED else asked
    acts = [(v, _clause_or_act(v, relation, resolver)) for v in served if v.pos_ in {"VERB", "AUX"}]
    if addressee is not None and served == asked:
        acts = [(v, _with_purpose(v, t)) for v, t in acts]
    acts = [(v, pointed_back(v, t)) for v, t in acts]
    found_targets = [
        Target(("not " if negated(v) and " not " not in f" {t.text} " else "") + t.text, head=t.head)
        for v, t in acts
        if t is not None
    ] + [t for n in served if n.pos_ == "NOUN" for t in targets(n, resolver) if t.actor is None]
    if addressee is not None:
        found_targets = [Target(f"{_addressees(addressee)} {t.text}", head=t.head) for t in found_targets]
    return found_targets


def _comment(member: Token) -> bool:
    """Whether a participle after a comma, with no "and" or "or" to list it, is the writer's
    comment on the act, not another act ("refrained from offering an apology, underscoring the
    tensions"; but "halting the strikes, lifting the siege and opening talks" lists three)."""
    return (
        member.tag_ == "VBG"
        and member.i > 0
        and member.doc[member.i - 1].lower_ == ","
        and not any(c.dep_ == "cc" for c in member.children)
        and not any(c.dep_ == "cc" and c.i < member.i for c in member.head.children)
    )


def _addressees(addressee: Token) -> str:
    """The words of those asked to act, the whole list of them ("invited both the army and the
    RSF to join talks": "the army and the RSF join talks", not the first alone); the first one's
    phrase where the list runs long."""
    listed = conjuncts(addressee)
    if not listed:
        return phrase(addressee)
    doc, first = addressee.doc, phrase_span(addressee)
    end = max(phrase_span(c).end for c in listed)
    start = first.start + (1 if doc[first.start].lower_ in {"both", "all"} and doc[first.start].i != addressee.i else 0)
    return tidy(doc[start:end].text) if end - start <= _MAX_ADDRESSEE_WORDS else phrase(addressee)


def _same_act_form(first: Token, member: Token) -> bool:
    """Whether a predicate coordinated with an endorsed act is another act of the same list
    ("committed to uphold the accord and play a role in ..."), not a clause of its own."""
    forms = {first.tag_, member.tag_}
    return (len(forms) == 1 or forms == {"VB", "VBP"}) and not any(c.dep_ in _SUBJECTS for c in member.children)


def _with_purpose(act: Token, target: Target | None) -> Target | None:
    """An asked act with the purpose it is for, when the act alone says little (no object of
    its own): "urged countries to come together *to reach a final deal*", "to act *to protect
    the fishermen*"."""
    if any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp"} for c in act.children):
        return target
    purpose = next(
        (
            c
            for c in act.children
            if c.dep_ == "advcl" and c.tag_ == "VB" and c.i > act.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    done = predicate_target(purpose) if purpose is not None else None
    if done is None or target is not None and done.text in target.text:
        return target  # the clause target kept its purpose (`arguments.clause_target`)
    return Target(f"{target.text if target is not None else act.text} to {done.text}", head=act.text)


def _clause_or_act(verb: Token, relation: str, resolver: Resolver) -> Target | None:
    """A clause as a target; a warning about what the holder itself will do ("Russia has
    warned that it will take countermeasures") is the act alone."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if relation == "warns" and subject is not None and subject.pos_ == "PRON":
        return predicate_target(verb) or Target(verb.lemma_.lower(), head=verb.text)  # "it would retaliate"
    return clause_target(verb, resolver)


def _kept_from(token: Token, obj: Token, relation: str) -> Target | None:
    """ "prevent the three European countries from invoking the snapback mechanism", "stopped Peru
    from building the dam": what is opposed is the act kept from, with who would do it."""
    if relation not in {"opposes", "criticizes"} or obj.dep_ not in {"dobj", "obj"}:
        return None
    act = next(
        (
            p
            for c in (*token.children, *obj.children)
            if c.dep_ == "prep" and c.lower_ == "from" and c.i > obj.i
            for p in c.children
            if p.dep_ == "pcomp" and p.tag_ == "VBG"
        ),
        None,
    )
    done = predicate_target(act) if act is not None else None
    return Target(f"{phrase(obj)} {done.text}", head=done.head) if done is not None else None


def _lack_of(obj: Token, relation: str, found_targets: list[Target], resolver: Resolver) -> tuple[str, list[Target]]:
    """ "regretted the lack of a debate": against the lack, for the debate."""
    if relation in {"opposes", "supports"} and obj.lemma_.lower() in LACK_NOUNS:  # opposing "the lack of X" supports X
        missing = _prep_targets(obj, "of", resolver)
        if missing:
            return ("supports" if relation == "opposes" else "opposes"), missing
    return relation, found_targets


def _prep_targets(noun: Token, preposition: str, resolver: Resolver) -> list[Target]:
    """The targets a noun's prepositional phrase names: "the lack *of a debate*"."""
    return [
        t
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == preposition
        for p in c.children
        if p.dep_ == "pobj"
        for t in targets(p, resolver)
    ]


def _measures_against(
    token: Token, obj: Token, found_holders: list[tuple[Resolved, str]], resolver: Resolver, confidence: float
) -> Iterator[Found]:
    """ "called for tougher action against the IRGC": who demands measures against X criticizes X."""
    against = [t for t in _prep_targets(obj, "against", resolver) if t.actor is not None]
    for holder, how in found_holders:
        for target in against:
            if target.actor is not None and target.actor.id != holder.id:
                yield Found(holder, "criticizes", target, token, f"measures_against/{how}", confidence - 0.1)


def _accusation(target: Target) -> Target:
    """ "accused the allies of hyping up tensions": the accused, without the charge."""
    if target.actor is None and " of " in target.text:
        return Target(target.text.split(" of ", 1)[0])
    return target


def _kept(holder: Resolved, target: Target, cue: Cue) -> bool:
    """Whether a holder's stance on a target is one: not on itself, not concern, not an act."""
    if target.actor is not None and target.actor.id == holder.id:
        return False
    if target.actor is not None and any(word in cue.words for word in CONCERN):
        return False  # "worried about Ukraine" is concern for it, not opposition
    # "the Houthis attacked commercial vessels": an act, not a criticism
    return not (cue.words in _PHYSICAL and target.actor is None)
