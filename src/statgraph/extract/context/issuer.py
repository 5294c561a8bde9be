"""The issuer of a text printed whole: a statement, a communiqué, a speech read out.

Such a text names who issues it once, at its head, and then speaks as that issuer: "we" and
"our" are the issuer's, and so is the noun it was named by, said again bare ("The Chairperson of
the African Union Commission, H.E. Moussa Faki Mahamat, expresses grave concern ... The
Chairperson strongly condemns ...", "The Authority of Heads of State and Government of ECOWAS
... The Authority urges ..."). The issuer is read in the text's opening only, from

- a heading with no verb that names whose text it is: "The UK's Statement on Eritrea",
  "UK Statement on Eritrea", "Statement of the Ministry of Foreign Affairs on ..." (headings.py);
- an opening sentence in the issuer's own present tense: "The Chairperson of the Commission
  ... expresses", "The Ministry of Foreign Affairs of Ukraine strongly condemns ..." (not its
  present perfect, "The Assembly of X has resolved ...", a report's as often).

A noun that names another actor of the same kind later ("the Chairperson of the Council")
makes the bare noun ambiguous: it then names nobody.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .collectives import unknown_given
from .headings import heading_speaker
from .told import note_told

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver

OPENING = 6  # sentences of a text's opening in which its issuer is named
_TYPES = frozenset({"organization", "state", "person"})
_SPEAKING_TENSES = frozenset({"VBZ", "VBP"})
_REPORTING = frozenset({"say", "tell", "add", "claim", "insist"})  # the present tense of a news report


@dataclass(eq=False)
class Issuer:
    """Who issues the document at hand, and the common noun it was named by."""

    actor: Resolved | None = None
    noun: str = ""  # "chairperson", "authority": the head noun of the description that named it
    headed: bool = False  # whether a heading named the text's speaker

    def note(self, sent: Span, resolver: Resolver) -> Resolved | None:
        """Read an opening sentence in the issuer's present tense ("The Chairperson of the
        Commission, Name, expresses ..."): the issuer it names (the name set beside the noun, if
        any), if none was read before."""
        if self.actor is not None:
            return None
        root = sent.root
        if root.tag_ not in _SPEAKING_TENSES or root.pos_ != "VERB" or not sent.text.rstrip().endswith("."):
            return None
        if root.lemma_.lower() in _REPORTING:
            return None  # "The President of X, Name, says ...": a report's present, not an issuer's
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or not _described(subject):
            return None
        named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        actor = resolver.resolve(named if named is not None else subject)
        if actor is None or actor.type not in _TYPES or unknown_given(subject, actor, resolver):
            return None
        self.actor, self.noun = actor, subject.lemma_.lower()
        return actor

    def heading(self, sent: Span, speaker_of: Callable[[Token], Resolved | None]) -> Resolved | None:
        """The speaker a heading in the opening names ("The UK's Statement on Eritrea, delivered at
        ..."), once: the first heading that names one."""
        if self.headed:
            return None
        found = heading_speaker(sent, speaker_of)
        self.headed = found is not None
        return found

    def forget_other(self, sent: Span, resolver: Resolver) -> None:
        """A description of another actor by the issuer's noun ("the Chairperson of the
        Council") leaves the bare noun naming nobody sure. Read on every sentence, it also notes
        the texts and gatherings the sentence tells of as a body's (`told.note_told`)."""
        note_told(sent, resolver)
        if not self.noun or self.actor is None:
            return
        for token in sent:
            if token.lemma_.lower() == self.noun and _described(token):
                other = resolver.resolve(token)
                if other is not None and other.id != self.actor.id:
                    self.noun = ""
                    return

    def named(self, token: Token) -> Resolved | None:
        """The issuer, for its noun said again bare: "The Chairperson", "Chairperson calls for"."""
        if not self.noun or self.actor is None or token.lemma_.lower() != self.noun:
            return None
        if token.pos_ not in {"NOUN", "PROPN"} or token.tag_ in {"NNS", "NNPS"}:
            return None
        if any(c.dep_ != "det" or c.lower_ != "the" for c in token.children):
            return None  # "a Chairperson", "the new Chairperson", "the Chairperson of the Council"
        return self.actor


def issuer_named(token: Token, issuer: Issuer | None) -> Resolved | None:
    """The issuer a bare noun names again, if the sentence's frame has one."""
    return issuer.named(token) if issuer is not None else None


def _described(token: Token) -> bool:
    """Whether a noun is a definite description that says whose it is: "The Chairperson of the
    Commission", "The Authority of Heads of State", "The Chairperson, H.E. Name"."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    owned = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    return definite and owned
