"""Party membership told by an office "of" a party the gazetteer knows: "Jane Doe, general
secretary of the CSU", "Jane Doe, a deputy chairperson of the Left Alliance", "the leader of the
Moderates, Tom Reeve", "Tom Reeve is the leader of the Moderates" and "Jane Doe, who heads the
Justice Party": the office holder is a member of the party (CONVENTIONS.md member_of).

The office nouns are ontology/event_forms.toml's party_offices, the verbs of leading a party its
party_leading_verbs; the party is one of party_titles.py's forms (its first word the `token`
read there). A former office is none ("Jane Doe, a former leader of the Moderates"), nor one
only wished or denied ("hopes to become leader of the Moderates", "is not the leader of").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from ..context.subjects import subject_of
from ..moods import irrealis, negated

if TYPE_CHECKING:
    from spacy.tokens import Token

OFFICES = words("event_forms", "party_offices")
# words before a member's title that make the membership a past one ("former Labour MP X")
NOT_NOW = frozenset({"ex", "ex-", "former", "late", "onetime", "one-time"})
LEADING_VERBS = words("event_forms", "party_leading_verbs")
_OF = frozenset({"of", "for"})
_BEING = frozenset({"be", "remain"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_GROUP_NOUNS = frozenset({"group", "movement", "party"})


def office_holder(token: Token, length: int) -> Token | None:
    """The person who holds an office of the party whose form starts at `token` and is `length`
    words long: the office noun the party's words hang on by "of" or "for" (or the verb of
    leading whose object they are), and the name that office is said of."""
    words_of_form = token.doc[token.i : token.i + length]
    if not _whole_name(token, length):
        return None  # "the Democratic Republic of Congo", "the Kurdistan Democratic Party"
    for word in [*words_of_form, _phrase_head(words_of_form[-1])]:
        if word.dep_ == "appos" and word.head.dep_ == "pobj" and word.head.lemma_.lower() in _GROUP_NOUNS:
            word = word.head  # "head of the left-wing group La France Insoumise": the group's office
        if word.dep_ == "pobj" and word.head.lower_ in _OF and word.head.dep_ == "prep":
            office = word.head.head
            if office.lower_ in OFFICES and not _former(office):
                return said_of(office)
        if word.dep_ in {"dobj", "obj"} and word.head.lemma_.lower() in LEADING_VERBS:
            return party_leader(word.head)
    return None


def person_of(token: Token, length: int) -> Token | None:
    """ "Jane Doe of the Kenya Kwanza", "Tom Reeve of the ruling Liberation Front (LF)": the person
    the party's phrase hangs on by "of" (`token`: the form's first word, `length` its words)."""
    head = _phrase_head(token.doc[token.i + length - 1])
    if not _whole_name(token, length) or head.dep_ != "pobj" or head.head.lower_ != "of":
        return None
    person = head.head.head
    return person if person.ent_type_ == "PERSON" and person.i < token.i else None


def _whole_name(token: Token, length: int) -> bool:
    """Whether the party's form is a whole name, not the part of a longer one: no capitalised
    proper word right before it (but the sentence's first) or right after it."""
    doc, end = token.doc, token.i + length
    before = token.i > token.sent.start and _proper(doc[token.i - 1])
    return not before and not (end < len(doc) and _proper(doc[end]))


def _proper(word: Token) -> bool:
    """A capitalised proper word or adjective inside a name ("Kurdistan", "Republic"); not a
    people's word before it ("the Czech ANO movement")."""
    return word.pos_ in {"PROPN", "ADJ"} and word.text[:1].isupper() and word.ent_type_ != "NORP"


def _phrase_head(word: Token) -> Token:
    """The head of the noun phrase a party's last word stands in ("the Kurdistan Democratic
    Party": Party; "the Justice (JU) party": party)."""
    while word.dep_ in {"compound", "amod", "nmod", "flat"} and word.head.i > word.i and word.head.pos_ in _NOUNS:
        word = word.head
    return word


def _former(office: Token) -> bool:
    """ "a former leader of the Moderates", "ex-chairman of the CSU": an office once held."""
    return any(t.lower_ in NOT_NOW for t in office.subtree if t.i < office.i)


def said_of(office: Token) -> Token | None:
    """The person an office noun is said of: the name it stands in apposition to ("Jane Doe,
    leader of the Moderates"), the name in apposition to it ("the leader of the Moderates, Jane
    Doe") or the subject it is the predicate of ("Jane Doe is the leader of the Moderates")."""
    if office.dep_ == "appos" and office.head.ent_type_ == "PERSON":
        return office.head
    # the name in apposition to the office, or to its party as the parser may hang it ("the
    # candidate of the Justice Party, Jane Doe")
    parties = [p for c in office.children if c.dep_ == "prep" and c.lower_ in _OF
               for p in c.children if p.dep_ == "pobj"]
    named = next((c for w in [office, *parties] for c in w.children
                  if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None:
        return named
    if any(c.lower_ == "the" for c in office.children if c.dep_ == "det"):
        named = next((n for p in parties if (n := _name_after_comma(p.right_edge)) is not None), None)
        if named is not None:
            return named  # "the leader of the Moderates, Jane Doe," however the parser hangs the name
    elif office.i == office.sent.start or office.doc[office.i - 1].is_punct:
        named = next((n for p in parties if (n := _name_after_comma(p.right_edge, comma=False)) is not None), None)
        if named is not None:
            return named  # "Chairman of the Justice Party (JP) Jane Doe said": a title before the name
    verb = office.head
    if office.dep_ == "attr" and verb.lemma_.lower() in _BEING and not (negated(verb) or irrealis(verb)):
        subject = subject_of(verb)
        return subject if subject is not None and subject.ent_type_ == "PERSON" else None
    return None


def party_leader(verb: Token) -> Token | None:
    """Who leads, heads or founded a party: the verb's subject, a person's name, or the name a
    relative clause hangs on ("Jane Doe, who heads the Justice Party")."""
    if negated(verb) or irrealis(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    return subject if subject is not None and subject.ent_type_ == "PERSON" else None


def _name_after_comma(end: Token, comma: bool = True) -> Token | None:
    """The last word of a person's name right after the comma that closes a definite office
    ("the leader of the Moderates, Jane Doe"), or right after an office without an article
    (`comma` False: "Chairman of the Moderates Jane Doe"), the name a PERSON entity."""
    doc, k = end.doc, end.i + (2 if comma else 1)
    if k < len(doc) and not comma and doc[k].text == ")":
        k += 1  # "Chairman of the Justice Party (JP) Jane Doe": the bracket the parser left out
    if k >= len(doc) or comma and doc[k - 1].text != "," or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return None
    while k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "I":
        k += 1
    return doc[k]
