"""Acronyms a text defines: "Reporters Without Borders (RSF)" makes "RSF" that body in this
document, whatever else the lexicon calls RSF (the Rapid Support Forces).

A definition is a name right before an all-capital word in parentheses: the run of proper nouns
(and the words that link them, "of", "and") that ends at the parenthesis. The acronym then names,
wherever the document uses it, what that whole name names:
- a known organisation, when the whole name is one ("Reporters Without Borders");
- the state whose body it is, when the name is a body named with its state ("South Korea's
  National Security Council (NSC)": South Korea's, bodies of a state being the state);
- else a body of that name of its own ("the National Security Council (NSC)").
The last two only when the acronym spells the name's initials: "the Social Democrats (SPD)" is
still the party the lexicon calls SPD, a name it gives no other sense.
A known name inside a longer one is not what the acronym stands for: "Security Council" in
"National Security Council (NSC)" is no UN Security Council. An acronym the lexicon does not
know is left to the entity it is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import IS_ALPHA, IS_UPPER, LENGTH, LOWER, ORTH, POS
from spacy.symbols import PROPN

from ..nlp.arrays import doc_text, hashes, indices_with
from .gazetteer import Actor, mint_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

_LONGEST = 8  # the most words of a name before its acronym
_LINKS = frozenset({"of", "and", "for", "on", "the", "&"})
_POSSESSIVE = frozenset({"'s", "’s"})


def with_acronyms(gazetteer: Gazetteer, docs: list[Doc] | list[Span]) -> Gazetteer:
    """The lexicon as one document reads it: the acronyms it defines name what it defines them as
    (the shared lexicon itself is left as it is)."""
    acronyms = defined_acronyms(docs, gazetteer)
    acronyms.update(implied_acronyms(docs, gazetteer, acronyms))
    if not acronyms:
        return gazetteer
    actors = {**gazetteer.actors, **{a.id: a for a in acronyms.values() if a.id not in gazetteer.actors}}
    names = {**gazetteer.names, **{acronym: actor.id for acronym, actor in acronyms.items()}}
    return replace(gazetteer, actors=actors, names=names, _found={})


def defined_acronyms(docs: list[Doc] | list[Span], gazetteer: Gazetteer) -> dict[str, Actor]:
    """Acronym -> what the text defines it as (a known actor, or a body of its own: see the
    module), where the lexicon knows the acronym as another actor."""
    found: dict[str, Actor] = {}
    for doc in docs:
        opening = (doc[k].i for k in indices_with(doc, ORTH, ["("]))  # read off the parse's array
        for start in (i for i in opening if i + 2 < len(doc) and doc[i + 2].text == ")"):
            acronym = doc[start + 1].text
            if acronym in found or not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 7):
                continue
            known = gazetteer.find(acronym)
            defined = _defined_as(doc, start, acronym, gazetteer) if known is not None else None
            if defined is not None and defined.id != known.id:
                found[acronym] = defined
    return found


def implied_acronyms(docs: list[Doc] | list[Span], gazetteer: Gazetteer, defined: dict[str, Actor]) -> dict[str, Actor]:
    """Acronyms a text uses for a name it spells out elsewhere without defining them ("NSC
    strongly condemns ..." over "The presidential National Security Council condemned ..."),
    where the lexicon knows the acronym as another actor that the text names by no other name,
    nor by its state or body:
    acronym -> what that name names (as a definition would). Acronyms of three letters or more."""
    used = set().union(*(_capital_words(doc) for doc in docs)) - set(defined)
    known = {a: actor for a in sorted(used) if (actor := gazetteer.find(a)) is not None}
    if known:  # the text is joined only for an acronym the lexicon knows
        text = "\n".join(map(doc_text, docs))
        known = {a: actor for a, actor in known.items() if not _named_in(actor, text, gazetteer)}
    found: dict[str, Actor] = {}
    last_letters = frozenset(acronym[-1] for acronym in known)  # a name's initials end with its last word's
    for doc in docs if known else ():
        for end in (k + 1 for k in _name_ends(doc, last_letters)):
            first = _run_start(doc, end)
            acronym = _initials(doc[first:end])
            if acronym in known and acronym not in found:
                meant = _defined_as(doc, end, acronym, gazetteer)
                if meant is not None and meant.id != known[acronym].id:
                    found[acronym] = meant
    return found


def _named_in(actor: Actor, text: str, gazetteer: Gazetteer) -> bool:
    """Whether a text names an actor by a name other than an acronym, or names the state or body
    it belongs to (an article about Japan that spells out "Liberal Democratic Party" means the
    Japanese party by "LDP", a name the lexicon does not give it)."""
    owners = [gazetteer.actors[i] for i in (actor.of, gazetteer.homes.get(actor.id)) if i in gazetteer.actors]
    names = [n for a in (actor, *owners) for n in (a.label, *a.aliases, *a.metonyms, *a.demonyms)]
    return any(name in text for name in names if len(name) > 3 and not name.isupper())


def _capital_words(doc: Doc | Span) -> set[str]:
    """The all-capital words of three to seven letters (`Token.is_alpha`, `is_upper`, `len`),
    read off the parse's array: a walk of the words made a Token and read three attributes of each."""
    if not len(doc):
        return set()
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_ALPHA, IS_UPPER, LENGTH]).tolist()
    return {strings[orth] for orth, alpha, upper, length in rows if alpha and upper and 3 <= length <= 7}


def _name_ends(doc: Doc | Span, initials: frozenset[str] | None = None) -> list[int]:
    """The places k of the capitalised proper nouns no capitalised or linking word follows, a
    name's last word each, read off the parse's array (a walk of the words made a Token or two
    of each, and looked up their strings); with `initials`, only those whose first letter is one
    of them, or a linking word ("Of"), which adds no initial to its name's."""
    if not len(doc):
        return []
    strings, links = doc.vocab.strings, hashes(_LINKS)
    orths, tags, lowers = doc.to_array([ORTH, POS, LOWER]).T.tolist()
    last = len(orths) - 1
    return [
        k
        for k, tag in enumerate(tags)
        if tag == PROPN
        and (first := strings[orths[k]][:1]).isupper()
        and (initials is None or first in initials or lowers[k] in links)
        and (k == last or not (strings[orths[k + 1]][:1].isupper() or lowers[k + 1] in links))
    ]


def _defined_as(doc: Doc | Span, paren: int, acronym: str, gazetteer: Gazetteer) -> Actor | None:
    """What the name ending right before a parenthesis (or word `paren`) names, as `acronym`'s
    definition (see the module); None for no name."""
    run = _run_start(doc, paren)
    for first in (k for k in range(run, paren) if doc[k].text[:1].isupper()):
        actor = gazetteer.find(doc[first:paren].text)
        if actor is not None and not _inside_name(doc, first, run):
            return actor if actor.type == "organization" else None
    # the run's name, from its first proper noun or its first word, or the name after a possessive in it
    # ("Kamara's All People's Congress (APC)": from "All"), the first the acronym spells
    starts = [next((k for k in range(run, paren) if doc[k].pos_ == "PROPN"), paren), run]
    starts += [k for k in range(run + 1, paren) if doc[k - 1].lower_ in _POSSESSIVE]
    first = next((k for k in starts if k < paren and _initials(doc[k:paren]) == acronym), paren)
    if paren - first < 2:
        return None  # no name of its own, or one the acronym does not spell ("the Social Democrats (SPD)")
    state = _state_before(doc, first, gazetteer)
    if state is not None:
        return state
    label = " ".join(doc[first:paren].text.split())
    return Actor(id=mint_id(label), label=label, type="organization")


def _initials(name: Span) -> str:
    """The initials of a name's words, its linking words left out: "National Security Council" NSC."""
    return "".join(w.text[0].upper() for w in name if w.lower_ not in _LINKS and w.text[:1].isalpha())


def _run_start(doc: Doc | Span, paren: int) -> int:
    """The first word of the run of capitalised and linking words that ends at the parenthesis."""
    first = paren
    while first > max(0, paren - _LONGEST) and (doc[first - 1].text[:1].isupper() or doc[first - 1].lower_ in _LINKS
                                                 or _inner_possessive(doc, first - 1)):
        first -= 1
    while first < paren and doc[first].lower_ in _LINKS:
        first += 1  # "the", "of" open no name
    return first


def _inner_possessive(doc: Doc | Span, k: int) -> bool:
    """Whether word k is a possessive between two capitalised words, inside a name ("All People's
    Congress") or before one ("Kamara's All People's Congress")."""
    return (doc[k].lower_ in _POSSESSIVE and 0 < k < len(doc) - 1 and doc[k - 1].text[:1].isupper()
            and doc[k + 1].text[:1].isupper())


def _inside_name(doc: Doc | Span, first: int, run: int) -> bool:
    """Whether a name starting at `first` is the end of a longer name of the run: "Security
    Council" in "National Security Council", "Peace and Security Council" (not "Officials of the
    Democratic Forces ...", where the name is the object of "of")."""
    before = first - 1
    if before >= run and doc[before].lower_ in {"and", "&"}:
        before -= 1
    return before >= run and doc[before].text[:1].isupper() and doc[before].lower_ not in _LINKS


def _state_before(doc: Doc | Span, first: int, gazetteer: Gazetteer) -> Actor | None:
    """The state a body's name is given with: "South Korea's (presidential) National Security Council"."""
    k = first - 1
    while k > 0 and doc[k].pos_ == "ADJ" and doc[k].text.islower():
        k -= 1  # "presidential"
    if k < 1 or doc[k].lower_ not in _POSSESSIVE:
        return None
    for start in range(max(0, k - 3), k):
        actor = gazetteer.find(doc[start:k].text)
        if actor is not None:
            return actor if actor.type == "state" else None
    return None
