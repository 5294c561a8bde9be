"""holds_role: the name runs of a sentence and the titles before them ("Russian Foreign Minister
Sergei Lavrov", "Deputy Prime Minister of Canada Chrystia Freeland", "US Permanent
Representative to the UN L. Thomas-Greenfield", "Iran's envoy to the IAEA, Kazem
Gharibabadi"); what follows a name or is said of it is read in role_clauses.py, the office a
title names in offices.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.person_names import TITLE_ABBREVIATIONS, TITLE_WORDS, party_label_at
from ...link.resolve import Resolved
from ..sentence import parts_of_speech
from .names import HONORIFICS, INSTITUTION_WORDS, SUFFIXES, honorific, name_end, person_named
from .offices import (
    DEPARTMENTS,
    OFFICE_HEADS,
    OWNED_HEADS,
    Office,
    actor_at,
    country_word,
    known_office,
    note_title,
    owner_of,
    read_office,
)
from .plural_titles import plural_roles, singular
from .counterparts import COUNTERPART_WORDS, counterpart
from .described import described_roles
from .role_clauses import apposition_title, joined_titles, led_bodies, predicated
from .seat_brackets import bracketed_offices
from .title_spans import (
    addressed_style,
    is_office_head,
    name_lead,
    office_of_before,
    title_before,
    title_before_comma,
    title_cue,
    title_in_parentheses,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...link.resolve import Resolver

# words of a former office between "and" and a title ("and ex-Prime Minister of Denmark")
_FORMER = frozenset({"-", "ex", "former", "then", "then-"})


def find_roles(sent: Span, resolver: Resolver) -> Iterator[tuple[Resolved, str, Token]]:
    """holds_role from titles before names ("Russian Foreign Minister Sergei Lavrov",
    "Deputy Prime Minister of Canada Chrystia Freeland"), appositions ("Lavrov, Russia's
    foreign minister"), counterparts ("his US counterpart Antony Blinken"), copulas ("she was
    the Minister of Foreign Affairs") and "as" phrases ("to have him as foreign minister").
    Yields (person, office label, cue token)."""
    doc = sent.doc
    named: list[tuple[int, int, Resolved]] = []  # (first token, last token, person)
    tags = parts_of_speech(sent)  # read off the parse's array once a sentence
    i = sent.start
    while i < sent.end:
        if tags[i - sent.start] != "PROPN" or _no_name_starts(doc, i, sent, resolver):
            i += 1
            continue
        institution = actor_at(doc, i, sent.end, resolver)
        if institution is not None:  # "European Commission", not a name run
            i = institution[1]
            continue
        end = name_end(doc, i, sent.end)
        name = doc[i : end + 1]
        lead = name_lead(doc, i, sent.start)  # "Qatar's Prime Minister, Sheikh Mohammed ...": before "Sheikh"
        title = (
            title_before(doc, i, sent.start, resolver)
            or office_of_before(doc, i, sent.start)
            or title_in_parentheses(doc, lead, sent.start, resolver)
            or title_before_comma(doc, lead, end, sent, resolver)
        )
        if title is None:  # "opposition leaders Leopoldo Lopez and Antonio Ledezma"
            yield from plural_roles(doc, lead, sent, resolver)
        if title is not None and _object_of_title(doc, i, title, resolver):
            # "commander of US Marine Corps Forces Pacific": the office's, not its holder; but
            # "Secretary of National Defense Gilberto Teodoro": the name after the department
            i = _after_department(doc, i, end) or _after_body(doc, i, end) or end + 1
            continue
        # an office in apposition also marks a name ("Kamikawa Yoko, Minister for Foreign Affairs of Japan")
        titled = bool(title) or apposition_title(name) is not None or _after_counterpart(doc, lead, sent.start)
        person = person_named(name, resolver, titled)
        if person is not None:
            yield from _roles_of(person, name, title, sent, named, resolver)
            yield from _coordinated_title(person, title, sent, resolver)
            yield from _chained_title(person, title, end, sent, resolver)
            named.append((i, end, person))
        # "President of the National Electoral Council Diana Atamaint": the name inside the run
        i = (person is None and title is not None and _person_entity_start(doc, i, end)) or end + 1
    yield from predicated(sent, named, resolver)
    yield from led_bodies(sent, named, resolver)
    yield from bracketed_offices(sent, named, resolver)  # "Jane Doe (Wills, Australian Labor Party)"
    yield from described_roles(sent, {person.id for _, _, person in named}, resolver)  # "the Russian president"


def _person_entity_start(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's name the entity recogniser marks starts inside a run of capitalised
    words no person was found in, with two words or more ("Electoral Council | Diana Atamaint")."""
    return next(
        (k for k in range(start + 1, end) if doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"), None
    )


def _coordinated_title(
    person: Resolved, title: Span | None, sent: Span, resolver: Resolver
) -> Iterator[tuple[Resolved, str, Token]]:
    """The first of two titles joined by "and" before a name: "former Secretary General of NATO
    and ex-Prime Minister of Denmark Anders Fogh Rasmussen", "Prime Minister and Foreign Minister
    Sheikh Mohammed" (not "Russian President Vladimir Putin and Chinese President Xi": a name
    ends the first span)."""
    if title is None or title.start - 2 <= sent.start:
        return
    doc = sent.doc
    at = title.start - 1
    while at > sent.start + 1 and doc[at].lower_ in _FORMER:  # "and ex-Prime Minister"
        at -= 1
    joint = doc[at]
    if joint.lower_ != "and" or not (is_office_head(doc[at - 1]) or doc[at - 1].ent_type_ in {"ORG", "GPE"}):
        return
    first = title_before(doc, at, sent.start, resolver)
    # (a title word may resolve to the office's holder: "Minister" of "Israeli ... Minister" is no name)
    if first is None or any(
        t.ent_type_ == "PERSON" or t.text in {",", ";"} or t.lower_ not in TITLE_WORDS and _person(t, resolver)
        for t in first
    ):
        return
    if not is_office_head(doc[at - 1]) and not any(t.lower_ == "of" for t in first):
        return  # "... of NATO and": the first title's "of" phrase ends before "and"
    # "RZP leader and Finance Minister X": a party leader's title starts with the party's name
    named = title_cue(first).lower_ in OWNED_HEADS and first[0].text[:1].isupper()
    if not (title_cue(first).text[:1].isupper() or named) or (
        # "the Prime Minister and President Biden": two people; "the Prime Minister of Qatar and ..."
        doc[first.start - 1].lower_ in {"the", "a", "an"}
        and not any(t.lower_ == "of" or country_word(t, resolver) for t in first)
    ):
        return
    office = read_office(first, resolver)
    if office is not None:
        yield person, known_office(office, person, resolver).label(owner_of(person, resolver)), title_cue(first)


def _chained_title(
    person: Resolved, title: Span | None, end: int, sent: Span, resolver: Resolver
) -> Iterator[tuple[Resolved, str, Token]]:
    """The first of two titles a comma parts before a name: "the OSCE Chairperson-in-Office,
    Slovak Foreign Minister Jan Doe", "Nigeria's Minister of Foreign Affairs, Ambassador Jane Doe";
    not another person's title and name ("Prime Minister Kishida Fumio, President Yoon") nor an
    address ("Mr. Secretary-General, Special Envoy de Mistura")."""
    doc = sent.doc
    if title is None or title.start - 1 <= sent.start or doc[title.start - 1].text != ",":
        return
    first = title_before_comma(doc, title.start, end, sent, resolver)
    if first is None or doc[first.start - 1].lower_.rstrip(".") in _ADDRESSES or any(
        t.ent_type_ == "PERSON" or t.lower_ not in TITLE_WORDS and _person(t, resolver) for t in first
    ):
        return
    office = read_office(first, resolver)
    if office is not None:
        yield person, known_office(office, person, resolver).label(owner_of(person, resolver)), title_cue(first)


# words of address before a title ("Mr. Secretary-General, ..."): a speaker addressing its holder
_ADDRESSES = frozenset({"mr", "madam", "madame", "mister"})


def _after_counterpart(doc: Doc, start: int, floor: int) -> bool:
    """Whether a name follows "counterpart" ("his Kenyan counterpart(,) Musalia Mudavadi"), a
    word that marks it as a person's as a title does."""
    before = start - 2 if start - 2 > floor and doc[start - 1].text == "," else start - 1
    return before > floor and doc[before].lower_ in COUNTERPART_WORDS


def _person(token: Token, resolver: Resolver) -> bool:
    """Whether a proper noun names a person the text or the lexicon knows."""
    actor = resolver.resolve(token) if token.pos_ == "PROPN" else None
    return actor is not None and actor.type == "person"


def _no_name_starts(doc: Doc, i: int, sent: Span, resolver: Resolver) -> bool:
    """Whether no person's name starts at a token: not a proper noun, a title word, a country,
    a department, an honorific or a generational suffix ("Joseph R. Biden, Jr.")."""
    token = doc[i]
    return (
        token.pos_ != "PROPN"
        or token.is_punct  # the full stop of "Sens." the tokenizer split off, tagged a proper noun
        or token.lower_ in TITLE_WORDS
        or singular(token) is not None  # "Prime Ministers Bruce Golding ...": a plural title
        or token.lower_ in SUFFIXES
        or country_word(token, resolver)
        or _department(doc, i, sent.start)
        or honorific(doc, i, sent.end)
        or addressed_style(doc, i)  # "His Excellency Yoweri Museveni"
        or _abbreviated_rank(doc, i, sent.end)
        or party_label_at(doc, i)  # "Rep. Jane Doe, R-Ohio, chairman of ...": her party and state
    )


def _abbreviated_rank(doc: Doc, i: int, stop: int) -> bool:
    """An abbreviated rank or title whose full stop the tokenizer split off ("Hon" ".", "Amb"
    "."), which the parser may end a sentence with ("Prime Minister Hon. | Manasseh Sogavare"):
    no name."""
    word = f"{doc[i].lower_}."
    return i + 1 < stop and doc[i + 1].text == "." and not doc[i].whitespace_ and word in HONORIFICS | TITLE_ABBREVIATIONS


def _roles_of(
    person: Resolved,
    name: Span,
    title: Span | None,
    sent: Span,
    named: list[tuple[int, int, Resolved]],
    resolver: Resolver,
) -> Iterator[tuple[Resolved, str, Token]]:
    """The office of a person named: from the title before the name or in apposition, else as
    the counterpart of someone named before."""
    appositive = title is None
    if title is None:
        title = apposition_title(name)
    office = read_office(title, resolver) if title is not None else None
    if office is None and title is not None:
        office = _leader_of_known_state(title, person, resolver)
    if title is not None and office is not None:
        office = known_office(office, person, resolver)
        label = _said_before(office, person, resolver) or office.label(owner_of(person, resolver))
        note_title(resolver, person, office)
        yield person, label, title_cue(title)
        if appositive:
            yield from _joined_offices(person, title, office, resolver)
        else:
            yield from _second_office(person, name, label, resolver)
        return
    match = counterpart(sent.doc, name_lead(sent.doc, name.start, sent.start), sent.start, person, named, resolver)
    if match is not None:
        words, country, cue = match
        note_title(resolver, person, Office(words, country))
        yield person, f"{words} of {country.label}", cue


# Heads that need an owner, and the common nouns that may qualify them, when a leader's state is
# known of the person named ("regime leader Kim Jong Un", "the military ruler Min Aung Hlaing")
_LEADING_HEADS = frozenset({"leader", "ruler", "chief", "head"})
_STATE_NOUNS = frozenset({"regime", "military", "army", "state", "junta", "government", "-", "ex"})


def _leader_of_known_state(title: Span, person: Resolved, resolver: Resolver) -> Office | None:
    """A leader's title that names no body, before a person whose state the lexicon or the text
    knows ("longtime leader Muammar Gaddafi" -> leader of Libya); not when a word of it may name
    another body ("rebel leader", "party chief")."""
    heads = [t for t in title if is_office_head(t)]
    if not heads or any(t.lower_.split("-")[-1] not in _LEADING_HEADS for t in heads):
        return None
    if any(not t.is_lower and t.text != "-" or t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in _STATE_NOUNS
           for t in title if t not in heads):
        return None
    owner = owner_of(person, resolver)
    if owner is None or owner.type != "state":
        return None
    return Office(title.text, owner)


def _second_office(person: Resolved, name: Span, first: str, resolver: Resolver) -> Iterator[tuple[Resolved, str, Token]]:
    """Another office in apposition after a titled name: "Ex-premier Giuseppe Conte, the leader of
    the 5-Star Movement (M5S)" (not the same one again: "President Joe Biden, the US president")."""
    title = apposition_title(name)
    if title is not None and any(t.ent_type_ == "PERSON" for t in title):
        return  # "President Xi met President Anura Kumara Dissanayake": another's title, misparsed
    office = read_office(title, resolver) if title is not None else None
    label = office.label(owner_of(person, resolver)) if office is not None else None
    if title is not None and label is not None and label.lower().split(" of ")[0] != first.lower().split(" of ")[0]:
        yield person, label, title_cue(title)


def _joined_offices(
    person: Resolved, title: Span, first: Office, resolver: Resolver
) -> Iterator[tuple[Resolved, str, Token]]:
    """The second of two offices joined by "and" in apposition ("Al Thani, Qatar's prime
    minister and foreign minister"), of the first's state when it names none."""
    for joined in joined_titles(title):
        office = read_office(joined, resolver)
        if office is not None and office.owner is None and office.at is None and not office.tail:
            office = Office(office.words, first.owner, first.at, first.at_word, first.tail)
        if office is None or office.owner is None:  # "the deputy prime minister and minister of finance"
            continue
        yield person, office.label(owner_of(person, resolver)), title_cue(joined)


def _object_of_title(doc: Doc, start: int, title: Span, resolver: Resolver) -> bool:
    """Whether a name run is the object of the title before it, not its holder: right after
    "for" or "of" ("High Commissioner for Human Rights"), or inside an organisation's name
    that starts with the title's country ("commander of US Marine Corps Forces Pacific")."""
    if doc[start - 1].lower_ in {"of", "for", "to", "at", "the", "in"}:
        return True
    if doc[start].ent_type_ != "ORG" or doc[start].ent_iob_ != "I":
        return False
    ent = next((e for e in doc.ents if e.start < start < e.end), None)
    return (
        ent is not None
        and ent.start >= title.start
        and any(t.lower_ in {"of", "for", "to", "at"} for t in doc[title.start : ent.start])
        and country_word(doc[ent.start], resolver)
        # "US Marine Corps Forces Pacific", not "Niger Sylvain Itte" ("Ambassador to Niger Sylvain Itte")
        and any(t.lower_ in INSTITUTION_WORDS for t in doc[ent.start + 1 : ent.end])
    )


def _after_department(doc: Doc, start: int, end: int) -> int | None:
    """Where a name starts after the department words of a run ("National Defense | Gilberto
    C. Teodoro Jr."): after its last department word, with two words or more left."""
    for k in range(end - 2, start - 1, -1):
        if doc[k].lower_ in DEPARTMENTS:
            return k + 1
    return None


def _said_before(office: Office, person: Resolved, resolver: Resolver) -> str | None:
    """A bare title before a name the text gave a fuller office before ("Secretary Teodoro"
    after "Secretary of National Defense Gilberto Teodoro"): that office's label."""
    words = office.words.split()
    earlier = resolver.person_offices.get(person.id)
    if len(words) != 1 or office.owner or office.at or office.tail or not earlier:
        return None
    if words[0].lower() not in earlier.lower().split() or earlier.lower() == words[0].lower():
        return None
    return earlier


def _after_body(doc: Doc, start: int, end: int) -> int | None:
    """Where a name starts after the name of a body the title is of ("Chair of the Elders | Mary
    Robinson"): the parser hangs the body on "of" or "for" and the name, two words or more,
    elsewhere."""
    first = end
    while first - 1 > start and doc[first - 1].dep_ == "compound" and first <= doc[first - 1].head.i <= end:
        first -= 1
    body = doc[first - 1]
    if first - 1 < start or end - first < 1 or body.dep_ != "pobj" or body.head.lower_ not in {"of", "for"}:
        return None
    return first if doc[end] not in set(body.subtree) else None


def _department(doc: Doc, i: int, floor: int) -> bool:
    """Whether a word names the department of an office before it ("Secretary of Commerce",
    "Secretary of Homeland Security", "Commissioner for Budget"), not the start of a name."""
    if doc[i].lower_ not in DEPARTMENTS:
        return False
    if i - 2 > floor and doc[i - 1].lower_ in {"and", "&"} and doc[i - 2].lower_ in DEPARTMENTS and doc[i - 2].text[:1].isupper():
        return True  # "Foreign Affairs and | Security Policy": a second department
    j = i - 1
    # (departments joined by "and": "for Foreign Affairs and | Security Policy")
    while j > floor and (doc[j].lower_ in DEPARTMENTS and doc[j].text[:1].isupper() or doc[j].lower_ in {"and", "&"}):
        j -= 1
    if j > floor and doc[j].lower_ == "the":  # "Secretary of the Treasury"
        j -= 1
    return j > floor and doc[j].lower_ in {"of", "for"} and doc[j - 1].lower_ in OFFICE_HEADS
