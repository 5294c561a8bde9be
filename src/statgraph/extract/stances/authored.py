"""Proposals named by their author in a by-phrase: "tax hikes proposed by the government", "the
motion was brought by the left-wing parties", "the draft, put forward by the council's ten elected
members", "a motion moved by the MP": the by-agent of a participle of proposing proposes what the
participle describes (the noun it modifies, or its passive subject).

The participles are data in ontology/cues.toml [proposes]: authoring_participles propose whatever
they describe; document_bound_participles only a document or a proposal ("a motion brought by X",
not "a war brought by X" or "a coalition led by X"; stances/verb_objects.proposal_object). "put"
proposes with "forward" or "forth" only.

A motion is proposed by who moves, files, brings or makes it ("her party will move a no-confidence
motion", "the RN brought its own motion"): [proposes] motion_verbs over motion_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, make_target
from ..phrases import phrase_span
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import negated
from ..registry import Context, extractor
from ..wording import tidy
from .verb_objects import proposal_object

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon

_PUTTING = frozenset({"forward", "forth"})


def _participles(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.listed("proposes", "authoring_participles") | lexicon.listed("proposes", "document_bound_participles")


@extractor(cues=_participles)
def authored_proposals(sent: Span, context: Context) -> Iterator[Found]:
    """Yield what the by-agent of a participle of proposing proposes."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    for verb in sent:
        proposal = _described(verb, lexicon)
        if proposal is None or negated(verb):
            continue
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        target = make_target(proposal, resolver) if agent is not None else None
        if target is None or target.actor is not None:
            continue  # "nominated by the party": a person put forward, no proposal
        if verb.dep_ == "acl" and (text := _before(proposal, verb)):
            target = Target(text, head=target.head)  # "tax hikes", not "tax hikes proposed by the government"
        for holder, how in holders(agent, frame, resolver):
            yield Found(holder, "proposes", target, verb, f"authored_by/{how}", 0.55)


@extractor(cues=lambda lexicon: lexicon.listed("proposes", "motion_verbs"))
def moved_motions(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the motions their movers propose: "the left-wing bloc will file a motion of censure"."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    verbs, nouns = lexicon.listed("proposes", "motion_verbs"), lexicon.listed("proposes", "motion_nouns")
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or negated(verb):
            continue
        for motion in (c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in nouns):
            target = make_target(motion, resolver)
            if target is None or target.actor is not None:
                continue
            for holder, how in holders(subject_of(verb), frame, resolver):
                yield Found(holder, "proposes", target, verb, f"moved_motion/{how}", 0.55)


def _described(verb: Token, lexicon: Lexicon) -> Token | None:
    """The noun a participle of proposing describes: the noun it modifies ("tax hikes proposed
    by"), or its passive subject ("the motion was brought by"); None when the participle is none,
    or one bound to documents describes something else."""
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VBN" or lemma not in _participles(lexicon):
        return None
    if lemma == "put" and not any(c.dep_ == "prt" and c.lower_ in _PUTTING for c in verb.children):
        return None  # "put forward by", "put forth by"; not "put in place by"
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and _next_to(verb.head, verb):
        noun = verb.head
    else:
        noun = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    if noun is None:
        return None
    if lemma in lexicon.listed("proposes", "authoring_participles"):
        return noun
    return noun if proposal_object(noun, lexicon) else None


def _next_to(noun: Token, verb: Token) -> bool:
    """Whether a participle comes right after the noun it describes, but for commas: "the draft
    resolution led by France", "the draft, put forward by"; not "the recommendations of the
    assessment, led by X" (what X led is the assessment, wherever the parser hangs it)."""
    between = noun.doc[noun.i + 1 : verb.left_edge.i]
    return all(t.is_punct for t in between)


def _before(noun: Token, verb: Token) -> str:
    """A noun's phrase up to the participle that describes it: "the draft resolution" of "the draft
    resolution, led by France"."""
    span = phrase_span(noun)
    end = min(span.end, verb.left_edge.i)
    return tidy(noun.doc[span.start : end].text.strip(" ,;–—-")) if end > noun.i else ""
