"""Who holds a stance noun named by "of" when an "about"-phrase says what it is about: "the
concerns of Japan and South Korea about Chinese influence" (Japan and South Korea oppose the
influence).

Alone, "of" is ambiguous ("the support of Russia" may be support for Russia), so the "of"-phrase
holds the stance only when the noun has an "about" or "regarding" phrase of its own (a "for" or
"to" may name whom it is for: "the support of Kenya for the plan", "... of the people for Kenya"),
and the "of"-phrase names a country, a people or a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context.subjects import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver

# Prepositions that name what a stance noun is about.
_ABOUT = frozenset({"about", "regarding"})
# Names the noun reader passes over as its object ("of" + a place, a people, a person).
_NAMED = frozenset({"GPE", "NORP", "PERSON"})


def of_holders(noun: Token, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """The actors an "of"-phrase names as holders of a stance noun with an "about"-phrase."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if not any(p.lower_ in _ABOUT and any(g.dep_ in {"pobj", "pcomp"} for g in p.children) for p in preps):
        return []
    owner = next((g for p in preps if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
    if owner is None or owner.ent_type_ not in _NAMED:
        return []
    found = [resolver.resolve(t) for t in (owner, *conjuncts(owner))]
    return [(actor, "of") for actor in found if actor is not None]
