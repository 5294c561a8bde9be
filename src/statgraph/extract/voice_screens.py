"""Screens of stances given to the one who speaks: findings a careful reader of quoted or
reported words would not record.

A reader that finds a verb with no subject of its own inside someone's words gives it to the
speaker ("... seeking to thwart all attempts", Pashinyan said: Armenia opposes them). That holds
when nobody else does the verb. When the clause the verb hangs in has a subject of its own that
is someone else ("the Jamaican Government seems intent on joining others in isolating sister
nations", "the comments about wishing to explore an MoU", "the risk of provoking North Korea"),
the speaker only tells of that other's deed or of an idea: the verb is not the speaker's stance.

`voice_reason` is asked of each finding with the sentence's frame, after `screens.screen_reason`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context.frame import FIRST_PERSON
from .context.holders import resolve_holder

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..link.resolve import Resolved, Resolver
    from .context.frame import Frame
    from .found import Found

_POLAR = frozenset({"criticizes", "demands", "opposes", "proposes", "rejects", "supports", "warns"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# how a holder was found when it is the speaker by default (the verb's own subject is missing)
_BY_DEFAULT = frozenset({"speaker"})
# actors a person may speak for
_SIDES = frozenset({"state", "organization"})


def voice_reason(found: Found, frame: Frame, resolver: Resolver) -> str | None:
    """The name of the voice screen that drops a finding, or None."""
    if _other_doer(found, frame, resolver):
        return "other_doer: the speaker's words give the deed to someone else"
    return None


def _other_doer(found: Found, frame: Frame, resolver: Resolver) -> bool:
    """Whether a stance given to the speaker by default hangs in a clause, inside the speaker's
    words, whose subject is someone other than the speaker, the holder or those they speak for."""
    if found.relation not in _POLAR or found.rule.rsplit("/", 1)[-1] not in _BY_DEFAULT:
        return False
    subject = _nearest_subject(found.cue, frame.quoted | frame.reported)
    if subject is None or subject.lower_ in FIRST_PERSON:
        return False
    actor, _ = resolve_holder(subject, frame, resolver)
    return actor is None or not _same_side(actor, found.holder, frame, resolver)


def _nearest_subject(cue: Token, said: frozenset[int]) -> Token | None:
    """The subject of the nearest clause above the cue (the cue's own included) that is still
    inside the speaker's words; None when there is none before the words end."""
    token = cue
    while token.i in said:
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _same_side(actor: Resolved, holder: Resolved, frame: Frame, resolver: Resolver) -> bool:
    """Whether an actor is the holder, the speaker or the side they speak for, or a person whose
    office is one of these ("Australia would continue ...", said by its foreign minister)."""
    own = {holder.id} | {a.id for a in (frame.speaker, frame.behalf) if a is not None}
    office = resolver.offices.get(actor.id)
    if actor.id in own or (office is not None and office.id in own) or _office_of(holder, resolver) == actor.id:
        return True
    return actor.type in _SIDES and _side_unknown(frame.speaker, resolver)


def _side_unknown(speaker: Resolved | None, resolver: Resolver) -> bool:
    """Whether the speaker is a person the text gives no side of: neither a state's office nor
    a voice of their own ("opposition leader"); a state or body such a person names as the
    subject of their words may be the one they speak for ("Australia would continue to ...")."""
    if speaker is None or speaker.type != "person":
        return False
    return speaker.id not in resolver.offices and speaker.id not in resolver.own_voice


def _office_of(person: Resolved, resolver: Resolver) -> str | None:
    """The id of the state a person's office belongs to, when the text gives one."""
    office = resolver.offices.get(person.id)
    return office.id if office is not None else None
