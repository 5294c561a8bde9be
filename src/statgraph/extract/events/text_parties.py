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
The readings are text_party_members.py's; this module reads the parties and the leaving.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...link.resolve import Resolver

NAME_ENDS = words("event_forms", "party_name_ends")
SWITCH_VERBS = words("event_forms", "party_switch_verbs")
# verbs of leaving a party whose object is the party ("quit the party", "left Labour")
LEAVE_VERBS = words("event_forms", "party_leave_verbs")
_PARTY_WORDS = frozenset({"party", "parties"})
_LINKS = frozenset({"of", "and", "for", "the", "i", "le", "ua", "-"})
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


def text_parties(doc: Doc, resolver: Resolver) -> dict[str, str]:
    """The short forms and names of the parties a document has introduced so far, up to and with
    the paragraph `doc` (the document's discourse state `resolver`): form -> the party's name."""
    here = resolver.passages.setdefault(id(doc), len(resolver.passages))  # as the resolver numbers passages
    if here not in resolver.party_forms:
        resolver.party_forms[here] = _read_parties(doc)
    found: dict[str, str] = {}
    for number in sorted(n for n in resolver.party_forms if n <= here):
        for form, party in resolver.party_forms[number].items():
            found.setdefault(form, party)
    return found


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
              and (k == first or doc[k - 1].text in POSSESSIVE or doc[k - 1].lower_ in _LINKS)]
    spelled = next((k for k in starts if _initials(doc[k:opening]) in forms), None)
    if spelled is not None:
        return spelled
    owned = [k for k in starts if doc[k - 1].text in POSSESSIVE and doc[k - 2].ent_type_ in {"PERSON", "GPE", "NORP"}]
    return owned[-1] if owned else (starts[0] if starts else opening)


def _initials(name: Span) -> str:
    return "".join(w.text[0].upper() for w in name if w.lower_ not in _LINKS and w.text[:1].isalpha())


def _inner_possessive(doc: Doc, k: int) -> bool:
    """A possessive between capitalised words ("All People's Congress", "Tom Reeve's All ...")."""
    return doc[k].text in POSSESSIVE and 0 < k < len(doc) - 1 and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()


def _speaks_of_parties(sent: Span) -> bool:
    return any(t.lower_ in _PARTY_WORDS for t in sent)


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
    if lemma in SWITCH_VERBS:  # "defected to Labour", "switched from the Tories" (not "switched her vote")
        return lemma == "defect" or any(c.dep_ == "prep" and c.lower_ in {"from", "to"} for c in verb.children)
    return lemma in LEAVE_VERBS and any(c.dep_ in {"dobj", "obj"} and c.lower_ in _PARTY_WORDS | {"party"} for c in verb.children)
