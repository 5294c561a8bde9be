"""Clauses and acts as targets: "seeks *to revise the UN Charter*", the act itself without who
does it ("strike the United States"), and an act that only points back ("do the same") worded
with the act it stands for. Grammar only: the stance rules make the statements; a noun's
target is read in `arguments`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause_wording import ancestors_until, clause_text, defining
from .listing import inner_member, stray_acts
from .phrases import extraposed, purpose
from .referents import pointed_act, pointing_phrase
from .target import Target
from .wording import name_end, tidy, usable

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def clause_words(verb: Token) -> Target | None:
    """A clause as a target: "seeks to revise the UN Charter" -> "revise the UN Charter"
    (`arguments.clause_target` reads the object of "be", "have" or "do" instead)."""
    that_clause = verb.dep_ == "ccomp" or (
        verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )  # "the idea that the CICA could focus on ...": the clause keeps its subject
    own_subject = {"nsubj", "nsubjpass"} if not that_clause else set()
    # a reported clause keeps its coordinated predicates ("wouldn't sit idly by, and would take
    # all the necessary measures"); an infinitive stops at them
    cut = {"advcl", "relcl", "ccomp"} | (set() if verb.dep_ == "ccomp" else {"conj", "cc"})
    words = [
        t
        for t in verb.subtree
        if t.dep_ not in own_subject | {"aux", "mark", "punct", "neg"}
        and t.lower_ not in {"not", "n't", "n’t"}
        and not (t.dep_ in cut and t.i != verb.i and not inner_member(t) and not _kept(t, verb))
    ]
    keep = [
        t
        for t in words
        if all(a.dep_ not in cut or a.i == verb.i or defining(a) or inner_member(a) or _kept(a, verb)
               for a in ancestors_until(t, verb))
    ]
    if not keep:
        return None
    reach = 6 if verb.dep_ == "ccomp" else 2
    start = min(t.i for t in keep if t.i >= verb.i - reach) if any(t.i >= verb.i - reach for t in keep) else verb.i
    last = max(t.i for t in keep) + 1
    end = name_end(verb.doc, min(last, start + (24 if verb.dep_ == "ccomp" else 18)), last)
    stops = [c.left_edge.i for c in verb.children if c.dep_ in cut & {"conj", "cc"} and c.i > verb.i]
    stops += [s.left_edge.i for s in stray_acts(verb) if s.head.i == verb.i and "conj" in cut]
    if stops:
        end = min(end, min(stops))  # "to recognise X and to curtail Y": the first infinitive only
    end = _possessed_end(verb.doc, _purpose_end(verb, end))
    if end is None:
        return None
    start, text = clause_text(verb, start, end, that_clause=that_clause)
    if not usable(text) or len(text.split()) < 2:
        return None
    if verb.doc[start].lower_ in _POINTING_SUBJECTS:
        return _without_pointing_subject(verb, start, end)
    return Target(text, head=verb.text)


# Subjects that only point at someone named elsewhere.
_POINTING_SUBJECTS = frozenset({"it", "this", "that", "they", "these", "those"})


def _without_pointing_subject(verb: Token, start: int, end: int) -> Target | None:
    """A clause whose subject only points ("It must admit fault and pay compensation"): the act
    it says, from the word after the subject, where the verb acts on an object of its own; None
    where it does not ("I hope that it will be discussed": about something named elsewhere)."""
    subject = verb.doc[start]
    acts = any(c.dep_ in {"dobj", "obj"} or extraposed(c) for c in verb.children)
    if subject.head.i != verb.i or subject.dep_ != "nsubj" or not acts:
        return None
    text = tidy(verb.doc[start + 1 : end].text)
    return Target(text, head=verb.text) if usable(text) and len(text.split()) >= 2 else None


def _kept(clause: Token, verb: Token) -> bool:
    """Whether a clause under the verb belongs to what the verb's clause says: its purpose
    (`_kept_purpose`), or the subject put off to its end (`extraposed`)."""
    return _kept_purpose(clause, verb) or extraposed(clause)


def _kept_purpose(clause: Token, verb: Token) -> bool:
    return purpose(clause) and clause.head.i == verb.i  # "give guidance to complete the process"


def _purpose_end(verb: Token, end: int) -> int:
    """Where a clause target cut inside its purpose ends: before the purpose when the cut leaves
    it a word or two ("step out of the room | to allow")."""
    for clause in (c for c in verb.children if _kept_purpose(c, verb)):
        if clause.left_edge.i < end <= clause.right_edge.i and end - clause.left_edge.i < 4:
            return clause.left_edge.i
    return end


def _possessed_end(doc: Doc, end: int) -> int | None:
    """Where an act's words end that stop on a possessor ("pass the administration’s | proposed
    aid package", the parser hanging the "’s" and what it owns elsewhere): after the noun owned,
    a few words on; None where no such noun follows (the words would name the owner, not the thing)."""
    at = end if end < len(doc) and doc[end].tag_ == "POS" else end - 1 if end > 0 and doc[end - 1].tag_ == "POS" else None
    if at is None:
        return end
    for j in range(at + 1, min(len(doc), at + 9)):
        if doc[j].is_punct:
            break
        if doc[j].pos_ in {"NOUN", "PROPN"} and (j + 1 == len(doc) or doc[j + 1].pos_ not in {"NOUN", "PROPN"}):
            return j + 1
    return None


def predicate_target(verb: Token, without: Token | None = None) -> Target | None:
    """The act itself, without who does it: "strike the United States", "build up its forces
    at the Russian borders"; `without` a phrase hung on it that is no part of it."""
    dropped = {"nsubj", "nsubjpass", "aux", "auxpass", "advcl", "punct", "mark", "neg", "cc", "conj"}
    keep = [verb]
    stack = [c for c in verb.children if (c.dep_ not in dropped or extraposed(c)) and c != without]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if c.dep_ not in {"punct", "relcl", "advcl"})
    start = min(t.i for t in keep if t.i >= verb.i - 2)
    last = max(t.i for t in keep) + 1
    end = _possessed_end(verb.doc, name_end(verb.doc, min(last, start + 14), last))
    if end is None:
        return None
    text = tidy(verb.doc[start:end].text)
    return Target(text, head=verb.text) if usable(text) and len(text.split()) >= 2 else None


def pointed_back(verb: Token, target: Target | None) -> Target | None:
    """An act that only points back ("do the same", "follow suit"), worded with the act it
    stands for ("urge our allies to continue to do the same", after "we will continue providing
    aid to Ukraine": continue providing aid to Ukraine); None where that act is not found, for
    the words then name nothing."""
    pointing = pointing_phrase(tidy(verb.doc[verb.i : verb.right_edge.i + 1].text))
    if pointing is None:
        return target
    act = pointed_act(verb)
    said = predicate_target(act) if act is not None else None
    if said is None or target is None:
        return None
    lowered = " ".join(target.text.split())
    kept = lowered[: len(lowered) - len(pointing)].rstrip() if lowered.lower().endswith(pointing) else ""
    if act.tag_ == "VBG" and (kept == "to" or kept.endswith(" to")):
        kept = kept[:-2].rstrip()  # "continue to do the same" -> "continue providing ..."
    return Target(f"{kept} {said.text}".strip(), head=said.head)
