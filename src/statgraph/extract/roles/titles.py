"""holds_role: the name runs of a sentence and the titles before them ("Russian Foreign Minister
Sergei Lavrov", "Deputy Prime Minister of Canada Chrystia Freeland", "US Permanent
Representative to the UN L. Thomas-Greenfield", "Iran's envoy to the IAEA, Kazem
Gharibabadi"); what follows a name or is said of it is read in role_clauses.py, the office a
title names in offices.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.person_names import TITLE_WORDS
from ...link.resolve import Resolved
from .names import HONORIFICS, INSTITUTION_WORDS, honorific, name_end, person_named
from .offices import (
    DEPARTMENTS,
    OFFICE_HEADS,
    POSSESSIVE,
    Office,
    actor_at,
    country_word,
    known_office,
    note_title,
    office_span,
    owner_of,
    read_office,
)
from .role_clauses import apposition_title, counterpart, led_bodies, predicated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...link.resolve import Resolver

# words of a former office between "and" and a title ("and ex-Prime Minister of Denmark")
_FORMER = frozenset({"-", "ex", "former", "then", "then-"})
# "Secretary General", "Attorney General": offices that end in "General".
_GENERAL_OFFICES = frozenset(
    "secretary director attorney inspector solicitor governor consul surgeon auditor prosecutor "
    "procurator advocate comptroller postmaster registrar -".split()
)


def find_roles(sent: Span, resolver: Resolver) -> Iterator[tuple[Resolved, str, Token]]:
    """holds_role from titles before names ("Russian Foreign Minister Sergei Lavrov",
    "Deputy Prime Minister of Canada Chrystia Freeland"), appositions ("Lavrov, Russia's
    foreign minister"), counterparts ("his US counterpart Antony Blinken"), copulas ("she was
    the Minister of Foreign Affairs") and "as" phrases ("to have him as foreign minister").
    Yields (person, office label, cue token)."""
    doc = sent.doc
    named: list[tuple[int, int, Resolved]] = []  # (first token, last token, person)
    tokens = list(sent)  # a Sentence's tokens, made once
    i = sent.start
    while i < sent.end:
        if tokens[i - sent.start].pos_ != "PROPN" or _no_name_starts(doc, i, sent, resolver):
            i += 1
            continue
        institution = actor_at(doc, i, sent.end, resolver)
        if institution is not None:  # "European Commission", not a name run
            i = institution[1]
            continue
        end = name_end(doc, i, sent.end)
        name = doc[i : end + 1]
        lead = _lead(doc, i, sent.start)  # "Qatar's Prime Minister, Sheikh Mohammed ...": before "Sheikh"
        title = (
            _title_before(doc, i, sent.start, resolver)
            or _office_of_before(doc, i, sent.start)
            or _title_in_parentheses(doc, lead, sent.start, resolver)
            or _title_before_comma(doc, lead, end, sent, resolver)
        )
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
            named.append((i, end, person))
        i = end + 1
    yield from predicated(sent, named, resolver)
    yield from led_bodies(sent, named, resolver)


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
    if joint.lower_ != "and" or not (_heads(doc[at - 1]) or doc[at - 1].ent_type_ in {"ORG", "GPE"}):
        return
    first = _title_before(doc, at, sent.start, resolver)
    if first is None or any(t.ent_type_ == "PERSON" or t.text in {",", ";"} or _person(t, resolver) for t in first):
        return
    if not _heads(doc[at - 1]) and not any(t.lower_ == "of" for t in first):
        return  # "... of NATO and": the first title's "of" phrase ends before "and"
    if not _cue(first).text[:1].isupper() or (
        # "the Prime Minister and President Biden": two people; "the Prime Minister of Qatar and ..."
        doc[first.start - 1].lower_ in {"the", "a", "an"}
        and not any(t.lower_ == "of" or country_word(t, resolver) for t in first)
    ):
        return
    office = read_office(first, resolver)
    if office is not None:
        yield person, known_office(office, person, resolver).label(owner_of(person, resolver)), _cue(first)


def _after_counterpart(doc: Doc, start: int, floor: int) -> bool:
    """Whether a name follows "counterpart" ("his Kenyan counterpart(,) Musalia Mudavadi"), a
    word that marks it as a person's as a title does."""
    before = start - 2 if start - 2 > floor and doc[start - 1].text == "," else start - 1
    return before > floor and doc[before].lower_ == "counterpart"


def _person(token: Token, resolver: Resolver) -> bool:
    """Whether a proper noun names a person the text or the lexicon knows."""
    actor = resolver.resolve(token) if token.pos_ == "PROPN" else None
    return actor is not None and actor.type == "person"


def _no_name_starts(doc: Doc, i: int, sent: Span, resolver: Resolver) -> bool:
    """Whether no person's name starts at a token: not a proper noun, a title word, a country,
    a department or an honorific."""
    token = doc[i]
    return (
        token.pos_ != "PROPN"
        or token.lower_ in TITLE_WORDS
        or country_word(token, resolver)
        or _department(doc, i, sent.start)
        or honorific(doc, i, sent.end)
    )


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
    if title is None:
        title = apposition_title(name)
    office = read_office(title, resolver) if title is not None else None
    if title is not None and office is not None:
        office = known_office(office, person, resolver)
        label = _said_before(office, person, resolver) or office.label(owner_of(person, resolver))
        note_title(resolver, person, office)
        yield person, label, _cue(title)
        return
    match = counterpart(sent.doc, _lead(sent.doc, name.start, sent.start), sent.start, person, named, resolver)
    if match is not None:
        words, country, cue = match
        note_title(resolver, person, Office(words, country))
        yield person, f"{words} of {country.label}", cue


def _trim_honorifics(title: Span) -> Span | None:
    """A title without the honorifics and ranks that end it ("Energy Minister Prince" ->
    "Energy Minister"); "Crown Prince" and "Secretary General" keep theirs."""
    end = title.end
    while end - 1 > title.start:
        last, before = title.doc[end - 1], title.doc[end - 2]
        if last.lower_ not in HONORIFICS or (last.lower_ == "prince" and before.lower_ == "crown"):
            break
        if last.lower_ == "general" and before.lower_ in _GENERAL_OFFICES:
            break
        if not any(_heads(t) for t in title.doc[title.start : end - 1]):
            break
        end -= 1
    return title.doc[title.start : end]


def _heads(token: Token) -> bool:
    return token.lower_ in OFFICE_HEADS or token.lower_.split("-")[0] in OFFICE_HEADS


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
    "Secretary of Homeland Security"), not the start of a name."""
    if doc[i].lower_ not in DEPARTMENTS:
        return False
    j = i - 1
    while j > floor and doc[j].lower_ in DEPARTMENTS and doc[j].text[:1].isupper():
        j -= 1
    if j > floor and doc[j].lower_ == "the":  # "Secretary of the Treasury"
        j -= 1
    return j > floor and doc[j].lower_ == "of" and doc[j - 1].lower_ in OFFICE_HEADS


def _cue(title: Span) -> Token:
    """The head word of a title ("Minister" in "Russian Foreign Minister")."""
    heads = [t for t in title if t.lower_ in OFFICE_HEADS or t.lower_.split("-")[0] in OFFICE_HEADS]
    return heads[-1] if heads else title[-1]


def _title_before(doc: Doc, start: int, floor: int, resolver: Resolver) -> Span | None:
    """The title words right before a name, with their country words and "of", "to" and
    "for" phrases ("Ambassador to the UN", "Special Envoy for Iran"), and the acronym of a title
    in parentheses after it ("National Security Advisor (NSA) Ajit Doval")."""
    if start - 3 > floor and doc[start - 1].text == ")" and doc[start - 3].text == "(" and doc[start - 2].is_upper:
        start -= 3
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
            or previous.lower_ in HONORIFICS
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
    if not any(t.lower_ in OFFICE_HEADS for t in span):
        return None
    return _trim_honorifics(span)


def _modifier(token: Token, first: int, start: int) -> bool:
    """A word of the title's that the tagger gave no capital or proper noun: a lower-case noun
    ("foreign policy chief", "trade chief"), a capitalised adjective ("North Korean leader") or
    an adjective of such a noun ("nuclear watchdog chief"), not a description ("the new
    ambassador")."""
    return (
        (
            (token.is_lower and token.pos_ == "NOUN" and token.dep_ == "compound")
            or (token.is_title and token.pos_ == "ADJ" and token.dep_ == "amod")
            # "UN nuclear watchdog chief": a lower-case adjective of a noun of the title
            or (token.is_lower and token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.dep_ == "compound")
            # "Iran's top nuclear official": a lower-case adjective between a title word and the head
            or (
                token.is_lower
                and token.pos_ == "ADJ"
                and token.dep_ == "amod"
                and token.head.lower_ in OFFICE_HEADS
                and token.doc[token.i - 1].lower_ in TITLE_WORDS
            )
        )
        and first <= token.head.i <= start + 3
        and any(t.lower_ in OFFICE_HEADS for t in token.doc[token.i + 1 : start])
    )


def _lead(doc: Doc, start: int, floor: int) -> int:
    """Where a name starts with the honorifics before it ("Sheikh Mohammed bin Abdulrahman")."""
    while start - 1 > floor and doc[start - 1].lower_ in HONORIFICS and doc[start - 1].text[:1].isupper():
        start -= 1
    return start


def _title_in_parentheses(doc: Doc, start: int, floor: int, resolver: Resolver) -> Span | None:
    """A title an editor put in parentheses before a name: "(Syrian President) Bashar Assad"."""
    if start - 3 < floor or doc[start - 1].text != ")":
        return None
    opening = next((k for k in range(start - 2, max(floor, start - 9) - 1, -1) if doc[k].text == "("), None)
    if opening is None:
        return None
    title = _title_before(doc, start - 1, opening, resolver)
    return title if title is not None and title.start == opening + 1 else None


def _title_before_comma(doc: Doc, start: int, end: int, sent: Span, resolver: Resolver) -> Span | None:
    """ "Iran's envoy to the IAEA, Kazem Gharibabadi, said": a title set off by a comma, when
    the name is not one of a list."""
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    # the apposition closes after the name: not "After talks with the Turkish President, Putin said"
    if end + 1 < sent.end and not (doc[end + 1].text in {",", ")", ";", "—", "–"} or doc[end + 1].is_sent_end):
        return None
    title = _title_before(doc, start - 1, sent.start, resolver) or _office_phrase_before(doc, start - 1, sent)
    if title is None or (
        title.start - 1 > sent.start and doc[title.start - 1].text == "," and doc[title.start - 2].pos_ == "PROPN"
    ):
        return None  # one of a list ("Albanese, Australia's prime minister, ..."), not after "Last month,"
    return title


def _office_phrase_before(doc: Doc, comma: int, sent: Span) -> Span | None:
    """An office with a phrase after it that runs up to a comma ("Russia's ambassador to
    international organizations in Vienna,"): the nearest office word before it, with a
    "to", "for", "at" or "of" phrase and no verb or punctuation up to the comma."""
    for j in range(comma - 1, max(sent.start, comma - 12) - 1, -1):
        token = doc[j]
        glued = token.text == "-" and not token.whitespace_ and not doc[j - 1].whitespace_  # "Belgrade-Pristina"
        if (token.is_punct and not glued) or token.pos_ in {"VERB", "AUX"}:
            return None
        if token.lower_ in OFFICE_HEADS and token.pos_ in {"NOUN", "PROPN"} and not _in_phrase(token):
            if j + 1 == comma or doc[j + 1].lower_ not in {"to", "for", "at", "of"}:
                return None
            return doc[office_span(token).start : comma]
    return None


def _in_phrase(token: Token) -> bool:
    """Whether an office word is inside the "of" or "for" phrase of an office before it ("the
    Special Representative of the | Secretary General for Libya,"): not the office's head."""
    noun = token
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in {"of", "for", "to"} and prep.head.i < token.i and _heads(prep.head)


def _office_of_before(doc: Doc, start: int, floor: int) -> Span | None:
    """An office with an "of" phrase that ends right before a name: "Head of the Tripoli-based
    unity government Abdul Hamid Dbeibah" (the phrase's last word is no title word)."""
    if start - 1 <= floor or doc[start - 1].is_punct:
        return None
    for j in range(start - 2, max(floor, start - 10) - 1, -1):
        token = doc[j]
        if token.is_punct and token.text != "-" or token.pos_ == "AUX":
            return None
        if token.lower_ in OFFICE_HEADS and token.pos_ in {"NOUN", "PROPN"} and doc[j + 1].lower_ == "of":
            # the parser may hang the name on the phrase ("of Tripoli-based unity government Abdul ...")
            span = office_span(token, prepositions=frozenset({"of"}))
            return doc[span.start : start] if span.end >= start and span.start >= floor else None
    return None
