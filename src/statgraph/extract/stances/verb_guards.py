"""When a cue verb states nothing of its own: a view upheld by its own holder ("reaffirmed its
position"), an act only said to be needed ("the need for X and Y to cooperate"), a headline's
second verb the parser took for a quote's frame."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...words import words
from .verb_objects import own_view

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolver
    from ..cues import Lexicon
    from ..found import Found

_REPORTING = words("speech", "reporting_verbs")


def not_own_view(read: Iterator[Found], obj: Token, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The stances read, but no support of the holder's own view ("reaffirmed its position")."""
    return (f for f in read if f.relation != "supports" or not own_view(obj, f.holder, resolver, lexicon))


def needed(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an act is the to-infinitive of a noun of need ("the need for X and Y to cooperate")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return (
        verb.head.pos_ == "NOUN"
        and verb.head.lemma_.lower() in lexicon.listed("demands", "need_nouns")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def inverted_frame(verb: Token) -> bool:
    """Whether the parser read a headline's second verb as a quote's inverted frame ("X tells Y to
    respect the deal, rebukes Pat Conroy" as if "..., says Pat Conroy"): a clause before the verb
    as its object and a subject after it, though it is no verb of speech."""
    return (
        verb.lemma_.lower() not in _REPORTING
        and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
    )


def attempt_reported(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of seeking reports an attempt, not a demand: a participle of manner with a
    to-infinitive ("met them, seeking to ease tensions", "committed to working with them, seeking
    to listen to their concerns"); a finite one ("Nauru seeks to restore ties", "sought to annex")
    or one over a noun ("seeking asylum") still asks: readers count it as the aim asked for."""
    if verb.lemma_.lower() not in lexicon.listed("demands", "attempt_verbs"):
        return False
    manner = verb.tag_ == "VBG" and verb.dep_ in {"advcl", "acl", "xcomp"} and not any(
        c.dep_ in {"aux", "nsubj"} for c in verb.children
    )
    return manner and any(
        c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


# Prepositions by which a stance word takes the act it opposes ("warned against supporting the
# rebels", "his opposition to offering Ukraine fast-track accession", "refrained from backing it").
_OPPOSING_PREPOSITIONS = frozenset({"against", "from", "to"})


def opposed_act(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a gerund is the act an opposing word is against: "warned against supporting the
    rebels" opposes the support, it backs no rebels; "his opposition to offering Ukraine
    fast-track accession" offers nothing; nor does "rejected a decision by the US to recognize
    Morocco's sovereignty" recognize it. The opposing word's own rule reads the stance."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "acl" and verb.head.dep_ in {"dobj", "obj"} and infinitive:
        return _opposing(verb.head.head, lexicon)  # "rejected a decision by the US to recognize X"
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in _OPPOSING_PREPOSITIONS:
        return False
    if prep.lower_ == "against":
        return True
    word = prep.head
    cues = (lexicon.nouns if word.pos_ == "NOUN" else lexicon.phrasal if word.pos_ == "VERB" else {}).get(
        word.lemma_.lower(), []
    )
    return any(c.relation in {"opposes", "rejects"} for c in cues)


def _opposing(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's own first cue opposes, rejects or criticizes what it takes."""
    cues = lexicon.verbs.get(verb.lemma_.lower(), []) if verb.pos_ == "VERB" else []
    return bool(cues) and cues[0].relation in {"opposes", "rejects", "criticizes"}
