"""The owner of a stance noun whose possessive repeats a pronoun subject: "They reiterated their
support for Ukraine", "It reaffirmed its opposition to the tariffs". The possessive is bound to
the subject of the light verb that governs the noun, and a pronoun subject is the actor it stands
for (its antecedent), as in "They reiterated support for Ukraine"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context.holders import holders
from ..context.noun_holders import LIGHT_VERBS, VOICING_VERBS
from ..context.subjects import subject_of

if TYPE_CHECKING:
    from ...link.resolve import Resolved, Resolver
    from ..context.frame import Frame
    from ..cues import Lexicon

    from spacy.tokens import Token

# The possessive that agrees with each pronoun subject ("they ... their", "it ... its").
_AGREEING = {"its": "it", "their": "they"}


def pronoun_owners(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> list[tuple[Resolved, str]]:
    """The actors a pronoun subject stands for, when it owns the stance noun its light verb (or
    verb of emphasis: "they stressed their support") governs through an agreeing possessive."""
    poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in _AGREEING), None)
    head, owning = token.head, LIGHT_VERBS | VOICING_VERBS | lexicon.listed("demands", "emphasis_verbs")
    if poss is None or token.dep_ not in {"dobj", "obj"} or head.lemma_.lower() not in owning:
        return []
    subject = subject_of(head)
    if subject is None or subject.pos_ != "PRON" or subject.lower_ != _AGREEING[poss.lower_]:
        return []
    kind = "light_verb" if head.lemma_.lower() in LIGHT_VERBS else "light_verb_voiced"
    return [(actor, f"{kind}_dobj") for actor, _ in holders(subject, frame, resolver)]
