"""holds_role: the name runs of a sentence and the titles before them ("Russian Foreign Minister
Sergei Lavrov", "Deputy Prime Minister of Canada Chrystia Freeland", "US Permanent
Representative to the UN L. Thomas-Greenfield", "Iran's envoy to the IAEA, Kazem
Gharibabadi"); what follows a name or is said of it is read in role_clauses.py, the office a
title names in offices.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..link.gazetteer import mint_id
from ..link.resolve import Resolved
from .offices import (
    DEPARTMENTS,
    OFFICE_HEADS,
    POSSESSIVE,
    TITLE_WORDS,
    Office,
    actor_at,
    country_word,
    known_office,
    note_title,
    office_span,
    owner_of,
    read_office,
)
from .role_clauses import apposition_title, counterpart, predicated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..link.resolve import Resolver

# Words of a name run that make it an institution, not a person ("President Biden Administration").
_INSTITUTION_WORDS = frozenset(
    "administration office ministry government council department committee agency service "
    "cabinet party house court assembly commission".split()
)
# Lower-case particles inside personal names.
_PARTICLES = frozenset("von van der den de da di du la le al el bin ibn ben".split())


def find_roles(sent: Span, resolver: Resolver) -> Iterator[tuple[Resolved, str, Token]]:
    """holds_role from titles before names ("Russian Foreign Minister Sergei Lavrov",
    "Deputy Prime Minister of Canada Chrystia Freeland"), appositions ("Lavrov, Russia's
    foreign minister"), counterparts ("his US counterpart Antony Blinken"), copulas ("she was
    the Minister of Foreign Affairs") and "as" phrases ("to have him as foreign minister").
    Yields (person, office label, cue token)."""
    doc = sent.doc
    named: list[tuple[int, int, Resolved]] = []  # (first token, last token, person)
    i = sent.start
    while i < sent.end:
        token = doc[i]
        if (
            token.pos_ != "PROPN"
            or token.lower_ in TITLE_WORDS
            or country_word(token, resolver)
            or _department(doc, i, sent.start)
        ):
            i += 1
            continue
        institution = actor_at(doc, i, sent.end, resolver)
        if institution is not None:  # "European Commission", not a name run
            i = institution[1]
            continue
        end = _name_end(doc, i, sent.end)
        name = doc[i : end + 1]
        title = _title_before(doc, i, sent.start, resolver) or _title_before_comma(doc, i, end, sent, resolver)
        person = _person(name, resolver, bool(title))
        if person is not None:
            if title is None:
                title = apposition_title(name)
            office = read_office(title, resolver) if title is not None else None
            if office is not None:
                office = known_office(office, person, resolver)
                label = office.label(owner_of(person, resolver))
                note_title(resolver, person, office)
                yield person, label, _cue(title)
            else:
                match = counterpart(doc, i, sent.start, person, named, resolver)
                if match is not None:
                    words, country, cue = match
                    note_title(resolver, person, Office(words, country))
                    yield person, f"{words} of {country.label}", cue
            named.append((i, end, person))
        i = end + 1
    yield from predicated(sent, named, resolver)


def _department(doc: Doc, i: int, floor: int) -> bool:
    """Whether a word names the department of an office before it ("Secretary of Commerce",
    "Secretary of Homeland Security"), not the start of a name."""
    if doc[i].lower_ not in DEPARTMENTS:
        return False
    j = i - 1
    while j > floor and doc[j].lower_ in DEPARTMENTS and doc[j].text[:1].isupper():
        j -= 1
    return j > floor and doc[j].lower_ == "of" and doc[j - 1].lower_ in OFFICE_HEADS


def _cue(title: Span) -> Token:
    """The head word of a title ("Minister" in "Russian Foreign Minister")."""
    heads = [t for t in title if t.lower_ in OFFICE_HEADS or t.lower_.split("-")[0] in OFFICE_HEADS]
    return heads[-1] if heads else title[-1]


def _name_end(doc: Doc, start: int, stop: int) -> int:
    """The last token of a name run: proper nouns, hyphenated ones joined ("Thomas-Greenfield")."""
    end = start
    while True:
        following = end + 1
        if following < stop and doc[following].pos_ == "PROPN" and doc[following].lower_ not in TITLE_WORDS:
            end = following
        elif (
            following + 1 < stop
            and doc[following].lower_ in _PARTICLES
            and doc[following + 1].text[:1].isupper()
            and doc[following + 1].pos_ == "PROPN"
        ):
            end = following + 1  # "Ursula von der Leyen", "Mohammed bin Salman"
        elif (
            following + 1 < stop
            and doc[following].text == "-"
            and not doc[end].whitespace_
            and not doc[following].whitespace_
            and doc[following + 1].pos_ == "PROPN"
            and doc[following + 1].text[:1].isupper()
        ):
            end = following + 1
        else:
            return end


def _person(name: Span, resolver: Resolver, titled: bool) -> Resolved | None:
    """The person a name run refers to: known (also without initials: "L. Thomas-Greenfield"),
    NER PERSON, or capitalised words after a title that the tagger took for an organisation."""
    gazetteer = resolver.gazetteer
    initials = 0
    while initials < len(name) - 1 and _initial(name[initials]):
        initials += 1
    for surface in dict.fromkeys((name.text, name[initials:].text)):
        actor = gazetteer.find(surface)
        if actor is not None and actor.type == "person":
            return _claim(name, resolver.remember(resolver.actor(actor)), resolver)
    found = resolver.resolve(name[-1])
    if found is not None and found.type == "person":
        return found
    minted = found is None or (found.id not in gazetteer.actors and found.label.split()[-1] == name[-1].text)
    if (
        minted
        and titled
        and len(name) - initials >= 2
        and all(t.text[:1].isupper() for t in name if t.text != "-")
        and name[-1].ent_type_ in {"", "PERSON", "ORG", "NORP", "GPE"}
        and not any(t.lower_ in _INSTITUTION_WORDS or country_word(t, resolver) for t in name)
    ):
        label = " ".join(t.text for t in name[initials:]).replace(" - ", "-")
        return _claim(name, resolver.remember(Resolved(mint_id(label), label, "person")), resolver)
    return None


def _initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _claim(name: Span, person: Resolved, resolver: Resolver) -> Resolved:
    """Let later rules resolve the name's head to the person found here."""
    resolver.cache[(id(name.doc), name[-1].i)] = person
    return person


def _title_before(doc: Doc, start: int, floor: int, resolver: Resolver) -> Span | None:
    """The title words right before a name, with their country words and "of", "to" and
    "for" phrases ("Ambassador to the UN", "Special Envoy for Iran")."""
    first = start
    while first > floor and start - first < 12:
        previous = doc[first - 1]
        if previous.text in POSSESSIVE and first - 2 >= floor and not country_word(doc[first - 2], resolver):
            break  # "Putin's spokesman": the title is the spokesman's, not Putin's
        if (
            previous.lower_ in TITLE_WORDS
            or previous.lower_ in {"of", "the"} | POSSESSIVE
            or country_word(previous, resolver)
            or (previous.pos_ == "PROPN" and previous.text[:1].isupper())
            or _modifier(previous, first, start)
            or (
                previous.text == "-"
                and not previous.whitespace_
                and first - 2 >= floor
                and not doc[first - 2].whitespace_
            )
            or (previous.lower_ in {"to", "for"} and first - 2 >= floor and doc[first - 2].lower_ in OFFICE_HEADS)
        ):
            first -= 1
            continue
        break
    while first < start and doc[first].lower_ in {"of", "the", "-", "to", "for"} | POSSESSIVE:
        first += 1
    span = doc[first:start]
    return span if any(t.lower_ in OFFICE_HEADS for t in span) else None


def _modifier(token: Token, first: int, start: int) -> bool:
    """A word of the title's that the tagger gave no capital or proper noun: a lower-case noun
    ("foreign policy chief", "trade chief") or a capitalised adjective ("North Korean leader"),
    not a description ("the new ambassador")."""
    return (
        (
            (token.is_lower and token.pos_ == "NOUN" and token.dep_ == "compound")
            or (token.is_title and token.pos_ == "ADJ" and token.dep_ == "amod")
        )
        and first <= token.head.i <= start + 3
        and any(t.lower_ in OFFICE_HEADS for t in token.doc[token.i + 1 : start])
    )


def _title_before_comma(doc: Doc, start: int, end: int, sent: Span, resolver: Resolver) -> Span | None:
    """ "Iran's envoy to the IAEA, Kazem Gharibabadi, said": a title set off by a comma, when
    the name is not one of a list."""
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    # the apposition closes after the name: not "After talks with the Turkish President, Putin said"
    if end + 1 < sent.end and not (doc[end + 1].text in {",", ")", ";", "—", "–"} or doc[end + 1].is_sent_end):
        return None
    title = _title_before(doc, start - 1, sent.start, resolver) or _office_phrase_before(doc, start - 1, sent)
    if title is None or (title.start > sent.start and doc[title.start - 1].text == ","):
        return None
    return title


def _office_phrase_before(doc: Doc, comma: int, sent: Span) -> Span | None:
    """An office with a phrase after it that runs up to a comma ("Russia's ambassador to
    international organizations in Vienna,"): the nearest office word before it, with a
    "to", "for", "at" or "of" phrase and no verb or punctuation up to the comma."""
    for j in range(comma - 1, max(sent.start, comma - 9) - 1, -1):
        token = doc[j]
        if token.is_punct or token.pos_ in {"VERB", "AUX"}:
            return None
        if token.lower_ in OFFICE_HEADS and token.pos_ in {"NOUN", "PROPN"}:
            if j + 1 == comma or doc[j + 1].lower_ not in {"to", "for", "at", "of"}:
                return None
            return doc[office_span(token).start : comma]
    return None
