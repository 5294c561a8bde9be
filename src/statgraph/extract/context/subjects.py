"""Subjects: whose predicate a verb is, climbing through control, coordination and auxiliaries,
and whose a noun is. Grammar only: `holders.py` turns the tokens found into actors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.resolve import INSTITUTIONS
from ...words import words
from ..per_token import per_token_token

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Nouns of an aim whose infinitive their owner pursues: "their efforts to contain Russia".
INTENT_NOUNS = frozenset(
    "effort attempt bid push drive campaign plan goal aim intention desire decision readiness "
    "willingness determination resolve ambition aspiration quest".split()
)


@per_token_token("statgraph.subject_of")
def subject_of(token: Token) -> Token | None:
    """The subject of a predicate, climbing through xcomp, conj and auxiliaries when needed."""
    current = token
    for _ in range(4):
        subject = _direct_subject(current)
        if subject is not None:
            return _antecedent(subject, current)
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        controller = _controller(current)
        if controller is not None:
            return controller
        intent = _intent_before(current)
        if intent is not None:
            return noun_owner(intent)
        higher = _higher_clause(current)
        if higher is None:
            return _participle_owner(current)
        current = higher
    return None


def _direct_subject(verb: Token) -> Token | None:
    """A verb's own subject, or one the small model hangs on its auxiliary ("The CSTO has formalized")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects and _addressed(subjects[0], verb):
        return None  # "Mexico: Reject Any New Expulsion Deal": an appeal to Mexico, not Mexico's act
    if subjects:
        return past_dateline(subjects[0], subjects[1:])
    return next(
        (g for c in verb.children if c.dep_ in {"aux", "auxpass"} for g in c.children if g.dep_ in SUBJECT_DEPS),
        None,
    )


def _addressed(subject: Token, verb: Token) -> bool:
    """Whether a name before a colon is addressed by the bare imperative right after it, as in an
    advocacy group's headline ("Mexico: Reject Any New Deal"), where "Lavrov: Russia Rejects
    Demands" quotes a speaker."""
    doc = subject.doc
    return (
        subject.i + 2 == verb.i
        and doc[subject.i + 1].text == ":"
        and imperative_after(doc[subject.i + 1]) is not None  # the word after the colon: `verb`
        and (verb.tag_ == "VB" or subject.tag_ == "NNP")  # "Mexico: reject": no agreement, so no subject
    )


def imperative_after(colon: Token) -> Token | None:
    """The bare imperative that opens what follows a headline's colon ("Mexico: Reject Any New
    Deal"), an appeal to the one named before it; None where a subject or auxiliary follows."""
    doc = colon.doc
    verb = doc[colon.i + 1] if colon.i + 1 < len(doc) else None
    if verb is None or verb.tag_ not in {"VB", "VBP"}:
        return None
    subjected = any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} and c.i > colon.i for c in verb.children)
    return None if subjected else verb


def past_dateline(subject: Token, others: list[Token]) -> Token:
    """The subject, or the one past a dateline the parser took for it: after a colon it hung on
    it ("Abu Dhabi: Egypt's President X reiterated ...", the dateline parsed as the subject and the
    speaker as its apposition or as a second subject), or after an agency's dash (`_past_agency`)."""
    colon = next((c for c in subject.children if c.text == ":" and c.i == subject.i + 1), None)
    if colon is None:
        return _past_agency(subject, others)
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > colon.i] + [o for o in others if o.i > colon.i]
    return after[0] if after else subject


DASHES = frozenset({"-", "–", "—", "--"})


def _past_agency(subject: Token, others: list[Token]) -> Token:
    """The subject, or the one after a dateline's agency the parser took for it: in "GENEVA
    (Reuters) – Member countries rejected ..." the agency in brackets before the dash reports, the
    member countries reject."""
    doc, end = subject.doc, subject.i
    start = min([subject.i] + [c.i for c in subject.children if c.dep_ == "compound"])
    bracketed = start > 0 and doc[start - 1].text == "(" and end + 2 < len(doc)
    if not bracketed or doc[end + 1].text != ")" or doc[end + 2].text not in DASHES:
        return subject
    after = [o for o in others if o.i > end + 2]
    return after[0] if after else subject


def _antecedent(subject: Token, verb: Token) -> Token | None:
    """The subject, or what a relative pronoun subject stands for ("both of which" too)."""
    if subject.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
        return _described(verb.head)  # "It is the West that seeks ...": the antecedent
    if _of_which(subject):  # "the Greens and the Liberals, both of which back X": both of them
        listed = _listed_before(subject)
        if listed is not None:
            return listed
        if verb.dep_ == "relcl":
            return _described(verb.head)
    if not (subject.lower_ in {"which", "who"} or _of_which(subject)) or verb.dep_ != "advcl":
        return subject
    # misparsed relative clause: "the resolution adopted in April, which calls on ..."
    head = verb.head
    if head.pos_ in {"NOUN", "PROPN"}:
        return head
    if head.dep_ in {"acl", "relcl"} and head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head
    if head.pos_ == "VERB" or head.pos_ == "AUX" and _of_which(subject):
        # "..., which" after a clause: its object, else (a participle read as the main verb) its subject
        before = [c for c in head.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.i < subject.i]
        obj = next((c for c in before if c.dep_ == "dobj"), None)
        found = obj or next((c for c in before if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if found is None and head.dep_ == "conj":  # "X holds four seats and is part of Y, both of which ..."
            return _direct_subject(head.head)
        return found
    return subject


def _of_which(subject: Token) -> bool:
    """ "both of which", "all of whom", "each of which": a quantity of the relative's antecedent."""
    return subject.lower_ in {"all", "both", "each"} and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in {"which", "whom"} for p in c.children)
        for c in subject.children
    )


def _listed_before(subject: Token) -> Token | None:
    """The noun right before the comma that opens "both of which", past a parenthesis: "with
    Agudat Yisrael (three seats), both of which back X" (the parser hangs the clause anywhere)."""
    doc, k = subject.doc, subject.i - 1
    if k < 1 or doc[k].text != ",":
        return None
    k -= 1
    if doc[k].text == ")":
        while k > 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    if k < 0 or doc[k].pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = doc[k]
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # "Chile and Peru, both of which": the first of them, with the others
    return noun


def _described(noun: Token) -> Token:
    """A common noun, or what a copula says it is: "Bulgaria, Cyprus and Sweden are the nine EU
    member states that have recognised ...": the states listed (not "It is the West that ...")."""
    copula = noun.head
    if noun.dep_ != "attr" or noun.pos_ != "NOUN" or copula.lemma_ != "be":
        return noun
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in {"PROPN", "NOUN"} else noun


def _controller(verb: Token) -> Token | None:
    """Object control: "urged Iran to cooperate" - Iran cooperates."""
    if verb.dep_ != "xcomp":
        return None
    return next((c for c in verb.head.children if c.dep_ in {"dobj", "obj"} and c.i < verb.i), None)


def _intent_before(verb: Token) -> Token | None:
    """The aim noun whose infinitive the parser hung on the verb: "regretted the decision of
    Hungary | to block the package" is Hungary's decision to block it, not the regretting."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in INTENT_NOUNS and c.right_edge.i == verb.i - 2
        ),
        None,
    )


def _higher_clause(verb: Token) -> Token | None:
    """The clause whose subject a subjectless verb shares, if any."""
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and (_speaks(verb) or _tense_breaks(verb)):
        # "Orban said that the EU's sanctions policy had failed and called for a ceasefire": a
        # speech act coordinated inside a reported clause whose subject is no agent is the reporter's;
        # so is a past verb after a present one ("they expressed that Beijing's claims have no
        # legal basis and opposed any attempt ...")
        inner = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        if inner is not None and inner.pos_ == "NOUN" and inner.lemma_.lower() not in _AGENT_NOUNS:
            return verb.head.head
    head = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _speaks(verb) and head.dep_ == "ccomp" and head.lemma_ == "be":
        # "Macron said that NATO is brain-dead, criticizing the lack of coordination": the speaker
        # criticizes, not what he said a state of ("a reporter asked: Trump issued a statement,
        # calling on China to ...": Trump calls)
        return verb.head.head
    if verb.dep_ in {"xcomp", "conj", "acomp", "advcl"} and verb.head.i != verb.i:
        return verb.head
    joined = joined_in(verb) or _engaged_in(verb)
    if joined is not None:
        return joined  # "the US joined Russia in opposing the resolution": the US opposes it
    return None


def _engaged_in(verb: Token) -> Token | None:
    """The predicate whose subject does what its "in" gerund says: "Poland and Estonia were
    justified in invoking Article 4 and calling for consultations", "Qatar succeeded in brokering
    a truce" (not a gerund with a doer of its own: "concerned in Iran's joining"; not a noun's:
    "a role in brokering")."""
    head = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or head.lower_ != "in" or head.dep_ != "prep":
        return None
    if any(c.dep_ in {"poss", "nsubj"} for c in verb.children):
        return None
    return head.head if head.head.pos_ in {"VERB", "AUX", "ADJ"} else None


def joined_in(verb: Token) -> Token | None:
    """The "join" a gerund's act is shared by: "joined Russia in opposing the resolution"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "in" and head.head.lemma_.lower() == "join":
        return head.head
    return None


def _participle_owner(verb: Token) -> Token | None:
    """Who does what a noun's infinitive or gerund says: the noun's owner; who does what a
    relative clause says whose "both of which" the parser hung on its antecedent."""
    if verb.dep_ == "relcl" and any(c.dep_ == "appos" and _of_which(c) for c in verb.head.children):
        return verb.head  # "the Greens and the Liberals, both of which back Maria Holm"
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VB"
        and verb.head.lemma_.lower() in INTENT_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        # "they redoubled their efforts to contain our country": whoever makes the effort
        return noun_owner(verb.head)
    if verb.dep_ in {"pcomp", "acl"} and verb.tag_ == "VBG":
        # "their goal of containing China": the goal's owner contains
        noun = verb.head.head if verb.head.dep_ == "prep" else verb.head
        return noun_owner(noun)
    return None


# speech acts whose subject is the speaker: the reporting verbs and the stance acts
SPEECH_ACTS = words("speech", "reporting_verbs") | words("speech", "stance_acts")


_AGENT_NOUNS = (INSTITUTIONS | words("actor_nouns", "group_nouns")) - frozenset(
    "policy position diplomacy propaganda services intelligence press".split()
)


def _speaks(verb: Token) -> bool:
    return verb.lemma_.lower() in SPEECH_ACTS


def _tense_breaks(verb: Token) -> bool:
    """A past verb coordinated with a present one in a clause a past verb reports: the tenses
    say it goes with the reporting verb."""
    return verb.tag_ == "VBD" and verb.head.tag_ in {"VBP", "VBZ"} and verb.head.head.tag_ == "VBD"


def noun_owner(noun: Token) -> Token | None:
    """Whose a noun is: its possessor, or the subject of the verb it is the object of."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON":
        return owner
    named = _named_after(noun) if noun.lemma_.lower() in INTENT_NOUNS else None
    if named is not None:
        return named  # "regretted the decision of Hungary to block the package": Hungary's decision
    if noun.dep_ in {"attr", "dobj", "obj", "nsubj"} and noun.head.pos_ in {"VERB", "AUX"}:
        # "Russia is a world leader in combating terrorism": the predicate noun's subject
        subjects = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS and c.i != noun.i]
        if subjects:  # past a dateline the parser took for a subject ("New Delhi: Nepal's minister ...")
            return past_dateline(subjects[0], subjects[1:])
    return owner


def _named_after(noun: Token) -> Token | None:
    """A name in an aim noun's "of"/"by" phrase: "the decision of Hungary", "an attempt by Serbia"
    (not "the presidents of the Fifth Republic": they are no aim of the republic's)."""
    return next(
        (
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in {"of", "by"}
            for g in c.children
            if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"})
        ),
        None,
    )


def prep_objects(token: Token, preps: Collection[str]) -> list[Token]:
    """The objects of `token`'s prepositions among `preps`, each with those coordinated with it:
    "talks *with* Russia and China" -> Russia, China."""
    return [
        t
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for t in [pobj, *conjuncts(pobj)]
    ]


def conjuncts(token: Token) -> list[Token]:
    """Tokens coordinated with `token` ("the US, France and Germany")."""
    found = []
    for child in token.children:
        if child.dep_ == "conj":
            found.append(child)
            found.extend(conjuncts(child))
    return found


def subject_above(noun: Token, steps: int) -> Token | None:
    """The subject of the nearest clause above a noun, within `steps` heads, that is not inside
    the noun's own phrase ("Mahmud said his meetings ... were fruitful": Mahmud; "The United
    States said its ally Israel had ...": the United States)."""
    own = {t.i for t in noun.subtree}
    current = noun
    for _ in range(steps):
        if current.head.i == current.i:
            return None
        current = current.head
        subject = subject_of(current) if current.pos_ in {"VERB", "AUX"} else None
        if subject is not None and subject.i not in own:
            return subject
    return None

