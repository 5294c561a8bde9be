"""Sanctions as stances (bench/realtext/CONVENTIONS.md): whoever imposes, adopts or keeps
sanctions on X supports "sanctions on X"; that states no criticism of X by itself. Tariffs and
duties are read alike ("Washington imposes a 15 percent tariff on Japanese products" supports
"tariff on Japanese products").

- an owner of the sanctions: "EU sanctions on Belarus", "Washington's sanctions on Iran";
- an imposing verb: "the EU adopted a new package of sanctions against Russia", "the sanctions
  imposed by the United States on Venezuela", "China decided to impose sanctions on the firms";
- the verb itself: "the United States sanctioned seven officials", and its passive with an agent:
  "X, who was sanctioned by the EU", "X, sanctioned by the United States";
- a gerund's doer is the subject of the verb its preposition hangs on: "Ecuador hit back by
  slapping tariffs on Peru";
- the owner of an act of imposing: "Washington's announcement of 30% tariffs on Peru"; and "their
  own tariffs" are the clause subject's: "Canada struck back with its own tariffs on US goods".

Sanctions another side welcomes or condemns ("welcomed American sanctions against X") state
that side's stance, read by the verb rules; the imposer is only mentioned there.
Only sanctions with a named target ("on"/"against" X, or the verb's object) count; a negated
or hypothetical act ("if the EU imposed sanctions") states nothing, and neither does a threat
("the threat of US tariffs on Canada"). The words are data in ontology/cues.toml [supports]
sanction_nouns, measure_nouns, imposing_verbs and sanctioning_verbs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, phrase
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved
    from ..cues import Lexicon

_AIMED = frozenset({"on", "against"})
# acts only asked for, weighed or threatened: "propose to impose sanctions", "threatened to sanction"
_NOT_YET = frozenset(
    "propose suggest demand urge call ask want expect insist recommend request require hope wish need press "
    "push encourage invite threaten consider plan seek mull weigh try aim intend refuse decline".split()
)
# nouns for a batch of sanctions: "a new package of sanctions", "the 18th sanctions package"
_BUNDLES = frozenset("package round set wave raft series batch tranche list regime hike increase".split())
# nouns whose "of" names sanctions or tariffs not (yet) imposed
_SPOKEN_OF = frozenset("threat prospect possibility risk spectre specter fear danger".split())
_OWNERS = frozenset({"poss", "compound", "amod", "nmod"})
# the relations of a verb that speaks against what it governs: "opposes", "rejects", "regret"
_AGAINST = frozenset({"opposes", "rejects", "criticizes"})
# how an imposing act may sit under the verb that speaks against it
_GOVERNED = frozenset({"xcomp", "ccomp", "dobj", "obj", "pcomp", "pobj", "prep", "acl"})


@extractor(cues=lambda lexicon: (
    lexicon.listed("supports", "sanction_nouns") | lexicon.listed("supports", "sanctioning_verbs")
    | lexicon.listed("supports", "measure_nouns")
))
def sanctions(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support of sanctions that a sentence states of those who impose them."""
    lexicon = context.lexicon
    sanctions, measures = lexicon.listed("supports", "sanction_nouns"), lexicon.listed("supports", "measure_nouns")
    nouns = sanctions | measures
    imposing = lexicon.listed("supports", "imposing_verbs")
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in nouns:
            anchor = _anchor(token)
            aimed = _aimed(token, anchor, imposing)
            if aimed and not _only_spoken_of(anchor):
                found = [] if _weighed(anchor, imposing, context) else (
                    _owners(token, anchor, context) + _imposers(anchor, imposing, context)
                    + _announcers(anchor, context) + _own(token, anchor, context))
                found = [] if opposed_act(anchor, lexicon) else found
                kind = "sanctions" if lemma in sanctions else token.lower_  # "tariffs", "a 15 percent tariff"
                yield from _findings(found, aimed, token, "sanctions/imposed", context, kind)
        elif token.pos_ == "VERB" and lemma in lexicon.listed("supports", "sanctioning_verbs"):
            if unreal(token) or opposed_act(token, lexicon):
                continue
            objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
            objects += [c for o in objects for c in o.conjuncts]
            found = holders(_doer(token), context.frame, context.resolver)
            if passive := _sanctioned(token):
                objects, found = passive, holders(_agent(token), context.frame, context.resolver)
            yield from _findings(found, objects, token, "sanctions/verb", context, "sanctions")


def _findings(
    found: list[tuple[Resolved, str]], aimed: list[Token], cue: Token, rule: str, context: Context, kind: str
) -> Iterator[Found]:
    """Each holder supports the sanctions (or tariffs: `kind`) on each target (never on itself)."""
    for target in aimed:
        actor = context.resolver.resolve(target)
        text = f"{kind} on {phrase(target)}"
        for holder, how in dict((a.id, (a, how)) for a, how in found).values():
            if actor is not None and actor.id == holder.id:
                continue
            yield Found(holder, "supports", Target(text, head=kind), cue, f"{rule}/{how}", 0.6)


def _only_spoken_of(anchor: Token) -> bool:
    """Whether the sanctions or tariffs are only a threat or a prospect: "the threat of US tariffs
    on Canada", "the prospect of EU sanctions against Iran" (a threat is read as a warning)."""
    return anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in _SPOKEN_OF


def _weighed(anchor: Token, imposing: frozenset[str], context: Context) -> bool:
    """Whether the sanctions are the object of another side's stance: "Tshisekedi welcomed
    American sanctions against Rwandan officials", "welcomed the sanctions imposed by the United
    States" state the welcomer's stance; the imposer is only mentioned."""
    verb = anchor.head
    return (
        anchor.dep_ in {"dobj", "obj"}
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in imposing
        and bool(context.lexicon.verb_cues(verb.lemma_.lower()))
    )


def _anchor(noun: Token) -> Token:
    """The phrase the sanctions head: "a package of sanctions", "the sanctions package"."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in _BUNDLES:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _BUNDLES:
        return noun.head.head
    return noun  # not "talk of sanctions", "the threat of sanctions"


def _aimed(noun: Token, anchor: Token, imposing: frozenset[str]) -> list[Token]:
    """Who the sanctions are aimed at: "on"/"against" after the noun, or after its verb."""
    places = [noun, anchor]
    verb = anchor.head
    if anchor.dep_ in {"dobj", "obj", "nsubjpass"} and verb.lemma_.lower() in imposing:
        places.append(verb)
    places += [c for c in anchor.children if c.dep_ == "acl" and c.lemma_.lower() in imposing]
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "with" and anchor.head.head.pos_ == "VERB":
        places.append(anchor.head.head)  # "struck back with tariffs on US goods": "on" hung on the verb
    aimed = [
        p for place in places for c in place.children
        if c.dep_ == "prep" and c.lower_ in _AIMED for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}  # not "on Friday"
    ]
    aimed += [c for p in aimed for c in p.conjuncts]
    return list({t.i: t for t in aimed}.values())


def _owners(noun: Token, anchor: Token, context: Context) -> list[tuple[Resolved, str]]:
    """ "EU sanctions", "U.S. and British sanctions", "Washington's sanctions": named owners."""
    resolver = context.resolver
    mods = [c for place in {noun.i: noun, anchor.i: anchor}.values() for c in place.children if c.dep_ in _OWNERS]
    mods += [c for m in mods for c in m.conjuncts]
    found = []
    for mod in mods:
        if mod.i == noun.i or mod.pos_ == "PRON":
            continue
        actor = resolver.resolve(mod)
        if actor is not None:
            found.append((actor, "owner"))
    return found


def _announcers(anchor: Token, context: Context) -> list[tuple[Resolved, str]]:
    """The owner of the act the sanctions are "of": "Washington's announcement of 30% tariffs on
    Peru", "the EU's imposition of duties on Chinese steel" (cues.toml [supports] imposing_nouns)."""
    act = anchor.head.head
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "of" or act.pos_ != "NOUN":
        return []
    if act.lemma_.lower() not in context.lexicon.listed("supports", "imposing_nouns"):
        return []
    owners = [c for c in act.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [p for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    return [found for owner in owners for found in holders(owner, context.frame, context.resolver)]


def _own(noun: Token, anchor: Token, context: Context) -> list[tuple[Resolved, str]]:
    """ "Their own tariffs" are the clause's subject's: "Canada and Mexico struck back with their own
    tariffs on US goods"; a possessive pronoun without "own" is left unread."""
    place = next((p for p in (noun, anchor) if any(c.dep_ == "amod" and c.lower_ == "own" for c in p.children)), None)
    if place is None or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in place.children):
        return []
    verb = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
    if verb.pos_ != "VERB" or unreal(verb) or any(c.tag_ == "MD" for c in verb.children):
        return []
    return holders(subject_of(verb), context.frame, context.resolver)


def _imposers(anchor: Token, imposing: frozenset[str], context: Context) -> list[tuple[Resolved, str]]:
    """Who imposes them: the subject of "imposed/adopted sanctions", the agent of "imposed by"."""
    frame, resolver = context.frame, context.resolver
    verbs = [c for c in anchor.children if c.dep_ == "acl" and c.lemma_.lower() in imposing]
    if anchor.dep_ == "nsubjpass" and anchor.head.lemma_.lower() in imposing:
        verbs.append(anchor.head)
    found = _agents(verbs, context) + _misparsed(anchor, imposing, context)
    verb = anchor.head
    if anchor.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in imposing and verb.pos_ == "VERB":
        if not unreal(verb) and not opposed_act(verb, context.lexicon):
            found.extend(holders(_doer(verb), frame, resolver))
    return found


def _agents(verbs: list[Token], context: Context) -> list[tuple[Resolved, str]]:
    """The agents of the imposing participles the sanctions head: "the sanctions imposed by the EU"."""
    found = []
    for verb in verbs:
        if unreal(verb) or opposed_act(verb, context.lexicon):
            continue
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        for agent in agents:
            found.extend(holders(agent, context.frame, context.resolver))
    return found


def _misparsed(anchor: Token, imposing: frozenset[str], context: Context) -> list[tuple[Resolved, str]]:
    """The imposer the small model takes for the verb when it hangs the imposing verb on the
    sanctions as a modifier: "ECOWAS imposed sanctions on Niger" parsed ECOWAS <-dobj- sanctions
    -amod-> imposed; the word before the verb is its subject if it names an actor."""
    verb = next((c for c in anchor.children if c.dep_ == "amod" and c.tag_ in {"VBD", "VBN"} and c.lemma_.lower() in imposing), None)
    if verb is None or verb.i == 0 or anchor.head.i != verb.i - 1 or anchor.dep_ not in {"dobj", "obj"}:
        return []
    if negated(verb) or irrealis(verb) or anchor.head.i == anchor.i or not anchor.head.text[:1].isupper():
        return []  # "the imposed sanctions", "they saw imposed sanctions": no name before the verb
    actor = context.resolver.resolve(anchor.head)
    return [(actor, "misparsed")] if actor is not None else []


def _doer(verb: Token) -> Token | None:
    """Who does an act: its subject, or for a gerund a preposition hangs on a verb, that verb's
    subject: "Ecuador hit back by slapping tariffs on Peru", "responded by imposing sanctions"."""
    subject = subject_of(verb)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB":
        head = verb.head.head
        modal = any(c.tag_ == "MD" for c in head.children)  # not "they would retaliate by imposing"
        return None if modal or unreal(head) else subject_of(head)
    return subject


def _agent(verb: Token) -> Token | None:
    """The agent of a passive: "sanctioned by the United States"."""
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def _sanctioned(verb: Token) -> list[Token]:
    """Who a passive sanctioning verb with an agent says is sanctioned: "X was sanctioned by the
    EU", "X, who was sanctioned by the EU", "X, sanctioned by the EU", "X, an ex-minister and
    sanctioned by the EU"."""
    if _agent(verb) is None or verb.tag_ != "VBN":
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        return [verb.head]
    if subject is not None:
        return [subject]
    if verb.dep_ in {"acl", "conj"} and verb.head.pos_ in {"PROPN", "NOUN"}:
        named = verb.head
        return [named.head if named.dep_ == "appos" else named]  # "X, a former general and sanctioned by"
    return []


def unreal(verb: Token) -> bool:
    """Whether an act is negated, hypothetical, or only asked for or weighed."""
    if negated(verb) or irrealis(verb):
        return True
    return verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in _NOT_YET


def opposed_act(word: Token, lexicon: Lexicon) -> bool:
    """Whether an imposing act (or the sanctions themselves) is what a verb speaking against it
    governs: "opposes imposing sanctions on Russia", "rejects sanctioning the ICC", "I regret the
    US decision to impose tariffs": the opposer's stance, no imposition by anyone named."""
    current = word
    for _ in range(5):
        head = current.head
        if head.i == current.i or current.dep_ not in _GOVERNED:
            return False
        if head.pos_ == "VERB" and any(c.relation in _AGAINST for c in lexicon.verb_cues(head.lemma_.lower())):
            return True
        current = head
    return False
