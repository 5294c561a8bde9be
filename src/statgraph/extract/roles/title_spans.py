"""Titles before a name: the words right before it ("Russian Foreign Minister | Sergei
Lavrov"), in parentheses ("(Syrian President) Bashar Assad"), set off by a comma ("Iran's envoy
to the IAEA, Kazem Gharibabadi") or with an "of" phrase ("Head of the Presidential Council
Mohamed Menfi"); the honorifics between a title and a name; and a title's head word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.person_names import TITLE_WORDS
from ...words import words
from .names import HONORIFICS
from .offices import DEPARTMENTS, OFFICE_HEADS, POSSESSIVE, actor_at, country_word, office_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...link.resolve import Resolver

# "Secretary General", "Attorney General": offices that end in "General".
# Styles of address that open a title's name, no word of the office ("His Majesty King Abdullah II")
_STYLES = words("names", "styles")
# honorifics (names.toml) written with an article: "Prime Minister the Honourable Jane Doe"
_ARTICLED_HONORIFICS = frozenset({"honourable", "honorable"})
_GENERAL_OFFICES = frozenset(
    "secretary director attorney inspector solicitor governor consul surgeon auditor prosecutor "
    "procurator advocate comptroller postmaster registrar -".split()
)


def trim_honorifics(title: Span) -> Span | None:
    """A title without the honorifics and ranks that end it ("Energy Minister Prince" ->
    "Energy Minister"); "Crown Prince" and "Secretary General" keep theirs."""
    begin, end = title.start, title.end
    while end - begin > 1 and title.doc[begin].lower_ in HONORIFICS and (
        "." in title.doc[begin].text or title.doc[begin].lower_ == "h.e"
    ):
        begin += 1  # "H.E President": a style abbreviated before the office, no word of it
    title = title.doc[begin:end]
    while end - 1 > title.start:
        last, before = title.doc[end - 1], title.doc[end - 2]
        if _rank_stop(title.doc, end - 1):
            end -= 1  # "Press Secretary Maj. Gen.": the full stop of a rank the tokenizer split off
            continue
        if last.lower_ not in HONORIFICS or (last.lower_ == "prince" and before.lower_ == "crown"):
            break
        if last.lower_ == "general" and before.lower_ in _GENERAL_OFFICES:
            break
        if not any(is_office_head(t) for t in title.doc[title.start : end - 1]):
            break
        end -= 1
    return title.doc[title.start : end]


def _rank_stop(doc: Doc, at: int) -> bool:
    """Whether a token is the full stop of an abbreviated rank the tokenizer split off ("Maj" +
    "."), glued to it."""
    return at > 0 and doc[at].text == "." and not doc[at - 1].whitespace_ and f"{doc[at - 1].lower_}." in HONORIFICS


def _in_compound(doc: Doc, at: int, floor: int) -> bool:
    """Whether a short word is the middle of a hyphenated office ("Chair-in-Office",
    "Commander-in-Chief"): glued to a hyphen on either side."""
    word = doc[at]
    return (
        word.lower_ in {"in", "of", "at"}
        and at - 1 >= floor
        and doc[at - 1].text == "-"
        and not doc[at - 1].whitespace_
        and not word.whitespace_
        and doc[at + 1].text == "-"
    )


def is_office_head(token: Token) -> bool:
    return token.lower_ in OFFICE_HEADS or token.lower_.split("-")[0] in OFFICE_HEADS


def title_cue(title: Span) -> Token:
    """The head word of a title ("Minister" in "Russian Foreign Minister")."""
    heads = [t for t in title if t.lower_ in OFFICE_HEADS or t.lower_.split("-")[0] in OFFICE_HEADS]
    return heads[-1] if heads else title[-1]


def title_before(doc: Doc, start: int, floor: int, resolver: Resolver) -> Span | None:
    """The title words right before a name, with their country words and "of", "to" and
    "for" phrases ("Ambassador to the UN", "Special Envoy for Iran"), and the acronym of a title
    in parentheses after it ("National Security Advisor (NSA) Ajit Doval")."""
    if start - 3 > floor and doc[start - 1].text == ")" and doc[start - 3].text == "(" and doc[start - 2].is_upper:
        start -= 3
    first = start
    while first > floor and start - first < 12:
        previous = doc[first - 1]
        if previous.lower_ in _STYLES:
            break  # "His Majesty King Abdullah II": the office is the king's, the style no part of it
        if previous.text in POSSESSIVE and first - 2 >= floor and not _actor_ends(doc, first - 2, floor, resolver):
            break  # "Putin's spokesman": the title is the spokesman's, not Putin's
        if (
            previous.lower_ in TITLE_WORDS
            or previous.lower_ == "of"
            or previous.text in POSSESSIVE
            or country_word(previous, resolver)
            or (previous.pos_ == "PROPN" and previous.text[:1].isupper())
            or previous.lower_ in HONORIFICS
            or _rank_stop(doc, first - 1)
            or _in_compound(doc, first - 1, floor)
            or previous.lower_ == "the" and doc[first].lower_ in _ARTICLED_HONORIFICS  # "the Honourable"
            or _modifier(previous, first, start)
            or (
                previous.text == "-"
                and not previous.whitespace_
                and first - 2 >= floor
                and not doc[first - 2].whitespace_
            )
            or (previous.lower_ == "ex" and not previous.whitespace_ and doc[first].text == "-")  # "ex-President"
            or _linking_word(doc, first - 1, start, floor, resolver)
            or _name_of_body(doc, first - 1, floor)
        ):
            first -= 1
            continue
        if first - 3 >= floor and previous.text == ")" and doc[first - 3].text == "(" and doc[first - 2].is_upper:
            first -= 3  # "Democratic Party (PD) leader": an acronym after a name in the title
            continue
        break
    while first < start and doc[first].lower_ in {"of", "the", "-", "to", "for"} | POSSESSIVE:
        first += 1
    span = doc[first:start]
    if not any(t.lower_ in OFFICE_HEADS for t in span) or _department_only(span, floor):
        return None
    if all(t.lower_ in HONORIFICS for t in span):
        return None  # "Energy Minister, | Prince | Abdulaziz": a rank, the title before the comma
    return trim_honorifics(span)


def _linking_word(doc: Doc, at: int, start: int, floor: int, resolver: Resolver) -> bool:
    """A word inside a title that joins its parts: "the" after a preposition ("Secretary of
    the Treasury"), "to" or "for" after an office ("Ambassador to", "Special Envoy for") or
    ending one ("Assistant Secretary of State for | Near Eastern Affairs"), "Under" of "Under
    Secretary", "and" between departments ("Commissioner for Democracy and Justice")."""
    word, following = doc[at], doc[at + 1]
    if word.text == "Under":
        return following.lower_ in OFFICE_HEADS
    before = doc[at - 1] if at - 1 >= floor else None
    if before is None:
        return False
    if word.lower_ == "the":
        return before.lower_ in {"of", "to", "for", "at", "on"}
    if word.lower_ in {"to", "for"} and before.lower_ in OFFICE_HEADS:
        return True
    if word.lower_ in {"and", "&"}:  # (one of two departments may be a capitalised field: "Energy and Natural Resources")
        if following.lower_ in DEPARTMENTS and before.lower_ in DEPARTMENTS:
            return True
        # (not right before the name: "Minister of Energy and | Natural Resources" names no one)
        return at + 1 < start and (following.lower_ in DEPARTMENTS or before.lower_ in DEPARTMENTS) and all(
            _field_word(t, resolver) for t in (before, following))
    return _office_phrase_joined(doc, at, start, floor, resolver)


def _field_word(token: Token, resolver: Resolver) -> bool:
    """A capitalised word that may name a department's field: no office, person or country."""
    return (token.text[:1].isupper() and token.pos_ in {"NOUN", "PROPN", "ADJ"} and token.lower_ not in OFFICE_HEADS
            and token.ent_type_ not in {"PERSON", "GPE", "NORP"} and not country_word(token, resolver))


def _actor_ends(doc: Doc, last: int, floor: int, resolver: Resolver) -> bool:
    """Whether a state's or organisation's name ends at a token, in a word ("Russia") or more
    ("North Korea", "the United Arab Emirates")."""
    if country_word(doc[last], resolver):
        return True
    return any(
        (found := actor_at(doc, k, last + 1, resolver)) is not None and found[1] == last + 1
        for k in range(max(floor, last - 4), last)
    )


def _office_phrase_joined(doc: Doc, at: int, start: int, floor: int, resolver: Resolver) -> bool:
    """Whether a "for" or "to" before a title's capitalised words ends an office of its own that
    the phrase completes ("Assistant Secretary of State | for | Near Eastern Affairs Barbara
    Leaf"): capitalised words with no office word of their own after it."""
    if doc[at].lower_ not in {"to", "for"} or at - 1 < floor or not doc[at + 1].text[:1].isupper():
        return False
    if any(t.lower_ in OFFICE_HEADS for t in doc[at + 1 : start]):
        return False
    before = title_before(doc, at, floor, resolver)
    return before is not None and before.end == at and before[-1].text[:1].isupper()


def _department_only(span: Span, floor: int) -> bool:
    """Whether a title's only office words are a department's, after the words that join it to
    an office before ("Commissioner for Democracy and | Justice"): no title of its own."""
    before = span.doc[span.start - 1] if span.start - 1 >= floor else None
    heads = [t for t in span if t.lower_ in OFFICE_HEADS]
    return (
        before is not None
        and before.lower_ in {"and", "of", "for", "&"}
        and all(t.lower_ in DEPARTMENTS for t in heads)
    )


def _name_of_body(doc: Doc, at: int, floor: int) -> bool:
    """A word of an organisation's name the tagger gave no proper noun: an acronym ("PVV
    leader", "DA leader"), or a slash between two ("CDU/CSU")."""
    token = doc[at]
    if token.text in {"/", "&"}:
        return at - 1 >= floor and not token.whitespace_ and not doc[at - 1].whitespace_
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


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


def name_lead(doc: Doc, start: int, floor: int) -> int:
    """Where a name starts with the honorifics before it ("Sheikh Mohammed bin Abdulrahman",
    "Lt. Gen. Sam Okiding")."""
    while start - 1 > floor:
        before = doc[start - 1]
        if before.lower_ in HONORIFICS and before.text[:1].isupper():
            start -= 1
        elif before.text == "." and not doc[start - 2].whitespace_ and f"{doc[start - 2].lower_}." in HONORIFICS:
            start -= 2  # "Lt. Gen. Sam Okiding": a rank's full stop the tokenizer split off
        elif before.lower_ == "the" and doc[start].lower_ in _ARTICLED_HONORIFICS:
            start -= 1  # "Prime Minister the Honourable Jane Doe": the style's article
        elif start - 2 > floor and addressed_style(doc, start - 1):
            start -= 2  # "The President of Uganda, His Excellency Yoweri Museveni": a style of address
        else:
            break
    return start


def addressed_style(doc: Doc, i: int) -> bool:
    """Whether a word is the style of "His Excellency", "Her Majesty": no word of a name."""
    return doc[i].lower_ in _STYLES and i > 0 and doc[i - 1].lower_ in {"his", "her"}


def title_in_parentheses(doc: Doc, start: int, floor: int, resolver: Resolver) -> Span | None:
    """A title an editor put in parentheses or square brackets before a name: "(Syrian
    President) Bashar Assad", "[French President] Macron"."""
    closing = {")": "(", "]": "["}.get(doc[start - 1].text) if start - 1 >= floor else None
    if start - 3 < floor or closing is None:
        return None
    opening = next((k for k in range(start - 2, max(floor, start - 9) - 1, -1) if doc[k].text == closing), None)
    if opening is None:
        return None
    title = title_before(doc, start - 1, opening, resolver)
    return title if title is not None and title.start == opening + 1 else None


def title_before_comma(doc: Doc, start: int, end: int, sent: Span, resolver: Resolver) -> Span | None:
    """ "Iran's envoy to the IAEA, Kazem Gharibabadi, said": a title set off by a comma, when
    the name is not one of a list."""
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    # the apposition closes after the name: not "After talks with the Turkish President, Putin said"
    closed = end + 1 >= sent.end or doc[end + 1].text in {",", ")", ";", "—", "–"} or doc[end + 1].is_sent_end
    title = title_before(doc, start - 1, sent.start, resolver) or _office_phrase_before(doc, start - 1, sent)
    if title is None or (
        title.start - 1 > sent.start and doc[title.start - 1].text == "," and doc[title.start - 2].pos_ == "PROPN"
    ):
        return None  # one of a list ("Albanese, Australia's prime minister, ..."), not after "Last month,"
    return title if closed or _apposed_to(doc[end], title) else None


def _apposed_to(last: Token, title: Span) -> bool:
    """Whether a name the apposition does not close off is still the definite title's, as the
    parser hangs it: "led the Minister of Foreign Affairs, Jane Doe to summon ..." (not "After
    talks with the Turkish President, Putin said": a subject)."""
    doc = last.doc
    definite = title.start > 0 and doc[title.start - 1].lower_ == "the"
    return definite and last.dep_ == "appos" and title.start <= last.head.i < title.end


def _office_phrase_before(doc: Doc, comma: int, sent: Span) -> Span | None:
    """An office with a phrase after it that runs up to a comma ("Russia's ambassador to
    international organizations in Vienna,"): the nearest office word before it, with a
    "to", "for", "at" or "of" phrase and no verb or punctuation up to the comma, or up to an
    acronym in parentheses before it ("of the Rapid Support Forces (RSF),")."""
    if comma - 3 > sent.start and doc[comma - 1].text == ")" and doc[comma - 3].text == "(" and doc[comma - 2].is_upper:
        comma -= 3
    for j in range(comma - 1, max(sent.start, comma - 12) - 1, -1):
        token = doc[j]
        glued = token.text == "-" and not token.whitespace_ and not doc[j - 1].whitespace_  # "Belgrade-Pristina"
        if (token.is_punct and not glued) or token.pos_ in {"VERB", "AUX"}:
            return None
        if token.lower_ in OFFICE_HEADS and token.pos_ in {"NOUN", "PROPN"} and not _in_phrase(token):
            if j + 1 == comma or doc[j + 1].lower_ not in {"to", "for", "at", "of", "in", "on"}:
                return None
            if doc[j + 1].lower_ in {"in", "on"} and not doc[j + 2].text[:1].isupper():
                return None  # "chargé d'affaires in Bogota,", "Spokesperson on Foreign Affairs,", not "in charge,"
            return doc[office_span(token).start : comma]
    return None


def _in_phrase(token: Token) -> bool:
    """Whether an office word is inside the "of" or "for" phrase of an office before it ("the
    Special Representative of the | Secretary General for Libya,"): not the office's head."""
    noun = token
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in {"of", "for", "to"}
        and prep.head.i < token.i
        and is_office_head(prep.head)
    )


def office_of_before(doc: Doc, start: int, floor: int) -> Span | None:
    """An office with an "of" or "for" phrase that ends right before a name: "Head of the
    Tripoli-based unity government Abdul Hamid Dbeibah", "the envoy for the dialogue Jane Doe"
    (the phrase's last word is no title word)."""
    if start - 1 <= floor or doc[start - 1].is_punct or doc[start - 1].pos_ == "ADP":
        return None  # "the UN Framework Convention on | Climate Change": a preposition's object, no name
    if doc[start - 1].lower_ in {"and", "or"}:
        return None  # "Leader of the Opposition in Lok Sabha and | Congress MP": joined, not titled
    for j in range(start - 2, max(floor, start - 10) - 1, -1):
        token = doc[j]
        if token.is_punct and token.text != "-" or token.pos_ == "AUX":
            return None
        if token.lower_ in OFFICE_HEADS and token.pos_ in {"NOUN", "PROPN"} and doc[j + 1].lower_ in {"of", "for"}:
            # the parser may hang the name on the phrase ("of Tripoli-based unity government Abdul ...",
            # "envoy for the Kosovo-Serbia dialogue Miroslav Lajčák")
            span = office_span(token, prepositions=frozenset({doc[j + 1].lower_}))
            return doc[span.start : start] if span.end >= start and span.start >= floor else None
    return None

