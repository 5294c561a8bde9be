"""Moods of a predicate: negated, only asked for, hypothetical, speculated, doubted, denied,
owed ("should"), asserted rather than demanded, or a task a speaker sets. Extractors ask these
before stating a stance or an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.arrays import has_word_or_label
from ..nlp.bounds import sentence_bounds
from .context.subjects import joined_in
from .per_token import per_token
from .quoted_moods import clause_mood, quoted_assertion, quoted_clause
from ..words import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no", "nobody", "neither", "nor", "hardly"})


# Verbs whose clause states what is asked or proposed, not what is so: stances inside it
# belong to the asking ("Russia proposed that NATO halt its expansion" is no NATO stance).
_IRREALIS = frozenset(
    "propose suggest demand urge call ask want expect insist recommend request require "
    "hope wish need press force compel order instruct push encourage invite".split()
)


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to visit", "to provide aid")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


@per_token("statgraph.negated")
def negated(token: Token) -> bool:
    """Whether a predicate is negated ("does not support", "will never accept", "isn’t seeking").
    Asked of the same tokens by many extractors: kept per parsed passage."""
    if not has_word_or_label(token.doc, "statgraph.may_negate", _NEGATIONS, "neg"):
        return False  # no negation word in the passage: none of the readings below finds one
    if any(
        (c.dep_ == "neg" or c.lower_ in _NEGATIONS) and not _not_only(c)
        for c in token.children
        if c.dep_ in {"neg", "advmod", "punct", "aux", "det"}
    ):
        return True
    if _shares_negation(token) or _negated_manner(token):
        return True
    joined = joined_in(token)
    if joined is not None:
        return negated(joined)  # "did not join France in condemning the attack"
    # the small model often hangs "n’t" on the auxiliary, or as punctuation
    window = list(token.doc[max(sentence_bounds(token)[0], token.i - 3) : token.i])
    verbs = [k for k, t in enumerate(window) if t.pos_ == "VERB"]
    if verbs:
        window = window[verbs[-1] + 1 :]  # "do not stop trying": the "not" is the other verb's
    return any(t.lower_ in {"not", "n't", "n’t", "never"} and not _not_only(t) for t in window)


def _not_only(word: Token) -> bool:
    """ "will not only support the budget but also ...": a "not" that opens "not only", no negation."""
    doc = word.doc
    return word.lower_ == "not" and word.i + 1 < len(doc) and doc[word.i + 1].lower_ in _NOT_ONLY


def _negated_manner(token: Token) -> bool:
    """ "would not either actively or passively permit it", "will not actively seek it": the
    parser hangs the "not" on the adverb before the verb (not "not only condemned but ...")."""
    return any(
        c.dep_ == "advmod" and c.i < token.i and c.lower_ not in _NOT_ONLY and any(g.dep_ == "neg" for g in c.children)
        for c in token.children
    )


_NOT_ONLY = frozenset({"just", "least", "merely", "only"})  # "not least because": especially


def _shares_negation(token: Token) -> bool:
    """ "is obliged not to create or allow the creation of bases", "will not accept or recognise
    it": a verb joined by "or"/"nor" to a negated verb shares its negation ("did not attend and
    left early" does not)."""
    head = token.head
    if token.dep_ != "conj" or head.i >= token.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} and head.i < c.i < token.i for c in head.children):
        return False
    return any(c.dep_ == "neg" for c in head.children)


_PREVENTING = frozenset("prevent bar stop ban exclude keep deter discourage".split())
_DENIALS = frozenset({"deny", "refuse", "reject", "dismiss", "decline", "rule"})
STOPPING = words("phrases", "stopping")  # "stopped funding the agency"


def denied(token: Token) -> bool:
    """Whether a predicate is what a denial denies: "Iran denies seeking nuclear weapons"."""
    if token.dep_ == "pcomp" and token.head.lower_ == "from" and token.head.head.lemma_.lower() in _PREVENTING:
        return True  # "preventing it from taking part in Europe's affairs"
    if token.dep_ == "xcomp" and token.tag_ == "VBG" and token.head.lemma_.lower() in STOPPING:
        return True  # "have stopped funding the agency": the stopping speaks
    return token.dep_ in {"xcomp", "ccomp", "pcomp"} and token.head.lemma_.lower() in _DENIALS


_FAILING = frozenset({"fail", "feign", "neglect", "pretend", "unable", "incapable"})
_FAULTING = words("phrases", "faulting")


def unrealised(token: Token) -> bool:
    """Whether the text says a predicate is not so, by a word other than "not": "failed to
    support the resolution", "pretends to support democracy", "is unable to support it", "is not
    ready to recognise it", "is far from supporting the plan", "has no intention of backing
    it", "no plans to recognise it", "was in no position to support it", "it was wrong to
    support it", "regretted having supported it"."""
    head = token.head
    if token.dep_ == "xcomp" and (head.lemma_.lower() in _FAILING or head.pos_ == "ADJ" and negated(head)):
        return True
    if head.lemma_.lower() == "regret" and any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children):
        return True
    if token.dep_ in {"xcomp", "advcl"} and head.pos_ in {"AUX", "VERB"} and _faulted(head):
        return True
    if token.dep_ == "pcomp" and head.lower_ == "from" and head.head.lower_ == "far":
        return True
    noun = head.head if token.dep_ == "pcomp" and head.dep_ == "prep" else head if token.dep_ == "acl" else None
    return noun is not None and noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def bygone(token: Token) -> bool:
    """Whether a stance is told as given up: "Hungary used to oppose the sanctions", "France
    once backed the plan", "Turkey had long opposed it until last year" (not "is used to")."""
    head = token.head
    if token.dep_ == "xcomp" and head.lower_ == "used" and head.tag_ == "VBD" and head.dep_ != "auxpass":
        return not any(c.dep_ in {"auxpass", "aux"} and c.lemma_.lower() in {"be", "get"} for c in head.children)
    children = list(token.children)
    if token.tag_ in {"VBD", "VBN"} and any(c.dep_ == "advmod" and c.lower_ == "once" and c.i < token.i for c in children):
        return token.dep_ not in {"advcl", "relcl"}  # "once the deal was signed": a time, not a past stance
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in children)
    return had and any(c.lower_ == "until" and c.dep_ in {"prep", "mark", "advmod"} for c in children)


_GIVING_UP = words("phrases", "giving_up")


def given_up(noun: Token) -> bool:
    """Whether a stance noun is the object of its giving up: "lifted its veto on the budget",
    "dropped its support for the plan" (not "did not drop its support")."""
    verb = noun.head
    return (
        noun.dep_ in {"dobj", "obj"}
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in _GIVING_UP
        and not negated(verb)
    )


def _faulted(copula: Token) -> bool:
    """Whether a copula's complement faults or rules out what follows: "it was wrong | to ...",
    "it was a mistake | to ...", "it was in no position | to ..."."""
    for c in copula.children:
        if c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in _FAULTING:
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and any(d.lower_ == "no" for d in g.children) for g in c.children):
            return True
    return False


WISHES = frozenset({"hope", "wish", "want", "prefer"})


def counterfactual(clause: Token) -> bool:
    """Whether a wished clause is past and unreal: "I wish we could have held the memorial
    together", "we wish it had been otherwise" regret what did not happen; they back nothing."""
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ not in {"ccomp", "xcomp"}:
        return False
    auxes = [c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    return "had" in auxes or bool(_POSSIBLE.intersection(auxes)) and "have" in auxes


def others_act(verb: Token, obj: Token) -> bool:
    """Whether what is hoped for is someone else's act: "hope the relevant countries will
    refrain", "want Kyiv to negotiate" (not "hope to meet", "want peace")."""
    if obj.pos_ not in {"VERB", "AUX"} or obj.dep_ not in {"ccomp", "xcomp"}:
        return False
    if obj.dep_ == "xcomp":
        return any(c.dep_ in {"dobj", "obj"} and c.i < obj.i for c in verb.children)
    subject = next((c for c in obj.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lower_ not in {"we", "i", "it", "this", "that", "there"}


_ASSERTING = frozenset({"insist", "expect", "require", "press", "need", "suggest"})


def asserts(verb: Token) -> bool:
    """Whether a demand or proposal verb asserts instead: "insisted that Stockholm had fulfilled
    its commitments", "suggested that Washington sees the plan as a lever" (a that-clause of fact), "was expected to back it" (a forecast), "the package
    requires unanimity" (a rule)."""
    if quoted_assertion(verb):
        return True  # '"We reject the sanctions," Lavrov insisted': speech, not what is asked
    lemma = verb.lemma_.lower()
    if lemma not in _ASSERTING:
        return False
    if lemma == "expect" and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if lemma == "expect" and obj is not None and any(c.lower_ in {"no", "little", "some"} for c in obj.children):
        return True  # "Nvidia expected no immediate impact on its results": a forecast
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if lemma == "expect" and clause is not None and _forecast(clause):
        return True  # "I expect that our relations will eventually return to normal"
    if clause is not None:
        auxes = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
        copula = clause.lemma_.lower() == "be"  # "insists that the decisions are purely technical"
        if clause.tag_ in {"VBD", "VBN", "VBZ"} or copula or auxes & {"has", "have", "had", "is", "are", "was", "were"}:
            return not auxes & {"should", "must", "shall"}
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return lemma == "require" and subject is not None and subject.ent_type_ not in {"ORG", "GPE", "NORP", "PERSON"}


def _forecast(clause: Token) -> bool:
    """Whether an expected clause foretells how things will go, asking no one: its subject is a
    state of things, not an actor ("our relations will return to normal", "prices would rise"),
    where "that Washington will honour its pledges" asks Washington to."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "’ll", "'ll"} for c in clause.children)


def speculative(token: Token) -> bool:
    """Whether an event is only possible: "NATO may begin to build up its forces"."""
    current = token
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could"} for c in current.children):
            return True
        if current.dep_ != "xcomp":
            return False
        current = current.head
    return False


def gerund_subject(token: Token) -> bool:
    """Whether a predicate is an activity named as a subject, not done: "holding control of
    events and preventing a collapse would be very difficult"."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return current.tag_ == "VBG" and current.dep_ in {"csubj", "csubjpass", "nsubj", "nsubjpass"}


_DOUBT = frozenset("impossible unlikely difficult hard unthinkable unrealistic".split())


def doubted(token: Token) -> bool:
    """Whether a phrase sits under a negated or doubting predicate: "it's impossible to develop
    relations between Russia and the EU as if ...", "there can be no cooperation with X"."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in _DOUBT or current.pos_ in {"VERB", "AUX"} and negated(current):
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in _DOUBT for c in current.children):
            return True  # "it's impossible to develop relations": the adjective is a sibling
    return False


@per_token("statgraph.irrealis")
def irrealis(token: Token) -> bool:
    """Whether a predicate is hypothetical ("if NATO deployed troops"), only owed ("India
    should propose a plan": somebody's demand, not India's proposal), or sits in a clause that
    is asked for or proposed, with its own subject."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in token.children):
        return True
    if token.dep_ == "xcomp" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.head.children):
        return True  # "if Trump wanted to support the people of Cuba": only supposed
    if any(c.dep_ == "aux" and c.lower_ in {"should", "must", "ought"} for c in token.children):
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ not in {"we", "i", "us"}:
            return True
    if token.dep_ == "xcomp" and token.head.pos_ == "VERB" and token.head.dep_ in {"ccomp", "xcomp"}:
        if irrealis(token.head):
            return True  # "urged the world to pressure Israel to stop ...": still only asked for
    if token.dep_ not in {"ccomp", "xcomp"} or token.head.lemma_.lower() not in _IRREALIS:
        return False
    if quoted_clause(token) and clause_mood(token) == "assertion":
        return False  # '"Russia rejects the sanctions," Lavrov insisted': said, not asked for
    if token.dep_ == "ccomp" and token.head.lemma_.lower() == "insist" and asserts(token.head):
        return False  # "insisted that Russia had rejected them": a fact insisted on
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    controlled = any(
        c.dep_ in {"dobj", "obj"}
        and c.i < token.i
        or c.dep_ == "prep"
        and c.lower_ in {"on", "upon", "to"}
        and c.i < token.i  # "called on X to ..."
        for c in token.head.children
    )
    return own_subject or controlled


_OBLIGING_MODALS = frozenset({"should", "must", "ought", "shall"})
_SEMI_MODALS = frozenset({"have", "need"})


def owed_act(token: Token) -> bool:
    """Whether an act is only owed, not done: "Peru will have to sit down and talk with us",
    "the two leaders must meet", "Chile needs to send more troops": a deontic modal or a
    present or future "have to"/"need to" on the predicate or on the verb it is joined to
    ("sit down and talk": the first verb's). "had to leave" tells of what was done."""
    current = token
    for _ in range(4):
        while current.dep_ == "conj" and current.head.i != current.i and current.head.pos_ in {"VERB", "AUX"}:
            current = current.head
        if any(c.dep_ == "aux" and c.lower_ in _OBLIGING_MODALS for c in current.children):
            return True
        head = current.head
        if current.dep_ != "xcomp" or head.i == current.i:
            return False
        infinitive = to_infinitive(current)
        if infinitive and head.lemma_.lower() in _SEMI_MODALS and head.tag_ != "VBD":
            return True
        current = head
    return False


# Predicates whose to-infinitive is a task the speaker sets: "efforts will be required to ...".
_PURPOSE_HEADS = frozenset(
    "require need necessary important essential vital effort efforts task goal aim priority "
    "continue intend plan seek strive want work".split()
)


def purpose(token: Token) -> bool:
    """Whether a to-infinitive is a task set by its governing predicate (through a list of
    infinitives: "to unleash ..., to harmonize ..., to give ...")."""
    first = token
    if not to_infinitive(first):
        return False
    while first.dep_ in {"conj", "advcl"} and first.head.pos_ == "VERB" and to_infinitive(first.head):
        first = first.head
    return first.dep_ in {"xcomp", "advcl", "acl", "ccomp"} and first.head.lemma_.lower() in _PURPOSE_HEADS


# An event's mood, for the judge: careful readers differ on events spoken of as possible or
# still to come, so the rules propose them and the judge weighs the mood (screens.py).
_POSSIBLE = frozenset({"would", "could", "may", "might"})
_TO_COME = frozenset({"will", "shall", "'ll", "’ll"})
LACK_NOUNS = frozenset({"lack", "absence", "shortage", "dearth"})


def event_mood(cue: Token) -> str | None:
    """ "speculative" for an event only spoken of as possible ("Grossi would meet Raisi",
    "may be deployed"), "future" for one still to come ("will join BRICS", "is to join"), None for one
    stated as done or under way."""
    if _aux_above(cue, _POSSIBLE):
        return "speculative"
    return "future" if _aux_above(cue, _TO_COME) or _be_to(cue) else None


def _be_to(cue: Token) -> bool:
    """ "Egypt is to join BRICS", "the talks are to resume", "is expected to meet": "be" (or
    "be expected") with a to-infinitive tells of what is arranged or foreseen to come."""
    head = cue.head
    if cue.dep_ != "xcomp" or not to_infinitive(cue):
        return False
    if head.lemma_.lower() == "expect":
        return any(c.dep_ == "auxpass" for c in head.children)
    return head.lemma_.lower() == "be" and not any(c.dep_ in {"acomp", "attr"} for c in head.children)


def _aux_above(cue: Token, auxiliaries: frozenset[str]) -> bool:
    """Whether the cue, or a verb it is the complement or conjunct of (up to three steps),
    has one of these auxiliaries."""
    current = cue
    for _ in range(3):
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in auxiliaries for c in current.children):
            return True
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def lacking(sent: Span, target_words: set[str]) -> bool:
    """ "concerned about the lack of transparency", "deplores the lack of commitment": the
    target is what the sentence says is missing."""
    return any(
        o.text in target_words
        for t in sent
        if t.lemma_.lower() in LACK_NOUNS
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )
