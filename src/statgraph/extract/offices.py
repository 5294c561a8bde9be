"""Offices as titles name them: the words that head an office ("minister", "secretary-general"),
and the reading of a title into its words, its state or organisation and the place it is held
at ("US Permanent Representative to the UN" -> Permanent Representative, of the United States,
to the United Nations)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..link.gazetteer import Actor
    from ..link.resolve import Resolved, Resolver

OFFICE_HEADS = frozenset(
    "president minister secretary chancellor premier king queen prince emir spokesman "
    "spokeswoman spokesperson ambassador envoy chairman chairwoman chair director "
    "commander head chief leader governor mayor senator representative "
    "secretary-general deputy".split()
)
TITLE_WORDS = OFFICE_HEADS | frozenset(
    "president minister secretary chancellor premier king queen prince emir "
    "spokesman spokeswoman spokesperson ambassador envoy chairman chairwoman chair "
    "director general commander head chief leader governor mayor senator deputy "
    "foreign defence defense prime vice first state interior finance permanent affairs "
    "former acting general special".split()
)
# Heads that name an office only with its state or organisation ("the representative of a
# generation", "the head of the family" are not offices).
WEAK_HEADS = frozenset("head chief leader deputy representative chair director commander".split())
# Words of a name run that make it an institution, not a person ("President Biden Administration").
POSSESSIVE = frozenset({"'s", "’s"})


@dataclass(frozen=True)
class Office:
    """An office as read from a title: its words, its state or organisation, and the place
    it is held at ("Permanent Representative" of the United States to the United Nations)."""

    words: str
    owner: Actor | None = None
    at: Actor | None = None
    at_word: str = "to"

    def label(self, fallback: Actor | None = None) -> str:
        owner = self.owner or fallback
        label = self.words
        if owner is not None and owner != self.at:
            label += f" of {owner.label}"
        if self.at is not None:
            label += f" {self.at_word} {self.at.label}"
        return label


def country_word(token: Token, resolver: Resolver) -> bool:
    actor = resolver.gazetteer.demonym(token.text) or resolver.gazetteer.find(token.text)
    return actor is not None and actor.type in {"state", "organization"}


def office_span(head: Token) -> Span:
    """The words of an office headed by `head`: its modifiers and its "of", "to" and "for"
    phrases, without relative clauses and the like."""
    # "Russia's foreign minister", not "the president's spokesman"
    lefts = [c for c in head.lefts if c.dep_ != "det" and not (c.dep_ == "poss" and c.pos_ != "PROPN")]
    first = min([head.i] + [t.i for c in lefts for t in c.subtree])
    last = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "to", "for"}:
            subtree = list(child.subtree)
            if len(subtree) <= 7 and not any(t.pos_ in {"VERB", "AUX"} for t in subtree):
                last = max(last, subtree[-1].i)
        else:
            break
    return head.doc[first : last + 1]


def read_office(title: Span, resolver: Resolver) -> Office | None:
    """ "Russian Foreign Minister" -> Foreign Minister, of Russia; "US Permanent Representative
    to the UN" -> Permanent Representative, of the United States, to the United Nations."""
    owner: Actor | None = None
    at: Actor | None = None
    at_word = "to"
    words: list[str] = []
    glue = False
    actors = _actor_spans(title, resolver)
    i = title.start
    while i < title.end:
        token = title.doc[i]
        if i in actors:
            actor, i = actors[i]
            if words and words[-1].lower() in {"to", "for"} and not (words[-1].lower() == "for" and _speaker(words)):
                at, at_word = at or actor, words.pop().lower()
            elif words and words[-1].lower() == "for":
                words.pop()
                owner = owner or actor  # "a spokeswoman for the Chinese Foreign Ministry"
            else:
                owner = owner or actor
            continue
        i += 1
        if token.lower_ in {"the", "a", "an"} | POSSESSIVE:
            continue
        if token.lower_ == "of" and (token.i + 1 in actors or _next_actor(token, actors)):
            continue
        if token.text == "-" and not token.whitespace_ and words:
            words[-1] += "-"
            glue = True
            continue
        if glue:
            words[-1] += token.text
            glue = False
        else:
            words.append(token.text)
    while words and words[-1].lower() in {"of", "to", "for"}:
        words.pop()
    heads = {part.lower() for w in words for part in (w, *w.split("-"))}
    if not heads & (OFFICE_HEADS - {"deputy", "head", "chief", "leader"}):
        return None
    return Office(" ".join(words), owner, at, at_word)


def _speaker(words: list[str]) -> bool:
    return any(w.lower().startswith("spokes") for w in words)


def _next_actor(token: Token, actors: dict[int, tuple[Actor, int]]) -> bool:
    """Whether "of" is followed by an actor, after "the" ("of the United Nations")."""
    following = token.i + 1
    while following < len(token.doc) and token.doc[following].lower_ == "the":
        following += 1
    return following in actors


def _actor_spans(title: Span, resolver: Resolver) -> dict[int, tuple[Actor, int]]:
    """States and organisations named in a title, longest first: start -> (actor, end)."""
    found: dict[int, tuple[Actor, int]] = {}
    i = title.start
    while i < title.end:
        match = actor_at(title.doc, i, title.end, resolver)
        if match is not None:
            found[i] = match
            i = match[1]
        else:
            i += 1
    return found


def actor_at(doc: Doc, start: int, stop: int, resolver: Resolver) -> tuple[Actor, int] | None:
    """The state or organisation whose name starts at a token, longest first: (actor, end)."""
    gazetteer = resolver.gazetteer
    if not doc[start].text[:1].isupper():
        return None
    for end in range(min(stop, start + 6), start, -1):
        span = doc[start:end]
        if any(t.lower_ in {"of", "to", "for"} for t in span):
            continue
        if end - start == 1:
            actor = gazetteer.demonym(span.text) or (gazetteer.find(span.text) if span[0].pos_ == "PROPN" else None)
        else:
            actor = gazetteer.find(span.text)
        if actor is not None and actor.type in {"state", "organization"}:
            return actor, end
    return None


def owner_of(person: Resolved, resolver: Resolver) -> Actor | None:
    """The state or organisation a person is known to serve: from the lexicon, or from an
    office the text gave them before."""
    if person.of:
        return resolver.gazetteer.actors.get(person.of)
    noted = resolver.offices.get(person.id)
    return resolver.gazetteer.actors.get(noted.id) if noted is not None and noted.type == "state" else None


def note_title(resolver: Resolver, person: Resolved, office: Office) -> None:
    """Remember a person's office (without "former"), for "his Turkish counterpart"."""
    words = " ".join(w for w in office.words.split() if w.lower() not in {"former", "acting", "ex", "then"})
    if words and office.at is None:
        resolver.titles.setdefault(person.id, words)
