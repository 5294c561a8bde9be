"""Stances stated by appeal to a norm, in someone's words: a deed called contrary to a norm is
opposed ("'We regard this step as contrary to the spirit of the Svalbard Treaty,' Zakharova
said": Russia opposes the step; "the issuance of ultimatums was against the spirit of the
treaty"; "Oslo is dragging the archipelago into NATO planning, which contradicts Norway's
obligations": Russia criticizes Norway), and what must be settled under a norm is demanded,
the norm supported ("the Kashmir dispute must be resolved in accordance with the UN Security
Council resolutions": Pakistan demands that resolution and supports the resolutions).

Only what a speaker says counts (an op-ed's author in the author's own voice); a negated or
hypothetical appeal states nothing. The words are data in ontology/cues.toml: [opposes]
breach_words ("contrary", "incompatible", "contradict") and norm_nouns ("treaty", "law",
"spirit"); [demands] settling_verbs ("resolve", "settle") and settling_means ("dialogue").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, phrase
from ..context.subjects import subject_of
from ..found import Found
from ..moods import negated
from ..registry import Context, extractor
from .adjectives import _is_action
from .deontics import DEONTIC
from .wrongdoing import charged_doers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

# Verbs by which a speaker calls a deed a breach: "we regard this step as contrary to X".
_REGARDING = frozenset({"regard", "consider", "see", "view", "deem", "find", "call", "describe"})
# Deeds named by words that _is_action does not catch by their ending.
_DEEDS = frozenset({"step", "move", "act", "decision", "measure", "policy", "remarks", "statement", "plan", "law"})
# Nouns that carry the norm of a prepositional phrase: "in accordance with X", "on the basis of
# X", "within the bounds of X", "in line with X".
_CARRIERS = frozenset({"accordance", "basis", "bounds", "framework", "line", "conformity", "compliance"})
# Hypothetical auxiliaries: "would be contrary to the treaty" charges nothing yet.
_HYPOTHETICAL = frozenset({"would", "could", "might", "may"})


def _holder(token: Token, context: Context) -> Resolved | None:
    """The speaker's side, or an op-ed's author in the author's own voice."""
    return context.frame.behalf if context.frame.voice_of(token) != "author" else context.author


@extractor(cues=lambda lexicon: lexicon.listed("opposes", "breach_words"))
def against_norms(sent: Span, context: Context) -> Iterator[Found]:
    """ "This step is contrary to the treaty", "we regard this step as contrary to the spirit of
    the treaty", "..., which contradicts Norway's obligations": the speaker opposes the deed, and
    criticizes the actor that does it."""
    lexicon = context.lexicon
    breaches, norms = lexicon.listed("opposes", "breach_words"), lexicon.listed("opposes", "norm_nouns")
    for token in sent:
        if token.lemma_.lower() not in breaches or not _names_norm(token, norms):
            continue
        predicate = token if token.pos_ == "VERB" else token.head
        if negated(predicate) or negated(token) or any(c.lower_ in _HYPOTHETICAL for c in predicate.children):
            continue
        holder = _holder(token, context)
        deed = _deed(token)
        if holder is None or deed is None or deed.pos_ == "PRON" and deed.lower_ not in {"which", "that"}:
            continue
        yield from _charge(holder, deed, token, context)


def _names_norm(token: Token, norms: frozenset[str]) -> bool:
    """Whether a breach word names the norm it breaks: "contrary to the spirit of X",
    "incompatible with the treaty", "contradicts its obligations", "against international law"."""
    if token.pos_ == "VERB":
        objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    else:
        preps = [token] if token.pos_ == "ADP" else [c for c in token.children if c.dep_ == "prep"]
        objects = [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in norms or o.lower_ in norms for o in objects)


def _deed(token: Token) -> Token | None:
    """What is called a breach: the subject of "is contrary to" or "contradicts", the object of
    "we regard X as contrary to", the noun or clause a "which contradicts" is said of."""
    if token.pos_ == "VERB":
        if token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in token.children):
            return _antecedent(token)
        return subject_of(token)
    head = token.head
    if head.lemma_.lower() == "be":
        return subject_of(head)
    if head.lemma_.lower() in _REGARDING and head.pos_ == "VERB":
        return next((c for c in head.children if c.dep_ in {"dobj", "obj"}), None)
    return None


def _antecedent(relative: Token) -> Token | None:
    """What a "which contradicts" is said of: a deed noun ("the deployment, which contradicts"),
    else the clause it closes, by its subject ("Oslo is dragging X into Y, which contradicts")."""
    noun = relative.head
    if noun.pos_ == "NOUN" and (_is_action(noun) or noun.lemma_.lower() in _DEEDS) and noun.dep_ in {"nsubj", "dobj"}:
        return noun
    verb = noun
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    return subject_of(verb) if verb.pos_ == "VERB" else None


def _charge(holder: Resolved, deed: Token, cue: Token, context: Context) -> Iterator[Found]:
    """The speaker's opposition to the deed and criticism of its doer. An actor itself is charged
    only by a verb ("Oslo is dragging X into Y, which contradicts its obligations"): "the US is
    against the resolution" is the US's own stance, read by the verb rules."""
    found = False
    for actor, act in charged_doers(deed, context):
        found = True
        if act is None and cue.pos_ != "VERB":
            continue
        if actor is not None and actor.id != holder.id:
            yield Found(holder, "criticizes", Target(actor.label, actor=actor), cue, "against_norm/doer", 0.5)
        if act is not None:
            yield Found(holder, "opposes", Target(phrase(act), head=act.lemma_.lower()), cue, "against_norm/act", 0.5)
    if not found and deed.pos_ == "NOUN" and deed.lemma_.lower() in _DEEDS:
        yield Found(holder, "opposes", Target(phrase(deed), head=deed.lemma_.lower()), cue, "against_norm/act", 0.5)


@extractor(cues=lambda lexicon: lexicon.listed("demands", "settling_verbs"))
def settled_by_norm(sent: Span, context: Context) -> Iterator[Found]:
    """ "The dispute must be resolved in accordance with the UN resolutions", "the issue can only
    be settled through dialogue": the speaker demands the settlement so made, and supports the
    norm it is to follow."""
    lexicon = context.lexicon
    settling = lexicon.listed("demands", "settling_verbs")
    norms, means = lexicon.listed("opposes", "norm_nouns"), lexicon.listed("demands", "settling_means")
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in settling or not _owed(verb) or negated(verb):
            continue
        subject = subject_of(verb) if verb.tag_ == "VBN" else None  # "the dispute is old and must be resolved"
        holder = _holder(verb, context)
        if holder is None or subject is None or subject.pos_ != "NOUN":
            continue  # "Pakistan must settle ...": an actor's duty, read by deontic_demands
        for prep, norm in _norm_phrases(verb, norms | means):
            words = [*subject.subtree, verb, *(c for c in verb.children if c.dep_ == "advmod"), *prep.subtree]
            kept = sorted(
                {t.i: t for t in words if t.i != subject.left_edge.i or t.dep_ != "det"}.values(), key=lambda t: t.i
            )
            settlement = "".join(t.text_with_ws for t in kept).strip(" ,")
            yield Found(holder, "demands", Target(settlement, head=verb.lemma_.lower()), verb, "settled_by_norm", 0.5)
            if norm.lemma_.lower() in norms:
                yield Found(holder, "supports", Target(phrase(norm), head=norm.lemma_.lower()), verb,
                            "settled_by_norm/norm", 0.5)


def _owed(verb: Token) -> bool:
    """A deontic modal on the verb ("must be resolved"), or "can only be" ("can only be settled")."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ in DEONTIC for a in auxes):
        return True
    return any(a.lower_ == "can" for a in auxes) and any(c.lower_ == "only" for c in verb.children)


def _norm_phrases(verb: Token, norms: frozenset[str]) -> Iterator[tuple[Token, Token]]:
    """The prepositional phrases of a verb that name a norm or a means, with the norm's noun:
    "under international law", "in accordance with X", "on the basis of X", "based on X",
    "through dialogue"."""
    for prep in (c for c in verb.children if c.dep_ in {"prep", "acl", "advcl"}):
        for obj in _norm_objects(prep):
            if obj.lemma_.lower() in norms or obj.lower_ in norms:
                yield prep, obj
                break


def _norm_objects(prep: Token) -> list[Token]:
    """The nouns a norm phrase names, through a carrier noun ("in accordance with X") or a
    participle ("based on X")."""
    objects = [p for p in prep.children if p.dep_ == "pobj"]
    if prep.lemma_.lower() == "base":
        objects = [p for c in prep.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    inner = [
        p
        for o in objects if o.lemma_.lower() in _CARRIERS
        for c in o.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    found = inner or objects
    return [m for o in found for m in (o, *o.conjuncts)]
