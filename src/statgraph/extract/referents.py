"""What a ", which ..." stands for when it stands for the clause before, not for the name the
parser hangs it on: in "the envoy may try to interfere in Afghanistan's internal affairs and
impose some decisions on Afghanistan, which is unacceptable", what is unacceptable is the
interfering and the imposing, not Afghanistan. And what "do the same" or "follow suit" stands
for (the act of the sentence before), what act "the move" or "this step" stands for, and whom a
"they" warned stands for. Grammar only: the stance rules make the targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..words import words
from .context.subjects import conjuncts
from .phrases import phrase
from .wording import tidy

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Names a judgement of acts is not about: states, bodies, people, places.
_NAMES = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"})
# The links from a verb down to the name its clause ends on ("impose decisions | on | Afghanistan").
_DOWN = frozenset({"dobj", "obj", "pobj", "prep", "dative"})
_MAX_CLIMB = 4
# Predicates that only point back to an act named before (ontology/phrases.toml).
_POINTING = words("phrases", "pointing")
# Verbs whose subject undergoes what is warned of ("they would face sanctions").
_UNDERGOING = words("phrases", "undergoing")
# Nouns that name an act only by pointing back at it ("the move", "this step").
_ACT_ANAPHORS = words("phrases", "act_anaphors")
_INSTRUMENT_ACTS = words("phrases", "instrument_acts")
_INSTRUMENTS = words("phrases", "instruments")
_REPORTING = words("speech", "reporting_verbs")
# The marks after which a move noun's acts are spelled out, and how the parser hangs them.
_SPELLING_MARKS = frozenset({":", "--", "—", "–"})
_SPELLED_DEPS = frozenset({"appos", "dep", "advcl", "parataxis", "npadvmod"})
_POINTING_DETERMINERS = frozenset({"the", "this", "that", "such"})
# Verbs that turn against their object, whose "its" is another side's ("Chile opposed its proposal").
_DISOWNING = words("phrases", "disowning")
# The links from a noun up to the verb of its clause ("put an end | to | its actions").
_UP = frozenset({"dobj", "obj", "pobj", "prep"})


def clause_referent(verb: Token) -> list[Token]:
    """The acts a sentential ", which" stands for: the predicates (with those listed with them)
    of the clause that ends on the name the parser took for the antecedent; [] where "which"
    is an ordinary relative pronoun ("Afghanistan, which borders Pakistan, ..." still is about
    the name: only a judgement of its clause is read so, by the caller)."""
    pronoun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ != "relcl" or pronoun is None or pronoun.lower_ != "which" or pronoun.i < 2:
        return []
    doc, name = verb.doc, verb.head
    if doc[pronoun.i - 1].text != "," or doc[pronoun.i - 2].i != name.i:
        return []  # "which" right after the name and its comma
    if name.pos_ != "PROPN" or name.ent_type_ not in _NAMES:
        return []  # "the sanctions, which are illegal": the noun is what is judged
    act = _governing_verb(name)
    if act is None:
        return []
    while act.dep_ == "conj" and act.head.pos_ in {"VERB", "AUX"}:
        act = act.head
    return [act, *(c for c in conjuncts(act) if c.pos_ in {"VERB", "AUX"})]


def _governing_verb(name: Token) -> Token | None:
    current = name
    for _ in range(_MAX_CLIMB):
        if current.dep_ not in _DOWN or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ == "VERB":
            return current
    return None


def pointing_phrase(text: str) -> str | None:
    """The words at the end of a predicate that only point back ("continue to *do the same*",
    "*follow suit*"; ontology/phrases.toml `pointing`), or None."""
    lowered = " ".join(text.lower().split())
    return next((p for p in sorted(_POINTING, key=len, reverse=True) if lowered == p or lowered.endswith(f" {p}")), None)


def pointed_act(verb: Token) -> Token | None:
    """The act a pointing predicate stands for: the main act of the sentence before, down its
    chain of complements ("We will continue providing aid to Ukraine. We urge our allies to do
    the same": providing aid to Ukraine); None where that act has no object of its own."""
    sent = verb.sent
    if sent.start == 0:
        return None
    act = verb.doc[sent.start - 1].sent.root
    while (inner := next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)) is not None:
        act = inner
    if act.pos_ != "VERB" or not any(c.dep_ in {"dobj", "obj"} for c in act.children):
        return None
    return act


def referred_act(noun: Token) -> Token | None:
    """The act a bare "the move", "this step", "the decision" stands for: the one act the sentence
    before tells, below the verb that reports it ("Peru announced it would expel the Bolivian
    ambassador. Chile condemned the move": expel the Bolivian ambassador); None where the noun
    says more of itself ("the move to close the border"), where the sentence before tells no act
    with an object, or more than one (which would be meant is not said)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ACT_ANAPHORS or noun.tag_ != "NN":
        return None
    if (summed := summed_act(noun)) is not None:
        return summed
    children = [c for c in noun.children if c.dep_ != "punct"]
    if not children or any(c.dep_ != "det" or c.lower_ not in _POINTING_DETERMINERS for c in children):
        return None
    sent = noun.sent
    if sent.start == 0:
        return None
    act = noun.doc[sent.start - 1].sent.root
    while act.lemma_.lower() in _REPORTING and (reported := _reported(act)) is not None:
        act = reported  # "Peru announced (that) it would expel ..."
    while (inner := next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)) is not None:
        act = inner  # "decided to withdraw its troops"
    if not _told_act(act) or any(_told_act(c) for c in conjuncts(act) if c.pos_ in {"VERB", "AUX"}):
        return None
    return act


def spelled_acts(noun: Token) -> list[Token]:
    """The acts a move noun spells out after a colon or a dash ("welcomed two decisions made last
    week -- using the profits as a loan and imposing a sanctions regime", "welcomed two steps:
    the release of the prisoners and the reopening of the border"): the heads of what follows,
    with those listed with them, hung on the noun or on its verb; [] for any other noun."""
    doc, end = noun.doc, noun.right_edge.i + 1
    if noun.lemma_.lower() not in _ACT_ANAPHORS or end + 1 >= len(doc) or doc[end].text not in _SPELLING_MARKS:
        return []
    first = next(
        (t for t in doc[end + 1 : noun.sent.end] if t.head.i in {noun.i, noun.head.i} and t.dep_ in _SPELLED_DEPS), None
    )
    if first is None or first.left_edge.i != end + 1 or first.pos_ not in {"NOUN", "VERB"}:
        return []
    return [first, *(c for c in conjuncts(first) if c.pos_ == first.pos_)]


def summed_act(noun: Token) -> Token | None:
    """The act a move noun set after it sums up, with what is said of it in its own clause:
    "Peru expelled the Bolivian ambassador, *a move* Chile condemned" (the parser hangs the noun
    on the act's verb); None for any other noun."""
    doc = noun.doc
    if noun.lemma_.lower() not in _ACT_ANAPHORS or noun.left_edge.i < 1 or doc[noun.left_edge.i - 1].text != ",":
        return None
    if not any(c.dep_ == "relcl" for c in noun.children):
        return None
    if any(c.dep_ not in {"det", "relcl", "punct"} or c.dep_ == "det" and c.lower_ not in {"a", "an"} for c in noun.children):
        return None
    act = noun.head
    if act.pos_ != "VERB" or noun.dep_ not in {"dobj", "obj", "appos", "npadvmod"}:
        return None
    told = [c for c in act.children if c.dep_ in {"dobj", "obj"} and c.i < noun.left_edge.i]
    return act if told and not any(c.dep_ == "neg" for c in act.children) else None


def doer_of(act: Token) -> Span | None:
    """Who does a told act, as the text names them: its subject, or, where that is a pronoun,
    the subject of the verb that reports it ("Peru announced it would expel ...": Peru); None
    where no short named subject is found."""
    current: Token | None = act
    while current is not None:
        subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON":
            span = act.doc[subject.left_edge.i : subject.right_edge.i + 1]
            return span if len(span) <= 6 and not any(t.is_punct for t in span) else None
        current = current.head if current.dep_ in {"ccomp", "xcomp"} and current.head.i != current.i else None
    return None


def _reported(verb: Token) -> Token | None:
    """The one clause a reporting verb reports, or None ("recalled its ambassador" reports none)."""
    inner = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
    return inner[0] if len(inner) == 1 else None


def _told_act(verb: Token) -> bool:
    """Whether a verb tells an act done to something: a verb with an object, not negated."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() not in {"be", "have", "do"}
        and any(c.dep_ in {"dobj", "obj"} for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def whose_phrase(noun: Token) -> str:
    """A noun's phrase (`phrases.phrase`) with what its "its" stands for: the agreement named
    before ("signed the treaty and backs its ratification": the ratification of the treaty),
    else the clause's subject ("Russia must end its actions": Russia's actions)."""
    text = phrase(noun)
    if text and (thing := pointed_instrument(noun)) is not None:
        return tidy(f"{text} of the {phrase(thing)}")
    if text and (owner := bound_owner(noun)) is not None:
        return tidy(f"{owner.text}'s {text}")
    return text


def pointed_instrument(noun: Token) -> Token | None:
    """The agreement, law or plan whose "its" an act done to such a thing names, told earlier in
    the sentence: "initialed the peace treaty, committing to *its* ratification" is the treaty's
    ratification (ontology/phrases.toml instrument_acts, instruments); the last one named before
    "its", none where no such noun comes before it in the sentence."""
    if noun.lemma_.lower() not in _INSTRUMENT_ACTS and noun.lower_ not in _INSTRUMENT_ACTS:
        return None
    its = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if its is None:
        return None
    before = [t for t in noun.doc[noun.sent.start : its.i] if t.pos_ in {"NOUN", "PROPN"}]
    things = [t for t in before if t.lemma_.lower() in _INSTRUMENTS or t.lower_ in _INSTRUMENTS]
    return things[-1] if things and things[-1].i not in {a.i for a in noun.ancestors} else None


def bound_owner(noun: Token) -> Span | None:
    """Whose "its" a noun phrase names, where the clause says it: the named state or body that
    is the subject of the noun's own clause ("Russia must put an end to *its* provocative
    actions": Russia's), as a reader binds it; None where the clause's subject is no single name,
    or its verb turns against the thing ("Chile opposed its proposal": not Chile's own)."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" and c.i == noun.left_edge.i for c in noun.children):
        return None
    if (listed := _listed_owner(noun)) is not None:
        return listed
    verb = noun
    for _ in range(_MAX_CLIMB):
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.pos_ in {"VERB", "AUX"}:
            break
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in _DISOWNING:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ != "NNP" or subject.ent_type_ not in {"GPE", "ORG"}:
        return None
    if any(c.dep_ in {"conj", "appos"} for c in subject.children):
        return None  # "Russia and Belarus ... their": not one owner
    span = noun.doc[subject.left_edge.i : subject.i + 1]
    return span if len(span) <= 5 else None


def _listed_owner(noun: Token) -> Span | None:
    """The name an "its"-noun is listed after, which "its" stands for: "the US and *its* allies",
    "Russia and its proxies" (the allies of the US); None after anything but a single name."""
    first = noun.head
    if noun.dep_ != "conj" or first.tag_ != "NNP" or first.ent_type_ not in {"GPE", "ORG", "NORP"}:
        return None
    if first.dep_ == "conj" or [c for c in first.children if c.dep_ == "conj"] != [noun]:
        return None  # "Chile, Peru and its neighbours": whose is not said
    span = noun.doc[first.left_edge.i : first.i + 1]
    while span and span[0].dep_ == "det":
        span = span[1:]
    return span if 0 < len(span) <= 5 else None


def warned_party(clause: Token) -> Token | None:
    """Whom a warning's clause is about when its subject is "they" who undergo what is warned
    of (a passive, "face", "pay"), standing for others than the one who warns: "the OAS said
    Nicaraguan officials had occupied its office, and warned that *they* could be held
    responsible": the officials, the nearest subject before the pronoun that is not the warner."""
    pronoun = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if pronoun is None or pronoun.lower_ != "they":
        return None
    if pronoun.dep_ != "nsubjpass" and clause.lemma_.lower() not in _UNDERGOING:
        return None  # "warned that they would retaliate": a deed of theirs, perhaps the warner's own
    warner = _subject_up(clause.head)
    before = [
        t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"}
    ]
    if not before or warner is None or before[-1].i == warner.i or before[-1].tag_ not in {"NNS", "NNPS"}:
        return None
    return before[-1]


def _subject_up(verb: Token) -> Token | None:
    """A verb's subject, or that of the verb it is coordinated with ("said ... and warned")."""
    for current in (verb, verb.head if verb.dep_ == "conj" else verb):
        found = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if found is not None:
            return found
    return None
