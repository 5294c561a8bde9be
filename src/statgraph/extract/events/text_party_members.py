"""Membership told by the short forms of the parties a text introduces (text_parties.py):
"DPP's spokesperson Jane Doe", "MR party leader Tom Reeve", "Tom Reeve (Ap)", "Jane Doe of the
United Transformation Movement (UTM)", "Tom Reeve's All People's Congress"; and by a defection,
"Jane Doe has defected to Labour" (a member of the party she went to)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from .party_forms import form_at, party_form
from .party_offices import person_of
from .party_titles import _NAME_TITLES, _bracketed_after_name, _named_after, _possessor
from .party_titles import _member as member
from .text_parties import POSSESSIVE as _POSSESSIVE
from .text_parties import SWITCH_VERBS, text_parties

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...link.resolve import Resolved, Resolver

# auxiliaries of a switch not (yet) made
_NOT_DONE = frozenset({"can", "could", "may", "might", "must", "shall", "should", "to", "will", "would", "'ll"})


@extractor
def text_party_members(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the memberships of the parties the document introduces, and of defections."""
    resolver = context.resolver
    parties = text_parties(sent.doc, resolver)
    for token in sent:
        if token.lemma_.lower() in SWITCH_VERBS:
            yield from _switched(token, resolver, parties)
        matched = _form_at(token, parties) or _owned_party(token)
        if matched is None or form_at(token.doc, token.i) is not None:
            continue  # a form of the lexicon's is party_titles.py's to read ("OVP leader X")
        length, party = matched
        person = _member_of_form(token, length, resolver)
        found = resolver.resolve(person) if person is not None else None
        if found is not None and found.type == "person":
            yield _member(found, party, token, "party_titled")  # a party's title, taken for granted as theirs


def _form_at(token: Token, parties: dict[str, str]) -> tuple[int, str] | None:
    """The longest of the document's party forms starting at `token`: (its words, the party); none
    right after another capitalised word, where the form is the tail of a longer name."""
    doc, best = token.doc, None
    if token.i > token.sent.start and doc[token.i - 1].text[:1].isupper() and doc[token.i - 1].text not in _POSSESSIVE:
        return None
    for form, party in parties.items():
        if form.startswith(token.text):
            end = _span_end(token, form)
            if end is not None and (best is None or end - token.i > best[0]):
                best = (end - token.i, party)
    return best


def _span_end(token: Token, form: str) -> int | None:
    """Where a form's words end when the text at `token` spells it (else None)."""
    doc, start = token.doc, token.idx
    if doc.text[start : start + len(form)] != form:
        return None
    end = start + len(form)
    k = token.i
    while k < len(doc) and doc[k].idx < end:
        k += 1
    return k if doc[k - 1].idx + len(doc[k - 1].text) == end else None


def _owned_party(token: Token) -> tuple[int, str] | None:
    """ "Tom Reeve's Pangu Party": a capitalised name ending in "Party" right after a possessive
    (the owner is read by `_possessor`): (its words, its name)."""
    doc, k = token.doc, token.i
    if not (token.text[:1].isupper() and k >= 2 and doc[k - 1].text in _POSSESSIVE):
        return None
    end = k
    while end < len(doc) and end - k < 6 and doc[end].text[:1].isupper() and doc[end].lower_ != "party":
        end += 1
    if end >= len(doc) or doc[end].text != "Party" or end == k:
        return None
    return end + 1 - k, doc[k : end + 1].text


def _member_of_form(token: Token, length: int, resolver: Resolver) -> Token | None:
    """The person a party's form (`length` words from `token`) is said of, as the module lists."""
    doc, after = token.doc, token.i + length
    if after >= len(doc):
        return _possessor(token)
    if doc[after].text in _POSSESSIVE:
        person = _named_after(doc, after + 1, titled=True) if after + 1 < len(doc) else None
        if person is not None or (person := _after_comma(doc, after + 1)) is not None:
            return person
    person = _named_after(doc, after, titled=False)
    return person or _bracketed_after_name(token, length, resolver) or person_of(token, length) or _possessor(token)


def _after_comma(doc: Doc, k: int) -> Token | None:
    """ "Sp's leader, Tom Reeve": the name after a title and a comma (the name a PERSON entity)."""
    if not (k + 2 < len(doc) and doc[k].lower_ in _NAME_TITLES and doc[k + 1].text == ","):
        return None
    k += 2
    if doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return None
    while k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "I":
        k += 1
    return doc[k]


def _switched(verb: Token, resolver: Resolver, parties: dict[str, str]) -> Iterator[Found]:
    """ "Jane Doe has defected to Labour": the subject is a member of the party it went to."""
    if negated(verb) or irrealis(verb) or any(c.dep_ == "aux" and c.lower_ in _NOT_DONE for c in verb.children):
        return  # "may defect to Labour", "plans to switch to Labour"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words_of = [t for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i]
            name = obj.doc[words_of[0].i : obj.i + 1].text if words_of else obj.text
            party = party_form(name) or parties.get(name)
            subject = subject_of(verb)
            found = resolver.resolve(subject) if party is not None and subject is not None else None
            if found is not None and found.type == "person":
                yield _member(found, party, obj)


def _member(person: Resolved, party: str, token: Token, rule: str = "party_switched") -> Found:
    return member(person, party, token, rule, 0.6)
