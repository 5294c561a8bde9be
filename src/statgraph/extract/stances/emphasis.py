"""Stances stated by stressing a need or an importance: "the Council stressed the need for
dialogue" demands dialogue, "they underlined the importance of freedom of navigation" supports it.

A verb of emphasis (cues.toml [demands] emphasis_verbs: stress, underline, reiterate, recall ...)
over a noun of need ([demands] need_nouns) or of importance ([supports] importance_nouns): the
subject holds the stance towards what the noun's "for"/"of" phrase or its to-infinitive names. A
need to uphold something ([supports] upholding_verbs) with no one else named to do it is support.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, clause_target, phrase, targets
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from ..listing import act_members
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolver
    from ..cues import Lexicon


@extractor(cues=lambda lexicon: lexicon.listed("demands", "emphasis_verbs"))
def stressed_needs(sent: Span, context: Context) -> Iterator[Found]:
    """Yield what the subject of a verb of emphasis demands or supports by the noun it stresses."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    emphasis = lexicon.listed("demands", "emphasis_verbs")
    kinds = {
        "demands": lexicon.listed("demands", "need_nouns"),
        "supports": lexicon.listed("supports", "importance_nouns"),
    }
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in emphasis or negated(verb) or irrealis(verb):
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        # "underlined the seriousness of the situation and the need for a response": each object
        for noun in (n for o in objects for n in [o, *conjuncts(o)] if n.pos_ == "NOUN"):
            relation = next((r for r, nouns in kinds.items() if noun.lemma_.lower() in nouns), None)
            if relation is None or any(c.dep_ == "neg" or c.lower_ == "no" for c in noun.children):
                continue
            found = stressed_targets(noun, relation, resolver)
            if relation == "demands" and own_endorsement(noun, lexicon):
                relation = "supports"
            subject = subject_of(verb)
            who = holders(subject, frame, resolver)
            if not who and subject is None and frame.behalf is not None and frame.voice_of(verb) != "author":
                who = [(frame.behalf, "speaker")]
            for holder, how in who:
                for target in found:
                    if target.actor is None or target.actor.id != holder.id:
                        yield Found(holder, relation, target, verb, f"stressed_{noun.lemma_.lower()}/{how}", 0.65)


def own_endorsement(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a need is of upholding something, or of engaging with another, with no one else
    named to do it ("stressed the need to respect Syria's sovereignty", "the necessity of
    respecting X", "the need to engage with China"): one's own support, not a demand; "the need
    for Haiti to respect X" asks Haiti."""
    upholding = lexicon.listed("supports", "upholding_verbs")
    return any(
        (act.lemma_.lower() in upholding or _engaging(act, lexicon))
        and not any(c.dep_ in {"nsubj", "poss"} for c in act.children)
        for act in _need_acts(noun)
    )


def _engaging(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act is engaging "with" another ("engage with China", "work with partners") or
    building ties with it ("establish constructive relations with China")."""
    lemma = act.lemma_.lower()
    if lemma in lexicon.listed("supports", "engaging_verbs"):
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in act.children)
    ties = lexicon.listed("cooperates_with", "tie_nouns")
    return lemma in lexicon.listed("cooperates_with", "tie_verbs") and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in ties and "with" in {g.lower_ for g in c.subtree}
        for c in act.children
    )


def _need_acts(noun: Token) -> list[Token]:
    """The act a need is of: its to-infinitive, or the gerund of its "of"/"for" phrase."""
    clauses = [c for c in noun.children if c.dep_ in {"acl", "advcl", "relcl"} and c.pos_ == "VERB"]
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}]
    return clauses + [g for c in preps for g in c.children if g.dep_ == "pcomp"]


def stressed_targets(noun: Token, relation: str, resolver: Resolver) -> list[Target]:
    """What a need or an importance is of: its to-infinitive ("the need to address X", "the
    need for Haiti to address X"), else its "for"/"of" phrase, an act or an issue (not an actor)."""
    act = next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "advcl", "relcl"}
            and c.pos_ in {"VERB", "ADJ"}  # "a need to redouble efforts": the small model's ADJ
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    found: list[Target] = []
    if act is not None:
        doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
        # "the need to X and to Y": each act
        for target in (clause_target(a, resolver) for a in act_members(act, same_form=True)):
            if target is not None and doer is not None and not target.text.startswith(phrase(doer)):
                target = Target(f"{phrase(doer)} {target.text}", head=target.head)  # "the need for Haiti to address X"
            found += [target] if target is not None else []
        return found
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}):
        for child in prep.children:
            if child.dep_ == "pcomp" and child.pos_ == "VERB":  # "the importance of strengthening X, respecting Y"
                acts = act_members(child, same_form=True)
                found += [t for a in acts if (t := clause_target(a, resolver)) is not None]
            elif child.dep_ == "pobj":
                found += [t for t in targets(child, resolver) if t.actor is None]
    return found


@extractor(cues=lambda lexicon: lexicon.listed("demands", "need_nouns"))
def existing_needs(sent: Span, context: Context) -> Iterator[Found]:
    """ "There is an urgent need for a ceasefire", "there is a need to redouble efforts to achieve
    complete disengagement": in someone's words, a need said to exist is their demand; "there is
    no need for X", "why there is a need for X" state none."""
    needs = context.lexicon.listed("demands", "need_nouns")
    frame = context.frame
    for noun in sent:
        copula = noun.head
        if noun.lemma_.lower() not in needs or noun.dep_ != "attr" or copula.lemma_.lower() != "be":
            continue
        if not any(c.dep_ == "expl" for c in copula.children) or negated(copula) or irrealis(copula):
            continue
        if any(c.tag_ in {"WRB", "WDT", "WP"} or c.dep_ == "mark" for c in copula.children):
            continue  # "why there is a need for an envoy", "if there is a need": no need stated
        if any(c.dep_ == "neg" or c.lower_ in {"no", "little"} for c in noun.children):
            continue
        holder = frame.behalf if frame.voice_of(noun) != "author" else context.author
        if holder is None:
            continue
        relation = "supports" if own_endorsement(noun, context.lexicon) else "demands"  # "a need to respect X"
        for target in stressed_targets(noun, "demands", context.resolver):
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, relation, target, noun, "there_is_a_need", 0.6)
