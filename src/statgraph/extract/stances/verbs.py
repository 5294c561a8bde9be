"""Stances carried by verbs and adjectives: supports, opposes, rejects, criticizes,
demands, proposes, warns, cooperates_with.

Cues are verbs ("Russia opposes X"), phrasal verbs ("calls for X") and adjectives ("X is
unacceptable", "a reckless expansion"), from ontology/cues.toml. Negation turns a cue into
its `negated` relation or drops it; hypothetical and requested clauses state nothing.
Noun cues are in `nouns.py`, sentence-level patterns in `clauses.py`.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import TIE_NOUNS, Target, added_targets, clause_target, phrase, predicate_target, targets
from ..context.frame import Frame
from ..context.holders import holders, subject_of
from ..cues import Cue, Lexicon
from ..found import Found, actor_relation
from ..moods import (
    WISHES,
    asserts,
    denied,
    gerund_subject,
    irrealis,
    negated,
    others_act,
    purpose,
)
from ..registry import Context, extractor
from .adjectives import CONCERN, adjective_stances

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_TARGET_PREPS = frozenset({"for", "on", "to", "against", "about", "of", "with", "in", "towards", "toward", "at"})
# Support verbs whose negation is opposition ("does not accept"); others just drop.
# Nouns of absence: opposing "the lack of X" supports X.
_LACK = frozenset({"lack", "absence", "shortage", "dearth"})
# Criticism verbs that also name physical acts: criticism only of an actor.
_PHYSICAL = frozenset({"attack", "strike", "hit", "bash", "lash", "fight"})
_FLIPPABLE = frozenset(
    "support back accept endorse welcome approve recognise recognize agree favor favour heed".split()
)
# Verbs whose negation is a refusal: "Russia isn't seeking confrontation" rejects it.
# Verbs whose "of"-phrase is the charge, not part of the accused ("accused the US of hyping").
_CHARGING = frozenset({"accuse", "charge", "suspect", "convict"})
_REFUSALS = frozenset({"seek", "want", "accept", "tolerate", "recognise", "recognize", "allow"})
# Cues too common to trust in the author's own voice ("the empire will need to concede").
_WEAK = frozenset({"need", "want", "hope", "wish", "wait"})
# Relations whose target is an issue, never an actor ("proposes the Biden regime" is a misparse).
_BARE_FRAMES = words("speech", "bare_frames")  # "said", "told": a frame, no stance
_ISSUE_ONLY = frozenset({"proposes", "demands"})


@extractor
def find_stances(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the stances that the verbs and adjectives of a sentence state."""
    frame, resolver, lexicon = context.frame, context.resolver, context.lexicon
    for token in sent:
        if token.i in frame.frame_tokens and token.lemma_.lower() in _BARE_FRAMES:
            continue
        lemma = token.lemma_.lower()
        if token.pos_ in {"VERB", "AUX"}:
            yield from _verb_stances(token, lemma, frame, resolver, lexicon)
        elif token.pos_ == "ADJ":
            yield from adjective_stances(token, lemma, frame, resolver, lexicon)


def _apply_negation(cue: Cue, token: Token) -> tuple[str, bool] | None:
    """The relation a cue gives, negation applied: only plain support verbs flip."""
    if not negated(token):
        return cue.relation, False
    if cue.words in _ABANDON:
        return "rejects", True  # "would never give up its nuclear weapons" rejects giving them up
    if cue.kind == "verb" and cue.words in _REFUSALS:
        return "rejects", True  # "isn't seeking confrontation", "will never accept"
    flips = cue.negated and (cue.kind != "verb" or cue.words in _FLIPPABLE)
    return (cue.negated, True) if flips else None


def _verb_stances(token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The stances of one verb: a phrasal cue first ("call for X", "stand up for X", "be against
    X"), else the verb's own first cue, unless an inner verb or the author speaks."""
    handled = yield from _phrasal_stances(token, lemma, frame, resolver, lexicon)
    if handled or _defers(token, lemma, frame, resolver, lexicon):
        return
    own = lexicon.verb_cues(lemma)
    if not own and lemma in lexicon.own_side_verbs:
        yield from _own_side(token, lemma, frame, resolver)
        return
    for cue in own[:1]:
        yield from _verb_cue_stances(token, cue, frame, resolver, lexicon)


def _phrasal_stances(
    token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon
) -> Generator[Found, None, bool]:
    """The stance of a verb's phrasal cue; returns whether one had its object (and spoke)."""
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    for cue in lexicon.phrasal.get(lemma, []):
        if particles - set(cue.particle.split()):
            continue  # "standing in for Wang Yi" is no standing for him
        obj = _particle_object(token, cue.particle)
        if (
            obj is not None
            and cue.relation == "rejects"
            and cue.particle.split()[-1] in {"of", "from"}
            and any(c.dep_ in {"dobj", "obj"} for c in token.children)
        ):
            continue  # "pull chestnuts out of the fire" is no pulling out of anything
        if obj is not None:
            if cue.words in lexicon.object_bound and not _proposal_object(obj, lexicon):
                return True
            yield from _emit(token, cue, obj, frame, resolver, "phrasal_verb", 0.8)
            return True
    return False


def _defers(token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> bool:
    """Whether a verb leaves the stance to others: the author's musing, or an inner cue."""
    if (
        lemma in _WEAK
        and frame.voice_of(token) == "author"
        and (lemma == "need" or not holders(subject_of(token), frame, resolver))
    ):
        return True  # "the empire will need to concede" is the author's musing; "MBS wants X" is his stance
    # "agreed to back Sweden's bid", "trying to contain Russia": the inner cue speaks
    inner = next((c for c in token.children if c.dep_ == "xcomp"), None)
    own = lexicon.verb_cues(lemma)
    return (
        inner is not None
        and bool(lexicon.verbs.get(inner.lemma_.lower()) or lexicon.phrasal.get(inner.lemma_.lower()))
        and not (own and own[0].relation in {"demands", "proposes", "warns", "rejects"})
    )  # but "denies seeking nuclear weapons" is a denial


def _verb_cue_stances(token: Token, cue: Cue, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The stance of a verb's own cue: with a partner, statal, passive or over its object."""
    if cue.relation == "cooperates_with":
        yield from _mutual(token, cue, frame, resolver)  # with a partner: the phrasal cues
        return
    if cue.relation == "demands" and asserts(token):
        return  # "Budapest has insisted that sanctions have hurt Europe" asserts, asks nothing
    passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and not any(c.dep_ == "agent" for c in token.children):
        yield from _statal(token, cue, passive, frame, resolver)  # "Russia is opposed to X"
        return
    obj = passive if passive is not None else _verb_object(token)
    if obj is None:
        return
    if cue.words in lexicon.object_bound and not _proposal_object(obj, lexicon):
        return  # "we present our assessments" proposes nothing
    if _owned_stance(obj, lexicon) or _tie(obj, cue):
        return  # "reaffirmed its support for Israel", "strengthen cooperation with Japan": the noun speaks
    yield from _emit(token, cue, obj, frame, resolver, "passive" if passive is not None else "verb_object", 0.75)


def _tie(obj: Token, cue: Cue) -> bool:
    """ "strengthen cooperation with Japan" is the tie's; "strengthen cooperation on climate" the verb's."""
    return (
        obj.lemma_.lower() in TIE_NOUNS
        and cue.relation in {"supports", "cooperates_with"}
        and any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in obj.children)
    )


def _statal(verb: Token, cue: Cue, subject: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """A passive that states a disposition: "Russia has never been opposed to Moldova's
    cooperation with the EU", "Japan is committed to X": the subject holds it towards the
    object of "to"."""
    pobj = next(
        (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if pobj is None or irrealis(verb):
        return
    relation = cue.relation
    if negated(verb):
        relation = {"opposes": "supports", "supports": "opposes"}.get(relation, "")
        if not relation:
            return
    for holder, how in holders(subject, frame, resolver):
        for target in targets(pobj, resolver):
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, actor_relation(relation, target), target, verb, f"statal/{how}", 0.65)


def _clause_dep(token: Token) -> str:
    """The dependency of a coordinated predicate's first conjunct ("attempts to make Moldova a
    bridgehead and to force it to choose": both are the noun's clauses)."""
    while token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head
    return token.dep_


def _mutual(token: Token, cue: Cue, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Washington and Riyadh continue to cooperate on counter-terrorism": each with the other."""
    if negated(token) or irrealis(token) or any(c.dep_ in {"dobj", "obj"} for c in token.children):
        return
    found = [a for a, _ in holders(subject_of(token), frame, resolver)]
    for holder in found:
        for other in found:
            if other.id != holder.id:
                yield Found(holder, "cooperates_with", Target(other.label, other), token, "mutual", 0.6)


_DOCUMENT_NOUNS = frozenset(
    "resolution resolutions bill bills motion amendment amendments text document documents treaty agreement "
    "agreements package measures proposals declaration charter".split()
)


def _proposal_object(obj: Token, lexicon: Lexicon) -> bool:
    """Whether an object is something one proposes: a plan, an initiative, a draft resolution."""
    lemma = obj.lemma_.lower()
    cues = lexicon.nouns.get(lemma) or lexicon.nouns.get(obj.lower_) or []
    return any(c.relation == "proposes" for c in cues) or lemma in _DOCUMENT_NOUNS or obj.lower_ in _DOCUMENT_NOUNS


def _owned_stance(obj: Token, lexicon: Lexicon) -> bool:
    """Whether an object is a stance noun its subject owns: "its support for", "our opposition to"."""
    cues = lexicon.nouns.get(obj.lemma_.lower()) or []
    return (
        obj.pos_ == "NOUN"
        and any(c.relation in {"supports", "opposes", "rejects", "demands"} for c in cues)
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    )


def _clause_or_act(verb: Token, relation: str, resolver: Resolver) -> Target | None:
    """A clause as a target; a warning about what the holder itself will do ("Russia has
    warned that it will take countermeasures") is the act alone."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if relation == "warns" and subject is not None and subject.pos_ == "PRON":
        return predicate_target(verb) or Target(verb.lemma_.lower(), head=verb.text)  # "it would retaliate"
    return clause_target(verb, resolver)


# Where something is said, never what it is about: "warned in a statement carried by KCNA".
_MEDIUM_NOUNS = frozenset(
    "statement interview speech address remark message letter post briefing conference video tweet "
    "communique communiqué op-ed article column broadcast".split()
)
# Verbs of giving something up: negated, they reject the giving up ("will never give up X").
_ABANDON = frozenset({"abandon", "renounce", "give up", "surrender", "relinquish", "drop", "scrap"})


def _infinitive_after(addressee: Token) -> Token | None:
    """A to-infinitive right after an addressee, where the parser hung it elsewhere: "calls on
    European governments "not to recognise ..."."""
    doc = addressee.doc
    for t in doc[addressee.right_edge.i + 1 : min(addressee.right_edge.i + 5, addressee.sent.end)]:
        if t.pos_ == "VERB":
            return t if t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) else None
        if not (t.is_punct or t.lower_ in {"not", "to", "never"}):
            return None
    return None


def _particle_object(token: Token, particle: str) -> Token | None:
    """The object that completes a phrasal cue: "call for X", "stand up for X", "be in favor of X".

    The particle's words are followed down the tree from the verb, one child per word.
    """
    words = particle.split()
    if not words:
        return None
    current = token
    for word in words:
        step = next((c for c in current.children if c.lower_ == word and c.i > token.i), None)
        if step is None and current is token:
            # "work closely with": the preposition hung on the adverb in between
            step = next(
                (g for c in token.children if c.dep_ == "advmod" for g in c.children if g.lower_ == word),
                None,
            )
        if step is None:
            # the parser may attach the last preposition to the verb itself
            step = next((c for c in token.children if c.lower_ == word and c.i > current.i), None)
        if step is None:
            return None
        current = step
    if current.dep_ == "prt" and len(words) == 1:
        # "laid out twin security proposals": a verb particle's object is the verb's
        return next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    return next((c for c in current.children if c.dep_ in {"pobj", "pcomp", "dobj"}), None)


def _verb_object(token: Token) -> Token | None:
    """The direct object, else a to-infinitive, else a prepositional object, of a cue verb; a
    relative pronoun object is its antecedent ("a deal that members of Congress oppose")."""
    for dep in ("dobj", "obj", "xcomp", "ccomp"):
        found = next((c for c in token.children if c.dep_ == dep), None)
        if found is not None and found.lower_ in {"which", "that", "whom"} and token.dep_ in {"relcl", "acl"}:
            # "a deal that members of Congress oppose"; after a comma, "which" may stand for a whole
            # clause ("... for use in Ukraine, which both Pyongyang and Moscow deny"): no name
            return token.head if token.head.pos_ == "NOUN" else None
        if found is not None:
            return found
    if token.dep_ in {"acl", "amod"} and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children):
        return token.head  # "the summit proposed by Putin"
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
            if found is not None and found.lemma_.lower() not in _MEDIUM_NOUNS:
                return found
    if token.dep_ == "relcl" and token.head.pos_ in {"NOUN", "PROPN"}:
        return None
    return None


def _emit(
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
    decided = _cue_relation(token, cue, obj)
    if decided is None:
        return
    relation, was_negated = decided
    found_holders = _cue_holders(token, obj, frame, resolver)
    if found_holders is None:
        return
    obj, addressee = _asked_action(token, obj, relation)
    if _states_nothing(obj, relation):
        return
    found_targets = _cue_targets(token, cue, obj, addressee, relation, was_negated, resolver)
    relation, found_targets = _lack_of(obj, relation, found_targets, resolver)
    if relation == "demands" and obj.pos_ == "NOUN":
        yield from _measures_against(token, obj, found_holders, resolver, confidence)
    asked_of = resolver.resolve(addressee) if addressee is not None else None
    for holder, how in found_holders:
        if asked_of is not None and asked_of.id == holder.id:
            continue  # "They urged Tehran to restore access": no one demands of themselves
        for target in found_targets:
            if _kept(holder, target, cue):
                yield Found(
                    holder,
                    actor_relation(relation, target),
                    target,
                    token,
                    f"{rule}/{how}",
                    confidence - (0.1 if how in {"speaker", "pronoun", "owner"} else 0),
                    was_negated,
                )


def _cue_relation(token: Token, cue: Cue, obj: Token) -> tuple[str, bool] | None:
    """The relation a cue gives here and whether it was negated; None when it states nothing."""
    if irrealis(token) or gerund_subject(token) or denied(token):
        return None
    decided = _apply_negation(cue, token)
    if decided is None:
        return None
    relation, was_negated = decided
    if relation == "supports" and cue.words in WISHES and others_act(token, obj):
        relation = "demands"  # "We hope the US will work with China": what one hopes others do
    if relation == "supports" and any(c.lower_ in {"less", "fewer"} for c in obj.children):
        relation = "opposes"  # "Putin wanted less NATO"
    return relation, was_negated


def _agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" agent."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _cue_holders(token: Token, obj: Token, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]] | None:
    """Who holds a cue's stance: the subject, a passive's agent, the noun a participle modifies,
    else the actor the speaker talks for; None when a passive names no agent."""
    subject = subject_of(token)
    if obj.dep_ == "nsubjpass":
        subject = _agent(token)
        if subject is None:
            return None
    if token.dep_ in {"acl", "amod"} and token.tag_ == "VBN":
        subject = _agent(token)
    found_holders = holders(subject, frame, resolver)
    if token.dep_ == "acl" and token.tag_ == "VBG" and subject is None:
        # "reactionary countries seeking to impose ...": the noun a participle modifies acts
        return holders(token.head, frame, resolver)
    if (
        not found_holders
        and (subject is None and _clause_dep(token) not in {"acl", "amod", "relcl"} or purpose(token))
        and frame.behalf is not None
        and frame.voice_of(token) != "author"
    ):
        return [(frame.behalf, "speaker")]
    return found_holders


def _asked_action(token: Token, obj: Token, relation: str) -> tuple[Token, Token | None]:
    """A demand's object is the action asked for ("called on the US to push Kiev ..."), and
    the one asked to act its addressee; other objects stay."""
    action = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if action is None and relation == "demands" and obj.dep_ in {"pobj", "dobj"}:
        action = _infinitive_after(obj)
    if relation == "demands" and action is not None and obj.i != action.i:
        return action, obj if obj.dep_ in {"pobj", "dobj", "obj"} and obj.i < action.i else None
    return obj, None


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
        found_targets = [t for t in targets(obj, resolver) if t.actor is None or relation not in _ISSUE_ONLY]
    if was_negated and cue.words in {"allow", "permit", "tolerate", "let"}:
        # "We will not allow foreign-funded groups to stage a revolution": what is not allowed
        allowed = next((c for c in token.children if c.dep_ in {"xcomp", "ccomp"}), None)
        if allowed is not None and obj.i < allowed.i:
            act = clause_target(allowed, resolver)
            found_targets = (
                [Target(f"{phrase(obj)} {act.text}", head=allowed.text)] if act is not None else found_targets
            )
    if was_negated and cue.words in _ABANDON:
        found_targets = [t for t in [predicate_target(token)] if t is not None]  # "give up its nuclear weapons"
    if relation == "criticizes":
        found_targets = [_accusation(t) if cue.words in _CHARGING else t for t in found_targets]
    return found_targets + added_targets(token, resolver)


def _act_targets(obj: Token, addressee: Token | None, relation: str, resolver: Resolver) -> list[Target]:
    """The acts a verb object names: "to recognise ... and to curtail all contacts", each
    infinitive asked for; who is to act belongs to a demand ("call on the Western bloc to halt
    its expansion")."""
    asked = [obj] + ([c for c in obj.children if c.dep_ == "conj" and c.pos_ == "VERB"] if addressee else [])
    found_targets = [
        Target(("not " if negated(v) and " not " not in f" {t.text} " else "") + t.text, head=t.head)
        for v in asked
        for t in [_clause_or_act(v, relation, resolver)]
        if t is not None
    ]
    if addressee is not None:
        found_targets = [Target(f"{phrase(addressee)} {t.text}", head=t.head) for t in found_targets]
    return found_targets


def _lack_of(obj: Token, relation: str, found_targets: list[Target], resolver: Resolver) -> tuple[str, list[Target]]:
    """ "regretted the lack of a debate": against the lack, for the debate."""
    if relation in {"opposes", "supports"} and obj.lemma_.lower() in _LACK:
        missing = _prep_targets(obj, "of", resolver)
        if missing:
            return ("supports" if relation == "opposes" else "opposes"), missing
    return relation, found_targets


def _measures_against(
    token: Token, obj: Token, found_holders: list[tuple[Resolved, str]], resolver: Resolver, confidence: float
) -> Iterator[Found]:
    """ "called for tougher action against the IRGC": who demands measures against X criticizes X."""
    against = [t for t in _prep_targets(obj, "against", resolver) if t.actor is not None]
    for holder, how in found_holders:
        for target in against:
            if target.actor is not None and target.actor.id != holder.id:
                yield Found(holder, "criticizes", target, token, f"measures_against/{how}", confidence - 0.1)


def _kept(holder: Resolved, target: Target, cue: Cue) -> bool:
    """Whether a holder's stance on a target is one: not on itself, not concern, not an act."""
    if target.actor is not None and target.actor.id == holder.id:
        return False
    if target.actor is not None and any(word in cue.words for word in CONCERN):
        return False  # "worried about Ukraine" is concern for it, not opposition
    # "the Houthis attacked commercial vessels": an act, not a criticism
    return not (cue.words in _PHYSICAL and target.actor is None)


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


def _accusation(target: Target) -> Target:
    """ "accused the allies of hyping up tensions": the accused, without the charge."""
    if target.actor is None and " of " in target.text:
        return Target(target.text.split(" of ", 1)[0])
    return target


def _own_side(token: Token, lemma: str, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "We will continue to build new international balances": what the speaker's own side
    builds, develops or strengthens, it supports (only said of "we", never of others)."""
    subject = subject_of(token)
    if frame.behalf is None:
        return
    if frame.voice_of(token) != "author" and purpose(token):
        pass  # "additional efforts will be required to unleash the potential of the EAEU"
    elif subject is None or subject.lower_ not in {"we", "us"}:
        return
    if negated(token) or irrealis(token):
        return
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is None:
        return
    if any(c.lower_ in {"our", "its", "their"} for c in obj.children if c.dep_ == "poss"):
        return  # "build our work" is no stance on anything
    for target in targets(obj, resolver):
        if target.actor is None or target.actor.id != frame.behalf.id:
            cue = Cue("supports", "own_side", lemma)
            relation = "cooperates_with" if target.actor is not None else cue.relation
            yield Found(frame.behalf, relation, target, token, "own_side/we", 0.5)
