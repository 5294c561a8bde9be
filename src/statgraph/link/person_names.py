"""The words of a person's name in a named entity the tagger drew too wide or too narrow:
"Spokesperson Geng Shuang's" is Geng Shuang, "Ali Khan" in "Shafqat Ali Khan" is Shafqat Ali
Khan (the longest name in the text wins), "He Yongqian" keeps a family name read as a pronoun."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from ..nlp.arrays import indices_with
from ..nlp.bounds import sentence_bounds
from ..words import word_table
from ..words import words as word_list
from .geography import geographic

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Actor, Gazetteer

HONORIFICS = word_list("names", "honorifics")
# The words of titles ("State Councilor", "Prime Minister"): no actor is named by them alone.
TITLE_WORDS = word_list("names", "office_heads") | word_list("names", "title_words")
# Abbreviated titles ("Sen.", "Rep.", "Gov."): no part of a name either
TITLE_ABBREVIATIONS = word_list("names", "title_abbreviations")
# Days the tagger drew into a name ("On Wednesday Erwin Masinga"): no part of it
_WEEKDAYS = word_list("names", "weekdays")


_BODY_WORDS = word_list("names", "institution_words")
_DEPARTMENTS = word_list("names", "departments")
_PLACE_NOUNS = word_list("names", "place_nouns")
# A party's letter before a state's after a legislator's name ("D" of "Jane Doe (D-N.Y.)"): ontology/event_forms.toml
PARTY_LETTERS = frozenset().union(*word_table("event_forms", "party_letters").values())


def appositions(head: Token) -> Iterator[Token]:
    """A name's appositions, and those of a legislator's party label set between ("Rep. Jane
    Doe, R-Ohio, chairman of ...": the parser hangs the office on "Ohio")."""
    for child in head.children:
        if child.dep_ != "appos":
            continue
        if party_label_at(head.doc, child.left_edge.i):
            yield from (c for c in child.children if c.dep_ == "appos")
        else:
            yield child


def party_label_at(doc: Doc, i: int) -> bool:
    """Whether a party's letter joined by a hyphen to a state's starts at a token, in brackets
    or between commas after a name ("Sen. Jane Doe (D-N.Y.)", "Tom Reeve, R-Texas, said"): a
    legislator's party and state, no one's name."""
    token = doc[i]
    return (
        token.text in PARTY_LETTERS
        and 0 < i < len(doc) - 2
        and not token.whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i - 1].text in {"(", ","}
        and doc[i + 2].text[:1].isupper()
    )


def is_title_phrase(words: list[Token]) -> bool:
    """Whether a name is a title in the plural or with its department ("Heads of State and
    Government", "Ministers of Foreign Affairs"): led by a title, then titles, bodies and links."""
    return (
        len(words) > 1
        and title_word(words[0].lower_)
        and all(title_word(w.lower_) or w.lower_ in _BODY_WORDS or w.lower_ in {"of", "and", "the"} for w in words)
    )


def title_word(word: str) -> bool:
    """Whether a word is a title, or a title in the plural ("Heads", "Ministers", "Generals")."""
    return word in TITLE_WORDS or word.endswith("s") and word[:-1] in TITLE_WORDS  # "Heads", "Ministers"


def person_words(gazetteer: Gazetteer, words: list[Token], name: Span) -> list[Token]:
    """The words of a person's name, from the words of its entity (`name`, leading articles
    and demonyms already left out)."""
    while len(words) > 2 and (words[0].lower_ in HONORIFICS or words[0].lower_ in _WEEKDAYS):
        words = words[1:]  # "Shri Arun Mehta", "Maj Gen Alexis Rodríguez": the name without them
    while len(words) > 1 and words[0].lower_ in TITLE_WORDS | TITLE_ABBREVIATIONS:
        words = words[1:]  # "Spokesperson Geng Shuang": a title is no part of the name
    while len(words) > 1 and words[-1].tag_ == "POS":
        words = words[:-1]  # "Geng Shuang's Regular Press Conference"
    before = name.doc[words[0].i - 1] if words[0].i > sentence_bounds(name[0])[0] else None
    if before is not None and family_name_read_as_word(gazetteer, before):
        return [before, *words]  # "He Yongqian", its family name tagged a pronoun
    while before is not None and _first_name_left_out(gazetteer, before, words):
        words = [before, *words]  # "Shafqat Ali Khan", the entity only "Ali Khan"
        before = name.doc[before.i - 1] if before.i > name.sent.start else None
    return words


def _first_name_left_out(gazetteer: Gazetteer, token: Token, words: list[Token]) -> bool:
    """A proper noun the entity left out at the left of a person's name: a compound of the
    name, capitalised, and no title, honorific, demonym or known name."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and words[0].i <= token.head.i <= words[-1].i
        and token.text[:1].isupper()
        and token.ent_iob_ == "O"
        # no title ("Sen."), honorific or department ("Commissioner for Refugees Filippo Grandi")
        and token.lower_ not in TITLE_WORDS | TITLE_ABBREVIATIONS | HONORIFICS | _DEPARTMENTS
        and gazetteer.demonym(token.text) is None
        and gazetteer.find(token.text) is None
    )


def family_name_read_as_word(gazetteer: Gazetteer, token: Token) -> bool:
    """A family name written first that the tagger took for a word ("He" in "He Yongqian"):
    capitalised, in the lexicon's list, directly before the name and outside the entity."""
    return (
        token.text in gazetteer.family_first
        and token.pos_ != "PROPN"
        and token.ent_iob_ == "O"
        and bool(token.whitespace_)
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].pos_ == "PROPN"
    )


def possessed_person(token: Token) -> Token | None:
    """The head of the person's name a possessive stands before when the parser left the name
    out of its tree: in "India's S. Jaishankar and China's Wang Yi met", "China" is parsed as
    the second subject and "Wang Yi" hung elsewhere; "China's Wang Yi" is Wang Yi."""
    if token.dep_ == "poss":
        return None
    case = next((c for c in token.children if c.dep_ == "case" and c.lower_ in {"'s", "’s"}), None)
    if case is None or case.i + 1 >= len(token.doc):
        return None
    after = token.doc[case.i + 1]
    if after.ent_iob_ != "B" or after.ent_type_ != "PERSON":
        return None
    return next((e.root for e in token.doc.ents if e.start == after.i), None)


def foreseen_people(docs: list[Span], gazetteer: Gazetteer) -> dict[str, str]:
    """Surname -> full name of the persons a document names in full anywhere, for a surname
    met before the full name ("Libya's Dbeibeh welcomes ..." as the headline of a story that
    names Abdul Hamid Dbeibeh below); of names that end alike the longest wins ("Ali Khan" is
    "Shafqat Ali Khan"), and a surname two different persons share is left out."""
    found: dict[str, set[str]] = {}
    for doc in docs:
        for ent in (e for e in doc.ents if e.label_ == "PERSON" and not names_a_place(e)):
            names = person_words(gazetteer, [w for w in ent if w.lower_ not in {"the", "a"}], ent)
            if len(names) < 2 or not all(w.text[:1].isupper() for w in names) or names[0].lower_ in HONORIFICS:
                continue  # "Sheikh Salem" is no full name: an honorific and a given name
            label = " ".join(ent.doc[names[0].i : names[-1].i + 1].text.split())
            known = gazetteer.find(label)
            found.setdefault(names[-1].text, set()).add(known.label if known is not None else label)
    foreseen = {}
    for name, labels in found.items():
        longest = max(labels, key=len)
        if all(longest.endswith(" " + label) or label == longest for label in labels):
            foreseen[name] = longest
    return foreseen


def addressed_by_first_name(words: list[Token], name: Span) -> str | None:
    """The given name a person is called by after an honorific or title, as Gulf and Saudi
    royals and ministers are ("Sheikh Salem", "Prince Faisal", "Emir Tamim"): the one name word
    left once they are dropped, when the entity or the word before it carries one."""
    if len(words) == 2 and words[0].lower_ in HONORIFICS:
        words = words[1:]  # "Sheikh Salem": the entity keeps a lone name's honorific
    if len(words) != 1 or not words[0].text[:1].isupper():
        return None
    before = [w for w in name if w.i < words[0].i]
    if not before and words[0].i > name.sent.start:
        before = [name.doc[words[0].i - 1]]
    return words[0].text if before and before[-1].lower_ in HONORIFICS | TITLE_WORDS else None


def named_first(given: str, people: list) -> object | None:
    """The person named in full before whose given name this is ("Salem Abdullah Al-Jaber
    Al-Sabah" for "Sheikh Salem"), the latest named first; none when it is also a surname."""
    for person in reversed(people):
        parts = person.label.split()
        if len(parts) >= 2 and parts[0] == given and parts[-1] != given:
            return person
    return None


def names_a_place(name: Span) -> bool:
    """Whether a name the tagger took for a person's is a place's: a place noun follows it,
    past a parenthesised gloss ("Vietnam's Hoang Sa (Paracels) archipelago area", "Quang Ngai
    province"), or it ends in a place word ("the Lachin Corridor"), so "she" never stands for it."""
    if geographic([t for t in name if t.lower_ not in {"the", "a", "an"}]):
        return True
    doc, at = name.doc, name.end
    if at < len(doc) and doc[at].text == "(":
        closing = next((t.i for t in doc[at : min(len(doc), at + 6)] if t.text == ")"), None)
        at = closing + 1 if closing is not None else at
    return at < len(doc) and doc[at].is_lower and doc[at].lemma_ in _PLACE_NOUNS


def place_names(docs: list[Span]) -> frozenset[str]:
    """The names a document gives a place anywhere, as a proper noun before a place noun ("the
    Svalbard archipelago", "Quang Ngai province"): the same name alone elsewhere ("Norway is
    dragging Svalbard into ...") is that place, whoever the tagger took it for."""
    found = set()
    for doc in docs:
        # the words whose lemma is a place noun, read off the parse's array, then as tokens
        for noun in (t for t in (doc[i] for i in indices_with(doc, LEMMA, _PLACE_NOUNS)) if t.is_lower):
            start = noun.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
                start -= 1
            if start < noun.i:
                found.add(" ".join(doc[start : noun.i].text.split()))
    return frozenset(found)


def untitled(name: Span) -> str | None:
    """A name without the title and the body's initials before it: "FO Spokesperson Mumtaz
    Zahra Baloch" is Mumtaz Zahra Baloch; None when no title leads the name, or when the name is a
    body's ("National Security Council" is no "Security Council" with a title before it)."""
    if name[-1].lower_ in _BODY_WORDS:
        return None
    last = max((t.i for t in name if t.lower_ in TITLE_WORDS | TITLE_ABBREVIATIONS), default=None)
    if last is None or last + 1 >= name.end:
        return None
    return " ".join(name.doc[last + 1 : name.end].text.split())


def written_in_lower_case(gazetteer: Gazetteer, words: list[Token]) -> Actor | None:
    """The known person a name goes on to name in lower case, as a print edition's copy writes it
    ("sir Keir starmer", "Keir starmer said"): the tagger's "Keir" with the next word or two, when
    the lexicon knows those words, in any case, as one person's whole name (no name of one word)."""
    doc, end = words[0].doc, words[-1].i + 1
    for more in (1, 2):
        if end + more > len(doc) or not all(w.is_alpha and w.text.islower() and not w.is_stop for w in doc[end : end + more]):
            return None
        actor = gazetteer.find(doc[words[0].i : end + more].text)
        if actor is not None:
            return actor if actor.type == "person" else None
    return None
