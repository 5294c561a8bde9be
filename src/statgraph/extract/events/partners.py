"""Meeting partners the tagger does not give as people, found by their role in the meeting: the
person an office met is said to be at the end of its phrase ("met with the speaker of the
Ethiopian parliament Tagesse Chafo"), and a name after a ruler's title that carries no entity
label ("met Sultan Hassanal Bolkiah"). The titles are link.offices' TITLE_NOUNS and
ontology/names.toml's honorifics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.offices import TITLE_NOUNS
from ...link.resolve import Resolved, Resolver
from ...words import words
from ..context.subjects import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

_TITLES = TITLE_NOUNS | words("names", "honorifics")
_TITLE_WORDS = _TITLES | {w.rstrip(".") for w in _TITLES}  # "Dr." and "Dr"


def named_at_end(token: Token) -> Token:
    """The person named in apposition at the end of an office's phrase: "speaker of the Ethiopian
    parliament Tagesse Chafo" is Chafo, whether the parser hangs the name on "parliament" as an
    apposition or makes "parliament" a compound of the name; else the word ("the wife of
    President Jane Doe" is none of Jane Doe)."""
    end = token.right_edge
    if token.ent_type_ or token.pos_ != "NOUN" or end.ent_type_ != "PERSON" or end.i == token.i:
        return token
    name = end.head if end.dep_ in {"flat", "compound"} and end.head.ent_type_ == "PERSON" else end
    misread = any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower() for c in name.children)
    appended = name.dep_ == "appos" and name.head.i != token.i
    return name if appended or misread else token


def titled_person(token: Token, resolver: Resolver) -> Resolved | None:
    """A person named after a title, the name with no entity label and unknown to the lexicon:
    "Sultan Hassanal Bolkiah", "President Jane Okafor" (`token`: the name's last word)."""
    if token.ent_type_ or token.pos_ != "PROPN" or not token.text[:1].isupper():
        return None
    words = list(token.doc[token.left_edge.i : token.i + 1])
    if any(t.pos_ != "PROPN" or t.ent_type_ or t.dep_ != "compound" for t in words[:-1]):
        return None  # a name broken by other words, or one the tagger labelled (resolved elsewhere)
    titles = 0
    while titles < len(words) and words[titles].lower_.rstrip(".") in _TITLE_WORDS:
        titles += 1
    name = words[titles:]
    if not titles or not name or not all(t.text[:1].isupper() and t.is_alpha for t in name):
        return None
    label = " ".join(t.text for t in name)
    if resolver.gazetteer.find(label) is not None or resolver.gazetteer.demonym(label) is not None:
        return None
    return Resolved(mint_id(label), label, "person")


def they_before(pronoun: Token, resolver: Resolver) -> list[Resolved]:
    """ "Ruto and Abiy spoke on Monday. They held talks on trade": "they" are the two or three
    people, or states, named together as the subject of the sentence before (none for another
    word, or for sides of different kinds)."""
    before = [s for s in pronoun.doc.sents if s.end <= pronoun.sent.start][-1:]
    if pronoun.lower_ != "they" or not before:
        return []
    subject = next((c for c in before[0].root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    named = [subject, *conjuncts(subject)] if subject is not None else []
    sides = list({a.id: a for t in named if (a := resolver.resolve(t)) is not None}.values())
    if not 2 <= len(sides) <= 3 or len(sides) < len(named) or {a.type for a in sides} not in ({"person"}, {"state"}):
        return []
    return sides
