"""A body's gatherings: met_with from "Lavrov attended the assembly of the Council" and "during
meetings of the collegium of the Foreign Ministry" (a person at a body's gathering meets the
body). The nouns are cues.toml's [met_with] gatherings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_of
from ..cues import Lexicon
from ..found import Found
from ..moods import negated

if TYPE_CHECKING:
    from spacy.tokens import Token


def gathering(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Lavrov attended the assembly of the Council", "during meetings of the collegium of the
    Foreign Ministry": a person at a body's gathering meets the body."""
    if (
        token.lemma_.lower() not in lexicon.events["met_with"]["gatherings"]
        and token.lower_ not in (lexicon.events["met_with"]["gatherings"])
    ):
        return
    if token.dep_ in {"dobj", "obj"} and token.head.lemma_.lower() == "attend":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in {"during", "at"}:
        verb = token.head.head
    else:
        return
    if verb.pos_ not in {"VERB", "AUX"} or negated(verb):
        return
    bodies = _bodies(token, resolver, named=verb.lemma_.lower() == "attend")
    for holder, how in holders(subject_of(verb), frame, resolver):
        for body in bodies:
            # named only: "he" may be someone the text calls by title ("the president")
            if holder.type == "person" and how == "subject" and body.id != holder.id:
                yield Found(holder, "met_with", Target(body.label, body), token, f"gathering/{how}", 0.55)


def _bodies(noun: Token, resolver: Resolver, depth: int = 0, *, named: bool = False) -> list[Resolved]:
    """The organisations whose gathering a noun is: "of the Council", "of the collegiums of X";
    when `named`, also "the SCO summit" (a body named in the gathering's own name)."""
    found = [
        a
        for c in noun.children
        if named and c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and not _same_name(c, noun)
        if (a := resolver.resolve(c)) is not None and a.type == "organization"
    ]
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for pobj in of:
        for member in [pobj, *conjuncts(pobj)]:
            actor = resolver.resolve(member) if member.pos_ == "PROPN" else None
            if actor is not None and actor.type == "organization":
                found.append(actor)
            elif actor is None and depth < 1 and member.pos_ == "NOUN":
                found += _bodies(member, resolver, depth + 1)
    return found


def _same_name(modifier: Token, noun: Token) -> bool:
    """Whether a modifier is part of the noun's own name ("the XXXII Assembly")."""
    return (
        noun.ent_iob_ != "O"
        and modifier.ent_iob_ != "O"
        and any(e.start <= modifier.i < e.end and e.start <= noun.i < e.end for e in noun.doc.ents)
    )
