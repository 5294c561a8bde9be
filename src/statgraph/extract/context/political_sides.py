"""Political sides named by what they are, not by a name: "his party" in the words of the party's
own leader ("Kristersson said his party will not ...": the speaker, who speaks for it;
CONVENTIONS: holder_any accepts the speaker), and a body named by its members' title ("MEPs
condemn ...": the European Parliament; ontology [member_titles]).

Not read: "the opposition" as a group of its own (round nineteen measured it on train: its
holders right, but 6 of its 20 new candidates matched the gold, the rest weak stance readings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import word_table
from .persons import person_before

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver
    from .frame import Frame

# "meps" -> "European Parliament": members' titles for their body
_TITLES = {title: body for body, titles in word_table("actor_nouns", "member_titles").items() for title in titles}


def speaker_party(token: Token, frame: Frame, resolver: Resolver) -> Resolved | None:
    """ "Kristersson said his party will not form a coalition", "“My party will vote against it,”
    she said": the speaker, who speaks for the party; "his party" outside the speaker's own words,
    or bound to another person, is nobody this reading knows."""
    if token.lemma_.lower() != "party" or token.tag_ != "NN" or frame.speaker is None or frame.speaker.type != "person":
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or len(list(token.children)) != 1:
        return None  # "his own party", "his former party": not read here
    if owner.lower_ == "my" and token.i in frame.quoted:
        return frame.speaker
    if owner.lower_ not in {"his", "her"} or token.i not in frame.reported or token.i in frame.quoted:
        return None
    bound = person_before(owner, resolver, frame.quoted)
    return frame.speaker if bound is not None and bound.id == frame.speaker.id else None


def titled_members(token: Token, resolver: Resolver) -> Resolved | None:
    """The body whose members a bare plural title names: "MEPs condemn ...", "the MEPs urged ...":
    the European Parliament (`member_titles`); "Socialist MEPs", "three MEPs" are some of them."""
    body = _TITLES.get(token.lower_)
    if body is None or token.tag_ not in {"NNS", "NNPS", "NNP"}:
        return None
    if any(c.dep_ not in {"det", "punct", "relcl", "cc", "conj"} or c.dep_ == "det" and c.lower_ != "the" for c in token.children):
        return None
    actor = resolver.gazetteer.find(body)
    return resolver.actor(actor) if actor is not None else None
