"""Stances told by the cause an act is done for: "'We stand united in support of Ukraine'"
(the Baltic states support Ukraine), "Iran held rallies in solidarity with Gaza", "Lula spoke
in favour of talks", "farmers marched in protest against the trade deal" (they oppose it); and
by the fight one joins: "NATO is engaged in the fight against terrorism", "Britain joined the
coalition against the Islamic State" (they oppose what the fight is against).

The phrase "in <cause noun> of/with/against X" hangs on a verb (or on an adjective of it:
"stand united in support of"); whoever does the act holds the stance. A negated or
hypothetical act states nothing; votes are read by votes.py. The nouns are data in
ontology/cues.toml: [supports] cause_nouns, [opposes] cause_nouns, fight_nouns and joining_verbs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The preposition that names what a cause noun is for: "in support of X", "in solidarity with X",
# "in protest against X".
_LINKS = frozenset({"of", "with", "against", "at", "over", "to"})


@extractor(cues=lambda lexicon: lexicon.listed("supports", "cause_nouns") | lexicon.listed("opposes", "cause_nouns"))
def stated_causes(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the stance of whoever acts "in support of", "in solidarity with" or "in protest
    against" something."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    causes = {
        relation: lexicon.listed(relation, "cause_nouns") for relation in ("supports", "opposes")
    }
    voting = lexicon.listed("supports", "vote_verbs")
    for token in sent:
        if token.lower_ != "in" or token.dep_ != "prep":
            continue
        noun = next((c for c in token.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        relation = next((r for r, nouns in causes.items() if noun is not None and noun.lemma_.lower() in nouns), None)
        verb = _act(token)
        if relation is None or verb is None or verb.lemma_.lower() in voting or negated(verb) or irrealis(verb):
            continue
        cause = _cause(noun, token)
        if cause is None:
            continue
        for holder, how in holders(subject_of(verb), frame, resolver):
            for target in targets(cause, resolver):
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, relation, target, noun, f"cause/{how}", 0.5)


def _act(prep: Token) -> Token | None:
    """The act a cause phrase tells the reason of: its verb, or the verb of its adjective
    ("stand united in support of") or of its object."""
    head = prep.head
    if head.pos_ == "ADJ" and head.dep_ in {"acomp", "advcl", "xcomp"}:
        head = head.head
    elif head.pos_ == "NOUN" and head.dep_ in {"dobj", "obj"}:
        head = head.head  # "recalled its ambassador | in protest against X": the parser's attachment
    return head if head.pos_ in {"VERB", "AUX"} else None


def _cause(noun: Token, prep: Token) -> Token | None:
    """What the cause is for: the noun's of/with/against object, or one the parser hung on the
    verb right after it ("held rallies in solidarity | with Gaza"); an act too ("campaigned in
    favour of sending tanks to Ukraine")."""
    links = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _LINKS]
    if not links:  # "recalled its ambassador in protest | over the raid": on the object's verb too
        links = [
            c for h in (prep.head, prep.head.head) for c in h.children
            if c.dep_ == "prep" and c.lower_ in _LINKS and c.i == noun.i + 1
        ]
    return next((p for link in links for p in link.children if p.dep_ in {"pobj", "pcomp"}), None)


@extractor(cues=lambda lexicon: lexicon.listed("opposes", "fight_nouns"))
def joined_fights(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the opposition of whoever joins, leads or takes part in a fight against something."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    fights, joining = lexicon.listed("opposes", "fight_nouns"), lexicon.listed("opposes", "joining_verbs")
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in fights:
            continue
        verb = _joining(noun, joining)
        foes = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children
                if p.dep_ == "pobj"]
        if verb is None or not foes or negated(verb) or irrealis(verb):
            continue
        for holder, how in holders(subject_of(verb), frame, resolver):
            for target in targets(foes[0], resolver):
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, "opposes", target, noun, f"joined_fight/{how}", 0.5)


def _joining(noun: Token, joining: frozenset[str]) -> Token | None:
    """The verb by which someone joins a fight: "joined the campaign", "engaged in the fight",
    "took part in the struggle"; None for any other."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in {"in", "to"}:
        verb = verb.head
    elif noun.dep_ not in {"dobj", "obj"}:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in joining:
        return None
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return None  # "took the fight to X" joins nothing
    return verb
