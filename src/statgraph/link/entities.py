"""Named entities the lexicon does not know: which actor the parser's entity stands for.

A kind alone ("the Council", "Foreign Ministry") refers back to a body (`statgraph.link.bodies`);
an organ names its owner ("the Government of Canada"); a person's surname or first name, one
named before; anything else becomes an actor of its own, of the entity's type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..words import words
from .bodies import PART_NOUNS, bare_kind, owner_of_organ
from .datelines import in_dateline
from .gazetteer import mint_id
from .geography import geographic
from .person_names import TITLE_ABBREVIATIONS, addressed_by_first_name, is_title_phrase, named_first, title_word
from .person_names import names_a_place, person_words, written_in_lower_case
from .resolved import Resolved
from .state_organs import ORGAN_HEADS, organ_state, possessor_state

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .resolve import Resolver

ENTITY_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "state", "NORP": "group", "LOC": "state", "FAC": None}


def entity_actor(resolver: Resolver, token: Token, name: Span) -> Resolved | None:
    """The actor a named entity the lexicon does not know stands for: a body referred to by its
    kind, an organ's owner, a person named before (by surname or first name), else a new actor
    of the entity's type."""
    if token.ent_type_ not in ENTITY_TYPES or ENTITY_TYPES[token.ent_type_] is None:
        return _addressed_person(resolver, token, name)  # "Dr Bharrat Jagdeo" the tagger took for a title
    if _office_part(token) or in_dateline(token, name):
        return None  # "Minister of Foreign Affairs and the National Community Abroad": an office's department;
        # "New York: The Quad said ...": where the story is filed from
    words = _piece_of(list(name), token)  # "the National Community Abroad, Ramtane Lamamra": two names
    whole = words
    while len(words) > 1 and (
        words[0].lower_ in {"the", "a", "an"}
        or resolver.gazetteer.demonym(words[0].text)
        or resolver.gazetteer.find(words[0].text)
        and token.ent_type_ != "ORG"  # "the Warsaw Treaty Organization" keeps its Warsaw
        and not geographic(words)  # "the Taiwan Strait" keeps its Taiwan
    ):
        words = words[1:]
    if token.ent_type_ == "PERSON":
        words = person_words(resolver.gazetteer, words, name)
        if any(_spaced_dash(w) for w in words):
            return None  # "Aleksander - PAP": a name broken by an agency's credit, no one's name
    label = " ".join(words[0].doc[words[0].i : words[-1].i + 1].text.split())  # "Chang Ho-jin" stays whole
    if len(label) < 2 or not any(c.isupper() for c in label):
        return None
    if all(title_word(w.lower_) for w in words) or is_title_phrase(words) or label.lower() in TITLE_ABBREVIATIONS:
        return None  # "State Councilor", "Heads of State and Government", "(Secretary) Generals": a title, never an actor
    referred, found = _body_referred(resolver, token, words)
    if referred:
        return found
    owner = owner_of_organ(resolver.gazetteer, label)
    if owner is not None:
        return resolver.actor(owner)
    state = organ_state(resolver, token)  # "the Ministry of Foreign Affairs": the state the text says
    if state is not None:
        return state
    kind = ENTITY_TYPES[token.ent_type_] or "group"
    if kind == "person" and (names_a_place(name) or label in resolver.places):
        return Resolved(mint_id(label), label, "state") if geographic(words) else None  # "the Lachin Corridor"
    if kind == "person" and any(w.lower_ in _NOT_PERSONAL for w in words):
        kind = "organization"  # "the Office of the High Commissioner for Human Rights"
    known = _person_named(resolver, words, name, label) if kind == "person" else None
    if known is not None:
        return known
    label = _with_demonym(resolver, whole, words, label, kind)
    return Resolved(mint_id(label), label, kind)


def _addressed_person(resolver: Resolver, token: Token, name: Span) -> Resolved | None:
    """A person the tagger took for a work's title or a product: two capitalised words or more
    right after an honorific ("Dr Bharrat Jagdeo", "Mr Tom Reeve"); None for anything else."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    words = [w for w in name if w.text[:1].isupper() and w.is_alpha]
    if token.ent_type_ not in {"WORK_OF_ART", "PRODUCT"} or before is None or before.lower_ not in _HONORIFICS:
        return None
    if len(words) != len(name) or not 2 <= len(words) <= 4:
        return None
    label = " ".join(w.text for w in words)
    known = resolver.gazetteer.find(label)
    return resolver.actor(known) if known is not None else Resolved(mint_id(label), label, "person")


def _person_named(resolver: Resolver, words: list[Token], name: Span, label: str) -> Resolved | None:
    """The known person a person's name the lexicon does not know stands for: one it goes on to
    name in lower case ("Keir starmer"), one named before by surname or first name ("Sheikh
    Salem"), or one named in full further on."""
    lower = written_in_lower_case(resolver.gazetteer, words)
    if lower is not None:
        return resolver.actor(lower)
    if surname(label) in resolver.surnames:
        return resolver.surnames[surname(label)]
    if surname(label) in resolver.foreseen:
        return resolver.foreseen_person(surname(label))
    given = addressed_by_first_name(words, name)
    return named_first(given, resolver.recent_people) if given is not None else None


def _body_referred(resolver: Resolver, token: Token, words: list[Token]) -> tuple[bool, Resolved | None]:
    """Whether a name refers to a body by its owner or its kind, and the actor it refers to: the
    state of "Kenya's National Security Council"; "the Council", "Authority", "Foreign Ministry"
    refer back to a body named before (`statgraph.link.bodies`)."""
    if token.ent_type_ == "ORG" and (state := possessor_state(resolver, token)) is not None:
        return True, state
    kind = bare_kind([w.text for w in words])
    if kind is None or _own_name(words, kind):
        return False, None
    return True, resolver.organization_before(token, kind) or organ_state(resolver, token)


def _own_name(words: list[Token], kind: str) -> bool:
    """Whether a name of kind words is a body's own name, not a kind referring back: three
    capitalised words or more ("National Security Council", "Supreme Judicial Council"), unless
    its kind is a part of a state ("the Foreign Affairs Ministry" is the ministry named before)."""
    named = [w for w in words if w.lower_ != "the"]
    return len(named) >= 3 and all(w.text[:1].isupper() for w in named) and kind not in PART_NOUNS | ORGAN_HEADS


def _with_demonym(resolver: Resolver, whole: list[Token], words: list[Token], label: str, kind: str) -> str:
    """An organisation's own name keeps the demonym that opens it ("the Georgian Dream party",
    "the Russian Orthodox Church"): stripped, the rest names no one ("Dream party")."""
    places = [w.i for w in whole]
    if kind != "organization" or words[0].i not in places[1:]:
        return label  # nothing of the name before its words (or words reaching outside it)
    before = whole[places.index(words[0].i) - 1]
    if not resolver.gazetteer.demonym(before.text):
        return label
    return " ".join(words[0].doc[before.i : words[-1].i + 1].text.split())


def _office_part(token: Token) -> bool:
    """Whether a name is coordinated with an office head, as the last department of the office
    ("Minister of Foreign Affairs and the National Community Abroad")."""
    return token.dep_ == "conj" and token.head.lemma_.lower() in _OFFICE_HEADS and token.ent_type_ == "ORG"


def _piece_of(words: list[Token], token: Token) -> list[Token]:
    """The words of an entity between the commas around its head: the tagger drew one entity
    over a department and a name ("the National Community Abroad, Ramtane Lamamra")."""
    if not any(w.text == "," for w in words):
        return words
    start = max((w.i + 1 for w in words if w.text == "," and w.i < token.i), default=words[0].i)
    end = min((w.i for w in words if w.text == "," and w.i > token.i), default=words[-1].i + 1)
    return [w for w in words if start <= w.i < end] or words


def _spaced_dash(word: Token) -> bool:
    """A dash set apart by spaces: it breaks a run of words ("Aleksander - PAP"), where a
    hyphen joins a name ("Chang Ho-jin")."""
    return word.text in {"-", "–", "—"} and bool(word.whitespace_ or word.i > 0 and word.doc[word.i - 1].whitespace_)


# Words of a name the tagger called a person's that make it an institution's.
_NOT_PERSONAL = words("names", "institution_words")
_SUFFIXES = words("names", "suffixes")
_HONORIFICS = words("names", "honorifics")
_OFFICE_HEADS = words("names", "office_heads")


def surname(label: str) -> str:
    """The word a person is named by later: the last of their name, before "Jr." or "III"."""
    words = label.split()
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words.pop()
    return words[-1]
