"""Screens of readings whose cue word is there but states no position or act of its holder.

- awaited: what one waits for is asked of nobody when it is an event that is to come: "we await
  the outcome", "he was awaiting the formation of a government", "they do not want to wait for
  the general elections", "we are waiting for when that work will be completed". Only what
  another side gives is asked of it by waiting ("the country waits for assistance", "is still
  awaiting answers", "waiting for Israel's response"): those demands are kept.
- declined_to_say: refusing, declining, refraining from or avoiding answering, commenting, naming
  or giving details ("refused to answer the question", "declined to name them", "declined to
  provide details", "refrained from offering further details") is silence, no rejection of
  anything; "refused to discuss the missiles", "declined to sign the deal" still reject.
- threatened_party: who "is threatened with" something is its target, no one warning of it: "We
  are threatened with invasion, Mr Speaker" is no warning by the speaker (nor by a "by" agent,
  whose threat is the speaker's charge).
- ruined_tie: a relationship someone ruined, broke or eroded is no cooperation told as held:
  "Russia has ruined its relationship with Finland", "our relationship with Georgia has been
  eroded" ("made alliances with China" still is one, and so is a tie one is only "trying to
  destroy").
- addressed_audience: speaking to or addressing a body of listeners ("Speaking to lawmakers,
  Abiy added", "addressing more than 100 diplomats", "addressed parliament in reply to the
  budget") is a speech, no meeting with them; "met lawmakers", "spoke to Blinken" are left to
  the readers, and so is an audience its words name as one state's or body's ("Speaking to
  Russian Duma lawmakers", "addressing Kenyan lawmakers in Nairobi"), which the seeds' gold
  counts as a meeting.

The word lists are data in ontology/screens.toml ([awaited] given, [audiences] nouns, [declined]
speaking, giving and said, [ruined] verbs); screens.screen_reason runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .moods import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .found import Found
    from .screens import Screens

_WAITING = frozenset({"wait", "await"})
_SPEAKING = frozenset({"speak", "address", "talk"})
_REFUSING = frozenset({"refuse", "decline"})
_REFRAINING = frozenset({"abstain", "avoid", "refrain"})


def awaited(found: Found, screens: Screens) -> bool:
    """Whether a demand is read from waiting for an event to come, not for something given."""
    cue = found.cue
    if found.relation != "demands" or cue.lemma_.lower() not in _WAITING:
        return False
    waited = _waited_for(cue)
    return waited is None or waited.lemma_.lower() not in screens.given and waited.lower_ not in screens.given


def _waited_for(cue: Token) -> Token | None:
    """The noun waited for: "await the outcome", "wait for the elections"; None for a clause
    ("waiting for when the work is done") or nothing."""
    for child in cue.children:
        if child.dep_ in {"dobj", "obj"} and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            return child
        if child.dep_ == "prep" and child.lower_ == "for":
            return next((g for g in child.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)
    return None


def addressed_audience(found: Found, screens: Screens) -> bool:
    """Whether a meeting is read from speaking to or addressing a body of listeners."""
    if found.relation != "met_with" or found.cue.lemma_.lower() not in _SPEAKING:
        return False
    words = found.target.text.replace("’", "'").split()
    head = (found.target.head or (words[-1] if words else "")).lower()
    if any(word[:1].isupper() for word in words[:-1]):
        return False  # a state's or body's own legislators, named: "Speaking to Russian Duma lawmakers"
    return head in screens.audiences


def declined_to_say(found: Found, screens: Screens) -> bool:
    """Whether a rejection is read from refusing, declining, refraining from or avoiding saying
    something: "declined to comment", "declined to provide details", "refrained from offering
    further details", "avoided making any public pronouncements"."""
    cue = found.cue
    if found.relation not in {"rejects", "opposes"} or cue.lemma_.lower() not in _REFUSING | _REFRAINING:
        return False
    said = _act_refused(cue)
    if said is None:
        return False
    if said.lemma_.lower() in screens.speaking:
        return True
    given = next((c for c in said.children if c.dep_ in {"dobj", "obj"}), None)
    return said.lemma_.lower() in screens.giving and given is not None and given.lemma_.lower() in screens.said_nouns


def _act_refused(cue: Token) -> Token | None:
    """The act refused or refrained from: "declined to provide", "refrained from offering",
    "avoided making"."""
    for child in cue.children:
        if child.dep_ == "xcomp" or child.dep_ in {"dobj", "obj"} and child.pos_ == "VERB":
            return child
        if child.dep_ == "prep" and child.lower_ == "from":
            return next((g for g in child.children if g.dep_ in {"pcomp", "pobj"} and g.pos_ == "VERB"), None)
    return None


def threatened_party(found: Found) -> bool:
    """Whether a warning is read from a passive "threaten": "we are threatened with invasion"."""
    cue = found.cue
    return (
        found.relation == "warns"
        and cue.lemma_.lower() == "threaten"
        and cue.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in cue.children)
    )


def ruined_tie(found: Found, screens: Screens) -> bool:
    """Whether a cooperation is read from a tie noun that a verb of ruin, told as done, governs:
    "has ruined its relationship with Finland", "the relationship has been eroded" ("trying to
    destroy the centuries-old relations with Russia" tells the tie as still there)."""
    cue, ruin = found.cue, found.cue.head
    return (
        found.relation == "cooperates_with"
        and cue.pos_ == "NOUN"
        and cue.dep_ in {"dobj", "obj", "nsubjpass", "nsubj"}
        and ruin.lemma_.lower() in screens.ruining
        and ruin.dep_ != "xcomp"
        and not to_infinitive(ruin)
    )
