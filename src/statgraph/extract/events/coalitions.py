"""Working together shown by a shared act or a shared side: cooperates_with from "the draft
resolution, put forward by the United States and Panama" (co-sponsors) and "a coalition of more
than 80 countries including the United States and the European Union" (those listed in it).

One line per pair (scored both ways, CONVENTIONS.md). The word lists are
ontology/event_forms.toml's co_sponsor_verbs and coalition_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...nlp.arrays import hashes, lower_forms
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, prep_objects, subject_of
from ..found import Found
from .abroad import home_of
from ..moods import irrealis, negated

if TYPE_CHECKING:
    from spacy.tokens import Token

CO_SPONSOR_VERBS = words("event_forms", "co_sponsor_verbs")
COALITION_NOUNS = words("event_forms", "coalition_nouns")
_JOINT_WORDS = words("event_forms", "joint_words")
_GATHERING = frozenset({"bring", "come", "gather", "get", "put"})  # "came together": a meeting, not a joint act
_TOGETHER_OBJECTS = words("event_forms", "together_objects")
_MEDIATION_VERBS = words("event_forms", "mediation_verbs")
# Every word `acts_jointly` finds a joint act by, but a verb of mediation (read by its lemma)
_JOINTLY = frozenset({"together", "jointly"}) | _JOINT_WORDS
_SIDE_TYPES = frozenset({"state", "organization", "group"})
_EXAMPLES = frozenset({"including", "include", "like", "such"})
_CALLING_VERBS = words("event_forms", "calling_verbs")
_FORCE_NOUNS = words("event_forms", "present_nouns")
_TEXT_NOUNS = words("speech", "speech_nouns")
_TEXT_SIGNERS = 3  # "bilateral", "trilateral": more co-signers of one text are a group, not partners


def co_sponsors(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "put forward by the United States and Panama", "co-sponsored by X and Y" (the agent of a
    verb of co_sponsor_verbs, passive, with two or more sponsors)."""
    if token.lemma_.lower() == "put" and not any(c.lower_ == "forward" for c in token.children):
        return
    if negated(token) or irrealis(token):
        return
    agents = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if len(agents) != 1:
        return  # "one drafted by Russia and another by the United States": rival drafts
    yield from _pairs(_sides([t for a in agents for t in [a, *conjuncts(a)]], resolver), token, "co_sponsors")


def coalition_list(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "a coalition of more than 80 countries including the United States, the European Union and
    small island nations": the members a coalition is told to include work with each other."""
    if negated(token.head):
        return
    heads = [token, *(p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)]
    listed = [t for head in heads for t in prep_objects(head, _EXAMPLES)]
    body = _named_body(token, resolver)
    if body is None:
        yield from _pairs(_sides(listed, resolver), token, "coalition_list")
        return
    # "the ASEAN bloc, including Vietnam and the Philippines": those listed are the body's members
    for member in (a for a in _sides(listed, resolver) if a.type == "state" and a.id != body.id):
        yield Found(member, "member_of", Target(body.label, body), token, "coalition_members", 0.55)


def _named_body(noun: Token, resolver: Resolver) -> Resolved | None:
    """The organisation a coalition noun is named by: "the ASEAN bloc", "the 10-member ASEAN bloc"."""
    names = [c for c in noun.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
    return next((a for c in names if (a := resolver.resolve(c)) is not None and a.type == "organization"), None)


def joint_subjects(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "the United States and South Korea have started the joint military exercises", "Saudi
    Arabia and the United States, in a joint statement, suspended the talks", "Turkey and Russia
    agreed to work together": subjects who act jointly work together (a verb already known to be
    an act done; not "came together", a meeting)."""
    if not acts_jointly(token):
        return
    # "Xi and Putin signed a joint statement": leaders act jointly for the states they serve
    subject = subject_of(token)
    found = [home_of(a, resolver) if a.type == "person" else a for a, _ in holders(subject, frame, resolver)]
    found = [a for a in found if a is not None and a.type in _SIDE_TYPES]
    if subject is not None:  # "American and South Korean troops began joint drills"
        found += [a for t in [subject, *conjuncts(subject)] if t.pos_ == "NOUN" for a in _demonym_sides(t, resolver)]
        if subject.lower_ in _FORCE_NOUNS:  # "Armies of India and Japan began a joint exercise"
            found += [a for t in prep_objects(subject, {"of"}) for a, _ in holders(t, frame, resolver) if a.type in _SIDE_TYPES]
    sides = list({a.id: a for a in found}.values())
    if len(sides) > _TEXT_SIGNERS and _joint_text(token):
        return  # twelve states "issued a joint statement": a shared text, not pairwise work
    yield from _pairs(sides, token, "joint_subjects")


def _demonym_sides(noun: Token, resolver: Resolver) -> list[Resolved]:
    """The states whose demonyms qualify a common noun, each run of demonym words one state:
    "American and South Korean troops" (the United States, South Korea), "South Korean
    authorities" (demonyms of two words the parser may not hang on the noun as one)."""
    runs: list[list[Token]] = []
    for word in noun.doc[noun.left_edge.i : noun.i]:
        if word.ent_type_ != "NORP":
            runs.append([])
        elif runs and runs[-1] and runs[-1][-1].i == word.i - 1:
            runs[-1].append(word)
        else:
            runs.append([word])
    named = (resolver.gazetteer.demonym(" ".join(t.text for t in run)) for run in runs if run)
    return [resolver.actor(a) for a in named if a is not None and a.type == "state"]


def acts_jointly(token: Token) -> bool:
    """Whether a verb tells of an act done together: "work together", "jointly developed", "started
    the joint military exercises", "in a joint statement", "are mediating" (its children read in
    one pass)."""
    # "Turkey and Russia agreed to work together on Syria", "X and Y jointly developed"
    gathering = token.lemma_.lower() in _GATHERING
    if token.lemma_.lower() in _MEDIATION_VERBS:
        return True  # "Egypt and Qatar are mediating": a mediation shared by its subjects
    if lower_forms(token.doc).isdisjoint(hashes(_JOINTLY)):
        return False  # no word of the passage says "together", "jointly" or "joint": none below can
    # "Saudi Arabia and the United States, in a joint statement, suspended": the parser may hang
    # the phrase set off by commas on the subject
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    for child in [*token.children, *(c for s in subjects for c in s.children if c.dep_ == "prep")]:
        dep = child.dep_
        if dep == "advmod" and not gathering and child.lower_ in {"together", "jointly"}:
            return True
        if dep in {"dobj", "obj"} and _joint(child):
            return True
        if dep == "prep" and child.lower_ in {"in", "through", "with"}:
            if any(p.dep_ == "pobj" and _joint(p) for p in child.children):
                return True
    return False


def _joint_text(token: Token) -> bool:
    """Whether the joint thing a verb tells of is a text: "issued a joint statement", "said in a
    joint letter" (speech.toml's speech_nouns)."""
    nouns = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    nouns += [p for c in token.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(_joint(n) and n.lemma_.lower() in _TEXT_NOUNS for n in nouns)


def _joint(noun: Token) -> bool:
    """Whether a noun is said to be joint: "the joint exercises", "a joint statement"."""
    return any(a.dep_ == "amod" and a.lower_ in _JOINT_WORDS for a in noun.children)


def joined_forces(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Mali, Niger and Burkina Faso joined forces in an Alliance of Sahel States": the subjects
    work together, and belong to the body named after "in" (a verb "join", an act done)."""
    if not any(c.dep_ in {"dobj", "obj"} and c.lower_ in _TOGETHER_OBJECTS for c in token.children):
        return
    found = [a for a, _ in holders(subject_of(token), frame, resolver) if a.type in _SIDE_TYPES]
    sides = list({a.id: a for a in found}.values())
    yield from _pairs(sides, token, "joined_forces")
    bodies = [p for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "within", "under"}
              for p in c.children if p.dep_ == "pobj"]
    # the body by its full name only: "an Alliance of Andean States" is no "the Alliance" (NATO)
    named = [resolver.gazetteer.find(_full_name(t)) for t in bodies if t.pos_ == "PROPN"]
    for body in (resolver.actor(b) for b in named if b is not None):
        if body.type != "organization":
            continue
        for side in sides:
            if side.id != body.id and side.type == "state":
                yield Found(side, "member_of", Target(body.label, body), token, "joined_forces_in", 0.55)


def called_allies(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Kyrgyzstan considers Moscow a strategic ally", "Putin called them allies": the subject of
    a verb of calling works with the one it calls an ally (`token`: an ally noun completing one of
    calling_verbs; not "does not consider Moscow an ally")."""
    verb = token.head
    if token.dep_ not in {"ccomp", "oprd", "xcomp"} or verb.lemma_.lower() not in _CALLING_VERBS:
        return
    if negated(verb) or irrealis(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return
    called = next((c for c in token.children if c.dep_ == "nsubj"), None)
    called = called or next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    partners = [a for a, _ in holders(called, frame, resolver)]
    for holder, how in holders(subject_of(verb), frame, resolver):
        for partner in partners:
            if partner.id != holder.id:
                yield Found(holder, "cooperates_with", Target(partner.label, partner), token, f"called_ally/{how}", 0.6)


def listed_partners(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "The coalition partners, the VVD, the NSC and the BBB", "Merz and his coalition partners,
    the SPD": the sides named after coalition partners work with each other, and with the one the
    partners are coordinated with (`token`: "partners" after a coalition noun)."""
    if token.lower_ != "partners" or not any(c.lower_ in COALITION_NOUNS for c in token.children if c.dep_ == "compound"):
        return
    named = [t for c in token.children if c.dep_ == "appos" for t in [c, *conjuncts(c)]]
    sides = [a for t in named for a, _ in holders(t, frame, resolver) if a.type != "person"]
    sides = list({a.id: a for a in sides}.values())
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    owner = token.head if token.dep_ == "conj" and owned else _clause_subject(token) if owned else None
    if owner is not None and owner.tag_ == "NNS" and any(c.lower_ == "its" for c in token.children):
        owner = None  # "Critics attacked its coalition partners": "its" is not the critics'
    for holder, _ in holders(owner, frame, resolver) if owner is not None else []:
        for side in sides:
            if side.id != holder.id:
                yield Found(holder, "cooperates_with", Target(side.label, side), token, "coalition_partners", 0.55)
    yield from _pairs(sides, token, "coalition_partners")


def _clause_subject(noun: Token) -> Token | None:
    """ "The Reform Party criticized (the actions of) its coalition partners the SDE": the subject
    of the verb whose object the noun is, or the object of an "of" phrase on that object."""
    head = noun
    for _ in range(2):
        if head.dep_ in {"dobj", "obj"} and head.head.pos_ in {"VERB", "AUX"}:
            return subject_of(head.head)
        if head.dep_ != "pobj" or head.head.lower_ != "of":
            return None
        head = head.head.head
    return None


def _full_name(token: Token) -> str:
    """ "an \"Alliance of Sahel States\"": the name with its "of" phrase, without article or quotes."""
    words = [t for t in token.doc[token.left_edge.i : token.right_edge.i + 1] if t.dep_ not in {"det", "punct"}]
    return " ".join(t.text for t in words)


def _sides(tokens: list[Token], resolver: Resolver) -> list[Resolved]:
    found = [a for t in tokens if (a := resolver.resolve(t)) is not None and a.type in _SIDE_TYPES]
    return list({a.id: a for a in found}.values())


def _pairs(sides: list[Resolved], cue: Token, rule: str) -> Iterator[Found]:
    for n, side in enumerate(sides if len(sides) > 1 else []):
        for other in sides[n + 1 :]:
            yield Found(side, "cooperates_with", Target(other.label, other), cue, rule, 0.55)
