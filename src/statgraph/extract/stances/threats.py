"""Warnings without a warning verb: threats foretold.

A reader records a warning when someone says a hostile act or a danger is coming, whatever
the verb: "Western officials claiming Russia is poised for an imminent invasion" (they warn
of an invasion), "Grushko noted that the military situation has reached a dangerous point"
(he warns of it), and, in a speaker's words, "the West will intensify the activities of
NATO's forces around our borders" (the West, said to be about to do it, threatens it).

The words are data in ontology/cues.toml ([warns] threat_nouns, threat_verbs,
danger_adjectives); only foretold acts count: a modal or future ("will", "may", "is poised
for", "imminent"), never a report of what happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ..arguments import Target, phrase, predicate_target, targets
from ..context.attribution import SPEECH_VERBS
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import subject_of
from ..cues import Lexicon
from ..found import Found
from ..moods import gerund_subject, irrealis, negated
from ..registry import Context, extractor
from ..wording import tidy, usable

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "may", "might", "could", "would", "shall"})
# A threat said to be at hand ("an imminent invasion"); "a possible war", "new sanctions", or a
# plain future ("the war will spread") is a prediction, no warning.
_IMMINENT = frozenset({"imminent", "inevitable", "looming", "impending"})
_POISED = frozenset({"poised", "preparing", "prepare", "plan", "planning", "ready", "going", "about", "set"})


@extractor(cues=lambda lexicon: SPEECH_VERBS | lexicon.threat_verbs | {"take"})
def foretold_threats(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the warnings a sentence states by foretelling a threat."""
    frame, resolver, lexicon = context.frame, context.resolver, context.lexicon
    for token in sent:
        if token.pos_ != "VERB" or negated(token):
            continue
        lemma = token.lemma_.lower()
        if lemma in SPEECH_VERBS and lemma not in {"warn", "threaten", "caution"}:
            yield from _predicted(token, frame, resolver, lexicon)
        elif (_threat_verb(token, lexicon) or takes_measures(token)) and frame.voice_of(token) != "author":
            if _foretold(token):
                yield from _announced(token, frame, resolver, lexicon)


@extractor(cues=lambda lexicon: _reckoning_verbs(lexicon))
def faced_consequences(sent: Span, context: Context) -> Iterator[Found]:
    """ "Peru will face consequences if it crosses the border", "they would pay a heavy price",
    "its officials could be held responsible", in a speaker's words: the speaker's side warns the
    one said to face them ([warns] reckoning_verbs over reckoning_nouns, reckoning_passives,
    accountable_words); in the writer's own voice it is a forecast, and "will not face" none."""
    frame, resolver = context.frame, context.resolver
    for verb in sent:
        if verb.pos_ != "VERB" or frame.voice_of(verb) == "author" or not _reckoning(verb, context.lexicon):
            continue
        if negated(verb) or irrealis(verb) or not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
            continue
        speaker = frame.behalf if frame.behalf is not None else frame.speaker
        subject = subject_of(verb)
        if speaker is None or subject is None:
            continue
        for warned in (t.actor for t in targets(subject, resolver) if t.actor is not None):
            if warned.id != speaker.id and not _own_side(warned, frame):
                yield Found(speaker, "warns", Target(warned.label, actor=warned), verb, "faced_consequences", 0.5)


def _reckoning_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs `_reckoning` reads: one of them heads every sentence it finds a reckoning in."""
    return lexicon.listed("warns", "reckoning_verbs") | lexicon.listed("warns", "reckoning_passives") | {"hold"}


def _reckoning(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb says its subject is to be made to answer: "face consequences", "pay a
    price", "be punished", "be held responsible"."""
    lemma, children = verb.lemma_.lower(), list(verb.children)
    if lemma in lexicon.listed("warns", "reckoning_verbs"):
        nouns = lexicon.listed("warns", "reckoning_nouns")
        return any(c.dep_ in {"dobj", "obj"} and {c.lemma_.lower(), c.lower_} & nouns for c in children)
    if not any(c.dep_ == "auxpass" for c in children):
        return False
    accountable = lexicon.listed("warns", "accountable_words")
    return lemma in lexicon.listed("warns", "reckoning_passives") or lemma == "hold" and any(
        c.lower_ in accountable for c in children
    )


def _predicted(verb: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Western officials claiming Russia is poised for an imminent invasion": the ones who
    say a threat is coming warn of it."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.i in frame.hearsay:
        return
    found = holders(subject_of(verb), frame, resolver)
    if not found and verb.i in frame.frame_tokens and frame.behalf is not None:
        found = [(frame.behalf, "speaker")]
    if not found:
        return
    threats = _threats_in(clause, lexicon, resolver)
    for holder, how in found:
        for target, cue in threats:
            yield Found(holder, "warns", target, cue, f"foretold/{how}", 0.5)


def _threats_in(clause: Token, lexicon: Lexicon, resolver: Resolver) -> list[tuple[Target, Token]]:
    words = list(clause.subtree)
    found: list[tuple[Target, Token]] = []
    for t in words:
        if not _may_threaten(t, lexicon) or _conditional(t, clause) or _embedded(t, clause):
            continue  # "open to talks if Western countries lifted sanctions" foretells no sanctions
        if t.pos_ == "NOUN" and t.lower_ in lexicon.threat_nouns and not negated(t.head):
            if _coming(t, clause) or any(c.dep_ == "amod" and c.lower_ in _IMMINENT for c in t.children):
                found.append((Target(phrase(t)), t))
        elif (
            t.pos_ == "ADJ"
            and t.lemma_.lower() in lexicon.danger_adjectives
            and (t.dep_ == "acomp" or t.dep_ == "amod" and t.head.lemma_.lower() in _STAGES)
        ):
            # "has reached a dangerous point", "the situation is dangerous": what is in danger;
            # not "Russia made a grave mistake" (a criticism of Russia)
            predicate = t.head if t.dep_ == "acomp" else t.head.head
            subject = subject_of(predicate) if predicate.pos_ in {"VERB", "AUX"} else None
            if subject is not None and subject.pos_ == "NOUN" and resolver.resolve(subject) is None:
                found.append((Target(phrase(subject)), t))
        elif (
            t.pos_ == "VERB"
            and t.lemma_.lower() in lexicon.threat_verbs
            and _foretold(t)
            and not irrealis(t)
            and not negated(t)
        ):
            actor = subject_of(t)
            if actor is not None and actor.pos_ != "PRON" and resolver.resolve(actor) is not None:
                continue  # "NATO may build up its forces": NATO's own threat (see _announced)
            target = predicate_target(t)
            if target is not None:
                found.append((target, t))
    return found


def _may_threaten(word: Token, lexicon: Lexicon) -> bool:
    """Whether a word is one `_threats_in` reads (a threat noun or verb, a danger adjective):
    only those are worth the walk up to the clause."""
    pos = word.pos_
    return (
        pos == "NOUN" and word.lower_ in lexicon.threat_nouns
        or pos == "ADJ" and word.lemma_.lower() in lexicon.danger_adjectives
        or pos == "VERB" and _threat_verb(word, lexicon)
    )


def _threat_verb(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb is one of the threat verbs used in its hostile sense: not over a peaceful
    object, nor "on" something with no object ("will build a path to peace", "would build on the
    goodwill"; "will build up its forces on the border" still threatens)."""
    if verb.lemma_.lower() not in lexicon.threat_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if objects:
        return not any(c.lemma_.lower() in lexicon.listed("warns", "peaceful_objects") for c in objects)
    return not any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in verb.children)


def _coming(noun: Token, clause: Token) -> bool:
    """Whether the predicate a threat noun hangs from says someone is about to bring it ("is
    poised for an invasion", "is preparing an attack"); a plain future ("the war will spread")
    predicts, and a word elsewhere in the clause foretells other things."""
    current = noun
    while True:
        if current.lower_ in _POISED or any(  # "about" to act, never the particle of "bring about"
            c.lower_ in _POISED and c.dep_ != "prt" for c in current.children
        ):
            return True
        if current.i == clause.i or current.head.i == current.i or current.pos_ == "VERB" and current.dep_ != "xcomp":
            return False
        current = current.head


def _announced(verb: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "the West will intensify the activities of NATO's forces around our borders", in a
    speaker's words: the one said to be about to act threatens it."""
    if irrealis(verb):
        return
    target = predicate_target(verb)
    if target is None or _peaceful_steps(verb, lexicon):
        return  # "is ready to take the next steps toward peace" threatens no one
    own = takes_measures(verb) or _hostile([verb], lexicon)
    countered = _countered(verb, resolver) if takes_measures(verb) else []
    for holder, how in holders(subject_of(verb), frame, resolver):
        for what in countered:  # "will take necessary measures to counter provocative acts"
            if what.actor is None or what.actor.id != holder.id:
                yield Found(holder, "warns", what, verb, f"announced/{how}", 0.5)
        if countered:
            continue
        if own or not _own_side(holder, frame):
            yield Found(holder, "warns", target, verb, f"announced/{how}", 0.5)


def _countered(verb: Token, resolver: Resolver) -> list[Target]:
    """What measures are taken against: the object of their countering purpose ("take necessary
    measures to resolutely counter infringing and provocative acts"), whom a reader records is
    warned of; nothing for a purpose of one's own ("to defend the rights of its companies")."""
    steps = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _MEASURES]
    purposes = [c for s in [verb, *steps] for c in s.children if c.dep_ in {"advcl", "xcomp", "acl", "relcl"}]
    for purpose in purposes:
        if purpose.lemma_.lower() in _COUNTERING and any(c.lower_ == "to" for c in purpose.children):
            obj = next((c for c in purpose.children if c.dep_ in {"dobj", "obj"}), None)
            if obj is not None:
                return targets(obj, resolver)
            # "to counter infringing and provocative acts", the object parsed as a clause
            said = next((c for c in purpose.children if c.dep_ in {"xcomp", "ccomp"} and c.i > purpose.i), None)
            text = tidy(said.doc[said.left_edge.i : said.right_edge.i + 1].text) if said is not None else ""
            return [Target(text, head=said.text)] if said is not None and usable(text) else []
    return []


def _own_side(actor: Resolved, frame: Frame) -> bool:
    """Whether an actor is the speaker or the side the speaker talks for: "we will deploy troops
    to Poland", said by the US, announces a plan, no warning to anyone."""
    speakers = [a for a in (frame.speaker, frame.behalf) if a is not None]
    return any(actor.id in {a.id, a.of} for a in speakers)


# Nouns of a stage a situation reaches: "a dangerous point", "a critical phase".
_STAGES = frozenset("point stage phase level juncture moment turn threshold situation".split())
_COUNTERING = frozenset("stop prevent halt end counter avert avoid deter oppose resist condemn repel thwart".split())


def _embedded(token: Token, top: Token) -> bool:
    """Whether a word is no prediction of the clause: the object of countering ("act together to
    stop Israel's aggression", "opposed any action that could widen the conflict"), or under a
    negation ("would not allow its airspace to be used for any attack")."""
    current = token
    while current.i != top.i and current.head.i != current.i:
        head = current.head
        if head.lemma_.lower() in _COUNTERING and not gerund_subject(head):
            return True  # but "preventing a catastrophic collapse would be very difficult" foretells one
        if head.pos_ in {"VERB", "AUX"} and negated(head):
            return True
        current = head
    return negated(top)


def _conditional(token: Token, top: Token) -> bool:
    """Whether a word sits in an "if"/"unless" clause below `top`."""
    current = token
    while current.i != top.i and current.head.i != current.i:
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in current.children):
            return True
        current = current.head
    return False


_MEASURES = frozenset({"measure", "countermeasure", "step", "action", "response"})


def takes_measures(verb: Token) -> bool:
    """ "China will take resolute measures to safeguard its interests": a measure announced."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _MEASURES for c in verb.children
    )


def _peaceful_steps(verb: Token, lexicon: Lexicon) -> bool:
    """Whether measures taken are toward something peaceful ([warns] peaceful_objects): "take
    the next steps toward peace", "take steps to dialogue"."""
    steps = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _MEASURES]
    peaceful = lexicon.listed("warns", "peaceful_objects")
    return any(
        p.dep_ == "prep" and p.lower_ in {"to", "toward", "towards", "for"}
        and any(g.lemma_.lower() in peaceful for g in p.children if g.dep_ == "pobj")
        for s in steps
        for p in s.children
    )


def _foretold(verb: Token) -> bool:
    """Whether an act is said to be coming: a modal or "will" on it or on the verbs it hangs
    from ("may begin to build up"), or "is poised / preparing to"."""
    current = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in current.children):
            return True
        if current.dep_ != "xcomp":
            return False
        current = current.head
        if current.lemma_.lower() in _POISED:
            return True
    return False


def hostile_vow(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a vow is of a hostile act ([warns] hostile_acts): "vowed revenge", "vowed to
    retaliate", "vowed to expel by force any landing"; "vowed to continue its support" is a pledge."""
    return _hostile([c for c in verb.children if c.dep_ in {"dobj", "obj", "xcomp", "ccomp"}], lexicon)


def _hostile(acts: list[Token], lexicon: Lexicon) -> bool:
    """Whether acts, their objects or the objects of their prepositions are hostile ("strike back",
    "expel by force")."""
    hostile = lexicon.listed("warns", "hostile_acts")
    near = acts + [g for a in acts for g in a.children if g.dep_ in {"dobj", "obj", "prep", "xcomp"}]
    near += [g for w in near if w.dep_ == "prep" for g in w.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in hostile or w.lower_ in hostile for w in near)
