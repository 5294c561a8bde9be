"""A state's body named without its state: "the Ministry of Foreign Affairs", "the Foreign
Office", "the Department of Foreign Affairs" hold for the state whose body they are (bodies of a
state are the state: bench/realtext/CONVENTIONS.md).

The state is the one the mention itself names ("the Ministry of Foreign Affairs of Ghana",
"Kenya's Office of the Prime Cabinet Secretary", "the Iraqi Ministry of Foreign Affairs"); else
the one the document names the same body with elsewhere (a headline "Statement of the Ministry of
Foreign Affairs of Ukraine", then "The Ministry of Foreign Affairs strongly condemns ..."); else
the state of the dateline the story is filed from ("MANILA, Philippines (AP) — The Department of
Foreign Affairs ..."). A body whose state the document leaves open keeps a name of its own, and a
body with another organisation in its name ("the Office of the UN High Commissioner") is no
state's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import LOWER

from ..markup import dateline_ranges
from ..nlp.arrays import indices_with
from ..nlp.bounds import sentence_of
from ..words import words
from .bodies import ORGANS
from .gazetteer import mint_id
from .resolved import Resolved

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .gazetteer import Actor, Gazetteer
    from .resolve import Resolver

# A state's legislature, an actor of its own ("Iraq's parliament")
_LEGISLATURES = words("actor_nouns", "legislatures")
# The heads of a state body's name ("Ministry", "Office", "Department")
ORGAN_HEADS = words("actor_nouns", "named_organs")
_LINKS = frozenset({"of", "and", "&", "the"})
_POSSESSIVE = frozenset({"'s", "’s"})
_LONGEST = 8


def organ_state(resolver: Resolver, token: Token) -> Resolved | None:
    """The state a body's name stands for, if the document says whose it is (see the module)."""
    found = organ_name(token, resolver.gazetteer)
    if found is None:
        return None
    key, owner = found
    if owner is not None:
        return resolver.actor(owner)
    return resolver.organ_states.get(key) or resolver.home


def organ_name(token: Token, gazetteer: Gazetteer) -> tuple[str, Actor | None] | None:
    """The words that name a state body around its head, without its state ("ministry of
    foreign affairs"), and the state the mention names with it; None for no body's name, or a
    name with another organisation in it."""
    if token.lower_ not in ORGAN_HEADS or not token.text[:1].isupper():
        return None
    doc, sent = token.doc, sentence_of(token)
    start, owner = token.i, None
    while start > sent.start and _capital(doc[start - 1]):
        actor = gazetteer.demonym(doc[start - 1].text) or gazetteer.find(doc[start - 1].text)
        if actor is not None:
            owner = actor  # "the Iraqi Ministry of ...", "the Pakistan Foreign Office"
            break
        start -= 1
    if owner is None and start - 2 >= sent.start and doc[start - 1].lower_ in _POSSESSIVE:
        owner = _name_before(doc, start - 1, sent.start, gazetteer)  # "Kenya's Office of ..."
    end = token.i + 1
    while end < sent.end and end - token.i < _LONGEST:
        if doc[end].lower_ == "of":
            after = _state_after(doc, end + 1, sent.end, gazetteer)
            if after is not None:
                owner = owner or after  # "... of Ghana", "... of the Democratic People's Republic of Korea"
                break
        if not (_capital(doc[end]) or doc[end].lower_ in _LINKS and end + 1 < sent.end and _capital(doc[end + 1])):
            break
        end += 1
    name = [w for w in doc[start:end] if w.lower_ != "the" or w.i > start]
    if owner is not None and owner.type != "state":
        return None  # "the NATO Office ...": an organisation's, no state's
    if any(gazetteer.find(w.text) is not None for w in name if _capital(w)):
        return None  # "the Office of the United Nations High Commissioner": another body's
    return " ".join(w.lower_ for w in name if w.lower_ != "the"), owner


def organ_states(docs: list[Span], gazetteer: Gazetteer) -> dict[str, str]:
    """Each body's name the document gives with one state ("the Ministry of Foreign Affairs of
    Ukraine" in its headline): name words -> state id; a name given with two states is neither's."""
    seen: dict[str, set[str]] = {}
    for doc in docs:
        for k in indices_with(doc, LOWER, ORGAN_HEADS):  # the heads only, read off the parse's array
            found = organ_name(doc[k], gazetteer)
            if found is not None and found[1] is not None:
                seen.setdefault(found[0], set()).add(found[1].id)
    return {key: next(iter(ids)) for key, ids in seen.items() if len(ids) == 1}


def dateline_state(text: str, gazetteer: Gazetteer) -> Actor | None:
    """The state of the place a story is filed from, by the dateline that opens its first
    paragraph after the headline ("MANILA, Philippines (AP) — ", "Pyongyang, August 6 (KCNA) -- ")."""
    paragraphs = [m.start() for m in re.finditer(r"(?m)^\S", text)][:2]
    for start, end in dateline_ranges(text):
        if start not in paragraphs:
            continue
        city = re.split(r"[,(–—-]", text[start:end], maxsplit=1)[0].strip()
        bracketed = re.match(r"[^(]*\(([^,()]+),", text[start:end])  # "RSS (KATHMANDU, 29 March 2022) – "
        city = bracketed.group(1).strip() if bracketed and not gazetteer.city(city) else city
        state = gazetteer.city(city) or gazetteer.city(city.title())
        actor = gazetteer.actors.get(state) if state else gazetteer.find(city)
        return actor if actor is not None and actor.type == "state" else None
    return None


def _capital(word: Token) -> bool:
    return word.text[:1].isupper() and word.pos_ in {"PROPN", "ADJ", "NOUN"}


def _name_before(doc: Span, end: int, first: int, gazetteer: Gazetteer) -> Actor | None:
    """The state named right before a possessive's "'s" ("South Korea's")."""
    for start in range(end - 1, max(first, end - 4) - 1, -1):
        actor = gazetteer.find(doc[start:end].text)
        if actor is not None:
            return actor if actor.type == "state" else None
    return None


def _state_after(doc: Span, start: int, last: int, gazetteer: Gazetteer) -> Actor | None:
    """The state an "of" phrase names from `start` ("the Russian Federation", "Ghana"): the
    longest run of words the lexicon knows as a state."""
    if start < last and doc[start].lower_ == "the":
        start += 1
    for end in range(min(last, start + 7), start, -1):
        if not _capital(doc[end - 1]):
            continue
        actor = gazetteer.find(doc[start:end].text)
        if actor is not None:
            return actor if actor.type == "state" else None
    return None


def note_organs(resolver: Resolver, docs: list[Span], text: str) -> None:
    """Tell a document's resolver whose bodies its names are and where the story is filed from."""
    gazetteer = resolver.gazetteer
    resolver.organ_states = {key: resolver.actor(gazetteer.actors[id_]) for key, id_ in organ_states(docs, gazetteer).items()}
    home = dateline_state(text, gazetteer)
    resolver.home = resolver.actor(home) if home is not None else None


def possessor_state(resolver: Resolver, token: Token) -> Resolved | None:
    """The state a body's name is given with in the possessive: "Kenya's National Security
    Council", "South Korea's presidential National Security Council" are the state's (bodies of a
    state are the state), not a world body's whose name is inside theirs."""
    if token.lemma_.lower() not in ORGANS and token.lower_ not in ORGANS:
        return None
    for child in (c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
        left = min([child.i] + [t.i for t in child.lefts if t.dep_ in {"compound", "flat"} and t.pos_ == "PROPN"])
        actor = resolver.gazetteer.find(token.doc[left : child.i + 1].text)
        if actor is not None and actor.type == "state":
            return resolver.actor(actor)
    return None


def legislature(token: Token, owner: Resolved | None) -> Resolved | None:
    """A state's legislature named by its state ("Iraq's parliament", "the Kenyan parliament",
    "Peru's Congress"): the parliament, an actor of its own, never the state (the text sets it
    apart); None for another noun, another owner, or parliaments in the plural."""
    if owner is None or owner.type != "state" or token.lemma_.lower() not in _LEGISLATURES:
        return None
    if token.tag_ in {"NNS", "NNPS"} or token.lower_ != token.lemma_.lower():
        return None
    label = f"{token.text[:1].upper()}{token.text[1:].lower()} of {owner.label}"
    return Resolved(mint_id(label), label, "organization")
