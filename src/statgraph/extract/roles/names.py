"""Personal names in a sentence: the run of words that names a person ("Cho Tae-yul",
"Abdulaziz bin Salman", "Romeo Brawner Jr."), the honorifics and ranks before it ("Prince",
"Lieutenant General"), and the person it refers to."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.person_names import TITLE_WORDS
from ...link.resolve import Resolved
from ...words import words
from .offices import country_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...link.resolve import Resolver

# Words of a name run that make it an institution, not a person ("President Biden Administration").
INSTITUTION_WORDS = words("names", "institution_words")
# The departments of offices (names.toml): a name run ending in one is a title's, no person's
_DEPARTMENTS = words("names", "departments")
# Words that end the name of a body or a party, never a person's ("EFA Group", "Christian Democrats")
_BODY_ENDS = words("names", "organization_name_ends") | words("names", "party_members")
# Honorifics and ranks between a title and a name ("Energy Minister Prince Abdulaziz", "Chief of
# Staff General Romeo Brawner"): part of neither the office nor the name.
HONORIFICS = words("names", "honorifics")
_SYLLABLE = re.compile(r"^(?:ch|kk|tt|pp|ss|jj|sh|zh|[bcdfghjklmnpqrstwxyz])?[wy]?[aeiou]{1,2}(?:ng|[nmlkpt])?$")
_NOT_SYLLABLES = frozenset("run up in on to out set cut hit ban pan led let met era age".split())
# Generational suffixes after a surname ("Romeo Brawner Jr.").
SUFFIXES = words("names", "suffixes")
_OPENING_QUOTES = frozenset({"“", '"', "‘"})  # around a nickname: Mohamed Hamdan “Hemedti” Dagalo
_CLOSING_QUOTES = frozenset({"”", '"', "’"})
# Lower-case particles inside personal names.
_PARTICLES = frozenset("von van der den de da di du la le al el bin ibn ben arap".split())


def honorific(doc: Doc, i: int, stop: int) -> bool:
    """An honorific or rank before a name ("Prince Abdulaziz", "Lieutenant General William
    Jurney"), not the start of the name."""
    following = i + 1
    token = doc[i]
    # "Capt." split by the tokenizer into "Capt" and ".": both belong to the rank
    period = token.text == "." and i > 0 and not doc[i - 1].whitespace_ and f"{doc[i - 1].lower_}." in HONORIFICS
    if following < stop and doc[following].text == "." and not token.whitespace_ and f"{token.lower_}." in HONORIFICS:
        following += 1
    return (
        (token.lower_ in HONORIFICS or period)
        and following < stop
        and doc[following].pos_ == "PROPN"
        and doc[following].text[:1].isupper()
    )


def name_end(doc: Doc, start: int, stop: int) -> int:
    """The last token of a name run: proper nouns, hyphenated ones joined ("Thomas-Greenfield")."""
    end = start
    while True:
        following = end + 1
        if (
            following < stop
            and doc[following].pos_ == "PROPN"
            and doc[following].lower_ not in TITLE_WORDS
            and (doc[following].text[:1].isalnum() or _suffix_stop(doc, following))
        ):
            end = following
        elif (
            following + 1 < stop
            and doc[following].lower_ in _PARTICLES
            and doc[following + 1].text[:1].isupper()
            and doc[following + 1].pos_ == "PROPN"
        ):
            end = following + 1  # "Ursula von der Leyen", "Mohammed bin Salman"
        elif (
            following + 1 < stop
            and doc[following].text in {"’", "'"}
            and not doc[end].whitespace_
            and doc[following + 1].text in _PARTICLES
        ):
            end = following + 1  # "Mohammed Shia’ al-Sudani": an apostrophe of the name, then its particle
        elif (
            following + 1 < stop
            and doc[following].text == "-"
            and not doc[end].whitespace_
            and not doc[following].whitespace_
            and doc[following + 1].text[:1].isalpha()
            and (
                (doc[following + 1].pos_ == "PROPN" and doc[following + 1].text[:1].isupper())
                or (doc[end].text[:1].isupper() and _syllable(doc[following + 1].text))
            )
        ):
            end = following + 1  # "Thomas-Greenfield", "Cho Tae-yul"
        elif _nickname(doc, following, stop):
            end = following + 3  # "Mohamed Hamdan “Hemedti” Dagalo": a nickname in quotes, then the surname
        elif following < stop and _same_person_entity(doc, end, following):
            end = following  # "Abdoulaye Bathily", its surname mistagged as an adverb
        else:
            return end


def _nickname(doc: Doc, opening: int, stop: int) -> bool:
    """Whether a capitalised word in quotation marks, then a surname, continues a name."""
    if opening + 3 >= stop or doc[opening].text not in _OPENING_QUOTES or doc[opening - 1].whitespace_ == "":
        return False
    nickname, closing, surname = doc[opening + 1], doc[opening + 2], doc[opening + 3]
    return (
        nickname.text[:1].isupper()
        and nickname.text.isalpha()
        and closing.text in _CLOSING_QUOTES
        and surname.text[:1].isupper()
        and surname.text.isalpha()
    )


def _without_nickname(name: Span) -> str:
    """A name without a nickname in quotes ("Mohamed Hamdan Dagalo")."""
    words, k = [], 0
    while k < len(name):
        if _nickname(name.doc, name[k].i, name.end):
            k += 3
            continue
        words.append(name[k].text_with_ws)
        k += 1
    return "".join(words).strip()


def _same_person_entity(doc: Doc, end: int, following: int) -> bool:
    """Whether a capitalised word continues the person's name the entity recogniser marked."""
    token = doc[following]
    return (
        token.ent_type_ == "PERSON"
        and token.ent_iob_ == "I"
        and doc[end].ent_type_ == "PERSON"
        and token.text[:1].isupper()
        and token.text.isalpha()
        and token.lower_ not in TITLE_WORDS
    )


def person_named(name: Span, resolver: Resolver, titled: bool) -> Resolved | None:
    """The person a name run refers to: known (also without initials: "L. Thomas-Greenfield"),
    NER PERSON, or capitalised words after a title that the tagger took for an organisation."""
    gazetteer = resolver.gazetteer
    while len(name) > 2 and name[0].ent_type_ == "DATE":
        name = name[1:]  # "On Wednesday Erwin Masinga, the US ambassador": the day is no part of it
    initials = 0
    while initials < len(name) - 1 and _initial(name[initials]):
        initials += 1
    for surface in dict.fromkeys((name.text, name[initials:].text, _without_nickname(name))):
        actor = gazetteer.find(surface)
        if actor is not None and actor.type == "person":
            return _claim(name, resolver.remember(resolver.actor(actor)), resolver)
    last = len(name) - 1
    while last > initials and (name[last].lower_ in SUFFIXES or _suffix_stop(name.doc, name[last].i)):
        last -= 1  # "Romeo Brawner Jr." is found by "Brawner"
    words = name[initials : last + 1]
    found = resolver.resolve(name[last])
    if found is not None and found.type == "person" and not _other_person(words, found, resolver):
        return found
    minted = (
        found is None
        or found.type == "person"  # another person of the same surname
        or (found.id not in gazetteer.actors and found.label.endswith((name[last].text, name.text)))
        # a surname that is also a body's name, inside a person's name ("Therese Kayikwamba Wagner")
        or (found.type != "state" and _inside_person(name[last]))
    )
    if (
        minted
        and titled
        and (len(words) >= 2 or initials > 0)  # "President of Mongolia U. Khurelsukh": an initial and a surname
        and all(_name_word(t) for t in words)
        and name[last].ent_type_ in {"", "PERSON", "ORG", "NORP", "GPE"}
        # in a headline every word is capitalised: "... of DPRK Issues Press Statement"
        and (name[last].ent_type_ == "PERSON" or not _title_cased(name.sent))
        and not any(
            t.lower_ in INSTITUTION_WORDS or (country_word(t, resolver) and not _inside_person(t)) for t in words
        )
        and words[-1].lower_ not in _BODY_ENDS  # "the opposition Christian Democrats" (not "Congress Li Zhanshu")
        # a department of a long title ("Minister of Foreign Affairs, African Cooperation, and ...")
        and words[-1].lower_ not in _DEPARTMENTS
    ):
        label = _without_nickname(name[initials:])
        return _claim(name, resolver.remember(Resolved(mint_id(label), label, "person")), resolver)
    return None


def _inside_person(token: Token) -> bool:
    """Whether the entity recogniser puts a word inside a person's name, after its first word."""
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "I"


def _title_cased(sent: Span) -> bool:
    """Whether a sentence is written in Title Case, as headlines are: four or more longer
    words, all capitalised."""
    long_words = [t.text for t in sent if len(t.text) > 3 and t.text.isalpha()]
    return len(long_words) >= 4 and all(w[0].isupper() for w in long_words)


def _suffix_stop(doc: Doc, i: int) -> bool:
    """The full stop of a suffix the tokenizer split off ("Sr" "."), not a sentence's."""
    return doc[i].text == "." and i > 0 and doc[i - 1].lower_ in SUFFIXES and not doc[i - 1].whitespace_


def _syllable(word: str) -> bool:
    """A romanised syllable that ends a hyphenated given name ("Tae-yul", "Ho-jin",
    "Ching-te"), not a word ("Biden-era", "Kremlin-run")."""
    return bool(_SYLLABLE.match(word)) and word not in _NOT_SYLLABLES


def _name_word(token: Token) -> bool:
    """A word of a personal name: capitalised, a particle ("bin"), a hyphen, the part of a
    given name after one ("Tae-yul"), or the quotation marks around a nickname."""
    return (
        token.text[:1].isupper()
        or token.lower_ in _PARTICLES
        or token.text in {"-", *_OPENING_QUOTES, *_CLOSING_QUOTES}
        or (token.i > 0 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_)
    )


def _other_person(words: Span, found: Resolved, resolver: Resolver) -> bool:
    """Whether a name run names someone else than the person its last word resolved to: its
    given name is not in theirs ("Abdulaziz bin Salman" is not "Mohammed bin Salman"), and
    not a spelling of it ("Sergei" for "Sergey")."""
    first = words[0].text
    if len(words) < 2 or first.lower() in _PARTICLES or not first[:1].isupper():
        return False
    theirs = found.label.split()
    if first in theirs:
        return False
    given = theirs[0]
    if found.id in resolver.gazetteer.actors and given[:1].isupper():
        return given[:3].lower() != first[:3].lower()
    return True


def _initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _claim(name: Span, person: Resolved, resolver: Resolver) -> Resolved:
    """Let later rules resolve the name's head to the person found here."""
    resolver.cache[(id(name.doc), name[-1].i)] = person
    return person
