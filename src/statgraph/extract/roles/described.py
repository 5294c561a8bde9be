"""holds_role from an office described, not named: "The Russian president on Thursday met his
Kyrgyz and Tajik counterparts", "Israel's foreign minister rejected ..." in a document that names,
elsewhere and without the title, the person the lexicon knows in that office ("Vladimir Putin",
"Gideon Saar"). The text gives the office; the lexicon says who holds it, and the document names
that person (link/offices.unnamed_holder: a holder named nowhere may be another time's, and then
only the state is meant).

Only a singular, definite description of a state's office (an article or the state's possessive)
with no name of its own beside it ("the Russian President Vladimir Putin" is read by titles.py),
and no word of another time ("the former president", "the next prime minister").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.offices import TITLE_NOUNS, office_and_owner, unnamed_holder
from ..sentence import word_lists

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.gazetteer import Actor
    from ...link.resolve import Resolved, Resolver

# words before an office that make it another time's, or no one's yet
_OTHER_TIMES = frozenset(
    "acting designate elect ex ex- former future incoming interim late next outgoing previous then then- "
    "would-be".split()
)


def described_roles(sent: Span, named: set[str], resolver: Resolver) -> Iterator[tuple[Resolved, str, Token]]:
    """(person, office label, cue) of each state's office described in a sentence whose holder,
    by the lexicon, the document names (`named`: the ids of the persons named in the sentence
    itself, whose offices the title readers give)."""
    for token, lemma in zip(sent, word_lists(sent)[1], strict=True):  # lemmas read off the parse's array
        if lemma not in TITLE_NOUNS or not _bare_description(token):
            continue
        known = _holder(token, resolver)
        if known is not None and known.id not in named:
            yield resolver.actor(known), f"{known.role} of {resolver.gazetteer.actors[known.of].label}", token


def _holder(token: Token, resolver: Resolver) -> Actor | None:
    """The lexicon's holder of the state's office a description gives ("the Russian president",
    "Israel's foreign minister"), when the document names that person."""
    gazetteer = resolver.gazetteer
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ not in {"det", "case"}]
    words += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" and p.pos_ == "PROPN"]  # "The President of Russia"
    title, owner = office_and_owner(gazetteer, words)
    if not title:
        return None
    if owner is None:  # "The Prime Minister has challenged ...": the one named holder of such an office
        return _only_holder_named(title, resolver)
    known = gazetteer.office_holder(title, owner.id) if owner.type == "state" else None
    if known is None or known.type != "person" or not known.role or known.of != owner.id:
        return None
    return None if unnamed_holder(known, owner, resolver.foreseen, resolver.surnames) else known


def _only_holder_named(title: str, resolver: Resolver) -> Actor | None:
    """The one person the document names whom the lexicon knows in a state's office of that
    title, its only holder the lexicon knows; none when it names two (two prime ministers) or none."""
    gazetteer = resolver.gazetteer
    named = {a.id: a for label in resolver.foreseen.values() if (a := gazetteer.find(label)) is not None}
    named.update((p.id, a) for p in resolver.surnames.values() if (a := gazetteer.actors.get(p.id)) is not None)
    fitting = [a for a in named.values() if a.type == "person" and a.role and a.role.lower() == title
               and a.of is not None and (state := gazetteer.actors.get(a.of)) is not None and state.type == "state"]
    if len(fitting) != 1:
        return None
    # a lexicon that knows several holders of the office over time cannot say whose "the Prime
    # Minister" of a story is, with no state named (a story that names the holder of another time)
    holders = [a for a in gazetteer.actors.values() if a.of == fitting[0].of and (a.role or "").lower() == title]
    return fitting[0] if len(holders) == 1 else None


def _bare_description(token: Token) -> bool:
    """A singular office with an article or a possessive and no name beside it, of no other time."""
    doc = token.doc
    if token.tag_ not in {"NN", "NNP"} or token.dep_ in {"compound", "appos"}:
        return False  # "the foreign minister's visit" is read on "minister" itself, as a possessive
    if any(c.dep_ == "appos" for c in token.children):
        return False  # "the Russian president, Vladimir Putin": the name says who
    if token.i + 1 < len(doc) and (doc[token.i + 1].pos_ == "PROPN" or doc[token.i + 1].ent_type_ == "PERSON"):
        return False  # "the Russian President Vladimir Putin"
    lefts = [t for t in token.subtree if t.i < token.i]
    if any(t.lower_ in _OTHER_TIMES for t in lefts):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)
