"""Structure: member_of from a body's leaders and chairs.

"NATO, led by the United States", "As the BRICS chair, Russia ...", "Angola, which chairs the
African Union": a state that leads or chairs an organisation belongs to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.organization_names import NAME_ENDS
from ...link.person_names import party_label_at
from ...link.resolve import Resolved, Resolver
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from .membership import as_subject, organization_modifier

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def led_by(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "NATO, led by the United States": the leader is a member."""
    org = resolver.resolve(token.head)
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    leader = resolver.resolve(pobj) if pobj is not None else None
    if org is not None and leader is not None and org.type == "organization" and leader.type == "state":
        yield Found(leader, "member_of", Target(org.label, org), token, "led_by", 0.55)


def chair(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "As the BRICS chair, Russia ...", "India's G20 presidency", "Russia holds the presidency
    of the UN Security Council", "Thailand, which holds ASEAN's chairmanship", "Fiji assumed the
    Chair of the Pacific Islands Forum": a state or body that chairs an organisation belongs to it."""
    org = organization_modifier(token, resolver) or next(
        (
            a
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj" and (a := _body(p, resolver)) is not None
        ),
        None,
    )
    org = org or _named_in(token, resolver)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if org is None and owner is not None:  # "ASEAN's chairmanship": the organisation chaired, not its holder
        org = resolver.resolve(owner)
        org, owner = (org, None) if org is not None and org.type == "organization" else (None, owner)
    if org is None and owner is None:
        org, owner = _which_chairs(token, resolver)
    if org is None:
        return
    # "met the Sultan in Brunei, the current chair of ASEAN": a state's name right before the
    # comma of the apposition, however the parser hung it (on the verb, on the person)
    owner = owner or _named_before_comma(token)
    if owner is None and (subject := as_subject(token)) is not None:
        owner = subject
    elif owner is None and token.dep_ in {"dobj", "attr"} and token.head.lemma_.lower() in _CHAIR_VERBS:
        owner = _whose(subject_of(token.head))
    elif owner is None and token.dep_ == "appos" and token.head.pos_ == "PROPN" and not party_label_at(
        token.doc, token.head.left_edge.i  # "Rep. Jane Doe, R-Ohio, chairman of ...": hers, not Ohio's
    ):
        owner = token.head  # "Laos, the current chair of ASEAN, hosted the talks"
    elif owner is None:
        owner = _holder_of(token)  # "Peru, current holder of the rotating OSCE presidency"
    for holder, how in holders(owner, frame, resolver):
        if holder.type in {"state", "organization"} and holder.id != org.id:
            yield Found(holder, "member_of", Target(org.label, org), token, f"chair/{how}", 0.6)


def chairs_body(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Angola, which chairs the African Union", "Brazil currently chairs the G20": a state that
    chairs an organisation belongs to it (`token`: the verb "chair", an act done; "chaired the
    meeting" names no organisation)."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    # "ASEAN, which Laos chairs this year": the body the relative clause hangs on
    objects = [token.head if o.lower_ in {"which", "that"} and token.dep_ == "relcl" else o for o in objects]
    bodies = [a for c in objects if (a := resolver.resolve(c)) is not None and a.type == "organization"]
    for holder, how in holders(subject_of(token), frame, resolver) if bodies else []:
        for body in bodies:
            if holder.type == "state" and holder.id != body.id:
                yield Found(holder, "member_of", Target(body.label, body), token, f"chairs/{how}", 0.6)


def _body(name: Token, resolver: Resolver) -> Resolved | None:
    """The organisation a name after "of" names: resolved, or its proper words as the gazetteer
    knows them ("the Chair of the Pacific Islands Forum", the tagger's entity running over "Chair")."""
    body = resolver.resolve(name)
    if (body is None or body.type != "organization") and name.pos_ == "PROPN":
        start = _run_start(name.doc, name.i)
        body = _named_run(name.doc[start : name.i + 1], resolver) if start < name.i else None
    return body if body is not None and body.type == "organization" else None


def _run_start(doc, i: int) -> int:
    """Where the run of proper words right before word i begins (i itself when there is none)."""
    start = i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    return start


def _named_run(words: Span, resolver: Resolver) -> Resolved | None:
    """The organisation a run of proper words names: the gazetteer's, or one of its own when the
    run ends in an organisation's word ("Arctic Council", "Pacific Islands Forum")."""
    known = resolver.gazetteer.find(words.text)
    if known is not None:
        return resolver.actor(known)
    return Resolved(mint_id(words.text), words.text, "organization") if words[-1].lower_ in _BODY_ENDS else None


# the last words of a body's name that may have a chair ("Arctic Council", "Pacific Islands Forum"):
# not a state's ("Republic"), nor an organ's or a party's, whose chair is an office (holds_role)
_BODY_ENDS = NAME_ENDS - {
    "administration", "army", "cabinet", "court", "department", "government", "house", "kingdom", "ministry",
    "navy", "office", "parliament", "party", "republic", "senate", "service", "university",
}


def _named_in(token: Token, resolver: Resolver) -> Resolved | None:
    """The organisation the proper words right before a chair noun name ("Russia's Arctic Council
    Chairmanship"), as the gazetteer knows them."""
    start = _run_start(token.doc, token.i)
    body = _named_run(token.doc[start : token.i], resolver) if start < token.i - 1 else None
    return body if body is not None and body.type == "organization" else None


def _named_before_comma(token: Token) -> Token | None:
    """The name right before the comma that opens a chair's apposition, read on the words:
    "Brunei, the current chair of ASEAN" (`token`: the chair noun, after "the" and its modifiers)."""
    doc, k = token.doc, token.i - 1
    while k > token.sent.start and doc[k].lower_ != "the" and doc[k].pos_ in {"ADJ", "VERB", "PROPN"}:
        k -= 1  # "the current", "the rotating", "the incoming ASEAN"
    if k - 2 < token.sent.start or doc[k].lower_ != "the" or doc[k - 1].text != ",":
        return None
    name = doc[k - 2]
    return name if name.pos_ == "PROPN" and name.ent_type_ == "GPE" else None


def _which_chairs(token: Token, resolver: Resolver) -> tuple[Resolved | None, Token | None]:
    """ "ASEAN, which Laos chairs this year": the verb the parser took for a noun, read on the
    words (a body's name, a comma, "which", a state's name, "chairs")."""
    doc, i = token.doc, token.i
    if token.lower_ != "chairs" or i < 4 or doc[i - 1].pos_ != "PROPN":
        return None, None
    k = i - 1
    while k > token.sent.start and doc[k - 1].pos_ == "PROPN":
        k -= 1
    if k < 3 or doc[k - 1].lower_ != "which" or doc[k - 2].text != ",":
        return None, None
    body = resolver.resolve(doc[k - 3])
    return (body, doc[i - 1]) if body is not None and body.type == "organization" else (None, None)


def _whose(subject: Token | None) -> Token | None:
    """The state a "whose" subject belongs to: "Ghana, whose president holds the chairmanship of
    ECOWAS" (the name the relative clause hangs on); else the subject."""
    if subject is None or not any(c.lower_ == "whose" for c in subject.children if c.dep_ == "poss"):
        return subject
    verb = subject.head
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ == "PROPN" else subject


def _holder_of(token: Token) -> Token | None:
    """ "Peru, current holder of the rotating OSCE presidency": the name a "holder of" the chair
    stands in apposition to."""
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if holder is None or holder.lemma_.lower() != "holder" or holder.dep_ != "appos" or holder.head.pos_ != "PROPN":
        return None
    return holder.head


# Verbs whose subject holds the chair they govern ("holds the presidency of the Council").
_CHAIR_VERBS = frozenset({"hold", "assume", "take", "chair", "have", "be"})
