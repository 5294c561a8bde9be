"""Formulae of reporting that carry a stance without a stance verb as their head:

- passing a text: "the Senate passed the aid package", "the package that the Senate passed",
  "the bill, passed by the cabinet in April", "the passage of the bill by parliament", "A and B
  were joined in passing the Budget by C and D": who passes a bill, budget or law supports it
  (cues.toml [supports] passing_verbs, passing_nouns, passed_objects);
- consent given: "gave the green light to X", "gave its nod to X", "granted the go-ahead for X"
  support X ([supports] consent_verbs, consent_nouns: the last word of each is the noun, the
  words before it must modify it);
- importance attached: "attaches great importance to X" supports X ([supports] attaching_verbs
  with importance_nouns);
- protests held: "students held protests against the quota scheme", "parties staged
  demonstrations against the alleged rigging" oppose what they are against ([opposes]
  protest_nouns, staging_verbs);
- mutual backing: "A and B said they backed each other": each supports the other.

A negated or hypothetical act states nothing; the holder is the act's subject (or its agent,
for a passive), as the attribution gives it.
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
from ..wording import tidy

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved
    from ..cues import Lexicon

_OBJECTS = frozenset({"dobj", "obj"})
_RELATIVES = frozenset({"that", "which"})


def _cue_words(lexicon: Lexicon) -> frozenset[str]:
    """The words without one of which a sentence holds none of these formulae."""
    consent = {phrase.split()[-1] for phrase in lexicon.listed("supports", "consent_nouns")}
    return (
        lexicon.listed("supports", "passing_verbs") | lexicon.listed("supports", "passing_nouns") | consent
        | lexicon.listed("supports", "importance_nouns") | lexicon.listed("opposes", "protest_nouns")
        | frozenset({"other", "another"})
    )


@extractor(cues=_cue_words)
def diplomatic_formulae(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the stances that passing a text, giving consent, attaching importance, holding
    protests and backing each other state."""
    for token in sent:
        yield from _passed(token, context)
        yield from _consented(token, context)
        yield from _attached(token, context)
        yield from _protested(token, context)
        yield from _reciprocal(token, context)


def _real(verb: Token) -> bool:
    return not negated(verb) and not irrealis(verb)


def _agents(verb: Token) -> list[Token]:
    """The by-agents of a passive verb."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _found(doers: list[Token], aims: list[Token], relation: str, cue: Token, rule: str, context: Context,
           confidence: float) -> Iterator[Found]:
    """Each doer's stance on each aim (never on itself)."""
    frame, resolver = context.frame, context.resolver
    found: dict[str, tuple[Resolved, str]] = {}
    for doer in doers:
        for holder, how in holders(doer, frame, resolver):
            found.setdefault(holder.id, (holder, how))
    for aim in aims:
        for target in targets(aim, resolver):
            for holder, how in found.values():
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, relation, target, cue, f"{rule}/{how}", confidence)


def _passed(token: Token, context: Context) -> Iterator[Found]:
    """Who passes a bill, a budget or a law supports it."""
    lexicon = context.lexicon
    texts = lexicon.listed("supports", "passed_objects")
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in lexicon.listed("supports", "passing_verbs") and _real(token):
        aims = [c for c in token.children if c.dep_ in _OBJECTS | {"nsubjpass"} and c.lower_ not in _RELATIVES]
        first = token
        while first.dep_ == "conj" and first.head.pos_ == "VERB":
            first = first.head  # "drafted by the ministry and passed by the cabinet"
        if not aims and first.dep_ in {"relcl", "acl"} and first.head.lemma_.lower() in texts:
            # "the package that the Senate passed", "the bill passed by the cabinet": the noun without the clause
            target = Target(_without_clause(first.head, first), head=first.head.lemma_.lower())
            yield from _passed_by(_passers(token), target, token, context)
            return
        for aim in (a for a in aims if a.lemma_.lower() in texts):
            clause = next((c for c in aim.children if c.dep_ in {"relcl", "acl"}), None)
            if clause is None:
                yield from _found(_passers(token), [aim], "supports", token, "passed", context, 0.6)
            else:  # "passed a law that Chile has criticized": the law, not what is said of it
                target = Target(_without_clause(aim, clause), head=aim.lemma_.lower())
                yield from _passed_by(_passers(token), target, token, context)
    elif token.pos_ == "NOUN" and lemma in lexicon.listed("supports", "passing_nouns"):
        aims = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() in texts]
        doers = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        if aims and doers:
            yield from _found(doers, aims, "supports", token, "passed/noun", context, 0.55)


def _passed_by(doers: list[Token], target: Target, cue: Token, context: Context) -> Iterator[Found]:
    """Each passer's support of the text passed."""
    for doer in doers:
        for holder, how in holders(doer, context.frame, context.resolver):
            yield Found(holder, "supports", target, cue, f"passed/{how}", 0.6)


def _without_clause(noun: Token, clause: Token) -> str:
    """A noun's phrase without the clause that passes it: "the aid package for Ukraine (that the
    Senate passed)" -> "aid package for Ukraine"."""
    words = [t for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.dep_ not in {"det", "punct"}]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.i < clause.i):
        words += list(prep.subtree)
    return tidy(" ".join(t.text for t in words))


def _passers(verb: Token) -> list[Token]:
    """Who passes: the agent of "passed by", else the subject; "A were joined in passing X by B":
    A and B."""
    agents = _agents(verb)
    if agents:
        return agents
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return [subject]
    prep = verb.head if verb.dep_ == "pcomp" else None
    if prep is not None and prep.lower_ == "in" and prep.head.pos_ == "VERB" and _real(prep.head):
        joined = prep.head
        return _agents(joined) + [c for c in joined.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "acl":
        return []  # "the bill passed in April": no passer named
    found = subject_of(verb)
    return [found] if found is not None else []


def _consented(token: Token, context: Context) -> Iterator[Found]:
    """ "gave the green light to X", "gave its nod to X": the giver supports X; "to"-infinitives
    ("gave its nod to acquire weapons") are the act consented to."""
    lexicon = context.lexicon
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.listed("supports", "consent_verbs") or not _real(token):
        return
    for noun in (c for c in token.children if c.dep_ in _OBJECTS):
        if not any(_names(noun, phrase) for phrase in lexicon.listed("supports", "consent_nouns")):
            continue
        aims = [p for place in (noun, token) for c in place.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for"}
                for p in c.children if p.dep_ in {"pobj", "pcomp"}]
        aims += [c for place in (noun, token) for c in place.children if c.dep_ in {"acl", "advcl", "xcomp"}
                 and c.pos_ == "VERB" and c.i > noun.i and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
        yield from _found([subject_of(token)] if subject_of(token) is not None else [], aims,
                          "supports", noun, "consent", context, 0.6)


def _names(noun: Token, phrase: str) -> bool:
    """Whether a noun is the phrase: its last word, with the words before it among its modifiers."""
    *before, last = phrase.split()
    mods = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    return last in {noun.lower_, noun.lemma_.lower()} and all(w in mods for w in before)


def _attached(verb: Token, context: Context) -> Iterator[Found]:
    """ "attaches great importance to X" supports X."""
    lexicon = context.lexicon
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.listed("supports", "attaching_verbs") or not _real(verb):
        return
    importance = lexicon.listed("supports", "importance_nouns")
    for noun in (c for c in verb.children if c.dep_ in _OBJECTS and c.lemma_.lower() in importance):
        aims = [p for place in (noun, verb) for c in place.children if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj"]
        subject = subject_of(verb)
        yield from _found([subject] if subject is not None else [], aims, "supports", noun, "importance", context, 0.6)


def _protested(token: Token, context: Context) -> Iterator[Found]:
    """ "held protests against X": who holds them opposes X."""
    lexicon = context.lexicon
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.listed("opposes", "protest_nouns"):
        return
    verb = token.head
    if token.dep_ not in _OBJECTS or verb.lemma_.lower() not in lexicon.listed("opposes", "staging_verbs") or not _real(verb):
        return
    aims = [p for place in (token, verb) for c in place.children if c.dep_ == "prep" and c.lower_ == "against"
            for p in c.children if p.dep_ == "pobj"]
    subject = subject_of(verb)
    yield from _found([subject] if subject is not None else [], aims, "opposes", token, "protest", context, 0.6)


def _reciprocal(token: Token, context: Context) -> Iterator[Found]:
    """ "A and B backed each other": each supports the other."""
    if token.lower_ not in {"other", "another"} or token.dep_ not in _OBJECTS:
        return
    if not any(c.lower_ in {"each", "one"} for c in token.children) and token.doc[token.i - 1].lower_ not in {"each", "one"}:
        return
    verb = token.head
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children) or any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "should"} for c in verb.children
    ):
        return  # "will support each other in safeguarding their core interests": a pledge of help in a matter
    if verb.pos_ != "VERB" or not _real(verb) or not any(
        cue.relation == "supports" for cue in context.lexicon.verb_cues(verb.lemma_.lower())
    ):
        return
    sides = dict((a.id, (a, how)) for a, how in holders(subject_of(verb), context.frame, context.resolver))
    if len(sides) != 2:
        return
    (one, how), (other, _) = sides.values()
    for holder, target in ((one, other), (other, one)):
        yield Found(holder, "supports", Target(target.label, actor=target), verb, f"reciprocal/{how}", 0.6)
