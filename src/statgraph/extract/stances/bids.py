"""Bids to join: "Ukraine's application for membership", "Ukraine's bid to join the bloc",
"Venezuela is courting membership of BRICS": bidding to join is asking to be admitted, a demand of
the membership (not membership itself, CONVENTIONS.md: member_of).

The words are data in ontology/cues.toml [demands]: bid_nouns with an owner, bid_verbs with a
subject, over what membership_words name ("membership", "accession", "to join", "to become a member").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, clause_target, make_target
from ..context.holders import holders
from ..context.noun_holders import noun_holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolver
    from ..cues import Lexicon


def _cues(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.listed("demands", "bid_nouns") | lexicon.listed("demands", "bid_verbs")


@extractor(cues=_cues)
def membership_bids(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the membership its applicant asks for."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    nouns, verbs = lexicon.listed("demands", "bid_nouns"), lexicon.listed("demands", "bid_verbs")
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in nouns:
            who = noun_holders(token, frame, resolver)
        elif token.pos_ == "VERB" and lemma in verbs and not negated(token) and not irrealis(token):
            who = holders(subject_of(token), frame, resolver)
        else:
            continue
        asked = _membership(token, lexicon, resolver)
        if asked is None:
            continue
        for holder, how in who:
            if asked.actor is None or asked.actor.id != holder.id:
                yield Found(holder, "demands", asked, token, f"membership_bid/{how}", 0.55)


def _membership(token: Token, lexicon: Lexicon, resolver: Resolver) -> Target | None:
    """What a bid asks for, when it is membership: its "for"/"of" object ("for membership"), the
    verb's object ("courting membership of BRICS"), or its to-infinitive ("to join the bloc")."""
    words = lexicon.listed("demands", "membership_words")
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
            asked = next((o for o in child.children if o.dep_ == "pobj"), None)
        elif child.dep_ in {"dobj", "obj"} and token.pos_ == "VERB":
            asked = child
        elif child.dep_ in {"acl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            if child.lemma_.lower() in words or any(o.lemma_.lower() in words for o in child.children):
                return clause_target(child, resolver)
            continue
        else:
            continue
        if asked is not None and asked.lemma_.lower() in words:
            return make_target(asked, resolver)
    return None
