"""Acts kept from happening: backing an act of averting is opposing the act averted.

"agreed that both sides should avoid any action that could escalate matters": agreeing to avoid
an act is against the act, not for a clause; so is one member of a list of acts agreed ("shall
respect the accords, keep the peace and avoid any action that could escalate matters": for the
accords and the peace, against the action).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..listing import act_members
from ..moods import negated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolver

# Verbs of keeping an act from happening: backing them is opposing the act.
AVERTING = frozenset("avoid refrain abstain prevent stop cease halt".split())


def averting(verb: Token) -> bool:
    """Whether a verb keeps an act from happening, and is not itself negated."""
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in AVERTING and not negated(verb)


def averted(obj: Token, relation: str, resolver: Resolver) -> list[Target]:
    """What an endorsed act of averting keeps from happening: its object, or its "from"-object."""
    if relation != "supports" or not averting(obj) or obj.dep_ not in {"ccomp", "xcomp"}:
        return []
    return _kept_off(obj, resolver)


def averted_members(obj: Token, relation: str, resolver: Resolver) -> list[Target]:
    """What the acts of averting listed after an endorsed act keep from happening ("maintain
    peace and avoid any action that could escalate matters": the action)."""
    if relation != "supports" or obj.pos_ not in {"VERB", "AUX"} or averting(obj):
        return []
    return [t for member in act_members(obj)[1:] if averting(member) for t in _kept_off(member, resolver)]


def _kept_off(verb: Token, resolver: Resolver) -> list[Target]:
    inner = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None) or next(
        (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"),
        None,
    )
    return [t for t in targets(inner, resolver) if t.actor is None] if inner is not None else []
