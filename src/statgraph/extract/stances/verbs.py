"""Stances carried by verbs and adjectives: supports, opposes, rejects, criticizes,
demands, proposes, warns, cooperates_with.

Cues are verbs ("Russia opposes X"), phrasal verbs ("calls for X") and adjectives ("X is
unacceptable", "a reckless expansion"), from ontology/cues.toml. These rules find a cue and its
object; `cue_reading.py` reads them into stances. Noun cues are in `nouns.py`, sentence-level
patterns in `clauses.py`.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolver
from ...nlp.arrays import has_word
from ...words import words
from ..arguments import TIE_NOUNS, Target, targets
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import subject_of
from ..cues import Cue, Lexicon
from ..found import Found, actor_relation
from ..moods import STOPPING, asserts, irrealis, negated, purpose
from ..quoted_moods import quoted_clause
from ..registry import Context, extractor
from ..sentence import heads_with_child, parts_of_speech, word_lists
from .adjectives import adjective_stances
from .agreeing import agreement_screen
from .asked import wanted_of_others
from .courtesy import courtesy
from .invitations import offers_gathering
from .cue_reading import read_cue
from .deontics import semi_modal
from .errands import own_errand
from .reciprocal import each_other, mutual, reciprocal
from .threats import hostile_vow
from .verb_guards import attempt_reported, inverted_frame, needed, not_own_view, opposed_act
from .verb_objects import gapped_object, own_proposal, owned_stance, particle_object, proposal_object, that_clause
from .verb_objects import scant_particle, verb_object, without_clause, worded_stance

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Cues too common to trust in the author's own voice ("the empire will need to concede").
_WEAK = frozenset({"need", "want", "hope", "wish", "wait"})
# Relations read over the head of a relative clause with no relative word: "the plan Poland opposes";
# "the values we share", "the partner it needs" state no stance worth a statement.
_GAPPED = frozenset({"opposes", "rejects", "criticizes"})
# Stances a speech verb cannot take toward its own quote: it is what was said, not their target.
_STANCES = frozenset({"supports", "opposes", "rejects", "criticizes"})
_BARE_FRAMES = words("speech", "bare_frames")  # "said", "told": a frame, no stance
_REPORTING = words("speech", "reporting_verbs")  # "..., warned Lavrov": a frame may follow its quote
# Verbs that lay a matter on whom they blame ("blamed the crisis on the government").
_BLAMING_ON = words("phrases", "blaming_on")
# What a speaker wants to do in the talk itself: "I want to begin by thanking", "I would like to
# stress": a frame of the speech, no stance of its own.
_DISCOURSE = _REPORTING | frozenset({"start", "begin", "conclude", "end", "close", "open"})


@extractor
def find_stances(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the stances that the verbs and adjectives of a sentence state."""
    frame, resolver, lexicon = context.frame, context.resolver, context.lexicon
    _, lemmas = word_lists(sent)  # read off the parse's array once a sentence
    inner = heads_with_child(sent, "xcomp")  # the words with an inner verb, read once a Doc (`_defers`)
    for token, pos, lemma in zip(sent, parts_of_speech(sent), lemmas, strict=True):
        if pos == "ADV" and _verb_read_as_adverb(token):
            pos = "VERB"
        if pos not in {"VERB", "AUX", "ADJ"}:
            continue
        if token.i in frame.frame_tokens and lemma in _BARE_FRAMES and not _told_to_act(token, lemma, lexicon):
            continue
        if pos in {"VERB", "AUX"}:
            yield from _verb_stances(token, lemma, frame, resolver, lexicon, token.i in inner)
        else:
            yield from adjective_stances(token, lemma, frame, resolver, lexicon)


def _verb_read_as_adverb(token: Token) -> bool:
    """A verb the tagger took for an adverb ("both of which back Netanyahu": "back"), seen by the
    clause it heads: a relative or main clause with a subject and an object of its own."""
    return (
        token.pos_ == "ADV"
        and token.dep_ in {"relcl", "ROOT", "ccomp", "advcl"}
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ in {"dobj", "obj", "appos"} for c in token.children)
    )


def _verb_stances(
    token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon, has_inner: bool
) -> Iterator[Found]:
    """The stances of one verb: a phrasal cue first ("call for X", "stand up for X", "be against
    X"), else the verb's own first cue, unless an inner verb (`has_inner`: an xcomp child) or the
    author speaks."""
    handled = yield from _phrasal_stances(token, lemma, frame, resolver, lexicon)
    if handled or _defers(token, lemma, frame, resolver, lexicon, has_inner) or courtesy(token, lexicon):
        return
    own = lexicon.verb_cues(lemma)
    if lemma in lexicon.listed("demands", "asking_verbs") and _asks_to_act(token):
        if offers_gathering(token, lexicon):
            return  # "invited Peru to join the talks" offers it (invitations.py), asks nothing
        own = [Cue("demands", "verb", lemma)]  # "encouraged Seoul to resume talks" asks it of Seoul
    if lemma in lexicon.listed("demands", "wanting_verbs") and wanted_of_others(token, lexicon):
        own = [Cue("demands", "verb", lemma)]  # "wants the islands back": asked of whoever has them
    if lemma in lexicon.listed("warns", "vow_verbs") and not hostile_vow(token, lexicon):
        own = []  # "vowed to continue its support for Ukraine": a pledge, no warning
    pledged = lemma in lexicon.listed("supports", "pledge_verbs") or lemma in lexicon.listed("warns", "vow_verbs")
    if not own and pledged:
        yield from _pledged(token, lemma, frame, resolver, lexicon)
        return
    if not own and lemma in lexicon.own_side_verbs:
        yield from _own_side(token, lemma, frame, resolver)
        return
    for cue in own[:1]:
        yield from _verb_cue_stances(token, cue, frame, resolver, lexicon)


def _phrasal_stances(
    token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon
) -> Generator[Found, None, bool]:
    """The stance of a verb's phrasal cue; returns whether one had its object (and spoke)."""
    cues = lexicon.phrasal.get(lemma, [])
    if not cues:
        return False  # no phrasal cue of this verb
    children = list(token.children)  # each reading of Token.children makes them anew
    particles = {c.lower_ for c in children if c.dep_ == "prt"}
    if any(c.dep_ == "oprd" for c in children):
        return False  # "what he called 'a great moment' for his country" names, it calls for nothing
    child_words = {c.lower_ for c in children}  # scant_particle reads a child of the particle's first word
    for cue in cues:
        parts, first = _particle_words(cue.particle)
        if particles and particles - parts:
            continue  # "standing in for Wang Yi" is no standing for him
        if first in child_words and scant_particle(token, cue.particle):
            return True  # "have little confidence in X" trusts nothing
        if not first or not has_word(token.doc, first):
            continue  # no word of the document is the particle's first: it has no object here
        obj = particle_object(token, cue.particle)
        if (
            obj is not None
            and cue.relation == "rejects"
            and cue.particle.split()[-1] in {"of", "from"}
            and any(c.dep_ in {"dobj", "obj"} for c in token.children)
        ):
            continue  # "pull chestnuts out of the fire" is no pulling out of anything
        if obj is not None:
            if cue.words in lexicon.object_bound and not proposal_object(obj, lexicon):
                return True
            if cue.relation == "demands" and own_proposal(obj, lexicon):
                return True  # "Lula insisted on his idea to create a group": the noun proposes
            read = read_cue(token, cue, obj, frame, resolver, "phrasal_verb", 0.8)
            yield from agreement_screen(not_own_view(read, obj, resolver, lexicon), token, obj, resolver, lexicon)
            return True
    return False


_PARTICLES: dict[str, tuple[frozenset[str], str]] = {}


def _particle_words(particle: str) -> tuple[frozenset[str], str]:
    """A phrasal cue's particle words and its first word ("" for none), split once a particle."""
    found = _PARTICLES.get(particle)
    if found is None:
        split = particle.split()
        found = _PARTICLES[particle] = (frozenset(split), split[0] if split else "")
    return found


def _defers(token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon, has_inner: bool) -> bool:
    """Whether a verb leaves the stance to others: the author's musing, or an inner cue (`has_inner`:
    whether it has an xcomp child)."""
    if _told_to_act(token, lemma, lexicon):
        return False  # "encouraged Peru to withdraw its troops": the asking speaks, not "withdraw"
    if (
        lemma in _WEAK
        and frame.voice_of(token) == "author"
        and (lemma == "need" or not holders(subject_of(token), frame, resolver))
    ):
        return True  # "the empire will need to concede" is the author's musing; "MBS wants X" is his stance
    if _owed_by_others(token, frame, resolver):
        return True  # "the US needs to exercise prudence", in China's words: China's demand (deontics.py)
    if lemma in lexicon.listed("criticizes", "neglect_verbs") and _charged(token, frame, resolver):
        return True  # "the three countries disregard the concerns", in China's words: a charge (wrongdoing.py)
    # "agreed to back Sweden's bid", "trying to contain Russia": the inner cue speaks
    inner = next((c for c in token.children if c.dep_ == "xcomp"), None) if has_inner else None
    if inner is not None and lemma in _WEAK and inner.lemma_.lower() in _DISCOURSE:
        return True  # "I want to begin by thanking the other members": the speech's own frame
    if own_errand(token, lexicon):
        return True  # "plans to discuss the matter with the envoys": its own schedule, no stance
    own = lexicon.verb_cues(lemma)
    if inner is not None and inner.tag_ == "VBG" and lemma in STOPPING:
        return False  # "stopped funding the agency" opposes the funding, the gerund states nothing
    return (
        inner is not None
        and bool(lexicon.verbs.get(inner.lemma_.lower()) or lexicon.phrasal.get(inner.lemma_.lower()))
        and not (own and own[0].relation in {"demands", "proposes", "warns", "rejects"})
    )  # but "denies seeking nuclear weapons" is a denial


def _owed_by_others(token: Token, frame: Frame, resolver: Resolver) -> bool:
    """ "The US needs to exercise prudence", said by a speaker for another side: what the US
    needs to do is the speaker's demand of it, not the US's own (read by `deontic_demands`)."""
    if semi_modal(token) is None or frame.behalf is None or frame.voice_of(token) == "author":
        return False
    found = holders(subject_of(token), frame, resolver)
    return bool(found) and all(actor.id != frame.behalf.id for actor, _ in found)


def _charged(token: Token, frame: Frame, resolver: Resolver) -> bool:
    """Whether a speaker says it of another side: "they blatantly disregard the realities", said
    by Pakistan of India's claims, charges India; "we will not ignore it" is the speaker's own."""
    if frame.behalf is None or frame.voice_of(token) == "author":
        return False
    found = holders(subject_of(token), frame, resolver)
    return all(actor.id != frame.behalf.id for actor, _ in found)


def _pledged(token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Participants commit to explore the establishment of joint mechanisms", "Russia promised
    to hold a referendum": the act pledged is supported; an inner cue speaks for itself ("commit
    to refrain from X"), and a pledge denied or only asked for is none."""
    act = next(
        (
            c
            for c in token.children
            if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB" and c.i > token.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if act is None or lexicon.speaks(act) or negated(token) or irrealis(token):
        return
    yield from read_cue(token, Cue("supports", "verb", lemma), act, frame, resolver, "pledge", 0.7)


def _told_to_act(token: Token, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a frame verb asks instead of reporting: "Chile told Peru to withdraw its troops"."""
    return lemma in lexicon.listed("demands", "asking_verbs") and _asks_to_act(token)


def _asks_to_act(token: Token) -> bool:
    """Whether a verb has an object and a to-infinitive after it: "invited Israel to send a delegation"."""
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    return obj is not None and any(
        c.dep_ in {"xcomp", "advcl", "ccomp"}
        and c.pos_ == "VERB"
        and c.i > obj.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children
    )


def _verb_cue_stances(token: Token, cue: Cue, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The stance of a verb's own cue: with a partner, statal, passive or over its object."""
    if cue.relation == "cooperates_with":
        if not needed(token, lexicon):  # "the need for Dhaka and Delhi to cooperate" asks it
            yield from mutual(token, cue, frame, resolver)  # with a partner: the phrasal cues
        return
    if cue.relation in _STANCES and _quoted_object(token):
        return  # '"We back the plan," he protested': the quote is speech, its own cues speak
    if inverted_frame(token) or cue.relation in {"supports", "proposes"} and opposed_act(token, lexicon):
        return  # "X tells Y to respect the deal, rebukes Conroy"; "warned against supporting the rebels"
    if cue.relation in {"demands", "proposes"} and asserts(token):
        return  # "Budapest has insisted that sanctions have hurt Europe" asserts, asks nothing
    if cue.relation == "demands" and attempt_reported(token, lexicon):
        return  # "met them, seeking to ease tensions" reports an attempt
    passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and cue.words in lexicon.listed(cue.relation, "active_only_verbs"):
        return  # "he had been wanted by India for years": a fugitive sought, no stance
    if passive is not None and not any(c.dep_ == "agent" for c in token.children):
        yield from _statal(token, cue, passive, frame, resolver)  # "Russia is opposed to X"
        return
    if passive is not None and passive.lower_ in {"that", "which", "who"} and token.dep_ == "relcl":
        passive = token.head  # "militias that are backed by Iran": what the relative pronoun stands for
    obj = passive if passive is not None else (_accused_misread(token, cue) or _blamed_on(token) or verb_object(token))
    if obj is None and cue.relation in _GAPPED:
        obj = gapped_object(token)  # "the reforms Brussels has criticized"
    if obj is None:
        return
    if reciprocal(obj):
        yield from each_other(token, cue, frame, resolver)  # "India and China accused one another"
        return
    if cue.words in lexicon.object_bound and not proposal_object(obj, lexicon):
        return  # "we present our assessments" proposes nothing
    if cue.relation == "proposes" and obj.lemma_.lower() in lexicon.listed("proposes", "courtesies"):
        return  # "offering his condolences to the victims" proposes nothing
    if that_clause(token, obj) and cue.words in lexicon.listed(cue.relation, "fact_clause_verbs"):
        return  # "the Council reaffirmed that terrorism constitutes a threat" asserts a fact
    if cue.words in lexicon.listed(cue.relation, "noun_object_only") and not _recognized(obj, resolver, lexicon):
        return  # "we recognize that times are hard" acknowledges; "recognizes the one-China principle" supports
    if cue.words in lexicon.listed(cue.relation, "adopting_verbs") and not _adopted(obj, cue, lexicon):
        return  # "passed the border" adopts nothing; "passed the budget" supports it
    if owned_stance(obj, cue, lexicon) or _tie(obj, cue) or worded_stance(obj, cue, lexicon):
        return  # "reaffirmed its support for Israel", "strengthen cooperation with Japan": the noun speaks
    read = read_cue(token, cue, obj, frame, resolver, "passive" if passive is not None else "verb_object", 0.75)
    read = agreement_screen(not_own_view(read, obj, resolver, lexicon), token, obj, resolver, lexicon)
    # "the reforms that Chile has criticized", "the plan, backed by Germany,": the head without its clause
    described = token.dep_ in {"relcl", "acl"} and obj.i == token.head.i
    yield from (without_clause(f, token) for f in read) if described else read


def _quoted_object(verb: Token) -> bool:
    """Whether a verb's only object is its direct quote ('"This is illegal," Lavrov protested')."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return clause is not None and quoted_clause(clause) and not any(c.dep_ in {"dobj", "obj"} for c in verb.children)


def _adopted(obj: Token, cue: Cue, lexicon: Lexicon) -> bool:
    """Whether what a verb of adopting takes is a text, plan or budget ([supports] adopted_objects)."""
    return obj.pos_ in {"NOUN", "PROPN"} and obj.lemma_.lower() in lexicon.listed(cue.relation, "adopted_objects")


def _recognized(obj: Token, resolver: Resolver, lexicon: Lexicon) -> bool:
    """Whether a verb of recognition grants something standing: an actor ("recognise Somaliland"),
    or a status, principle or claim ([supports] recognized_objects), never a fact or a clause."""
    if obj.pos_ in {"VERB", "AUX"}:
        return False
    return resolver.resolve(obj) is not None or obj.lemma_.lower() in lexicon.listed("supports", "recognized_objects")


def _blamed_on(token: Token) -> Token | None:
    """Whom a matter is blamed on: "blamed the crisis on the Bolivian government" blames the
    government (ontology/phrases.toml blaming_on), the "on" hung on the matter or on the verb."""
    if token.lemma_.lower() not in _BLAMING_ON:
        return None
    matter = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    heads = [token] if matter is None else [matter, token]
    return next((p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                 for p in c.children if p.dep_ == "pobj"), None)


def _accused_misread(token: Token, cue: Cue) -> Token | None:
    """ "accused Australia, the UK and the US of threatening peace after leaders ... unveiled X":
    the parser may read the accused as the subject of a later clause; one accuses someone, never
    a clause, so a criticism verb's clause subject right after it is its object."""
    if cue.relation != "criticizes" or any(c.dep_ in {"dobj", "obj"} for c in token.children):
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.left_edge.i == token.i + 1 and subject.pos_ == "PROPN":
            return subject
    return None


def _tie(obj: Token, cue: Cue) -> bool:
    """ "strengthen cooperation with Japan" is the tie's; "strengthen cooperation on climate" the verb's."""
    return (
        obj.lemma_.lower() in TIE_NOUNS
        and cue.relation in {"supports", "cooperates_with"}
        and any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in obj.children)
    )


def _statal(verb: Token, cue: Cue, subject: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """A passive that states a disposition: "Russia has never been opposed to Moldova's
    cooperation with the EU", "Japan is committed to X": the subject holds it towards the
    object of "to"."""
    pobj = next(
        (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if pobj is None or irrealis(verb):
        return
    relation = cue.relation
    if negated(verb):
        relation = {"opposes": "supports", "supports": "opposes"}.get(relation, "")
        if not relation:
            return
    for holder, how in holders(subject, frame, resolver):
        for target in targets(pobj, resolver):
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, actor_relation(relation, target), target, verb, f"statal/{how}", 0.65)


def _own_side(token: Token, lemma: str, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "We will continue to build new international balances": what the speaker's own side
    builds, develops or strengthens, it supports (only said of "we", never of others)."""
    subject = subject_of(token)
    if frame.behalf is None:
        return
    if frame.voice_of(token) != "author" and purpose(token):
        if any(c.dep_ == "poss" and c.lower_ not in {"our", "my"} for c in token.head.children):
            return  # "their plan to expand the reach of X": another side's aim, not the speaker's
        # "additional efforts will be required to unleash the potential of the EAEU"
    elif subject is None or subject.lower_ not in {"we", "us"}:
        return
    if negated(token) or irrealis(token):
        return
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is None:
        return
    if any(c.lower_ in {"our", "its", "their"} for c in obj.children if c.dep_ == "poss"):
        return  # "build our work" is no stance on anything
    for target in targets(obj, resolver):
        if target.actor is None or target.actor.id != frame.behalf.id:
            cue = Cue("supports", "own_side", lemma)
            relation = "cooperates_with" if target.actor is not None else cue.relation
            yield Found(frame.behalf, relation, target, token, "own_side/we", 0.5)
