"""Backing named in a compound modifier: "an Iran-backed militia", "the U.S.-brokered ceasefire",
"a NATO-backed uprising": the actor before the hyphen supports what the noun names; "a
Russian-drafted resolution", "the China-proposed initiative": it proposes it.

The participles are cues.toml [supports] backing_participles and [proposes] proposing_participles;
the actor is the word before the hyphen, as the tokenizer splits it ("US - backed") or keeps it
whole ("U.S.-brokered").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, make_target
from ..found import Found
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver


@extractor
def backed_by(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support an "<actor>-backed <noun>" modifier states."""
    kinds = {
        "supports": context.lexicon.listed("supports", "backing_participles"),
        "proposes": context.lexicon.listed("proposes", "proposing_participles"),
    }
    if "-" not in sent.text:
        return  # every backer is hyphenated: "Iran-backed", "US - backed"
    resolver = context.resolver
    for token in sent:
        if token.dep_ not in {"amod", "compound", "acl"} or token.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        relation, found = next(
            ((r, f) for r, participles in kinds.items() if (f := _backer(token, participles, resolver))), ("", None)
        )
        if found is None:
            continue
        backer, surface = found
        for target in [t for t in [make_target(token.head, resolver)] if t is not None]:
            text = " ".join(target.text.replace(surface, " ").split())
            if target.actor is not None and target.actor.id == backer.id or not text:
                continue
            chosen = target if target.actor else Target(text, head=target.head)
            yield Found(backer, relation, chosen, token, "backed_by", 0.6)


def _backer(token: Token, participles: frozenset[str], resolver: Resolver) -> tuple[Resolved, str] | None:
    """The actor a hyphenated participle names and the compound's surface text: "Iran-backed"."""
    doc = token.doc
    if token.lower_ in participles and token.i >= 2 and doc[token.i - 1].text == "-":
        actor = resolver.resolve(doc[token.i - 2])
        return (actor, doc[token.i - 2 : token.i + 1].text) if actor is not None else None
    prefix, _, participle = token.text.rpartition("-")
    if prefix and participle.lower() in participles:
        known = resolver.gazetteer.find(prefix)
        return (resolver.actor(known), token.text) if known is not None else None
    return None
