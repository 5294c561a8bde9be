"""Invitations to meet or take part: "the US invited the RSF and the army to meet for talks in
Switzerland", "Biden invited Putin to hold a face-to-face meeting", "we invite the UK to join the
mission". An invitation offers the meeting or the part in it: the one who invites proposes it
(CONVENTIONS: `proposes`, an offer put forward). Inviting someone to do anything else ("invites
the UK to resume negotiations", "to respect our strategy") asks it of them, read by the cue
readers as a demand.

The acts are data in ontology/cues.toml ([proposes] invited_acts, and invited_holding over
invited_gatherings for "hold a meeting"); an invitation denied, withdrawn or only supposed states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, clause_target
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from ..wording import tidy, usable

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon


_INVITING = "invite"


@extractor(cues=lambda lexicon: frozenset({_INVITING}))
def invitations(sent: Span, context: Context) -> Iterator[Found]:
    """Yield what one who invites others to meet or take part proposes: the invited act."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() != _INVITING or negated(verb) or irrealis(verb):
            continue
        invited, act = _invited(verb)
        if invited is None or act is None or not _gathering(act, context.lexicon):
            continue
        target = _invited_act(invited, act, context)
        if target is None:
            continue
        for holder, how in holders(subject_of(verb), frame=context.frame, resolver=context.resolver):
            yield Found(holder, "proposes", target, verb, f"invitation/{how}", 0.5)


def offers_gathering(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb invites someone to meet or take part ("invited Peru to join the talks"): an
    offer read here, which the cue readers then do not read as a demand of the act as well."""
    if verb.lemma_.lower() != _INVITING:
        return False
    invited, act = _invited(verb)
    return invited is not None and act is not None and _gathering(act, lexicon)


def _invited(verb: Token) -> tuple[Token | None, Token | None]:
    """Who is invited, and to what act: the verb's object and its infinitive."""
    invited = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    act = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"), None)
    return invited, act


def _gathering(act: Token, lexicon: Lexicon) -> bool:
    """Whether the invited act is meeting or taking part ("to join", "to participate in talks",
    "to hold a meeting"), not another request ("to resume negotiations")."""
    if act.lemma_.lower() in lexicon.listed("proposes", "invited_acts"):
        return True
    if act.lemma_.lower() not in lexicon.listed("proposes", "invited_holding"):
        return False
    gatherings = lexicon.listed("proposes", "invited_gatherings")
    return any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in gatherings for c in act.children)


def _invited_act(invited: Token, act: Token, context: Context) -> Target | None:
    """The invited act worded with whom it is offered to: "Putin hold a face-to-face meeting"."""
    said = clause_target(act, context.resolver)
    if said is None:
        return None
    text = tidy(f"{invited.doc[invited.left_edge.i : invited.right_edge.i + 1].text} {said.text}")
    return Target(text, head=said.head) if usable(text) else None
