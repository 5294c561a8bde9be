"""Screens of what a sentence mentions without asserting it: an act inside a charge or a
claim that is dismissed, a judgement that holds only on a condition, what is said to be
missing, and what would happen were something otherwise.

- charged: "Poland accused Minsk of encouraging them to force their way in", "denied
  accusations that it supports the RSF", "rejected claims that it backs the militia": the act
  is what one side charges and the other denies, no position its doer states.
- conditioned: "the United Nations will be undemocratic if the reform is not addressed": a
  judgement that holds only on a condition is no judgement of what is.
- lacked: "criticizing the lack of coordination between the United States and Europe": a tie
  or a stance the sentence says is missing is none.
- feared: "..., raising fears that Libya could slip back into a civil war": a fear something
  raised is nobody's warning.
- counterfactual: "Without NATO, Russian forces would be threatening Poland": what would be,
  were something otherwise, is not so.
- foretold: "Chile is expected to support the resolution", "is likely to oppose it", "is set
  to vote against it", "may call for a ceasefire", "is considering backing the plan": a stance
  only forecast, possible or weighed is not yet taken.
- wished: "Chile hopes to strengthen cooperation with Peru", "we hope the US side will work
  with us to deepen cooperation": a tie or an event only hoped for is none (a readiness, "is
  ready to work with Serbia", is the tie its holder states, and is kept).

The word lists (charges, claims, denials, fears and what raises them) are data in
ontology/screens.toml; screens.py runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .moods import LACK_NOUNS, WISHES, negated

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from .found import Found
    from .screens import Screens

# How a cue sits inside what is charged, walking up from the cue towards the charge.
_INSIDE = frozenset(
    {"conj", "xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep", "dobj", "relcl", "acl", "amod", "compound", "nsubj"}
)
_CHARGING_PREPOSITIONS = frozenset({"of", "for", "with"})
_CONDITIONS = frozenset({"if", "unless"})
_SUPPOSING = frozenset({"would", "could", "might"})
_CONTENT = frozenset({"acl", "ccomp", "prep"})  # how a noun's that-clause or of-phrase hangs from it
# Rules that read a judgement: an evaluative word or a predicate adjective.
_JUDGEMENT_RULES = ("adjective_", "evaluation")


def charged(found: Found, screens: Screens) -> bool:
    """Whether the cue lies inside the act a charge names ("accused X of V-ing", "blamed X
    for V-ing", "accusations that X V-s") or inside a claim a denial dismisses ("denied
    reports that X V-s")."""
    return any(_charge_of(head, current, screens) for current, head in heads_within(found.cue, _INSIDE, 8))


def _charge_of(head: Token, child: Token, screens: Screens) -> bool:
    """Whether `child` is the content of `head` as a charge: the "of"-phrase or clause of a
    charge verb, a clause of a charge noun, or a clause of a claim that is denied."""
    lemma = head.lemma_.lower()
    if head.pos_ in {"VERB", "AUX"} and lemma in screens.charge_verbs:
        if child.dep_ == "prep" and child.lower_ in _CHARGING_PREPOSITIONS:
            return True
        if child.dep_ == "ccomp":
            return True  # "alleged that Minsk encouraged them"
        # "accusing it of bringing the refugees ... and then encouraging them": the parser
        # joins the second charged gerund to the charge verb itself
        return child.dep_ == "conj" and child.tag_ == "VBG" and _has_charged_act(head)
    if head.pos_ != "NOUN" or child.dep_ not in {"acl", "ccomp", "prep"}:
        return False
    if child.dep_ == "prep" and child.lower_ != "of":
        return False
    if lemma in screens.charge_nouns:
        return True
    return lemma in screens.claim_nouns and head.head.lemma_.lower() in screens.denials


def _has_charged_act(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ in _CHARGING_PREPOSITIONS and any(g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )


def conditioned(found: Found) -> bool:
    """Whether a judgement (an evaluative word, a predicate adjective) holds only on a
    condition: "the United Nations will be undemocratic if the reform is not addressed" judges
    what the UN would be, not what it is. (A stance whose own predicate is supposed, "if NATO
    deployed troops", is moods.irrealis's; stances the rules read from a condition on purpose,
    threats and demands, are kept.)"""
    if not found.rule.startswith(_JUDGEMENT_RULES):
        return False
    predicate = found.cue
    if predicate.dep_ == "conj":
        predicate = predicate.head  # "undemocratic and discriminatory": the first adjective's
    if predicate.dep_ in {"acomp", "attr"}:
        predicate = predicate.head  # "will be undemocratic if ...": the copula has the condition
    return any(c.dep_ == "advcl" and _condition(c) for c in predicate.children)


def supposed(found: Found) -> bool:
    """Whether a stance is only what its holder would take on a condition, or is the condition:
    "Chile would support the plan if Peru withdrew its troops", "if Peru attacks" (a threat on a condition, "we will respond if ...", is
    the warning conditional_threats.py reads, and is kept)."""
    verb = found.cue
    if found.relation in _FORETELLING_KEPT | {"demands"} or verb.pos_ not in {"VERB", "AUX"}:
        return False  # "if Trump wanted to help, he would have to lift the blockade": still a demand
    verb = _joined_to(verb)
    if _condition(verb):
        return True  # "if Peru attacks our ships": the condition itself states nothing
    if not any(c.dep_ == "aux" and c.lower_ in _SUPPOSING for c in verb.children):
        return False
    return _with_condition(verb)


def on_condition(token: Token) -> bool:
    """Whether a predicate, or the verb it is joined to, holds only on a condition: "Ruiz would
    meet Vega if the talks succeed"."""
    return _with_condition(_joined_to(token))


def _joined_to(verb: Token) -> Token:
    """The verb a predicate is joined to ("sit down and talk", "agreed to meet"): its clause's own."""
    while verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def _with_condition(verb: Token) -> bool:
    return any(c.dep_ == "advcl" and _condition(c) for c in verb.children)


def _condition(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children)


def counterfactual(found: Found) -> bool:
    """Whether the cue's predicate is what would be, were something otherwise: a "would",
    "could" or "might" in its chain of predicates, and a "without" phrase heading the
    sentence's clause ("Without NATO, Russian forces would be threatening Poland")."""
    chain = [found.cue]
    while chain[-1].dep_ in {"conj", "xcomp", "ccomp"} and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    supposed = any(c.dep_ == "aux" and c.lower_ in _SUPPOSING for t in chain for c in t.children)
    return supposed and any(
        c.dep_ == "prep" and c.lower_ == "without" and c.i < t.i and c.i == c.sent.start
        for t in chain
        for c in t.children
    )


def lacked(found: Found) -> bool:
    """Whether the cue names what the sentence says is missing: "criticizing the lack of
    coordination between the United States and Europe", "the absence of dialogue with Kyiv"."""
    cue = found.cue
    return (
        cue.pos_ == "NOUN"
        and cue.dep_ == "pobj"
        and cue.head.lower_ == "of"
        and cue.head.head.lemma_.lower() in LACK_NOUNS
    )



def feared(found: Found, screens: Screens) -> bool:
    """Whether the cue lies inside a fear that a sentence says something raised, nobody's stated
    view: "..., raising fears that Libya could slip back into a civil war" foretells no war by
    the one whose act raised them. ("Dbeibeh voiced fears that ..." is his own warning: voicing
    is no raising. Fears only abroad, "amid concerns that Yerevan could pull out", are kept:
    readers take them for the news they are.)"""
    if found.relation == "holds_role":
        return False
    for current, head in heads_within(found.cue, _INSIDE, 8):
        if head.pos_ == "NOUN" and head.lemma_.lower() in screens.fear_nouns and current.dep_ in _CONTENT:
            return _raised(head, screens)
    return False


def heads_within(cue: Token, inside: frozenset[str], steps: int) -> Iterator[tuple[Token, Token]]:
    """Each step up from a cue, (child, head), while the child hangs by one of `inside`."""
    current = cue
    for _ in range(steps):
        head = current.head
        if head.i == current.i or current.dep_ not in inside:
            return
        yield current, head
        current = head


def _raised(fear: Token, screens: Screens) -> bool:
    """Whether a fear is raised by something ("raising fears", "sparked concerns"), not held
    by a named side ("their fears", "voiced fears")."""
    if any(c.dep_ == "poss" for c in fear.children):
        return False
    return fear.dep_ in {"dobj", "obj"} and fear.head.lemma_.lower() in screens.raising


# How a tie's cue sits inside what is hoped for, walking up from the cue towards the hoping verb.
_HOPED = frozenset({"conj", "xcomp", "ccomp", "advcl", "dobj", "pobj", "prep"})
_HOPING = WISHES - {"want", "prefer"}  # "want to thank them for their collaboration" thanks


def wished(found: Found) -> bool:
    """Whether a tie or an event lies inside what its holder only hopes or wishes for: "Chile
    hopes to strengthen cooperation with Peru", "we hope the Peruvian side will work with us
    to deepen cooperation"."""
    if found.relation not in {"cooperates_with", "met_with", "visited", "member_of", "deployed_to"}:
        return False
    for current, head in heads_within(found.cue, _HOPED, 6):
        hoping = head.lemma_.lower() in _HOPING or head.lower_.removesuffix("s") in _HOPING
        if hoping and head.pos_ in {"VERB", "AUX"} and current.dep_ in {"xcomp", "ccomp"}:
            return True
    return False


# Stances the rules read on purpose from what is to come: a warning ("could face sanctions").
_FORETELLING_KEPT = frozenset({"warns", "holds_role", "met_with", "visited", "member_of", "deployed_to"})
_MAYBE = frozenset({"may", "might"})


def foretold(found: Found, screens: Screens) -> bool:
    """Whether a stance verb is only forecast ("is expected to support", "is likely to oppose",
    "is set to vote against"), only possible ("may call for a ceasefire") or only weighed ("is
    considering backing the plan"): the cue verb, or the verb it is joined to, is the
    infinitive or gerund of a forecasting word, or has "may" or "might"."""
    verb = found.cue
    if found.relation in _FORETELLING_KEPT or verb.pos_ not in {"VERB", "AUX"}:
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ not in {"xcomp", "ccomp"} or head.i == verb.i or negated(head):
        return False
    lemma = head.lemma_.lower()
    if lemma == "expect":
        return any(c.dep_ == "auxpass" for c in head.children)  # "is expected to", not "expects X to"
    if lemma == "be":  # "is likely to oppose": the adjective is the copula's
        return any(c.dep_ == "acomp" and c.lemma_.lower() in screens.forecasting for c in head.children)
    return lemma in screens.forecasting and (verb.dep_ == "xcomp" or head.pos_ == "ADJ")
