"""Sentence-level stance patterns: actions a speaker condemns by an adverb ("artificially
expand NATO"), "X sees Y as a threat", dismissals, naming by a judgement and blame. What a
speaker says others should or must do is in `deontics.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...words import words
from ..arguments import Target, clause_target, targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import negated
from ..registry import Context, extractor
from .verdicts import verdict_sign, word_score
from .wrongdoing import charge_verbs

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolver
    from ..context.frame import Frame

# Adverbs by which a speaker condemns the action they modify ("artificially expand NATO").
_CONDEMNING_ADVERBS = words("evaluation", "condemning_adverbs")
# "see X as a threat", "regard X as a partner"
_REGARD_VERBS = frozenset("see view regard consider treat perceive describe label brand portray".split())


@extractor(cues=lambda lexicon: _CONDEMNING_ADVERBS)
def condemned_actions(sent: Span, context: Context) -> Iterator[Found]:
    """A speaker condemns an action by its adverb: "attempts to artificially expand NATO"; the
    one who did it, when named, is criticized ("Hungary wrongly blocked the aid package")."""
    frame, resolver = context.frame, context.resolver
    if frame.behalf is None:
        return
    for token in sent:
        if token.pos_ != "VERB" or frame.voice_of(token) == "author":
            continue
        adverb = next(
            (c for c in token.children if c.dep_ == "advmod" and c.lower_ in _CONDEMNING_ADVERBS),
            None,
        )
        if adverb is None or _own_act(token, frame, resolver):
            continue
        charge = token.lemma_.lower() in charge_verbs(context.lexicon, meddling=False)
        target = clause_target(token, resolver) if not charge else None
        if target is not None and not _names_patient(token, target):
            target = None  # "as he was illegally ousted": "illegally ousted" names no act's object
        if target is not None:  # a charge's clause ("needlessly endangers the norm") names its victim, no deed
            yield Found(frame.behalf, "opposes", target, adverb, "condemning_adverb", 0.6)
        for doer, _ in holders(_doer(token), frame, resolver):  # "Hungary wrongly blocked the aid"
            yield Found(frame.behalf, "criticizes", Target(doer.label, doer), adverb, "condemning_adverb/doer", 0.55)


def _doer(verb: Token) -> Token | None:
    """Who does an act: the subject, but of a passive only its "by" agent ("he was illegally
    ousted" names the one ousted, no doer)."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return subject_of(verb)


def _names_patient(verb: Token, target: Target) -> bool:
    """Whether an act's target names the one a passive is done to ("the president was unlawfully
    detained"); an active act's target names its object itself."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return patient is None or patient.text in target.text


def _own_act(verb: Token, frame: Frame, resolver: Resolver) -> bool:
    """Whether the speaker's side does what the adverb qualifies: "Spain could unilaterally
    recognise Palestine" describes Spain's own course, it condemns nothing."""
    behalf = frame.behalf
    return behalf is not None and any(a.id == behalf.id for a, _ in holders(_doer(verb), frame, resolver))


@extractor(cues=lambda lexicon: {"as"})
def regarded_as(sent: Span, context: Context) -> Iterator[Found]:
    """ "Paris and Berlin have always seen Russia as the main threat": the subject's view."""
    frame, resolver, polarity = context.frame, context.resolver, context.polarity
    for token in sent:
        verb = _regarding_verb(token)
        if verb is None:
            continue
        role = next((c for c in token.children if c.dep_ == "pobj"), None)
        seen = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
        if role is None or seen is None:
            continue
        score = polarity.get(role.lower_, polarity.get(role.lemma_.lower(), 0.0))
        score = min([score] + [polarity.get(c.lower_, 0.0) for c in role.children if c.dep_ == "amod"])
        score = score if abs(score) >= 1.0 else 2.0 * verdict_sign(role)  # "described X as a major development"
        if abs(score) < 1.0 or negated(verb):
            continue
        seen_as = targets(seen, resolver) if token.head.i != seen.i else [_before_as(seen, token)]
        for holder, how in holders(subject_of(verb), frame, resolver):
            for target in seen_as:
                if target.actor is None:
                    # "Israel regards Iran's nuclear programme as an existential threat"
                    relation = "opposes" if score < 0 else "supports"
                elif target.actor.id != holder.id:
                    relation = "criticizes" if score < 0 else "cooperates_with"
                else:
                    continue
                yield Found(holder, relation, target, verb, f"regarded_as/{how}", 0.6)


def _before_as(seen: Token, as_: Token) -> Target:
    """The object an "as" was hung on, without the "as" phrase."""
    text = " ".join(seen.doc[seen.left_edge.i : as_.i].text.split())
    return Target(text, head=seen.text)


def _regarding_verb(token: Token) -> Token | None:
    """The regard verb of an "as": its head, or the verb whose object the parser hung it on
    ("described [Iran's acceptance of the demand] as a major development")."""
    if token.lower_ != "as":
        return None
    head = token.head
    if head.dep_ in {"dobj", "obj"} and head.pos_ == "NOUN":
        head = head.head
    return head if head.lemma_.lower() in _REGARD_VERBS else None


@extractor(cues=lambda lexicon: {verb for verb, _ in lexicon.dismissals})
def dismissals(sent: Span, context: Context) -> Iterator[Found]:
    """ "Claims that Russia could interfere in the election make no sense", "the allegations
    have nothing to do with reality", "confrontation will lead nowhere": the speaker rejects
    what the sentence's subject says or proposes."""
    frame, resolver, lexicon = context.frame, context.resolver, context.lexicon
    if frame.behalf is None:
        return
    for token in sent:
        if token.pos_ not in {"VERB", "AUX"} or frame.voice_of(token) == "author":
            continue
        obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"} or _nowhere(c)), None)
        if obj is None or (token.lemma_.lower(), obj.lemma_.lower()) not in lexicon.dismissals:
            if obj is None or obj.lower_ != "nothing" or (token.lemma_.lower(), "nothing") not in lexicon.dismissals:
                continue
        # "make no sense", "have nothing to do with", "will lead nowhere"
        refused = obj.lower_ in {"nothing", "nowhere"} or any(c.lower_ in {"no", "little"} for c in obj.children)
        refused = refused or negated(token)
        subject = subject_of(token)
        if not refused or subject is None or _said_of_a_noun(token):
            continue
        for target in targets(subject, resolver):
            if target.actor is None:
                yield Found(frame.behalf, "rejects", target, token, "dismissal", 0.55)


def _nowhere(token: Token) -> bool:
    """A bare "nowhere" ("will lead nowhere"), not "nowhere near the border"."""
    return token.lower_ == "nowhere" and not list(token.children)


def _said_of_a_noun(verb: Token) -> bool:
    """Whether a clause is a noun's own: its content ("a court ruling *that the claim has no
    legal basis*": the ruling's finding) or a description ("reasons *that have nothing to do
    with the criteria*"); neither is the speaker's dismissal of its subject."""
    return verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}


_NAMING_VERBS = frozenset("call describe label brand term dub deem".split())


@extractor(cues=lambda lexicon: _NAMING_VERBS)
def called_as(sent: Span, context: Context) -> Iterator[Found]:
    """ "Gil called the sanctions 'illegal unilateral coercive measures'", "Zelenskyy called the
    lack of a timeline 'absurd'": naming something by a judgement takes a stance on it."""
    frame, resolver, polarity, lexicon = context.frame, context.resolver, context.polarity, context.lexicon
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _NAMING_VERBS or negated(verb):
            continue
        if any(c.dep_ in {"prep", "prt"} and c.lower_ in {"for", "on", "upon"} for c in verb.children):
            continue  # "called for", "called on": demands, elsewhere
        if _asks_to_act(verb):
            continue  # "called the parties to stop all violence": the one asked, not one named
        named = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
        start = named.left_edge.i if named is not None else None
        if named is None:
            named, start = _misread_named(verb)
        if named is None or named.pos_ == "PRON":
            continue  # "calling it a hate crime": what "it" is, is said elsewhere
        # the judgement: a complement of the verb, or the quoted words after the object
        judged = [t for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} for t in c.subtree]
        as_ = _as_judged(verb, named)  # "described the sanctions as counterproductive"
        judged += _judgement_words(as_) if as_ is not None else []
        quote_start = next((t.i for t in sent if t.i > named.i and t.i in frame.quoted), None)
        if quote_start is not None:
            judged += [t for t in sent if t.i >= quote_start and t.i in frame.quoted]
        scores = [word_score(t, polarity, lexicon) for t in judged] or [0.0]
        score = min(scores) if min(scores) <= -1.0 else max(scores)
        if -1.0 < score < 1.5:
            continue
        end = quote_start if quote_start is not None else named.right_edge.i + 1
        end = min(end, as_.i) if as_ is not None else end
        text = " ".join(sent.doc[start:end].text.split()).strip("\"'“”‘’,. ")
        actor = resolver.resolve(named) if named.pos_ == "PROPN" else None
        target = Target(actor.label, actor) if actor is not None else Target(text, head=named.text)
        for holder, how in holders(subject_of(verb), frame, resolver):
            if target.actor is None or target.actor.id != holder.id:
                if score < 0:
                    relation = "criticizes" if target.actor is not None else "opposes"
                else:
                    relation = "supports"  # "called Putin the dearest friend of the Korean people"
                yield Found(holder, relation, target, verb, f"called_as/{how}", 0.55)


def _as_judged(verb: Token, named: Token) -> Token | None:
    """The "as" that brings the judgement after what is named, on the verb or on the named."""
    return next(
        (c for c in [*verb.children, *named.children] if c.dep_ == "prep" and c.lower_ == "as" and c.i > named.i), None
    )


def _judgement_words(prep: Token) -> list[Token]:
    """The words of an "as"-judgement, not those of a clause inside it: "as a positive person who
    is committed to fighting terrorism" judges by "positive", not by "terrorism"."""
    inner = {t.i for c in prep.subtree if c.dep_ in {"relcl", "acl", "advcl"} for t in c.subtree}
    return [t for t in prep.subtree if t.i != prep.i and t.i not in inner]


def _misread_named(verb: Token) -> tuple[Token | None, int | None]:
    """ "have called last year's election illegitimate", parsed as one phrase headed by the
    adjective: the noun right before the judging adjective is what is named, from the phrase's start."""
    judged = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ in {"ADJ", "NOUN"}), None)
    if judged is None or judged.i == 0:
        return None, None
    noun = judged.doc[judged.i - 1]
    if noun.head.i != judged.i or noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"compound", "nsubj", "npadvmod"}:
        return None, None
    return noun, judged.left_edge.i


def _asks_to_act(verb: Token) -> bool:
    """Whether a verb goes on to a to-infinitive of what is asked ("call both sides *to stop
    the fighting*"): a call on someone, not a naming of them."""
    return any(
        c.dep_ in {"xcomp", "ccomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


_BLAME_NOUNS = frozenset({"responsibility", "blame", "guilt"})
_BLAMING_VERBS = frozenset({"bear", "carry", "have"})


@extractor(cues=lambda lexicon: _BLAMING_VERBS)
def blamed(sent: Span, context: Context) -> Iterator[Found]:
    """ "Russia bore sole responsibility for the war", in a speaker's words: the speaker
    criticizes whoever bears it."""
    frame, resolver = context.frame, context.resolver
    if frame.behalf is None:
        return
    for verb in sent:
        if verb.lemma_.lower() not in _BLAMING_VERBS or frame.voice_of(verb) == "author" or negated(verb):
            continue
        if not any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _BLAME_NOUNS for c in verb.children):
            continue
        for accused, how in holders(subject_of(verb), frame, resolver):
            if accused.id != frame.behalf.id:
                yield Found(frame.behalf, "criticizes", Target(accused.label, accused), verb, f"blame/{how}", 0.55)


@extractor(cues=lambda lexicon: lexicon.listed("supports", "way_nouns"))
def only_way(sent: Span, context: Context) -> Iterator[Found]:
    """ "Dialogue and consultation is the only right approach", "talks on an equal footing are the
    only way to resolve this issue": in someone's words, what is called the only or the best way
    is supported (cues.toml [supports] way_nouns, way_modifiers)."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    nouns, modifiers = lexicon.listed("supports", "way_nouns"), lexicon.listed("supports", "way_modifiers")
    for token in sent:
        if token.dep_ != "attr" or token.lemma_.lower() not in nouns:
            continue
        copula = token.head
        if copula.lemma_.lower() != "be":
            continue
        if not any(c.dep_ in {"amod", "det"} and c.lower_ in modifiers for c in token.children) or negated(copula):
            continue
        holder = frame.behalf if frame.voice_of(token) != "author" else context.author
        subject = subject_of(copula) or _object_before(copula)
        if holder is None or subject is None:
            continue
        for target in targets(subject, resolver):
            if target.actor is None:
                yield Found(holder, "supports", target, token, "only_way", 0.55)


def _object_before(copula: Token) -> Token | None:
    """The subject of a reported copula that the parser took for the reporting verb's object:
    "stressing that dialogue [dobj] ... is the only right approach"."""
    head = copula.head
    if copula.dep_ != "ccomp":
        return None
    return next((c for c in head.children if c.dep_ in {"dobj", "obj"} and c.i < copula.i < c.i + 6), None)
