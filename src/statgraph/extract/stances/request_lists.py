"""Every thing a request noun asks for: "Hamas's call for a withdrawal of all troops and an end to
the war" demands both the withdrawal and the end; "their demands for talks and for the release of
the prisoners" demands both. The noun's owner (or the subject of the light verb that makes it)
demands each member of each "for" phrase; the first member is most often read by the noun rules
too (nouns.py), the later ones only here. A list set off by a colon after the nouns is what they
ask too: "presented three requests to Kosovo: calming the situation in the north, holding new
elections ..., and resuming the dialogue" demands each of the three.

The nouns are data in ontology/cues.toml [demands] listed_request_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, clause_target, make_target, targets
from ..context.subjects import conjuncts
from ..context.noun_holders import noun_holders
from ..found import Found
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@extractor(cues=lambda lexicon: lexicon.listed("demands", "listed_request_nouns"))
def listed_requests(sent: Span, context: Context) -> Iterator[Found]:
    """Yield what a request noun's owner asks for, each member of its "for" phrases."""
    nouns = context.lexicon.listed("demands", "listed_request_nouns")
    frame, resolver = context.frame, context.resolver
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        if any(c.dep_ in {"neg", "det"} and c.lower_ in {"no", "not"} for c in noun.children):
            continue  # "no call for a ceasefire"
        asked = [t for prep in _for_phrases(noun) for o in prep.children if o.dep_ == "pobj" for t in targets(o, resolver)]
        asked += [t for c in _hung_members(noun, nouns) if (t := make_target(c, resolver)) is not None]
        asked += _after_colon(noun, resolver)
        asked = [t for t in asked if t.actor is None]
        if len(asked) < 2:
            continue  # one thing asked: the noun rules read it
        for holder, how in noun_holders(noun, frame, resolver):
            for target in asked:
                yield Found(holder, "demands", target, noun, f"request_list/{how}", 0.55)


def _for_phrases(noun: Token) -> list[Token]:
    """A noun's "for" phrases and those listed after them: "calls for talks, and for restraint"."""
    found = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"):
        found.append(prep)
        found += [c for c in prep.subtree if c.dep_ == "conj" and c.lower_ == "for" and c.head.i == prep.i]
    return found


def _hung_members(noun: Token, nouns: frozenset[str]) -> list[Token]:
    """Things asked that the parser listed with the request noun itself: in "the call for a withdrawal
    and an end to the war", "end" hangs on "call"; not another owned or request noun ("the call for
    talks and its rejection of sanctions")."""
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
        return []
    return [
        c for c in noun.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.lemma_.lower() not in nouns
        and not any(g.dep_ == "poss" for g in c.children)
    ]


def _after_colon(noun: Token, resolver: object) -> list[Target]:
    """The members of a list set off by a colon right after a plural request noun's phrase ("three
    requests to Kosovo: calming ..., holding ..., and resuming ..."): each act or thing listed."""
    doc, end = noun.doc, noun.right_edge.i + 1
    if noun.tag_ != "NNS" or end + 1 >= len(doc) or doc[end].text != ":" or doc[end].sent != noun.sent:
        return []
    sent_end = noun.sent.end
    first = next((t for t in doc[end + 1 : sent_end] if not (end < t.head.i < sent_end) or t.head.i == t.i), None)
    if first is None or first.pos_ not in {"VERB", "NOUN"}:
        return []
    members = [first, *conjuncts(first)]
    if first.pos_ == "VERB":
        return [t for m in members if m.tag_ == "VBG" and (t := clause_target(m, resolver)) is not None]  # type: ignore[arg-type]
    return [t for m in members for t in targets(m, resolver)]  # type: ignore[arg-type]
