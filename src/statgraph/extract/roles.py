"""holds_role: offices from titles before names ("Russian Foreign Minister Sergei Lavrov",
"Deputy Prime Minister of Canada Chrystia Freeland") and from appositions ("Lavrov,
Russia's foreign minister")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..link.gazetteer import mint_id
from ..link.resolve import Resolved, Resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_OFFICE_HEADS = frozenset(
    "president minister secretary chancellor premier king queen prince emir spokesman "
    "spokeswoman spokesperson ambassador envoy chairman chairwoman chair director "
    "commander head chief leader governor mayor senator representative "
    "secretary-general deputy".split()
)
_TITLE_WORDS = _OFFICE_HEADS | frozenset(
    "president minister secretary chancellor premier king queen prince emir "
    "spokesman spokeswoman spokesperson ambassador envoy chairman chairwoman chair "
    "director general commander head chief leader governor mayor senator deputy "
    "foreign defence defense prime vice first state interior finance permanent affairs "
    "former acting general".split()
)


def find_roles(sent: Span, resolver: Resolver) -> Iterator[tuple[Resolved, str, Token]]:
    """holds_role from titles before names ("Russian Foreign Minister Sergei Lavrov",
    "Deputy Prime Minister of Canada Chrystia Freeland") and appositions ("Lavrov,
    Russia's foreign minister"). Yields (person, office label, cue token)."""
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        token = doc[i]
        if token.pos_ != "PROPN" or token.lower_ in _TITLE_WORDS or _country_word(token, resolver):
            i += 1
            continue
        end = i
        while end + 1 < sent.end and doc[end + 1].pos_ == "PROPN" and doc[end + 1].lower_ not in _TITLE_WORDS:
            end += 1
        name = doc[i : end + 1]
        title = _title_before(doc, i, sent.start, resolver)
        person = _person(name, resolver, bool(title))
        if person is not None:
            if title is None:
                title = _apposition_title(name)
            if title is not None:
                office = _office_label(title, person, resolver)
                if office:
                    yield person, office, title[-1]
        i = end + 1


def _country_word(token: Token, resolver: Resolver) -> bool:
    actor = resolver.gazetteer.demonym(token.text) or resolver.gazetteer.find(token.text)
    return actor is not None and actor.type in {"state", "organization"}


def _person(name: Span, resolver: Resolver, titled: bool) -> Resolved | None:
    """The person a name run refers to: known, NER PERSON, or two capitalised words after
    a title."""
    found = resolver.resolve(name[-1])
    if found is not None and found.type == "person":
        return found
    if (
        found is None
        and titled
        and len(name) >= 2
        and all(t.text[:1].isupper() for t in name)
        and name[-1].ent_type_ in {"", "PERSON"}
    ):
        label = " ".join(t.text for t in name)
        return resolver.remember(Resolved(mint_id(label), label, "person"))
    return None


def _title_before(doc: Doc, start: int, floor: int, resolver: Resolver) -> Span | None:
    """The title words right before a name, with their country words and "of" phrases."""
    first = start
    while first > floor and start - first < 9:
        previous = doc[first - 1]
        if (
            previous.lower_ in _TITLE_WORDS
            or previous.lower_ in {"of", "the", "'s", "’s"}
            or _country_word(previous, resolver)
            or (previous.pos_ == "PROPN" and previous.text[:1].isupper())
        ):
            first -= 1
            continue
        break
    while first < start and doc[first].lower_ in {"of", "the", "'s", "’s"}:
        first += 1
    span = doc[first:start]
    return span if any(t.lower_ in _OFFICE_HEADS for t in span) else None


def _apposition_title(name: Span) -> Span | None:
    """ "Lavrov, Russia's foreign minister," -> "Russia's foreign minister"."""
    appos = next((c for c in name[-1].children if c.dep_ == "appos" and c.lower_ in _OFFICE_HEADS), None)
    if appos is None:
        return None
    return appos.doc[min(t.i for t in appos.subtree if t.i <= appos.i) : appos.i + 1]


def _office_label(title: Span, person: Resolved, resolver: Resolver) -> str:
    """ "Russian Foreign Minister" -> "Foreign Minister of Russia"."""
    country = None
    words = []
    for token in title:
        actor = resolver.gazetteer.demonym(token.text) or (
            resolver.gazetteer.find(token.text) if token.pos_ == "PROPN" else None
        )
        if actor is not None and actor.type in {"state", "organization"}:
            country = country or actor
        elif token.lower_ not in {"'s", "’s", "the"} and not (
            token.lower_ == "of" and token.i + 1 < len(token.doc) and _country_word(token.doc[token.i + 1], resolver)
        ):
            words.append(token.text)
    while words and words[-1].lower() == "of":
        words.pop()
    if not any(w.lower() in _OFFICE_HEADS - {"deputy", "head", "chief", "leader"} for w in words):
        return ""
    office = " ".join(words)
    if country is None and person.of:
        country = resolver.gazetteer.actors.get(person.of)
    return f"{office} of {country.label}" if country else office
