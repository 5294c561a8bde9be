"""Parties a text introduces itself, and membership told by the short forms it gives them:
"the Democratic Progressive Party (DPP)" makes "DPP" that party in this document, "the Centre
Party (Senterpartiet, Sp)" makes "Sp" and "Senterpartiet" the Centre Party. Then
- "DPP's spokesperson Jane Doe", "DPP's Jane Doe", "Sp's leader, Tom Reeve";
- "MR party leader Tom Reeve", "DPP candidate Doe";
- "Tom Reeve (Ap)", "Jane Doe of the United Transformation Movement (UTM)";
- "Tom Reeve's All People's Congress", "Doe's AD"
say the person is a member of the party (CONVENTIONS.md member_of). A party's name is a run of
capitalised words before its brackets whose last word is a party's noun (ontology/event_forms.toml
party_name_ends: "Party", "Movement", "Front"), the brackets holding short forms only; a name
that does not end in "Party" counts only in a sentence that speaks of a party or parties.

Also a defection: "Tory MP Jane Doe has defected to Labour" makes her a member of the Labour
Party (ontology/event_forms.toml party_switch_verbs, with "to" and a party's name), and the
party title before her name is then her former party's (party_titles.py asks `left_party`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...words import words
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...link.resolve import Resolved, Resolver

NAME_ENDS = words("event_forms", "party_name_ends")
SWITCH_VERBS = words("event_forms", "party_switch_verbs")
# verbs of leaving a party whose object is the party ("quit the party", "left Labour")
LEAVE_VERBS = words("event_forms", "party_leave_verbs")
_PARTY_WORDS = frozenset({"party", "parties"})
_LINKS = frozenset({"of", "and", "for", "the", "i", "le", "ua", "-"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
# the discourse state of the document read last, the parties it has introduced so far, and the
# paragraphs (parsed apart) they were read from
_LAST: list = [None, {}, []]


def text_parties(doc: Doc, resolver: Resolver) -> dict[str, str]:
    """The short forms and names of the parties a document has introduced so far, up to and with
    the paragraph `doc` (the document's discourse state `resolver`): form -> the party's name."""
    if _LAST[0] is not resolver:
        _LAST[:] = [resolver, {}, []]
    if not any(seen is doc for seen in _LAST[2]):
        _LAST[2].append(doc)
        for form, party in _read_parties(doc).items():
            _LAST[1].setdefault(form, party)
    return _LAST[1]


def _read_parties(doc: Doc) -> dict[str, str]:
    found: dict[str, str] = {}
    for opening in (t.i for t in doc if t.text == "("):
        closing = next((k for k in range(opening + 1, min(opening + 6, len(doc))) if doc[k].text == ")"), None)
        if closing is None or opening < 2:
            continue
        forms = [t.text for t in doc[opening + 1 : closing] if t.text != ","]
        if not forms or not all(_short_form(f) for f in forms):
            continue
        first = _name_start(doc, opening, forms)
        name = doc[first:opening]
        party_after = closing + 1 < len(doc) and doc[closing + 1].lower_ == "party"  # "(FAST) Party"
        if len(name) < 1 or not (name[-1].lower_ in NAME_ENDS or party_after):
            continue
        spelled = _initials(name) in forms  # "the United Transformation Movement (UTM)"
        if not (party_after or name[-1].lower_ == "party" or spelled or _speaks_of_parties(doc[opening].sent)):
            continue
        label = name.text + (" Party" if party_after else "")
        for form in (*forms, name.text):
            found.setdefault(form, label)
    return found


def _short_form(text: str) -> bool:
    """An acronym ("DPP", "N-VA") or a capitalised short form or native name ("Sp", "Senterpartiet")."""
    letters = text.replace("-", "")
    return letters.isalpha() and text[:1].isupper() and (len(letters) <= 7 or letters[1:].islower())


def _name_start(doc: Doc, opening: int, forms: list[str]) -> int:
    """The first word of the party's name before `opening`: of the run of capitalised words (and
    the words and possessives that link them), the first start whose initials spell one of the
    forms ("Alliance for Democracy and United Democratic Front (UDF)": from "United"), else the
    run's first word, or the word after its owner's possessive ("Tom Reeve's All People's Congress")."""
    first = opening
    while first > max(0, opening - 9) and (doc[first - 1].text[:1].isupper() or doc[first - 1].lower_ in _LINKS
                                            or _inner_possessive(doc, first - 1)):
        first -= 1
    starts = [k for k in range(first, opening) if doc[k].text[:1].isupper() and doc[k].lower_ not in _LINKS
              and (k == first or doc[k - 1].text in _POSSESSIVE or doc[k - 1].lower_ in _LINKS)]
    spelled = next((k for k in starts if _initials(doc[k:opening]) in forms), None)
    if spelled is not None:
        return spelled
    owned = [k for k in starts if doc[k - 1].text in _POSSESSIVE and doc[k - 2].ent_type_ in {"PERSON", "GPE", "NORP"}]
    return owned[-1] if owned else (starts[0] if starts else opening)


def _initials(name: Span) -> str:
    return "".join(w.text[0].upper() for w in name if w.lower_ not in _LINKS and w.text[:1].isalpha())


def _inner_possessive(doc: Doc, k: int) -> bool:
    """A possessive between capitalised words ("All People's Congress", "Tom Reeve's All ...")."""
    return doc[k].text in _POSSESSIVE and 0 < k < len(doc) - 1 and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()


def _speaks_of_parties(sent: Span) -> bool:
    return any(t.lower_ in _PARTY_WORDS for t in sent)


@extractor
def text_party_members(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the memberships of the parties the document introduces, and of defections."""
    from .party_titles import party_form

    resolver = context.resolver
    parties = text_parties(sent.doc, resolver)
    for token in sent:
        if token.lemma_.lower() in SWITCH_VERBS:
            yield from _switched(token, resolver, parties, party_form)
        matched = _form_at(token, parties) or _owned_party(token)
        if matched is None:
            continue
        length, party = matched
        person = _member_of_form(token, length, resolver)
        found = resolver.resolve(person) if person is not None else None
        if found is not None and found.type == "person":
            yield _member(found, party, token, "party_titled")  # a party's title, taken for granted as theirs


def _form_at(token: Token, parties: dict[str, str]) -> tuple[int, str] | None:
    """The longest of the document's party forms starting at `token`: (its words, the party), not
    inside a longer run of capitalised words ("DPP" in "DPP Youth League" is read all the same)."""
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
    from .party_offices import person_of
    from .party_titles import _bracketed_after_name, _named_after, _possessor

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
    from .party_titles import _NAME_TITLES

    if not (k + 2 < len(doc) and doc[k].lower_ in _NAME_TITLES and doc[k + 1].text == ","):
        return None
    k += 2
    if doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return None
    while k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "I":
        k += 1
    return doc[k]


def _switched(verb: Token, resolver: Resolver, parties: dict[str, str], party_form) -> Iterator[Found]:
    """ "Jane Doe has defected to Labour": the subject is a member of the party it went to."""
    if negated(verb) or irrealis(verb):
        return
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words_of = [t for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i]
            name = obj.doc[words_of[0].i : obj.i + 1].text if words_of else obj.text
            party = party_form(name) or parties.get(name)
            subject = subject_of(verb)
            found = resolver.resolve(subject) if party is not None and subject is not None else None
            if found is not None and found.type == "person":
                yield _member(found, party, obj)


def left_party(person: Token) -> bool:
    """Whether the person (a name's last word) is the subject of leaving a party: "Tory MP Jane Doe
    has defected to Labour", "Labour MP Tom Reeve quit the party": the title's party is a past one."""
    head = person
    while head.dep_ in {"compound", "flat", "appos"} and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma in SWITCH_VERBS:
        return True
    return lemma in LEAVE_VERBS and any(c.dep_ in {"dobj", "obj"} and c.lower_ in _PARTY_WORDS | {"party"} for c in verb.children)


def _member(person: Resolved, party: str, token: Token, rule: str = "party_switched") -> Found:
    from .party_titles import _member as member

    return member(person, party, token, rule, 0.6)
