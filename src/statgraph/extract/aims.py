"""What an endorsed act is for: a reader names the aim, not the means. "China is committed to
continue working with relevant parties to uphold the JCPOA ... and play a constructive role in
reducing tensions" backs the JCPOA and reducing tensions, not "working with relevant parties";
"called upon the leaders to provide the necessary political support to free the committees from
obstructions" asks that the committees be freed. Grammar only: the callers make the targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .moods import negated

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that are only a means: working with others, helping, striving, acting.
MEANS_VERBS = frozenset("work cooperate collaborate help engage strive endeavour endeavor act".split())
# Verbs that only go on with another act: "continue working", "keep pushing".
ASPECT_VERBS = frozenset("continue keep remain".split())
# Verbs that are a means with such an object: "play a role in", "make efforts to", "take steps
# to", "provide support to", "do everything to".
MEANS_OBJECTS = {
    "play": frozenset({"role", "part"}),
    "make": frozenset({"effort", "contribution"}),
    "spare": frozenset({"effort"}),
    "take": frozenset({"step", "measure", "action"}),
    "provide": frozenset({"support", "assistance", "help", "guidance"}),
    "give": frozenset({"support", "assistance", "help"}),
    "offer": frozenset({"support", "assistance", "help"}),
    "do": frozenset({"all", "everything", "utmost", "best", "possible", "whatever"}),
}
_MAX_DEPTH = 4


def served_acts(verb: Token, depth: int = 0) -> list[Token]:
    """The acts (verbs, or nouns: "a role in the peace process") that an endorsed act stands
    for: the act itself unless it is only a means, and every aim it serves, in reading order."""
    if depth >= _MAX_DEPTH:
        return [verb]
    if verb.lemma_.lower() in ASPECT_VERBS:
        going_on = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        served = served_acts(going_on, depth + 1) if going_on is not None else [verb]
        # "continue working with X to uphold Y": the aim; "continue to do the same": as worded
        return [verb] if served == [going_on] else served
    if negated(verb):
        return [verb]  # "not use the ceasefire to unleash aggression": no aim is endorsed
    if not means(verb) and (depth == 0 or not any(c.dep_ in {"dobj", "obj", "ccomp"} for c in verb.children)):
        return [verb]  # an act that is no means stands for itself; one a means serves, also for its aims
    aims = _aims(verb)
    found = [] if aims and means(verb) else [verb]
    for aim in aims:
        found += served_acts(aim, depth + 1) if aim.pos_ in {"VERB", "AUX"} else [aim]
    return sorted({t.i: t for t in found}.values(), key=lambda t: t.i)


def means(verb: Token) -> bool:
    """Whether a verb only names a means ("work with", "play a role", "provide support")."""
    lemma = verb.lemma_.lower()
    if lemma in MEANS_VERBS:
        return True
    objects = MEANS_OBJECTS.get(lemma)
    return objects is not None and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in objects for c in verb.children
    )


def _aims(verb: Token) -> list[Token]:
    """What a verb is done for: its to-infinitive of purpose ("work with X *to uphold* Y", "make
    every effort *to end* the war", "in order *to keep*"), or what a role or effort is in ("play
    a role *in reducing* tensions"), with the predicates coordinated with each."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"} and means(verb))]
    found = []
    for holder in holders:
        for child in holder.children:
            if child.i < verb.i:
                continue
            if _infinitive(child) and (child.dep_ in {"advcl", "acl"} or child.dep_ == "xcomp" and means(verb)):
                found.append(child)  # an xcomp is a purpose only of a means ("help to integrate")
            elif child.dep_ == "prep" and child.lower_ == "in":
                found += _in_what(child, verb)
    return [m for aim in found for m in [aim, *_coordinated_predicates(aim)]]


def _in_what(prep: Token, verb: Token) -> list[Token]:
    """ "in reducing tensions" (a role in an act), "in order to keep ..." (a purpose)."""
    found = []
    for child in prep.children:
        if child.dep_ == "pcomp" and child.tag_ == "VBG" and means(verb):
            found.append(child)
        elif child.dep_ == "pobj" and child.lower_ == "order":
            found += [c for c in child.children if c.dep_ in {"acl", "advcl", "xcomp"} and _infinitive(c)]
        elif child.dep_ == "pobj" and child.pos_ == "NOUN" and means(verb) and verb.lemma_.lower() == "play":
            found.append(child)  # "a constructive role in the peace process"
    return found


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _coordinated_predicates(verb: Token) -> list[Token]:
    found = []
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            found += [child, *_coordinated_predicates(child)]
    return found
