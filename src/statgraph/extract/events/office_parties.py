"""Party membership told by the office a person's title gives: member_of from "Tom Reeve, leader of
the Unity Party", "the chairman of the Justice Party (JP) Jane Doe", "Jane Doe, who heads the
centre-right Justice party" and "the leader of the Moderates, Tom Reeve", however the parser
hangs the words.

extract/roles reads the title and notes the office for the person (`Resolver.person_offices`,
"leader of the Unity Party") before the event readers run on the sentence; the office read here
is that one, when its words are all in the sentence that names the person. It makes a member
when it is "<party office> of <party>": a word of event_forms.toml's party_titles or party_offices
before "of", not a former one ("former president of parliament and leader of the Unity party":
the leader's office is read), and the party one of party_titles.py's forms ("the Moderates") or
a name of its own ending in "party" ("the PAIGC party"). A body that is no party gives none
("Secretary General of NATO": an office there, holds_role only; CONVENTIONS.md member_of).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.resolve import Resolved, Resolver
from ..arguments import Target
from ..found import Found
from .parties import NOT_NOW, PARTY_NOUNS, PARTY_TITLES
from .party_offices import OFFICES
from .party_titles import party_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WORD = re.compile(r"\w+")
# names of no person (not GPE or NORP: the tagger takes a rare name for a place's, "Andreas Babler";
# the word must be the surname of a person the roles gave an office in the sentence anyway)
_PLACES = frozenset({"LOC", "DATE", "FAC"})
# words extract/roles puts into an office it composes ("Unity Party leader" -> "leader of Unity Party")
_JOINING = frozenset({"of", "the", "and"})


def office_party(token: Token, resolver: Resolver) -> Iterator[Found]:
    """The party of the office noted for a person whose name ends at `token` (a proper word). The
    person is looked up by the surname among the people with an office, not resolved again (that
    would note the name as the person last named, for "he" and "she")."""
    doc = token.doc
    last = token.i + 1 == len(doc) or doc[token.i + 1].pos_ != "PROPN"
    if not resolver.person_offices or token.ent_type_ in _PLACES or not last:
        return  # a name's last word only (no place's), in a text where an office was noted
    for person_id, office in resolver.person_offices.items():
        person = resolver.people.get(person_id)
        if person is None or person.label.split()[-1] != token.text or not _stated_in(office, token.sent):
            continue
        party, title = _party_and_title(office, token.sent.text)
        if party is not None and not _once(title, token.sent):
            yield Found(person, "member_of", Target(party.label, party), token, "office_party", 0.6)


def _once(title: str, sent: Span) -> bool:
    """Whether an office's title is written in the sentence as one held once, the words before it
    past ones the office noted may leave out ("the immediate-past national chairman of ...")."""
    return any(t.lower_ == title and any(_past_word(w.lower_) for w in sent.doc[max(t.i - 3, sent.start) : t.i])
               for t in sent)


def _past_word(word: str) -> bool:
    return word.strip("-") in NOT_NOW or word.startswith("ex-") or "past" in word


def _stated_in(office: str, sent: Span) -> bool:
    """Whether every word of an office is in the sentence (the office noted here, not before)."""
    said = set(_WORD.findall(sent.text.lower()))
    # (the office of a verb of leading is its noun: "Jane Doe, who heads the Unity party" -> "head of ...")
    return all(word in said or f"{word}s" in said for word in _WORD.findall(office.lower()) if word not in _JOINING)


def party_of_office(office: str, said: str | None = None) -> Resolved | None:
    """The party an office is held in: "leader of the Unity Party", "chairman of the Justice Party
    (JP)", "senior lawmaker and leader of the Moderates" (none for "former leader of ..." or an
    office of a body that is no party). With the sentence `said`, the party's name must be written
    there whole, not the start of a longer name ("the People's Party for Freedom")."""
    return _party_and_title(office, said)[0]


def _party_and_title(office: str, said: str | None) -> tuple[Resolved | None, str]:
    """`party_of_office`, with the title (lower case) the party was read after."""
    said = said.replace("\u2019", "'") if said is not None else None
    parts = office.replace("\u2019", "'").split(" of ")
    for i in range(1, len(parts)):
        words = parts[i - 1].split()
        own = words[len(words) - words[::-1].index("and"):] if "and" in words else words  # this title's words
        if not own or own[-1].lower() not in PARTY_TITLES | OFFICES:
            continue
        if any(_past_word(w.lower()) for w in own):
            continue  # "former leader of the Unity Party", "the immediate-past chairman of ..."
        party = _named_party(" of ".join(parts[i:]).split(), said)
        if party is not None:
            return party, own[-1].lower()
    return None, ""


def _named_party(words: list[str], said: str | None) -> Resolved | None:
    """The party the words after "of" end in, the longest name from a capitalised word on."""
    for k, word in enumerate(words):
        if not word[:1].isupper() or said is not None and not _whole_in(" ".join(words[k:]), said):
            continue
        name = words[k:]
        known = party_form(" ".join(name))
        if known is not None:
            return _party(known)
        if len(name) > 1 and name[-1].lower() in PARTY_NOUNS and all(w[:1].isupper() or w == "-" for w in name[:-1]):
            known = party_form(" ".join(name[:-1]))  # "the Unity party": the party's own name
            return _party(known or " ".join(name))
    return None


def _whole_in(name: str, said: str) -> bool:
    """Whether a name is written whole in a sentence: not inside a longer name ("Unity Party", not
    in "the Unity Party for Freedom", "the Unity Party Congress", "the People's Unity Party")."""
    for found in re.finditer(re.escape(name) + r"(?!\s+(?:for|of|and)\s+[A-Z])(?!\s+[A-Z])(?!\w)", said):
        before = said[: found.start()].split()
        if not before or not _name_goes_back(before):
            return True
    return False


def _name_goes_back(before: list[str]) -> bool:
    """Whether the words before a name are more of it: a capitalised word or a possessive ("the
    People's Unity Party"), or "for", "and", "for the" ("Democracy for the Citizens Party")."""
    last = before[-1]
    linked = last in {"for", "and"} or last == "the" and len(before) > 1 and before[-2] in {"for", "and"}
    return last[:1].isupper() or last.endswith("'s") or linked


def _party(label: str) -> Resolved:
    return Resolved(mint_id(label), label, "organization")
