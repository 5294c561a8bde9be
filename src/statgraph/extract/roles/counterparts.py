"""holds_role of a counterpart: "his Turkish counterpart Recep Tayyip Erdogan", "Lavrov's US
counterpart, Antony Blinken", "Marsudi met Chinese counterpart Qin Gang": the possessor's office
in the counterpart's state; and the person a third-person pronoun refers to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from .names import HONORIFICS
from .offices import POSSESSIVE, owner_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...link.gazetteer import Actor
    from ...link.resolve import Resolved, Resolver

_LEADER_OFFICES = words("names", "leader_offices")
# words for the holder of the same office in another state: "his Turkish counterpart X", "his
# Brazilian colleague X" ("colleague" only with the state named)
COUNTERPART_WORDS = frozenset({"colleague", "counterpart"})


def counterpart(
    doc: Doc, start: int, floor: int, person: Resolved, named: list[tuple[int, int, Resolved]], resolver: Resolver
) -> tuple[str, Actor, Token] | None:
    """ "his Turkish counterpart Recep Tayyip Erdogan", "Lavrov's US counterpart, Antony
    Blinken": the possessor's office, in the counterpart's state. Needs the possessor's office
    to be known and the counterpart's state to be named."""
    split = _split_floor(doc, start, floor)
    found = (_counterpart_cue(doc, start, split, resolver) or _plural_cue(doc, start, split, resolver)
             or _stateless_cue(doc, start, split, person, resolver))
    if found is None:
        return None
    cue, country, k = found
    possessor: Resolved | None = None
    if doc[k].lower_ in {"his", "her", "their"} and split < floor:  # the person named before, not this one
        possessor = next((p for p in reversed(resolver.recent_people) if p.id != person.id), None)
    elif doc[k].lower_ in {"his", "her", "their"}:
        possessor = antecedent(doc[k], named, resolver)
    elif doc[k].text in POSSESSIVE or doc[k].lower_ == "and":  # "Lavrov's US counterpart", "Lavrov and US counterpart"
        possessor = next((p for first, last, p in named if last == k - 1), None)
    elif doc[k].pos_ in {"VERB", "ADP"}:  # "Marsudi met Chinese counterpart Qin Gang": the subject's
        possessor = _verb_subject(cue, named)
    if possessor is None:
        return None
    words = resolver.titles.get(possessor.id)
    known = resolver.gazetteer.actors.get(possessor.id)
    if words is None and known is not None and known.role:
        words = known.role
    owner = owner_of(possessor, resolver)
    if not words or (owner is not None and owner.id == country.id):
        return None
    # the lexicon may know the counterpart's own title for it ("Secretary of State")
    # (not a leader's office: "his Qatari counterpart" of a foreign minister is Qatar's foreign
    # minister, also when the lexicon knows him as its prime minister)
    counterpart = resolver.gazetteer.actors.get(person.id)
    if (
        counterpart is not None
        and counterpart.role
        and counterpart.of == country.id
        # (a leader's counterpart leads too: "their Ukrainian counterpart" of prime ministers)
        and (counterpart.role.lower() in _LEADER_OFFICES) == (words.lower() in _LEADER_OFFICES)
    ):
        words = counterpart.role
    return words, country, cue


def _verb_subject(token: Token, named: list[tuple[int, int, Resolved]]) -> Resolved | None:
    """The person named as the subject of the verb a word depends on ("Marsudi met | Chinese
    counterpart Qin Gang")."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c.i for c in verb.children if c.dep_ == "nsubj"]
    return next((p for first, last, p in named for s in subjects if first <= s <= last), None)


def _counterpart_cue(doc: Doc, start: int, floor: int, resolver: Resolver) -> tuple[Token, Actor, int] | None:
    """The word "counterpart" before a name (at `start`), its state and where the words before
    them end: "his Turkish counterpart(,) X", "his counterpart from Myanmar(,) X"."""
    j = start - 1
    if j > floor and doc[j].text == ",":
        j -= 1
    if j - 2 > floor and doc[j - 1].lower_ == "from" and doc[j - 2].lower_ == "counterpart":
        country = _country_actor(doc[j], resolver)
        if country is None or doc[j - 3].lower_ not in {"his", "her", "their"}:
            return None
        return doc[j - 2], country, j - 3
    if j <= floor or doc[j].lower_ not in COUNTERPART_WORDS:
        return None
    found = _counterpart_state(doc, j, floor, resolver)
    return (doc[j], *found) if found is not None else None


def _plural_cue(doc: Doc, start: int, floor: int, resolver: Resolver) -> tuple[Token, Actor, int] | None:
    """ "his Kyrgyz and Tajik counterparts, Sadyr Japarov and Emomali Rahmon", "his Brazilian
    and Paraguayan colleagues -A and B-", "his Burkinabe counterparts, Captain X": the state
    listed before the plural word in the place of the name (at `start`) among those after it;
    as many states as names, else none."""
    names = _names_before(doc, start, floor)
    if names is None:
        return None
    cue, before = names
    states: list[Actor] = []
    k = cue.i - 1
    while k > floor:
        actor = _country_actor(doc[k], resolver)
        if actor is not None:
            states.insert(0, actor)
        elif doc[k].lower_ not in {"and", ","} or not states:
            break
        k -= 1
    after = _names_after(doc, cue.i + 1, doc[start].sent.end)
    if not states or len(states) != len(after) or before >= len(states) or doc[k].lower_ not in {"his", "her", "their"}:
        return None
    return cue, states[before], k


_LIST_MARKS = frozenset({",", "and", "-", "\u2013", "\u2014", "("})


def _names_before(doc: Doc, start: int, floor: int) -> tuple[Token, int] | None:
    """The plural counterpart word a name (at `start`) is listed after, and how many names come
    before it in the list."""
    k, names, inside = start - 1, 0, False
    while k > floor:
        word = doc[k]
        if word.lower_ in {"counterparts", "colleagues"}:
            return word, names
        if word.pos_ == "PROPN" or word.lower_ in HONORIFICS:
            names += not inside
            inside = True
        elif word.lower_ in _LIST_MARKS:
            inside = False
        else:
            return None
        k -= 1
    return None


def _names_after(doc: Doc, k: int, end: int) -> list[int]:
    """Where each name of the list after a plural counterpart word starts."""
    starts: list[int] = []
    inside = False
    while k < end and (doc[k].pos_ == "PROPN" or doc[k].lower_ in _LIST_MARKS or doc[k].lower_ in HONORIFICS):
        if doc[k].lower_ in _LIST_MARKS:
            inside = False
        elif not inside:
            starts.append(k)
            inside = True
        k += 1
    return starts


def _split_floor(doc: Doc, start: int, floor: int) -> int:
    """The start of the sentence before when the parser split one after "counterpart" ("... met
    his Kyrgyz counterpart | Sadyr Japarov at a summit"): the words before the name are read."""
    before = start - 1 - (start > 1 and doc[start - 1].text == ",")
    if start == floor and before > 0 and doc[before].lower_ in COUNTERPART_WORDS:
        return doc[before].sent.start
    return floor


def _stateless_cue(doc: Doc, start: int, floor: int, person: Resolved, resolver: Resolver) -> tuple[Token, Actor, int] | None:
    """ "his counterpart(,) Joao Lourenco": no state named, the counterpart's own state as the
    lexicon knows it."""
    j = start - 1 - (start > 1 and doc[start - 1].text == ",")
    if j - 1 <= floor or doc[j].lower_ != "counterpart" or doc[j - 1].lower_ not in {"his", "her", "their"}:
        return None
    known = resolver.gazetteer.actors.get(person.id)
    state = resolver.gazetteer.actors.get(known.of) if known is not None and known.of else None
    return (doc[j], state, j - 1) if state is not None and state.type == "state" else None


def _counterpart_state(doc: Doc, j: int, floor: int, resolver: Resolver) -> tuple[Actor, int] | None:
    """The one state named before "counterpart" (at `j`), in a word ("Turkish", "US") or two
    ("DR Congo"), and where the words before it end."""
    countries: list[Actor] = []
    k = j - 1
    while k >= floor and (actor := _country_actor(doc[k], resolver)) is not None:
        countries.append(actor)
        k -= 1
    if not countries and j - 2 > floor and doc[j - 2].text[:1].isupper():
        actor = resolver.gazetteer.find(doc[j - 2 : j].text) or resolver.gazetteer.demonym(doc[j - 2 : j].text)
        if actor is not None and actor.type == "state":
            countries, k = [actor], j - 3
    if len(countries) != 1 or k < floor:
        return None
    # a hyphened modifier before the state ("his US-backed Ecuadoran counterpart") is passed over
    while k - 2 > floor and doc[k].is_lower and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_:
        k -= 3
    return countries[0], k


def _country_actor(token: Token, resolver: Resolver) -> Actor | None:
    actor = resolver.gazetteer.demonym(token.text) or (
        resolver.gazetteer.find(token.text) if token.pos_ == "PROPN" else None
    )
    return actor if actor is not None and actor.type == "state" else None


def antecedent(pronoun: Token, named: list[tuple[int, int, Resolved]], resolver: Resolver) -> Resolved | None:
    """The person a third-person pronoun refers to: the last person named before it in the
    sentence, not the subject of its own clause ("Putin is lucky to have him"), else the person
    named last before the sentence."""
    excluded = _clause_subjects(pronoun) if pronoun.dep_ in {"dobj", "pobj", "dative"} else set()
    for first, last, person in reversed(named):
        if last < pronoun.i and not any(first <= s <= last for s in excluded):
            return person
    return resolver.person_before


def _clause_subjects(token: Token) -> set[int]:
    """The subjects of the clause of a token, up through "to" infinitives and the adjectives
    they complete ("Xi fortunate to have him": Xi)."""
    subjects: set[int] = set()
    head = token.head
    while True:
        subjects |= {
            c.i
            for c in head.children
            if c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "npadvmod" and c.pos_ == "PROPN")
        }
        if head.head.i != head.i and (
            head.dep_ in {"xcomp", "acomp"} or (head.dep_ == "amod" and head.pos_ == "ADJ" and head.i != token.head.i)
        ):
            if head.head.pos_ in {"NOUN", "PROPN"}:
                return subjects
            head = head.head
        else:
            return subjects
