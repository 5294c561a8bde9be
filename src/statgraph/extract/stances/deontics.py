"""What ought to be: in a speaker's words, what someone else should, must, shall, needs to or
has to do is the speaker's demand; so is what there must be ("There must be a special
tribunal"), what it is time to do ("It's time to bring the hostages home"), what another side is
obliged to do ("Norway is obliged not to create bases") and what is needed ("more funding is
needed"). "There should be no X" opposes X. In an op-ed's own voice they are its author's.

The holder is the speaker's side (`Frame.behalf`), or the author in the author's own voice;
what a speaker's own side must do ("we must act") is read by the verb rules, not here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...words import words
from ..arguments import Target, clause_target, phrase, predicate_target, targets
from ..clause_wording import ancestors_until
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from ..listing import act_members
from ..moods import negated
from ..phrases import phrase_span
from ..registry import Context, extractor
from ..sentence import parts_of_speech
from ..wording import name_end, tidy

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

# Subjects that name no one else: "we must", "it should", "they should" (said of anyone).
_NOT_ADDRESSEES = frozenset("we i one you it this that everyone everybody nobody anyone someone they".split())
# Modals by which a speaker says what others must do ("Western countries should pay attention",
# "all parties shall exercise utmost restraint").
DEONTIC = frozenset({"should", "must", "ought", "shall"})
# Verbs that are modals with a to-infinitive: "the US needs to exercise prudence", "Guyana will
# have to sit down and talk with us".
SEMI_MODALS = frozenset({"need", "have"})
# Common nouns for people, whose "must" is a demand on them, not on an issue.
_AGENTS = frozenset("people person one everyone leader leaders official officials side sides party parties".split())
_CONDITIONS = frozenset({"if", "unless", "whether"})
# Verbs that report speech: "said it was time to act" is the speaker's demand (ontology/speech.toml)
_REPORTING = words("speech", "reporting_verbs")
# Passives of obligation with a to-infinitive: "Norway is obliged not to create military
# infrastructure", "Iran is required to declare its sites": what the subject is bound to do.
OBLIGING = frozenset({"oblige", "obligate", "require", "bind"})
# Passives of need with no one named as needing: "increased investment is needed", "a ceasefire is
# urgently required": what is needed is the speaker's demand.
NEEDED = frozenset({"need", "require"})
# Auxiliaries of what only might be: "more troops would be needed if ...".
_HYPOTHETICAL = frozenset({"would", "could", "might", "may"})


def semi_modal(verb: Token) -> Token | None:
    """The infinitive a semi-modal governs: "needs *to exercise*", "will have *to sit down*"."""
    if verb.lemma_.lower() not in SEMI_MODALS or verb.pos_ != "VERB":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == verb.i + 1 for a in c.children)
        ),
        None,
    )


def obliged(verb: Token) -> Token | None:
    """The infinitive a present passive of obligation governs: "is obliged *not to create*",
    "are required *to declare*"; a past one ("was required to pay") reports, it asks nothing."""
    if verb.lemma_.lower() not in OBLIGING or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP", "VB"} for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _owed(token: Token) -> bool:
    """Whether a predicate is owed: a deontic modal on it, or it is a semi-modal with its
    infinitive, or a passive of obligation ("is obliged to")."""
    if token.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in token.children):
        return True
    return (semi_modal(token) is not None or obliged(token) is not None) and not negated(token)


def _supposed(verb: Token) -> bool:
    """Whether an owed clause only supposes: "if"/"unless", or "should" before its subject ("ready to go
    should Russia launch an invasion", "Should the sites come under attack"), a condition or a question."""
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    return subject is not None and any(c.dep_ == "aux" and c.lower_ == "should" and c.i < subject.i for c in verb.children)


def _holder(token: Token, context: Context) -> Resolved | None:
    """Who demands what is owed: the speaker's side, or the author in the author's voice."""
    return context.frame.behalf if context.frame.voice_of(token) != "author" else context.author


@extractor(cues=lambda lexicon: DEONTIC | SEMI_MODALS | OBLIGING)
def deontic_demands(sent: Span, context: Context) -> Iterator[Found]:
    """ "Western countries should pay attention to the radicals", "The US needs to exercise
    extreme prudence": in a speaker's words, what someone else should or must do is the
    speaker's demand; in an op-ed's own voice, its author's ("India should insist on a return
    to the status quo")."""
    for token in sent:
        if not _owed(token) or _supposed(token):
            continue
        holder = _holder(token, context)
        subject = subject_of(token)
        told = _told(token, subject)
        if holder is None or subject is None or told is None and subject.lower_ in _NOT_ADDRESSEES:
            continue
        if _reproach(token, context) or _past_owed(token):
            continue
        relative = token.dep_ == "relcl" and subject.lower_ in {"which", "that", "who"}
        asked = told if told is not None else subject
        if not relative and not _issue(token, asked, context) and not _someone_else(asked, holder, context):
            continue
        text = _owed_text(token, subject, relative)
        if told is not None:
            text = f"{phrase(told)} {text.split(' ', 1)[-1]}"  # "told Peru that it must withdraw": Peru must
        if len(text.split()) >= 3:
            relation = "supports" if _among(asked, holder, context) else "demands"
            yield Found(holder, relation, Target(tidy(text)), token, "deontic_modal", 0.5)
            if told is None and not relative:
                for listed in _listed_acts(token, subject):
                    yield Found(holder, relation, listed, token, "deontic_modal", 0.5)


def _told(token: Token, subject: Token | None) -> Token | None:
    """Whom a pronoun subject names when the clause is what someone was told: "told Peru that it
    must withdraw its troops", "warned Kyiv it should not escalate": the one told."""
    if subject is None or subject.lower_ not in {"it", "they"} or token.dep_ != "ccomp":
        return None
    return next((c for c in token.head.children if c.dep_ in {"dobj", "dative"} and c.i < token.i), None)


def _reproach(token: Token, context: Context) -> bool:
    """Whether what another should do is only a reproach: to look at or question itself ("should
    ask themselves what they bear", "should reflect on itself"), or to look in the mirror."""
    lexicon = context.lexicon
    own = [t for t in token.subtree if not any(a.dep_ in {"advcl", "relcl"} and a.i != token.i
                                               for a in ancestors_until(t, token))]
    if any(t.lemma_.lower() in lexicon.listed("demands", "reproach_nouns") for t in own):
        return True
    verbs = lexicon.listed("demands", "reproach_verbs")
    looking = token.lemma_.lower() in verbs or any(c.dep_ == "dobj" and c.lemma_.lower() in verbs for c in token.children)
    reflexive = [t for t in own if t.pos_ == "PRON" and t.lower_.endswith(("self", "selves"))]
    return looking and any(
        t.dep_ == "dobj" and t.head.i == token.i or t.dep_ == "pobj" and t.head.head.i == token.i for t in reflexive
    )  # "ask themselves", "reflect on itself"; not "examine the proposal itself"


def _past_owed(token: Token) -> bool:
    """ "He should have sought our support", "Abela should have come to parliament": what someone
    should have done is a reproach of the past, no demand of an act still to come."""
    auxes = [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}]
    return token.tag_ == "VBN" and "have" in auxes and any(a in DEONTIC for a in auxes)


def _issue(token: Token, subject: Token, context: Context) -> bool:
    """What should become of an issue, in a speaker's words: "These reckless attacks must stop",
    "Any negotiation must be on Ukraine's terms"; a passive ("the issues must be resolved") names
    no one asked and is left out: readers differ on it."""
    return (
        subject.pos_ == "NOUN"
        and context.frame.voice_of(token) != "author"
        and context.resolver.resolve(subject) is None
        and subject.lemma_.lower() not in _AGENTS
        and not any(c.lower_ in {"no", "every", "any", "each"} for c in subject.children)  # a principle
        and subject.dep_ != "nsubjpass"  # "this topic should be discussed", "the issues must be resolved": no one asked
    )


def _someone_else(subject: Token, holder: Resolved, context: Context) -> bool:
    """Whether the subject names an actor other than the holder: "Western countries should", or
    every side of a dispute: "all parties shall exercise utmost restraint", "both sides must"."""
    if _every_side(subject):
        return True
    return any(a.id != holder.id for a, _ in holders(subject, context.frame, context.resolver))


def _every_side(subject: Token) -> bool:
    """ "all parties", "both sides": every side of a dispute, named by the norm they are held to."""
    return subject.lemma_.lower() in _AGENTS and any(c.lower_ in {"all", "both"} for c in subject.children)


def _among(subject: Token, holder: Resolved, context: Context) -> bool:
    """Whether the holder is one of those who should act: "China and Russia should jointly
    promote regional development", said for China, is China's own commitment, not a demand;
    "both sides must abide by the agreements" holds every side to a norm, the speaker's demand."""
    return not _every_side(subject) and any(a.id == holder.id for a, _ in holders(subject, context.frame, context.resolver))


def _owed_text(token: Token, subject: Token, relative: bool) -> str:
    """The demand's words: from the subject to the end of its clause, at most 16 words."""
    stop = _clause_stop(token)
    words = [
        t for t in token.subtree if t.dep_ not in {"punct", "advcl", "relcl"} and subject.left_edge.i <= t.i < stop
    ]  # "The United States should stop arming Taiwan", up to a coordinated clause
    end = name_end(token.doc, min(words[-1].i + 1, words[0].i + 16), words[-1].i + 1) if words else 0
    text = " ".join(token.doc[words[0].i : end].text.split()) if words else ""
    span = phrase_span(subject) if subject.pos_ == "NOUN" else None
    if span is not None and span.start <= token.i < span.end:
        return phrase(subject)  # "issues which need to be raised": the noun's phrase keeps its clause
    if not relative and subject.i < token.left_edge.i and subject.pos_ in {"NOUN", "PROPN"}:
        text = f"{phrase(subject)} {text}"  # "The US needs to ..., and must not obscure X": the US must not
    if relative:
        text = f"{phrase(token.head)} {text.split(' ', 1)[-1]}"  # "proposals, which must be considered"
    return text


def _listed_acts(verb: Token, subject: Token) -> list[Target]:
    """The acts listed after an owed one under its subject and modal, each worded with them:
    "China and Chile should promote trade *as well as create a fishing authority*" (China and
    Chile should create a fishing authority); not a verb with a subject or auxiliary of its own."""
    if not any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children) or subject.i > verb.i:
        return []
    doc, found = verb.doc, []
    lead = tidy(doc[subject.left_edge.i : verb.i].text)
    for member in act_members(verb, same_form=True):
        if member.i <= verb.i or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in member.children):
            continue
        act = predicate_target(member)
        if act is not None and len(lead.split()) <= 8:
            found.append(Target(f"{lead} {act.text}", head=member.text))
    return found


def _clause_stop(verb: Token) -> int:
    """Where a modal clause ends: at a coordinated clause, unless the verbs share what follows
    ("must not obscure and hollow out the one-China principle")."""
    for cc in (c for c in verb.children if c.dep_ == "cc" and c.i > verb.i):
        if any(c.dep_ in {"dobj", "obj", "prep", "xcomp", "ccomp", "prt"} and verb.i < c.i < cc.i for c in verb.children):
            return cc.left_edge.i  # "as well as" ends it at "as well"
        shared = next((c for c in verb.children if c.dep_ == "conj" and c.i > cc.i), None)
        return shared.right_edge.i + 1 if shared is not None and shared.i == cc.i + 1 else cc.left_edge.i
    return verb.right_edge.i + 1


@extractor(cues=lambda lexicon: DEONTIC)
def existential_demands(sent: Span, context: Context) -> Iterator[Found]:
    """ "There must be a special tribunal on the Russian Federation" demands the tribunal; "there
    should be no limits on the size of the army" opposes the limits; "there shall be immediate
    cessation of violence" demands the cessation."""
    for token in sent:
        if token.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in token.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in token.children) or negated(token):
            continue
        if _supposed(token):
            continue
        holder = _holder(token, context)
        if holder is None:
            continue
        for noun in (c for c in token.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}):
            for member in [noun, *conjuncts(noun)]:
                none = any(c.dep_ == "det" and c.lower_ == "no" for c in member.children)
                text = phrase(member)
                if none and text.lower().startswith("no "):
                    text = text[3:]
                if len(text.split()) >= 2 or member.pos_ == "NOUN" and context.resolver.resolve(member) is None:
                    yield Found(holder, "opposes" if none else "demands", Target(text, head=member.text), token,
                                "there_must_be", 0.5)


@extractor(cues=lambda lexicon: {"time"})
def time_to_act(sent: Span, context: Context) -> Iterator[Found]:
    """ "It's time to bring the hostages back and end this war", "the time is now to stop the
    killing": in someone's words, what it is time to do is their demand."""
    for token in sent:
        if token.lemma_.lower() != "time" or token.pos_ != "NOUN" or token.head.lemma_.lower() != "be":
            continue
        copula = token.head
        if negated(copula) or any(c.lower_ in {"no", "any"} for c in token.children):
            continue  # "it is no time to talk"
        if copula.dep_ in {"acl", "relcl"} or copula.tag_ not in {"VBZ", "VBP"} and not _reported(copula):
            continue  # "a decision that it was time for them to go home": someone else's, and past;
            # "said it was time to act" reports a speaker's present demand
        # "it’s time to": after a typographic apostrophe the parser may take "time" for an object
        complement = token.dep_ in {"attr", "dobj"}
        if not (complement and any(c.lower_ in {"it", "now"} for c in copula.children) or token.dep_ == "nsubj"):
            continue
        acts = [
            c
            for c in [*token.children, *copula.children]
            if c.dep_ in {"relcl", "acl", "xcomp"} and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        holder = _holder(token, context)
        if holder is None:
            continue
        if not acts:
            yield from _time_for(token, holder, context)
            continue
        if _own_doer(acts[0], holder, context):
            continue  # "it was time for his nation to assert its sovereignty": an aim of one's own
        for act in [acts[0], *(c for c in conjuncts(acts[0]) if c.pos_ == "VERB")]:
            target = clause_target(act, context.resolver)
            if target is not None:
                yield Found(holder, "demands", target, act, "time_to_act", 0.5)


def _reported(copula: Token) -> bool:
    """Whether a past copula is reported speech: "said it was time to act", not "decided that it was"."""
    return copula.dep_ == "ccomp" and copula.head.lemma_.lower() in _REPORTING


def _own_doer(act: Token, holder: Resolved, context: Context) -> bool:
    """Whether the one an act is for is the holder's own side: "us", "his nation", the holder."""
    doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return False
    if doer.lower_ in {"us", "we"} or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer.children):
        return True
    return any(a.id == holder.id for a, _ in holders(doer, context.frame, context.resolver))


def _time_for(time: Token, holder: Resolved, context: Context) -> Iterator[Found]:
    """ "It is time for a ceasefire": what it is time for, a thing and not an actor, is demanded."""
    for prep in (c for c in time.children if c.dep_ == "prep" and c.lower_ == "for"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if context.resolver.resolve(noun) is None:
                yield Found(holder, "demands", Target(phrase(noun), head=noun.text), noun, "time_for", 0.5)


@extractor(cues=lambda lexicon: NEEDED)
def needed(sent: Span, context: Context) -> Iterator[Found]:
    """ "Increased investment is needed", "a ceasefire is urgently required": in someone's words,
    what is said to be needed, with no one named as needing it, is their demand."""
    for token in sent:
        if token.lemma_.lower() not in NEEDED or token.tag_ != "VBN" or token.dep_ in {"relcl", "acl", "amod"}:
            continue
        children = list(token.children)
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.pos_ != "NOUN" or not any(c.dep_ == "auxpass" for c in children):
            continue
        if any(c.dep_ in {"agent", "xcomp", "ccomp"} for c in children) or negated(token):
            continue  # "is needed by the army", "is required to pay" (obliged), "is not needed"
        if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL or c.dep_ == "mark" for c in children):
            continue  # "more troops would be needed", "if more money is needed"
        holder = _holder(token, context)
        if holder is None or context.resolver.resolve(subject) is not None:
            continue
        for target in targets(subject, context.resolver):
            yield Found(holder, "demands", target, token, "needed", 0.5)


_OPENING = frozenset({"“", '"', "‘", "'", "«", "please", "now", "so", "and", "then"})


@extractor
def imperative_demands(sent: Span, context: Context) -> Iterator[Found]:
    """ "“Bring the hostages home,” the minister said", "“Clear the blockades out of the way”":
    in a speaker's quoted words, a command opening the quoted clause is the speaker's demand (not
    a speech's own imperatives: "let us", "imagine", "make no mistake", ontology/cues.toml
    [demands] speech_imperatives)."""
    spoken = context.lexicon.listed("demands", "speech_imperatives")
    for token, pos in zip(sent, parts_of_speech(sent), strict=True):
        if pos != "VERB" or not _commands(token, context) or token.lemma_.lower() in spoken:  # a verb only
            continue
        holder = _holder(token, context)
        if holder is None:
            continue
        for verb in [token, *(c for c in conjuncts(token) if c.tag_ == "VB" and c.lemma_.lower() not in spoken)]:
            target = clause_target(verb, context.resolver)
            if target is not None and len(target.text.split()) >= 2:
                yield Found(holder, "demands", target, verb, "imperative", 0.5)


def _commands(token: Token, context: Context) -> bool:
    """Whether a verb is a command opening a quoted clause: a base form with no subject or
    auxiliary, not negated, heading the sentence or the clause a speech verb reports."""
    if token.tag_ != "VB" or token.pos_ != "VERB" or token.dep_ not in {"ROOT", "ccomp"}:
        return False
    if context.frame.voice_of(token) != "quoted" or negated(token):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark"} for c in token.children):
        return False
    before = [t for t in token.doc[token.sent.start : token.i] if not t.is_space]
    return all(t.lower_ in _OPENING or t.dep_ == "advmod" and t.head.i == token.i for t in before)
