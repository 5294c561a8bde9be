"""Warnings named by a noun: "Beijing issued a stern warning to Washington", "the move drew an
angry warning of countermeasures from the Kremlin", "Moscow repeated its warning to Finland",
"Russia's threat to use nuclear weapons", "threats of force by Trump".

Who gives the warning is the noun's owner, its by/from-agent (on the noun or, for a warning
drawn or received, on the verb), or the subject of the light verb that issues it. What a
reader records is warned of is whom the warning is addressed to ("to Washington") and what it
is of or about ("of countermeasures", "against joining NATO", "that sanctions would follow").
The nouns are data in ontology/cues.toml [warns] warning_nouns; a "threat" is a warning only
when someone issues it or is its agent, or it is a threat to do something ("the threat posed by
China" is a danger, read by dangers.py). "no warning", or one only asked for, states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, clause_target, targets
from ..context.holders import holders
from ..context.noun_holders import LIGHT_VERBS, noun_holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from ..wording import tidy, usable

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver
    from ..context.frame import Frame

# Verbs whose object is a warning someone else gives: "drew a warning from the Kremlin".
_RECEIVING = frozenset("draw receive get face prompt trigger spark provoke earn elicit".split())
# Prepositions of acting in spite of a warning: "despite our warnings, X went ahead".
_DEFYING = frozenset({"despite", "ignoring", "defying", "notwithstanding"})
# What a warning is of or about: "a warning of countermeasures", "warnings against escalation".
_CONTENT_PREPS = frozenset({"of", "about", "against", "over", "on"})
# Verbs that hand a warning over, besides the light verbs: "delivered a stern warning to Ankara".
_HANDING = frozenset({"deliver"})


@extractor(cues=lambda lexicon: lexicon.listed("warns", "warning_nouns"))
def warning_nouns(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the warnings that a warning noun states: its giver warns its addressee and its content."""
    nouns = context.lexicon.listed("warns", "warning_nouns")
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            continue  # "no warning was given"
        verb = token.head if token.dep_ in {"dobj", "obj"} and token.head.pos_ == "VERB" else None
        if verb is not None and (negated(verb) or irrealis(verb)):
            continue  # "did not issue a warning", "should issue a warning"
        givers = _givers(token, verb, context.frame, context.resolver)
        if not givers:
            continue
        for holder, how in givers:
            for target in _warned_of(token, verb, context.resolver):
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, "warns", target, token, f"warning_noun/{how}", 0.55)


def _givers(noun: Token, verb: Token | None, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """Who gives the warning; a bare "threat" only when issued or with its agent named."""
    found = noun_holders(noun, frame, resolver) or _handed(noun, verb, frame, resolver)
    if noun.lemma_.lower() == "threat" and found:
        issued = any(how.startswith(("light_verb", "formulated_by", "handed")) for _, how in found) or any(
            c.dep_ == "prep" and c.lower_ in {"by", "against"} for c in noun.children
        )  # "threats by Trump", "issued threats", "Trump's threats against Cuba"; "the threat from
        # Russia to Europe" is a danger
        if not issued and not _threat_to_act(noun):
            return []  # "China's threat to Taiwan" is a danger, not a warning given
    if found:
        return found
    if verb is not None and verb.lemma_.lower() in _RECEIVING:
        agent = _prep_object(verb, {"from", "by"}) or _prep_object(noun, {"from"}, deep=True)
        if agent is not None:
            return [(h, "received_from") for h, _ in holders(agent, frame, resolver)]
    return []


def _handed(noun: Token, verb: Token | None, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """ "Greece delivered a stern warning to Turkey": who hands a warning over gives it."""
    if verb is None or verb.lemma_.lower() not in _HANDING:
        return []
    return [(h, "handed") for h, _ in holders(subject_of(verb), frame, resolver)]


def _threat_to_act(noun: Token) -> bool:
    """ "Russia's threat to use nuclear weapons": a threat of an act of its own."""
    return any(c.dep_ == "acl" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children) for c in noun.children)


def _warned_of(noun: Token, verb: Token | None, resolver: Resolver) -> list[Target]:
    """Whom the warning is addressed to and what it is of: the noun's prepositions, and those
    the parser hangs on the issuing verb after the noun ("issued a warning to Finland")."""
    found: list[Target] = []
    issuing = verb is not None and verb.lemma_.lower() in LIGHT_VERBS | _HANDING
    made = _made_by(noun)
    heads = [noun] + ([verb] if issuing else []) + made
    for head in heads:
        for child in head.children:
            if issuing and child.dep_ == "dative" and head.i == verb.i and child.i < noun.i:
                # "gave Bolivia an ultimatum": the one it is given to
                found += [t for t in targets(child, resolver) if t.actor is not None]
            if child.dep_ != "prep" or verb is not None and head.i == verb.i and child.i < noun.i:
                continue
            for obj in (c for c in child.children if c.dep_ in {"pobj", "pcomp"}):
                if child.lower_ == "to":
                    found += [t for t in targets(obj, resolver) if t.actor is not None]
                elif child.lower_ in _CONTENT_PREPS:
                    found += _content(obj, resolver)
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp"} and child.pos_ in {"VERB", "AUX"} and child not in made:
            clause = clause_target(child, resolver)
            found += [clause] if clause is not None else []  # "the warning that sanctions would follow"
    return found or _defiers(noun, resolver)


def _made_by(noun: Token) -> list[Token]:
    """ "the threats made by Italy against Libya": the participle with its agent carries the
    warning's own prepositions."""
    return [
        c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)
    ]


def _defiers(noun: Token, resolver: Resolver) -> list[Target]:
    """ "Despite our repeated warnings, the United States started the exercise": who acts in
    spite of a warning is the one it warned."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _DEFYING or prep.head.pos_ not in {"VERB", "AUX"}:
        return []
    subject = subject_of(prep.head)
    if subject is None or subject.pos_ == "PRON":
        return []
    return [t for t in targets(subject, resolver) if t.actor is not None]


def _content(obj: Token, resolver: Resolver) -> list[Target]:
    """What a warning is of: a clause ("against joining NATO") or a noun phrase."""
    if obj.pos_ in {"VERB", "AUX"}:
        clause = clause_target(obj, resolver)
        return [clause] if clause is not None else []
    agent = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}), None)
    if agent is not None and _prep_object(obj, {"from", "by"}) is not None:
        # "a warning of countermeasures from the Kremlin": the giver is no part of what is warned of
        text = tidy(obj.doc[obj.left_edge.i : agent.i].text)
        return [Target(text, head=obj.text)] if usable(text) else []
    return targets(obj, resolver)


def _prep_object(head: Token, preps: set[str], *, deep: bool = False) -> Token | None:
    """The object of the first of these prepositions below a word (in its subtree if deep)."""
    words = head.subtree if deep else head.children
    for child in words:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None
