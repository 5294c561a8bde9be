"""Backing lent to another's act, named in an adjunct: "the bill passed with backing from
Senators A and B", "France, with backing from Italy and Poland, opposed the deal", "the
government won the vote with the BJP's support", "Myanmar joined ASEAN with the blessing of
Malaysia". Who lends the backing (the "of"- or "from"-phrase, or the owner "the BJP's") supports
the one whose act it is: the subject of the clause the adjunct hangs on, or the noun it follows.

The nouns are data in ontology/cues.toml [supports] lent_nouns. "Without the backing of X" lends
none; a negated or hypothetical clause ("could not pass even with the support of X", "if it
wins with the backing of X") states nothing. The noun reader takes the clause's subject for the
noun's owner here and reads the reverse ("Feijoo supports Vox"): support_screens.lent_reversed
drops that reading.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from .lent_adjuncts import givers, lent

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolver
    from ..context.frame import Frame

RULE = "lent_backing"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@extractor(cues=lambda lexicon: lexicon.listed("supports", "lent_nouns"))
def lent_backing(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support a "with the backing of X" adjunct states."""
    nouns = context.lexicon.listed("supports", "lent_nouns")
    for noun in sent:
        if noun.lemma_.lower() not in nouns or not lent(noun):
            continue
        backed = _backed(noun.head)
        if backed is None or (backed.pos_ in {"VERB", "AUX"} and (negated(backed) or irrealis(backed))):
            continue
        lenders = givers(noun)
        if not lenders:
            continue
        subject = backed if backed.pos_ in {"NOUN", "PROPN"} else subject_of(backed)
        yield from _lent(noun, lenders, subject, context.frame, context.resolver)


def _backed(preposition: Token) -> Token | None:
    """Whose act the adjunct backs: the clause's verb, climbing over the nouns of its other
    phrases ("won ... by a margin with the BJP's support"), or a subject it follows ("France,
    with backing from Italy, opposed"); None where the parser made "with" the root."""
    current = preposition.head
    for _ in range(6):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.dep_ in _SUBJECTS and current.pos_ in {"NOUN", "PROPN"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _lent(noun: Token, lenders: list[Token], subject: Token | None, frame: Frame,
          resolver: Resolver) -> Iterator[Found]:
    """Each giver's support of the subject: the actors it names, else its phrase."""
    if subject is None or subject.pos_ == "PRON" and subject.lower_ not in {"he", "she", "they", "it", "we"}:
        return
    # a named subject is the actor backed; a described one ("the Shinde-led government in
    # Maharashtra") is backed as described, not as the place its words name
    named = subject.pos_ in {"PROPN", "PRON"}
    actors = [actor for actor, _ in holders(subject, frame, resolver)] if named else []
    backed = [Target(actor.label, actor) for actor in actors] or targets(subject, resolver)
    seen = set()
    for giver in (g for g in lenders if not _own_people(g)):
        for holder, _ in holders(giver, frame, resolver):
            for target in backed:
                key = (holder.id, target.actor.id if target.actor else target.text)
                if key in seen or target.actor is not None and target.actor.id == holder.id:
                    continue
                seen.add(key)
                yield Found(holder, "supports", target, noun, RULE, 0.6)


def _own_people(giver: Token) -> bool:
    """Whether the lenders are the speaker's or the subject's own people: "with the support of our
    lawmakers", "with the backing of its members" (no other party lends it)."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in giver.children)
