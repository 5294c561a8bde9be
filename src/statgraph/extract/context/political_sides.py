"""Political sides named by what they are, not by a name: "the opposition", "Italy's opposition",
"opposition parties" (the opposition of a state, as a group of its own), and "his party" in the
words of the party's own leader ("Kristersson said his party will not ...": the speaker, who
speaks for it; CONVENTIONS: holder_any accepts the speaker); a body named by its members' title
("MEPs condemn ...": the European Parliament; ontology [member_titles]).

"opposition" is also a stance ("strong opposition to the plan", "opposition from farmers"): a
noun with an object ("to", "against", "from") or any modifier besides a state, a determiner or
a word of `opposition_modifiers` is not the side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.resolved import Resolved
from ...words import word_table, words
from .persons import person_before

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolver
    from .frame import Frame

_MEMBERS = words("actor_nouns", "opposition_members")
_MODIFIERS = words("actor_nouns", "opposition_modifiers")
_OBJECTS = frozenset("to against from toward towards over".split())
# "meps" -> "European Parliament": members' titles for their body
_TITLES = {title: body for body, titles in word_table("actor_nouns", "member_titles").items() for title in titles}


def opposition_side(token: Token, resolver: Resolver) -> Resolved | None:
    """The opposition "the opposition", "Colombia's opposition", "the Italian opposition",
    "opposition parties", "the opposition in the National Assembly" stand for: a group of its
    own, named with its state (the one the phrase names, else the one the story is filed from)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    if token.lower_ == "opposition":
        head = token
    elif token.tag_ in {"NNS", "NNPS"} and token.lower_ in _MEMBERS:
        head = next((c for c in token.children if c.dep_ in {"compound", "amod"} and c.lower_ == "opposition"), None)
        if head is None:
            return None  # "lawmakers", "the parties": no side named
    else:
        return None
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return None  # "the leader of the opposition": a person, whoever leads it
    named = _named_opposition(resolver)
    if named is not None:
        return named  # "The United Opposition has hit back ... the opposition leaders accused ..."
    state: Resolved | None = None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _OBJECTS:
            return None  # "opposition to the plan": a stance, not a side
        named = _state_named(child, resolver)
        if named is not None:
            state = named
        elif not _keeps_side(child):
            return None  # "strong opposition", "some opposition"
    state = state or _state_named_in(token, resolver) or resolver.home
    label = f"{state.label} opposition" if state is not None else "opposition"
    return Resolved(mint_id(label), label, "group")


def _named_opposition(resolver: Resolver) -> Resolved | None:
    """The body the text last named as an opposition ("the United Opposition"), which "the
    opposition" refers back to."""
    named = [a for _, _, a in resolver.organizations if "opposition" in a.label.lower().split()]
    return named[-1] if named else None


def _keeps_side(child: Token) -> bool:
    """Whether a word on "opposition" leaves it the political side."""
    if child.dep_ in {"det", "punct", "case"}:
        return child.dep_ != "det" or child.lower_ in {"the", "its", "their"}
    if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
        return True  # "the opposition in parliament", "the opposition of Serbia" (a state: _state_named)
    return child.lower_ in _MODIFIERS


def _state_named(child: Token, resolver: Resolver) -> Resolved | None:
    """The state a word on "opposition" names: "Italian", "Colombia's", "Kenya", "in Serbia"."""
    if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
        place = next((c for c in child.children if c.dep_ == "pobj"), None)
        return _state_named(place, resolver) if place is not None and place.pos_ == "PROPN" else None
    if child.dep_ not in {"amod", "compound", "poss", "nmod", "pobj"} or child.pos_ not in {"ADJ", "PROPN", "NOUN"}:
        return None
    actor = resolver.gazetteer.demonym(child.text) or resolver.gazetteer.find(resolver.name_span(child).text)
    return resolver.actor(actor) if actor is not None and actor.type == "state" else None


def _state_named_in(token: Token, resolver: Resolver) -> Resolved | None:
    """The state the members' own words name: "Serbian opposition parties", "the parties in Serbia"."""
    if token.lower_ == "opposition":
        return None
    for child in token.children:
        if child.lower_ == "opposition":
            continue
        found = _state_named(child, resolver)
        if found is not None:
            return found
    return None


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
