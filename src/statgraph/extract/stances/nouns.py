"""Stances carried by nouns: "Russia's calls for a freeze", "Putin's initiative to form a partnership",
"our relations with China", "NATO's war against Russia", "X is a priority for us". The holder is the noun's
possessor, its "by"-agent, a demonym, or the subject of the light verb that governs it ("expressed willingness").
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ..arguments import TIE_NOUNS, Target, clause_target, doers, targets
from ..context.frame import FIRST_PLURAL, Frame
from ..context.holders import holders
from ..context.noun_holders import noun_holder, noun_holders
from ..context.subjects import subject_of
from ..cues import Cue, Lexicon
from ..found import Found, actor_relation
from ..moods import given_up, irrealis, negated
from ..registry import Context, extractor
from ..sentence import parts_of_speech, word_lists
from .agent_objects import owner_opposed, standing_for
from .asked import asked_act, infinitive_after
from .attacked import UNDER_NOUNS, under_attack
from .noun_gate import stance_noun_words
from .emphasis import own_endorsement
from .pronoun_owners import pronoun_owners
from .noun_objects import noun_object as _noun_object
from .proposals import proposal, proposal_phrase
from .received import received_support, support_received
from .ties import ties
from .of_holders import of_holders
from .verb_objects import HELD_VIEWS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs whose subject carries out the measure they govern ("wage war against", "impose sanctions
# on"); "opposes the sanctions against Iran" says nothing of who sanctions.
_WAGING_VERBS = frozenset(
    "wage impose launch conduct start declare unleash intensify continue step escalate allow authorize "
    "authorise permit order approve plan prepare carry announce extend adopt introduce slap levy "
    "tighten expand renew file initiate bring lodge".split()
)
# Documents whose subject is what they ask for: "a resolution on a ceasefire".
_DOCUMENT_CUES = frozenset({"resolution"})


@extractor
def noun_stances(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the stances that the nouns of a sentence state."""
    frame, resolver, lexicon = context.frame, context.resolver, context.lexicon
    read, (forms, lemmas) = stance_noun_words(lexicon), word_lists(sent)  # a noun none reads: no reader
    for token, form, lemma, pos in zip(sent, forms, lemmas, parts_of_speech(sent), strict=True):
        if pos in {"NOUN", "PROPN"} and (form in read or lemma in read) and not _asked_for(token):
            yield from find_noun_stances(token, lemma, frame, resolver, lexicon)


def _asked_for(noun: Token) -> bool:
    """Whether a noun is the object of an act only asked for: "urged the EU to honor its
    commitment to free trade" states no commitment."""
    return noun.dep_ in {"dobj", "obj"} and noun.head.pos_ == "VERB" and irrealis(noun.head)


def find_noun_stances(token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The stances a noun carries: a noun family of its own (speech, tie, agent, "against"
    nouns), else its first noun cue, as a predicate or over its object."""
    handled = yield from _noun_families(token, lemma, frame, resolver, lexicon)
    if handled:
        return
    modifier = next((c for c in token.children if c.dep_ in {"amod", "compound"} and c.i == token.i - 1), None)
    pair = f"{modifier.lower_} {lemma}" if modifier is not None else ""
    cues = lexicon.nouns.get(pair) or lexicon.nouns.get(lemma) or lexicon.nouns.get(token.lower_) or []
    if not cues:
        return
    cue = cues[0]
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        if cue.relation not in {"proposes", "demands"}:  # "X is the only settlement plan" proposes nothing
            yield from _predicate_noun(token, cue, frame, resolver)
        return
    one = _one_of(token)
    if one is not None:  # "the opening of communications is one of the priorities of the government"
        if cue.relation == "supports":  # "security is one of our main concerns" may name no threat
            yield from _predicate_noun(one, cue, frame, resolver, noun=token)
        return
    if cue.relation == "opposes" and lemma in lexicon.listed("warns", "warning_nouns") and _threatened(token):
        cue = next((c for c in cues if c.relation == "warns"), cue)
    yield from _cue_noun_stances(token, lemma, cue, frame, resolver, lexicon)


def _threatened(noun: Token) -> bool:
    """Whether a threat noun names what its owner threatens: "Trump's threat of tariffs", "the
    Kremlin's threat to retaliate", "Russia's threats against Moldova" warn of it (or warn Moldova),
    they do not oppose it; "a threat to Taiwan", "a threat to peace" is a danger to it."""
    obj = _noun_object(noun)
    if obj is None:
        return False
    return obj.pos_ in {"VERB", "AUX"} or obj.dep_ == "pobj" and obj.head.lower_ in {"of", "against"}


def _noun_families(
    token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon
) -> Generator[Found, None, bool]:
    """The stances of the nouns read by a rule of their own; returns whether the noun was one."""
    if token.lower_ in lexicon.speech_nouns:
        yield from _warnings(token, frame, resolver, lexicon)
        return True
    if lemma in TIE_NOUNS or token.lower_ in TIE_NOUNS:
        yield from ties(token, frame, resolver)
        return True
    if lemma in UNDER_NOUNS and token.dep_ == "pobj" and token.head.lower_ == "under":
        yield from under_attack(token, frame, resolver)
        return True
    agent = lexicon.agent_nouns.get(token.lower_) or lexicon.agent_nouns.get(lemma)
    if agent is not None:
        yield from _agent_noun(token, agent, frame, resolver)
        return True
    against = lexicon.against_nouns.get(token.lower_) or lexicon.against_nouns.get(lemma)
    if against is not None:  # "an appeal for calm" is a stance of its own (against_or_own)
        found = list(_against(token, against, frame, resolver, lexicon))
        yield from found
        return bool(found) or lemma not in lexicon.listed("opposes", "against_or_own")
    return False


def _cue_noun_stances(
    token: Token, lemma: str, cue: Cue, frame: Frame, resolver: Resolver, lexicon: Lexicon
) -> Iterator[Found]:
    """A noun cue's stance: its owner (or issuer) on its object."""
    if cue.relation == "supports" and support_received(token, lexicon):
        return (yield from received_support(token, frame, resolver))  # "has the support of the EU"
    found_holders = noun_holders(token, frame, resolver) or pronoun_owners(token, frame, resolver, lexicon)
    found_holders = found_holders or _issuer(token, cue, resolver) or of_holders(token, resolver)
    if cue.relation == "proposes":  # "announced plans to build a fleet" voices a plan, proposes none
        found_holders = [(h, how) for h, how in found_holders if not how.startswith("light_verb_voiced")]
    obj = _noun_object(token) if found_holders else None
    if obj is not None and lemma in _DOCUMENT_CUES and not (obj.dep_ == "pobj" and obj.head.lower_ in {"on", "for"}):
        obj = None  # "a resolution on a ceasefire" asks for one; "the resolution passed" asks nothing
    if obj is None and cue.relation == "proposes":
        yield from proposal(token, found_holders, frame, resolver)
        return
    if obj is None or obj.pos_ in {"VERB", "AUX"} and negated(obj):
        return  # "his intention not to enable a government led by X" backs no such government
    if cue.relation == "demands" and obj.dep_ == "pobj" and obj.head.lower_ in {"to", "on", "upon"}:
        obj = infinitive_after(obj) or _requested(token, obj) or obj  # "his request to the Council to sanction X"
    if cue.relation == "supports" and lexicon.speaks(obj):
        return  # "efforts to contain Russia", "commitment to working with Haiti": the inner cue speaks
    found_targets = (
        [t for t in [clause_target(obj, resolver)] if t] if obj.pos_ in {"VERB", "AUX"} else targets(obj, resolver)
    )
    asked = {t.actor.id for t in found_targets if t.actor is not None} if cue.relation == "demands" else set()
    if asked:
        act = asked_act(token, obj, resolver)  # the one asked is no target, and asks nothing of itself
        found_targets, found_holders = act or found_targets, [h for h in found_holders if not act or h[0].id not in asked]
    elif cue.relation == "demands" and (act := asked_act(token, obj, resolver, named=False)):
        found_targets = act  # "an ultimatum for the rebels to hand over power": what the rebels are asked
    if lemma in _DOCUMENT_CUES or cue.relation == "proposes":
        # "a resolution on Russia" asks nothing of it; "a French proposal on Syria" proposes no Syria
        found_targets = [t for t in found_targets if t.actor is None]
    if cue.relation == "proposes" and obj.dep_ == "pobj" and found_targets:
        found_targets = [proposal_phrase(token)]  # "a peace proposal for the war": the proposal, not the war
    if cue.relation == "criticizes" and all(t.actor is None for t in found_targets):
        found_targets += doers(obj, resolver)  # "our condemnation of Russia's war": Russia is blamed
    relation = _noun_relation(token, lemma, cue, obj, lexicon)
    if relation is None:
        return
    for holder, how in found_holders:
        for target in found_targets:
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, actor_relation(relation, target), target, token, f"noun/{how}", 0.65)


def _requested(token: Token, addressee: Token) -> Token | None:
    """What a demand noun asks for when it also names whom it asks: its "for"-phrase, also where
    the parser hung it on the addressee or, right after the addressee, on the verb above ("a call
    by the envoy to Libya *for holding elections*", "an appeal to the parties *for restraint*")."""
    doc = token.doc
    after = doc[addressee.right_edge.i + 1] if addressee.right_edge.i + 1 < len(doc) else None
    hung = [after] if after is not None and after.head.i in {a.i for a in token.ancestors} else []
    for prep in [c for w in (token, addressee) for c in w.children] + hung:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            return next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)
    return None


def _issuer(token: Token, cue: Cue, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """ "the UN Security Council resolution on a ceasefire", "the Kremlin proposal": the issuer
    named before the document noun."""
    if cue.relation not in {"proposes", "demands", "supports"} or token.pos_ != "NOUN":
        return []
    issuer = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    actor = resolver.resolve(issuer) if issuer is not None else None
    return [(actor, "issuer")] if actor is not None and actor.type != "person" else []


def _one_of(noun: Token) -> Token | None:
    """The predicate "one" of "X is one of our priorities", where `noun` is "priorities"."""
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if one is None or one.lower_ != "one" or one.dep_ != "attr" or one.head.lemma_ != "be":
        return None
    return one


def _predicate_noun(
    token: Token, cue: Cue, frame: Frame, resolver: Resolver, *, noun: Token | None = None
) -> Iterator[Found]:
    """ "X is a priority for us", "these are red lines", "X is one of the priorities of the
    government" (`noun` the cue noun under the predicate "one"): the subject is the target."""
    subject = subject_of(token.head)
    if subject is None or negated(token.head):
        return
    holder: Resolved | None = None
    for child in (noun or token).children:
        if child.dep_ == "prep" and child.lower_ in {"for", "to", "of"}:
            # "X is a priority for us", "testing Russia's resolve is the life goal of leaders in the West"
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                holder = frame.behalf if pobj.lower_ in FIRST_PLURAL else resolver.resolve(pobj)
    if holder is None and frame.voice_of(token) != "author":
        holder = frame.behalf
    if holder is None:
        return
    # "the CIS space is an absolute priority for us": a priority actor is a partner
    named = [resolver.resolve(c) for c in subject.children if c.dep_ in {"compound", "nmod"}]
    partners = [Target(a.label, a) for a in named if a is not None and a.type != "person"]
    if partners and cue.relation == "supports":
        for target in partners:
            if target.actor is not None and target.actor.id != holder.id:
                yield Found(holder, "cooperates_with", target, token, "predicate_noun", 0.6)
        return
    for target in targets(subject, resolver):
        if target.actor is None or target.actor.id != holder.id:
            yield Found(holder, actor_relation(cue.relation, target), target, token, "predicate_noun", 0.6)


def _against(token: Token, cue: Cue, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "NATO's war against Russia", "waging war against our country", "sanctions against Iran"."""
    sides = {"against"} if token.lemma_.lower() in HELD_VIEWS else {"against", "on"}  # "a position on X" takes no side
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in sides), None)
    if prep is None and token.dep_ in {"dobj", "obj"} and token.head.lemma_.lower() in _WAGING_VERBS:
        # "brought a case | against Israel": the parser hung the phrase on the verb
        prep = next((c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "against" and c.i > token.i), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return
    holder, how = noun_holder(token, frame, resolver)
    if holder is None and token.dep_ in {"dobj", "obj"} and token.head.lemma_.lower() in _WAGING_VERBS:
        found = holders(subject_of(token.head), frame, resolver)
        holder, how = (found[0][0], "verb_subject") if found else (None, "")
    if holder is None:
        return
    armed = _armed(token, lexicon) and not _kind_named(token)
    for target in targets(obj, resolver):
        if target.actor is None or target.actor.id != holder.id and not armed:
            yield Found(holder, actor_relation(cue.relation, target), target, token, f"against/{how}", 0.65)


def _armed(noun: Token, lexicon: Lexicon) -> bool:
    """ "Israeli strikes on Damascus", "a military campaign against Hamas": an armed act."""
    armed = lexicon.listed("opposes", "armed_nouns")
    return (noun.lemma_.lower() in armed or noun.lower_ in armed) or any(
        c.dep_ == "amod" and c.lower_ in lexicon.listed("opposes", "armed_modifiers") for c in noun.children
    )


def _kind_named(noun: Token) -> bool:
    """ "a trade war", "a sanctions war": a war of policy, named by a noun before it."""
    return any(c.dep_ == "compound" and c.i < noun.i for c in noun.children)


def _warnings(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "the statements of Macron, Cameron and Borrell about the inevitable war with Russia",
    "Western countries' talk of new sanctions": whoever speaks of a threat warns of it.
    The parser often hangs "about ..." on the last speaker named, so that is looked at too."""
    named = [
        t
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"of", "by", "from"}
        for g in c.children
        if g.dep_ == "pobj" and g.lower_ not in lexicon.threat_nouns
        for t in [g, *(d for d in g.subtree if d.dep_ in {"conj", "appos"} and d.pos_ == "PROPN")]
    ]
    named += [c for c in token.children if c.dep_ == "poss"]
    heads = {token.i, *(t.i for t in named)}
    content = [
        t
        for t in token.subtree
        if t.dep_ == "pobj"
        and t.head.lower_ in {"about", "of", "on"}
        and t.head.head.i in heads
        and t.lower_ in lexicon.threat_nouns
    ]
    speakers = {a.id: a for t in named for a, _ in holders(t, frame, resolver)} if content else {}
    for speaker in speakers.values():
        for threat in content:
            for target in targets(threat, resolver):
                if target.actor is None:
                    yield Found(speaker, "warns", target, token, "speech_noun", 0.55)


def _agent_noun(token: Token, cue: Cue, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Lavrov is a devoted advocate for peace", "Stoltenberg, a staunch supporter of Kyiv",
    "the Group of Seven, co-initiators of this conference": the one the noun names holds the
    stance towards its of/for-object."""
    first = standing_for(token)  # "a critic of Beijing and a supporter of Taiwan", "one of Russia's critics"
    head = first.head
    copula = head.lemma_.lower() == "be" or head.lower_ in {"’s", "'s"}
    if first.dep_ in {"attr", "oprd"} and head.pos_ in {"AUX", "VERB"} or first.dep_ == "dep" and copula:
        # "dep": the small model's reading of "He’s ..., a devoted advocate for peace"
        if negated(head):
            return
        holder_token = subject_of(head)
    elif first.dep_ == "appos":
        holder_token = head
    elif first.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB":
        holder_token = subject_of(head.head)  # "presented himself as a champion of ..."
    elif first.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_.lower() == "be":
        if negated(head.head):
            return
        holder_token = subject_of(head.head)  # "Saudi Arabia was among the main opponents of a deal"
    elif first.dep_ == "compound" and head.ent_type_ == "PERSON":
        holder_token = head  # "Kremlin critic Alexei Navalny"
    else:
        return
    if holder_token is not None and holder_token.dep_ == "relcl" and holder_token.head.pos_ in {"NOUN", "PROPN"}:
        holder_token = holder_token.head
    if holder_token is not None and holder_token.lower_ in {"which", "who", "that"} and head.dep_ == "relcl":
        holder_token = head.head  # "the G7 countries, which are co-initiators of this conference"
    found_holders = holders(holder_token, frame, resolver)
    objects = [
        pobj
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "in", "against"}
        for pobj in child.children
        if pobj.dep_ in {"pobj", "pcomp"}
    ]
    if first.dep_ == "compound":
        objects += [c for c in token.children if c.dep_ == "compound"]
    objects += owner_opposed(token, cue)  # "Russia's critics"
    found_targets = [
        t
        for obj in objects
        for t in ([clause_target(obj, resolver)] if obj.pos_ in {"VERB", "AUX"} else targets(obj, resolver))
        if t is not None
    ]
    for holder, how in found_holders:
        for target in found_targets:
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, actor_relation(cue.relation, target), target, token, f"agent_noun/{how}", 0.6)


def _noun_relation(token: Token, lemma: str, cue: Cue, obj: Token, lexicon: Lexicon) -> str | None:
    """The relation a noun cue states of its object, or None when it states none."""
    relation = cue.relation
    if relation == "supports" and obj.dep_ == "pobj" and obj.head.lower_ == "against":
        relation = "opposes"  # "Ukraine's defence against the aggression": what one defends against
    if relation == "demands" and lemma in lexicon.listed("demands", "need_nouns") and own_endorsement(token, lexicon):
        relation = "supports"  # "agreed on the need to engage with China": their own engagement
    if given_up(token) or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        if token.lower_ not in lexicon.listed("opposes", "waived_nouns"):
            return None  # "no support for X" states no stance either way
        relation = "supports"  # "had no objection to a truce": consent
    return relation
