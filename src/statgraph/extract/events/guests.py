"""Guests told as "visiting": "President Joe Biden and visiting Japanese Prime Minister Yoshihide
Suga voiced commitment ...", "Visiting Afghan Defense Minister X held talks with Pakistan army
chief Y", "X and visiting Azerbaijani Minister of Economy Y signed an agreement in Istanbul": the
person after "visiting" (the parser may take the word for a verb with the name for its object)
visited the place the clause names ("in Istanbul"), else the one state of the other people
the sentence names, where it is not the guest's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...nlp.entities import entity_at
from ..arguments import Target
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from .abroad import home_of
from .seats import away_from

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the words of an office between "visiting" and the name: "visiting Japanese Prime Minister X",
# "visiting Azerbaijani Minister of Economy X", "the visiting External Affairs Minister"
_TITLE_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "ADP", "DET"})
_LONGEST_TITLE = 8


@extractor(cues=lambda lexicon: ("visiting",))
def visiting_guests(sent: Span, context: Context) -> Iterator[Found]:
    """The places the guests told as "visiting" in a sentence visited."""
    resolver = context.resolver
    for token in sent:
        if token.lower_ != "visiting":
            continue
        name = _guest_name(token)
        guest = resolver.resolve(name) if name is not None else None
        home = home_of(guest, resolver) if guest is not None and guest.type == "person" else None
        if guest is None or home is None or _not_done(sent.root):
            continue
        for place in _hosts(sent, name, home, resolver):
            yield Found(guest, "visited", Target(place.label, place), token, "visiting_guest", 0.55)


def _guest_name(visiting: Token) -> Token | None:
    """The name "visiting" is said of: the first person's name after it, across the words of an
    office only ("visiting Japanese Prime Minister Yoshihide Suga"); none where another word comes
    first ("visiting Spain and France", "pilgrims visiting Kailash")."""
    for word in visiting.doc[visiting.i + 1 : min(visiting.i + 1 + _LONGEST_TITLE, visiting.sent.end)]:
        if word.ent_type_ == "PERSON":
            entity = entity_at(word)
            return entity[-1] if entity is not None else word
        if word.ent_type_ in {"GPE", "LOC", "FAC"} and not _demonym_like(word) or word.pos_ not in _TITLE_TAGS:
            return None
    return None


def _demonym_like(word: Token) -> bool:
    """A state's name used as an office's qualifier ("visiting Nepal Foreign Minister X")."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.ent_type_ != word.ent_type_ and following.pos_ in {"PROPN", "NOUN"}


def _not_done(root: Token) -> bool:
    return negated(root) or irrealis(root)


def _hosts(sent: Span, name: Token, home: Resolved, resolver: Resolver) -> list[Resolved]:
    """Where the guest is: the places the sentence names "in" (states or known cities away from
    home), else the one state other people of the sentence serve, where it is not the guest's."""
    places = [p for t in sent if t.dep_ == "pobj" and t.head.lower_ == "in" and t.ent_type_ == "GPE"
              if (p := resolver.resolve(t)) is not None and p.type == "state" and away_from(home, p, resolver)]
    if places:
        return list({p.id: p for p in places}.values())
    others = [a for t in sent if t.ent_type_ in {"PERSON", "ORG"} and t.i != name.i and t.dep_ != "compound"
              if (a := resolver.resolve(t)) is not None and a.type == "person"]
    homes = {h.id: h for a in others if (h := home_of(a, resolver)) is not None and h.id != home.id}
    return list(homes.values()) if len(homes) == 1 else []
