"""The members of a list of targets as a reader reads them, also where the parser broke the list:
"strongly criticized the imposition of sanctions, and the interference in its internal affairs"
(the last member hung on the verb), "our commitment to the Washington Treaty, the purposes of the
UN Charter, and the vital transatlantic bond" (a middle member read as an apposition); the acts
of a list of predicates ("urged China to respect X, quickly investigate the incident and not
repeat similar acts"); and a place the parser hung on the verb that belongs to the object
("welcomed the truce in Sudan").
Grammar only: `arguments.targets` makes the targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context.subjects import conjuncts
from .moods import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

# The links from a verb down to a noun it governs ("criticized the imposition", "united in our
# commitment to the Treaty"); a list member the parser hung on the verb belongs to that noun.
_DOWN = frozenset({"dobj", "obj", "pobj", "prep"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_COORDINATORS = frozenset({"and", "or", "as well as"})
# How many links a list's first member may lie below the verb ("united in | commitment to | Treaty").
_MAX_CLIMB = 4


def list_members(token: Token) -> list[Token]:
    """`token` and the nouns listed with it: its conjuncts, and where the last members hang on
    the governing verb instead (", and the interference in ..."), those and any apposition
    between them ("the Treaty, the purposes of the Charter, and the bond")."""
    members = [token, *conjuncts(token)]
    stray = _stray_members(token)
    if not stray:
        return members
    between = [
        a
        for m in members
        for a in m.children
        if a.dep_ == "appos" and a.pos_ == "NOUN" and m.ent_type_ != "PERSON" and a.i < stray[0].i
    ]
    listed = [*members, *(t for a in between for t in [a, *conjuncts(a)]), *stray]
    return sorted({t.i: t for t in listed}.values(), key=lambda t: t.i)


def _stray_members(token: Token) -> list[Token]:
    """Nouns coordinated with (or set in apposition to) the verb that governs `token`, after it,
    with no verb or subject of their own: list members the parser hung on the verb ("opposes
    the sanctions, and the interference in its affairs")."""
    verb = _governing_verb(token)
    if verb is None:
        return []
    end = token.right_edge.i
    found = []
    for child in verb.children:
        if child.dep_ not in {"conj", "appos"} or child.pos_ not in _NOMINAL or child.i <= end:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "cop"} for c in child.children):
            continue  # a clause of its own
        if not _coordinated(verb, child, end, comma=child.dep_ == "appos"):
            continue
        found += [child, *conjuncts(child)]
    return found


def _governing_verb(token: Token) -> Token | None:
    """The verb `token` is the object of, directly or through prepositions and one noun."""
    current, nouns = token, 0
    for _ in range(_MAX_CLIMB):
        if current.dep_ not in _DOWN or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.pos_ in _NOMINAL:
            nouns += 1
            if nouns > 1:
                return None
    return None


def _coordinated(verb: Token, member: Token, end: int, *, comma: bool = False) -> bool:
    """Whether "and", "or" or "as well as" (or, for a member read as an apposition, a comma)
    stands right before the stray member, after the first member's phrase (words the verb
    governs may come between: "the imposition of sanctions by some countries, and the ...")."""
    doc = verb.doc
    gap = doc[end + 1 : member.left_edge.i]
    if comma:
        return len(gap) == 1 and gap[0].text == ","
    words = [t for t in gap if not t.is_punct]
    for size in (3, 1):
        if len(words) >= size and " ".join(t.lower_ for t in words[-size:]) in _COORDINATORS:
            return all(verb.i in {a.i for a in t.ancestors} for t in words[:-size])
    return False


# How the parser hangs a later act of a list on the first act or on the verb above it ("to cease
# its aggression, [dep] withdraw its troops", "demanded China to respect X, [advcl] investigate").
_STRAY_ACT_DEPS = frozenset({"dep", "advcl", "parataxis"})
_BARE_FORMS = frozenset({"VB", "VBP"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "mark", "expl"})


def act_members(act: Token, *, same_form: bool = False) -> list[Token]:
    """`act` and the acts listed with it: its conjuncts, and the bare verbs after a comma that
    the parser hung on it or on the verb above it ("called on Russia to cease its aggression,
    withdraw its troops and to comply with international law"), with their own conjuncts;
    with `same_form`, only predicates of the act's own form, with no subject of their own
    ("the need to bring X to justice *and urged* all States ..." is a clause of its own)."""
    members = [act, *(c for c in conjuncts(act) if c.pos_ in {"VERB", "AUX"})]
    for stray in stray_acts(act):
        members += [stray, *(c for c in conjuncts(stray) if c.pos_ in {"VERB", "AUX"})]
    if same_form:
        members = [m for m in members if m.i == act.i or _same_form(act, m)]
    return sorted({t.i: t for t in members}.values(), key=lambda t: t.i)


def _same_form(first: Token, member: Token) -> bool:
    forms = {first.tag_, member.tag_}
    return (len(forms) == 1 or forms <= _BARE_FORMS) and not any(c.dep_ in _OWN_CLAUSE for c in member.children)


def stray_acts(act: Token) -> list[Token]:
    """The bare verbs after `act` that the parser hung on it, or on the verb that governs it, as
    a loose dependent where a comma lists them: acts of the same list, with no subject, marker
    or tense of their own ("to respect X, quickly investigate the incident")."""
    if act.pos_ not in {"VERB", "AUX"} or act.tag_ not in _BARE_FORMS:
        return []
    owners = [act] if act.head.i == act.i or act.head.pos_ not in {"VERB", "AUX"} else [act, act.head]
    found = []
    for owner in owners:
        for child in owner.children:
            if child.pos_ != "VERB" or child.tag_ not in _BARE_FORMS:
                continue
            if child.dep_ not in _STRAY_ACT_DEPS and not _bare_after_tensed(child, owner, act):
                continue
            if child.i <= act.i or (owner.i != act.i and child.left_edge.i <= act.right_edge.i):
                continue
            if any(c.dep_ in _OWN_CLAUSE or _tensed(c, child) for c in child.children):
                continue  # a clause of its own ("if they ...", "we will ...", "to reach a deal" as a purpose)
            if _after_comma(child):
                found.append(child)
    return found


def _bare_after_tensed(child: Token, owner: Token, act: Token) -> bool:
    """A bare verb coordinated with the tensed verb above the act ("called on Peru to halt its
    incursions, pull its vessels back"): the asking verb is not said again in the bare form."""
    return child.dep_ == "conj" and owner.i != act.i and child.tag_ == "VB" and owner.tag_ in {"VBD", "VBZ"}


def _tensed(child: Token, verb: Token) -> bool:
    """Whether a verb's auxiliary makes it a clause of its own: any but the infinitive's "to",
    and that too on a verb hung as an adverbial clause (a purpose: ", to reach a deal"), unless
    the list goes on after it in the same form (", to stop the attacks and to return ...")."""
    if child.dep_ not in {"aux", "auxpass"}:
        return False
    if child.lower_ != "to":
        return True
    return verb.dep_ == "advcl" and not any(to_infinitive(c) for c in conjuncts(verb))


def _after_comma(member: Token) -> bool:
    """Whether a comma (and perhaps "and") stands right before a list member's words."""
    doc, start = member.doc, member.left_edge.i
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    return bool(before) and (before[-1] == "," or before[-2:] == [",", "and"])


def inner_member(token: Token) -> bool:
    """Whether a conjunct (or its "and") lists nouns inside an act's object, not a predicate
    coordinated with the act: "abide by the one-China principle *and the three communiqués*",
    "a peace treaty between Yerevan *and Baku*"; but a member after one with words of its own
    is another issue, unless the list is inside a prepositional phrase ("precluding any movement
    of NATO and the deployment of weapons"; but "relations between the Kingdom of Saudi Arabia
    and the Islamic Republic of Iran")."""
    if token.dep_ not in {"conj", "cc", "preconj"} or token.pos_ in {"VERB", "AUX"}:
        return False
    head = token.head
    if token.dep_ == "cc" and any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in head.children):
        return False  # the "and" before a coordinated predicate
    own_words = head.dep_ != "pobj" and any(
        c.dep_ in {"prep", "acl", "relcl"} and head.i < c.i < token.i for c in head.children
    )
    return head.pos_ in _NOMINAL and not own_words


# Prepositions of place, and the entities that are places, in "the truce *in Sudan*".
_PLACE_PREPS = frozenset("in across on along around throughout within inside near off".split())
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def place_end(token: Token, end: int) -> int:
    """Where an object's phrase ends, with the place the parser hung on its verb (or on the noun
    its preposition hangs on) right after it: "welcomed the truce *in Sudan*", "the importance of
    peace and stability *across the Taiwan Strait*" (`end`, the phrase's own end, otherwise)."""
    doc, obj = token.doc, token
    while obj.dep_ == "conj" and obj.head.pos_ in _NOMINAL:
        obj = obj.head
    if obj.dep_ not in {"dobj", "obj", "pobj"} or end >= len(doc):
        return end
    governor = obj.head.head if obj.dep_ == "pobj" else obj.head  # "the importance | of peace"
    prep = doc[end]
    if prep.dep_ != "prep" or prep.head.i != governor.i or prep.lower_ not in _PLACE_PREPS:
        return end
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or place.ent_type_ not in _PLACES:
        return end
    return place.i + 1
