"""Screens of what is only asked for: a cue inside a request ("urged the US to stop coercion" is
no stance of the US), and the one asked ("when asked to comment", "was urged to withdraw").

The request verbs and nouns are data in ontology/screens.toml ([requests]); screens.screen_reason
runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .found import Found
    from .screens import Screens

# How a cue may sit inside what is asked, walking up from the cue towards the asking word.
_INSIDE = frozenset({"conj", "xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep", "dobj", "relcl", "acl"})
_OWED = frozenset({"should", "must", "shall"})


def requested(cue: Token, screens: Screens) -> bool:
    """Whether a cue lies inside what a request asks for: "urged the US to stop extreme
    pressure, stop coercion", "called on them to abandon ... and honor obligations", "the
    agency's demand to stop increasing its stockpile". A request noun with its owner is the owner's
    own demand wherever it stands: "pressed Mexico to meet Trump's demands for a crackdown"."""
    if owned_request(cue, screens):
        return False
    current = cue
    for _ in range(8):
        head = current.head
        if head.i == current.i or current.dep_ not in _INSIDE:
            return False
        lemma = head.lemma_.lower()
        if current.dep_ in {"xcomp", "ccomp"} and head.pos_ in {"VERB", "AUX"} and lemma in screens.request_verbs:
            return _asks_another(head, current)
        if current.dep_ == "acl" and head.pos_ == "NOUN" and head.lower_ in screens.request_nouns:
            return True
        if _asked_by_object(current, screens):
            return True
        current = head
    return False


def owned_request(cue: Token, screens: Screens) -> bool:
    """Whether a cue is a request noun with its owner: "Trump's demands", "their calls"."""
    return cue.pos_ == "NOUN" and cue.lower_ in screens.request_nouns and any(c.dep_ == "poss" for c in cue.children)


def _asked_by_object(clause: Token, screens: Screens) -> bool:
    """An infinitive the parser hangs on the verb though it completes the request noun just before
    it: "Peru has rejected calls to halt the fishing" (what the calls ask, not Peru's act)."""
    if clause.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    start = clause.left_edge.i
    return any(
        c.dep_ in {"dobj", "obj"} and c.lower_ in screens.request_nouns and c.right_edge.i == start - 1
        for c in clause.head.children
    )


def _asks_another(verb: Token, clause: Token) -> bool:
    """Whether a request verb asks someone else to act: an addressee before an infinitive
    ("urged the US to", "called on X to"), or a that-clause of what is owed ("demanded that
    the hostages be released"); "a reporter asked: Trump issued a statement" asks a question."""
    if clause.dep_ == "ccomp":
        owed = any(c.dep_ == "aux" and c.lower_ in _OWED for c in clause.children)
        return (owed or clause.tag_ == "VB") and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    return any(
        c.i < clause.i and (c.dep_ in {"dobj", "obj"} or c.dep_ == "prep" and c.lower_ in {"on", "upon"})
        for c in verb.children
    )


def asked_passive(found: Found, screens: Screens) -> bool:
    """ "when asked to comment", "was urged to withdraw": the subject is the one asked; so is a bare
    participle the tagger took for a past ("Peskov told reporters, asked to comment")."""
    cue = found.cue
    if found.relation != "demands" or cue.lemma_.lower() not in screens.request_verbs or cue.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ == "agent" for c in cue.children):
        return False
    passive = cue.tag_ == "VBN" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in cue.children)
    bare = cue.dep_ in {"advcl", "acl"} and not any(c.dep_ in {"nsubj", "aux"} for c in cue.children)
    return passive or bare
