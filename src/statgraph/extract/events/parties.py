"""Party membership: a person is a member of the political party the text gives them.

"Scholz's Social Democratic Party (SPD)", "Chapo's Frelimo party", "Economy Minister Nir Barkat
of the Likud Party", "Asfura, of the National Party (PN)", "Jane Doe, leader of the Labour Party", "the SPD, the party of Chancellor
Olaf Scholz", "the MAS party founded by Evo Morales": the person belongs to the party (a party
named by its own name, with a word of party_nouns in ontology/event_forms.toml; "his party"
names none).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.subjects import prep_objects
from ..found import Found
from .party_offices import NOT_NOW as NOT_NOW
from .party_offices import LEADING_VERBS, OFFICES, party_leader, said_of

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTY_NOUNS = words("event_forms", "party_nouns")
PARTY_TITLES = words("event_forms", "party_titles")
# possessors inside a party's own name: "the People's party", "the Workers' Party"
_NAME_POSSESSORS = words("event_forms", "party_name_possessors")


def party_members(token: Token, resolver: Resolver) -> Iterator[Found]:
    """The members of the party a party noun names (`token`: a word of party_nouns)."""
    if token.lower_ not in PARTY_NOUNS:
        return
    name = _party_name(token) or _named_in_apposition(token)  # "Tom Reeve's ruling party, the Unity Party"
    members = [c for c in token.children if c.dep_ == "poss"]  # "Scholz's Social Democratic Party"
    members += _owner_of_modifier(token)  # "Jane Doe's opposition Justice Party"
    if token.dep_ == "poss" and token.text[:1].isupper() and not _former(token.head):
        members.append(_named_one(token.head))  # "the Justice Party's Jane Doe", "its candidate, Jane Doe"
    if token.dep_ == "pobj" and token.head.lower_ in {"of", "from"} and token.head.dep_ == "prep":
        members += _titled(token.head.head)  # "Nir Barkat of the Likud Party", "Asfura, of the National Party"
    if token.dep_ == "pobj" and token.head.lower_ == "for" and _title_word(token.head.head):
        members += _titled(token.head.head)  # "Jane Doe, a lawmaker for the Justice Party"
    if name is None and token.dep_ == "appos" and token.head.pos_ == "PROPN":
        name = resolver.name_span(token.head).text  # "the SPD, the party of Chancellor Olaf Scholz"
        members += prep_objects(token, {"of"})
    if _bracketed(token):
        members.append(token.head)  # "Tom Reeve (Unity Party) spoke"
    if token.dep_ in {"dobj", "obj"} and token.head.lemma_.lower() in LEADING_VERBS:
        members += [p for p in [party_leader(token.head)] if p is not None]  # "Jane Doe, who heads the Justice party"
    founding = [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() == "found"]
    members += [p for c in founding for b in c.children if b.dep_ in {"agent", "prep"} and b.lower_ == "by"
                for p in b.children if p.dep_ == "pobj"]  # "the MAS party founded by Evo Morales"
    party = _party(name, resolver) if name else None
    for member in members if party is not None else []:
        person = resolver.resolve(member)
        if person is not None and person.type == "person":
            yield Found(person, "member_of", Target(party.label, party), token, "party_member", 0.6)


def _bracketed(token: Token) -> bool:
    """Whether a party's name stands alone in brackets right after a person's name: "Tom Reeve
    (Unity Party)"."""
    doc, start = token.doc, token.left_edge.i
    return (token.dep_ == "appos" and token.head.ent_type_ == "PERSON" and start >= 2 and doc[start - 1].text == "("
            and token.i + 1 < len(doc) and doc[token.i + 1].text == ")" and doc[start - 2].i == token.head.i)


def _and_more(doc, k: int, start: int) -> bool:
    """An "and" between two capitalised words of a name: "Freedom and Democracy"."""
    return (doc[k].lower_ == "and" and k > start and k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN"
            and doc[k + 1].text[:1].isupper())


def _party(name: str, resolver: Resolver) -> Resolved:
    """The party a name names: the gazetteer's, by its own label, if it knows the name
    ("Optimist Party for the Development of Mozambique" is Podemos), else one of its own."""
    known = resolver.gazetteer.find(name)
    if known is not None and known.type == "organization":
        return resolver.actor(known)
    return Resolved(mint_id(name), name, "organization")


def _named_in_apposition(token: Token) -> str | None:
    """The party's own name in apposition to a party noun that gives none: "Tom Reeve's ruling
    party, the Unity Party" (the apposition a party noun with a name of its own)."""
    if token.lower_ != "party":
        return None
    named = next((c for c in token.children if c.dep_ == "appos" and c.lower_ in PARTY_NOUNS), None)
    return _party_name(named) if named is not None else None


def _owner_of_modifier(token: Token) -> list[Token]:
    """The owner the parser hangs on a common word before the party's name rather than on the
    party noun: "Jane Doe's opposition Justice Party", "Tom Reeve's ruling Unity party"."""
    return [g for c in token.lefts if c.dep_ in {"nmod", "amod", "compound"} and c.pos_ in {"NOUN", "ADJ"}
            for g in c.children if g.dep_ == "poss" and g.pos_ == "PROPN"]


def is_party(body: Resolved) -> bool:
    """Whether a body is a political party by its name ("the Justice Party", "Likud party"): a
    person may be its member ("Tom Reeve joined the Justice Party", "a member of the Justice Party"),
    where a member of a state's or an international body holds an office there (holds_role)."""
    return body.type == "organization" and body.label.split()[-1].lower() in PARTY_NOUNS


def _title_word(word: Token) -> bool:
    return word.lower_ in PARTY_TITLES or word.lower_ in OFFICES


def _titled(word: Token) -> list[Token]:
    """The person a party title describes: "Jane Doe, leader of the Labour Party", "Jane Doe, a
    lawmaker from the Justice Party", "the candidate of the Justice party, Jane Doe" (the title in
    apposition to the name, or the name to it); else the word itself (none for a former title)."""
    if word.lower_ in PARTY_TITLES or word.lower_ in OFFICES:
        person = said_of(word) if not _former(word) else None
        return [person] if person is not None else []
    return [word]


def _party_name(token: Token) -> str | None:
    """A party's own name: the proper words right before the party noun ("Social Democratic
    Party", "Frelimo party"), none for "his party" or "the ruling party"."""
    words_before = [c for c in token.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN"]
    # "the People's party": a possessor inside the party's own name (one ORG entity with it)
    words_before += [c for c in token.lefts if c.dep_ == "poss" and c.lower_ in _NAME_POSSESSORS and c.i + 2 == token.i]
    if not words_before:
        return None
    doc, start = token.doc, min(c.i for c in words_before)
    while start >= 1 and (_joined(doc, start) or _capital_word(doc[start - 1])):
        # a name joined by a hyphen the tokenizer split ("the Zanu-PF party", "the Farmer-Citizen
        # Movement party") or begun by a capitalised adjective ("the Georgian Dream party")
        start -= 2 if _joined(doc, start) else 1
    start = _possessive_start(doc, start, token)
    if any(not _name_word(t) for t in doc[start : token.i]):
        return None  # "the Likud and Labor Party" or a name broken by other words
    # "the United Socialist Party of Venezuela", "the Optimist Party for the Development of Mozambique"
    return doc[start : _name_end(doc, token.i + 1)].text


_POSSESSIVE = frozenset({"'s", "\u2019s"})


def _name_word(t: Token) -> bool:
    """A word a party's own name is made of: a proper word, a hyphen, an acronym's bracket, a
    possessive, or a possessor of party_name_possessors the parser tags a common noun ("the
    People’s party")."""
    return (t.pos_ == "PROPN" or t.text == "-" or _acronym_mark(t) or t.lower_ in _POSSESSIVE | {"'", "\u2019"}
            or t.lower_ in _NAME_POSSESSORS and t.text[:1].isupper())


def _possessive_start(doc, start: int, token: Token) -> int:
    """Where a party's name begins when a possessive is part of it: "the People's Progressive
    Party" (one ORG entity from "People" on), not "Scholz's Social Democratic Party"."""
    if start < 2 or doc[start - 1].lower_ not in _POSSESSIVE or doc[start - 2].pos_ != "PROPN":
        return start
    owner = doc[start - 2]
    same = owner.ent_type_ == "ORG" and all(t.ent_iob_ == "I" for t in doc[start - 1 : token.i + 1])
    return start - 2 if same else start


def _name_end(doc, k: int) -> int:
    """Where a party's name ends that goes on after the party noun at k - 1: "Party of Regions",
    "Party for the Development of Mozambique" ("of"/"for", maybe "the", then capitalised proper
    words, again and again)."""
    while k < len(doc) and doc[k].lower_ in {"of", "for"}:
        words = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        end = words
        while end < len(doc) and (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() or _and_more(doc, end, words)):
            end += 1  # "Party for Freedom and Democracy"
        if end == words:
            break
        k = end
    return k


def _joined(doc, start: int) -> bool:
    """Whether the word at `start` is joined by a hyphen to a word before it ("Zanu-PF")."""
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper()


def _capital_word(word: Token) -> bool:
    """A capitalised adjective or name inside a party's name, not the sentence's first word."""
    return word.pos_ in {"ADJ", "PROPN"} and word.text[:1].isupper() and not word.is_sent_start and word.ent_type_ != "PERSON"


def _acronym_mark(word: Token) -> bool:
    """A bracket around one proper word, the party's acronym, before the party noun: "the
    Justice Union (JU) party"."""
    doc, i = word.doc, word.i
    if word.text == "(":
        return i + 2 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 2].text == ")"
    return word.text == ")" and i >= 2 and doc[i - 1].pos_ == "PROPN" and doc[i - 2].text == "("


def _former(word: Token) -> bool:
    """ "the Justice Party's former MP Jane Doe": a member once, not now."""
    return any(t.lower_ in NOT_NOW for t in word.subtree if t.i < word.i)


def _named_one(word: Token) -> Token:
    """The person a party's title is said of by apposition ("the Justice Party's candidate, Jane
    Doe"), else the word itself."""
    if word.ent_type_ == "PERSON":
        return word
    if word.dep_ == "appos" and word.head.ent_type_ == "PERSON" and (word.lower_ in PARTY_TITLES or word.lower_ in OFFICES):
        return word.head  # "Tom Reeve, the Justice Party's candidate"
    return next((c for c in word.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), word)
