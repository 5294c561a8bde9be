"""Arguments of a predicate: its holder and its targets, read off the dependency parse.

Shared by the stance, event and role extractors. A holder is an actor; a target is an
actor or an issue phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..link.resolve import INSTITUTIONS, Resolved, Resolver
from .attribution import FIRST_PLURAL, FIRST_SINGULAR, Frame

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
# Modifiers left out of a target phrase.
_CUT_DEPS = frozenset({"relcl", "appos", "punct", "cc", "conj", "advcl", "parataxis", "mark", "preconj"})
MAX_TARGET_TOKENS = 14
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "such", "any", "some", "its", "their"})
# Those who stand for the states named after them ("the leaders of Russia and China").
_REPRESENTATIVES = frozenset("leader head government minister president representative delegation".split())
# Nouns of ties between actors: "relations with X", "the alliance between X and Y".
TIE_NOUNS = frozenset(
    "cooperation collaboration partnership alliance relations relationship ties "
    "friends friendship integration coordination interaction contacts".split()
)
# A state referred to by its kind, in its own representative's words: "the kingdom".
_STATE_NOUNS = frozenset("kingdom republic country emirate state nation government".split())
# Nouns of an aim whose infinitive their owner pursues: "their efforts to contain Russia".
INTENT_NOUNS = frozenset(
    "effort attempt bid push drive campaign plan goal aim intention desire decision readiness "
    "willingness determination resolve ambition aspiration quest".split()
)
# Nouns for others as seen from their owner: "our friends", "Russia's allies" are not us, not Russia.
_RELATIONAL = frozenset(
    "friend partner ally neighbour neighbor colleague counterpart enemy adversary opponent rival "
    "critic supporter satellite vassal proxy client".split()
)
# Documents that speak for whoever put them forward ("the proposals call for ...").
PROPOSAL_NOUNS = frozenset("proposal draft agreement document initiative plan treaty package".split())
_NOT_TARGETS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_VAGUE = frozenset(
    "it this that these those they them which what who something anything everything "
    "nothing one ones thing things way ways everyone anyone fact matter issue issues "
    "question situation case all both each other others lot more less much most exactly why how where when".split()
)
# Nouns that are vague alone ("this approach", "the issue") but not qualified ("Russia's
# geopolitical approach", "the issue of Taiwan").
_VAGUE_ALONE = frozenset("approach way ways issue issues question matter situation case".split())


def _vague(token: Token) -> bool:
    if token.lower_ in _VAGUE_ALONE:
        return not any(
            c.dep_ in {"poss", "compound", "amod", "nmod"}
            and c.pos_ in {"PROPN", "ADJ", "NOUN"}
            or c.dep_ == "prep"
            and c.lower_ == "of"
            for c in token.children
        )
    return token.lower_ in _VAGUE


@dataclass(frozen=True)
class Target:
    """A target: an actor, or an issue with its phrase and the document offsets of the phrase."""

    text: str
    actor: Resolved | None = None
    head: str = ""  # the head word (a clause's verb), which a topic concept must name


def subject_of(token: Token) -> Token | None:
    """The subject of a predicate, climbing through xcomp, conj and auxiliaries when needed."""
    current = token
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            # the small model sometimes hangs the subject on the auxiliary ("The CSTO has formalized")
            subject = next(
                (
                    g
                    for c in current.children
                    if c.dep_ in {"aux", "auxpass"}
                    for g in c.children
                    if g.dep_ in SUBJECT_DEPS
                ),
                None,
            )
        if subject is not None and subject.lower_ in {"that", "which", "who"} and current.dep_ == "relcl":
            return current.head  # "It is the West that seeks ...": the antecedent
        if subject is not None and subject.lower_ in {"which", "who"} and current.dep_ == "advcl":
            # misparsed relative clause: "the resolution adopted in April, which calls on ..."
            head = current.head
            if head.pos_ in {"NOUN", "PROPN"}:
                return head
            if head.dep_ in {"acl", "relcl"} and head.head.pos_ in {"NOUN", "PROPN"}:
                return head.head
            if head.pos_ == "VERB":
                # "..., which" after a clause: its object, else (a participle read as the main
                # verb) its subject
                before = [c for c in head.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.i < subject.i]
                obj = next((c for c in before if c.dep_ == "dobj"), None)
                return obj or next((c for c in before if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if current.dep_ == "xcomp":
            # object control: "urged Iran to cooperate" - Iran cooperates
            controller = next(
                (c for c in current.head.children if c.dep_ in {"dobj", "obj"} and c.i < current.i),
                None,
            )
            if controller is not None:
                return controller
        if current.dep_ == "conj" and current.head.dep_ == "ccomp" and _speaks(current):
            # "Orban said that the EU's sanctions policy had failed and called for a ceasefire":
            # a speech act coordinated inside a reported clause whose subject is no agent is
            # the reporter's
            inner = next((c for c in current.head.children if c.dep_ in SUBJECT_DEPS), None)
            if inner is not None and inner.pos_ == "NOUN" and inner.lemma_.lower() not in _AGENT_NOUNS:
                current = current.head.head
                continue
        if current.dep_ in {"xcomp", "conj", "acomp", "advcl"} and current.head.i != current.i:
            current = current.head
            continue
        if (
            current.dep_ == "acl"
            and current.tag_ == "VB"
            and current.head.lemma_.lower() in INTENT_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        ):
            # "they redoubled their efforts to contain our country": whoever makes the effort
            return noun_owner(current.head)
        if current.dep_ in {"pcomp", "acl"} and current.tag_ == "VBG":
            # "their goal of containing China": the goal's owner contains
            noun = current.head.head if current.head.dep_ == "prep" else current.head
            return noun_owner(noun)
        return None
    return None


_SPEECH_ACTS = frozenset(
    "call urge demand ask insist warn say add accuse criticize criticise condemn reject propose "
    "welcome praise vow pledge threaten appeal".split()
)


_AGENT_NOUNS = (INSTITUTIONS | frozenset("country state nation member government delegation".split())) - frozenset(
    "policy position diplomacy propaganda services intelligence press".split()
)


def _speaks(verb: Token) -> bool:
    return verb.lemma_.lower() in _SPEECH_ACTS


def noun_owner(noun: Token) -> Token | None:
    """Whose a noun is: its possessor, or the subject of the verb it is the object of."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON":
        return owner
    if noun.dep_ in {"attr", "dobj", "obj", "nsubj"} and noun.head.pos_ in {"VERB", "AUX"}:
        # "Russia is a world leader in combating terrorism": the predicate noun's subject
        subject = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS and c.i != noun.i), None)
        if subject is not None:
            return subject
    return owner


def holders(token: Token | None, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """The actors a subject token stands for, with how each was found, coordination expanded."""
    if token is None:
        return []
    if token.lower_ in {"they", "them"} and token.pos_ == "PRON":
        return [(actor, "they") for actor in _antecedents(token, frame, resolver)]
    found = []
    for member in [token, *conjuncts(token)]:
        actor, how = resolve_holder(member, frame, resolver)
        if actor is not None:
            found.append((actor, how))
        else:
            found.extend(_examples(member, frame, resolver))
        # "Biden regime hardliners, their key alliance counterparts, and NATO puppet Stoltenberg":
        # a list the parser read as appositions
        for appos in (c for c in member.children if c.dep_ == "appos"):
            if actor is None or conjuncts(appos):
                found.extend(
                    (a, "apposition")
                    for t in [appos, *conjuncts(appos)]
                    if (a := resolve_holder(t, frame, resolver)[0]) is not None
                )
    return list({a.id: (a, how) for a, how in reversed(found)}.values())[::-1]


def _examples(token: Token, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """The actors a vague group stands for: "most countries, including China", "the leaders
    of Russia and China"."""
    found = []
    preps = [c for c in token.children if c.dep_ == "prep"]
    if not any(c.lower_ in _EXAMPLE_PREPS for c in preps) and token.tag_ in {"NNS", "NNPS"}:
        # the parser often hangs "including ..." elsewhere: take one that follows the group closely,
        # or the sentence's only one when the group is a subject ("Several states switched to
        # support the resolution, including France, Japan and Canada")
        doc = token.doc
        following = doc[token.right_edge.i + 1 : min(token.right_edge.i + 4, token.sent.end)]
        close = [t for t in following if t.lower_ in _EXAMPLE_PREPS and t.dep_ == "prep"]
        anywhere = [t for t in token.sent if t.lower_ in _EXAMPLE_PREPS and t.dep_ == "prep" and t.i > token.i]
        if not close and len(anywhere) == 1 and token.dep_ in SUBJECT_DEPS and token.lemma_.lower() in _GROUPS:
            close = anywhere
        preps += close
    for child in preps:
        # "the leaders of Russia, China and France": each state their leaders stand for
        of_leaders = child.lower_ == "of" and token.lemma_.lower() in _REPRESENTATIVES
        if of_leaders or child.lower_ in _EXAMPLE_PREPS:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                for member in [pobj, *conjuncts(pobj), *(c for c in pobj.children if c.dep_ == "appos")]:
                    actor, _ = resolve_holder(member, frame, resolver)
                    if actor is not None:
                        found.append((actor, "including"))
    return found


_EXAMPLE_PREPS = frozenset({"including", "like", "notably", "especially"})
_GROUPS = frozenset("country state nation member government delegation".split())


def _antecedents(token: Token, frame: Frame, resolver: Resolver) -> tuple[Resolved, ...]:
    """What "they" refers to: the last actor subject before it in its sentence ("Washington
    and its allies do not hide that they ..."), else the last one before the sentence."""
    for subject in reversed([t for t in token.sent if t.i < token.i and t.dep_ in SUBJECT_DEPS]):
        if subject.pos_ == "PRON":
            continue
        actors = tuple(a for a, _ in holders(subject, frame, resolver) if a.type != "person")
        if actors:
            return actors
    return resolver.last_subjects


def note_subjects(sent: Span, frame: Frame, resolver: Resolver) -> None:
    """Remember the actors of a sentence's main subject (not persons), for a later "they"."""
    noted = False
    for subject in [t for t in sent if t.dep_ in SUBJECT_DEPS and t.pos_ != "PRON"]:
        actors = [actor for actor, _ in holders(subject, frame, resolver) if actor.type != "person"]
        if actors:
            resolver.last_subjects = tuple(actors)
            noted = True
    if noted:
        return
    # no actor subject ("The architecture ... is under attack from the United States, Britain
    # and the EU. They want ..."): the last list of actors the sentence names
    for head in reversed([t for t in sent if t.pos_ == "PROPN" and any(c.dep_ == "conj" for c in t.children)]):
        actors = list(
            {a.id: a for t in [head, *conjuncts(head)] if (a := resolver.resolve(t)) and a.type != "person"}.values()
        )
        if len(actors) >= 2:
            resolver.last_subjects = tuple(actors)
            return


def resolve_holder(token: Token, frame: Frame, resolver: Resolver) -> tuple[Resolved | None, str]:
    """An actor for a holder token: pronouns by the frame and the last mentions."""
    lower = (
        token.lower_
        if token.pos_ == "PRON" or token.text.islower() or (token.i == token.sent.start and not token.text.isupper())
        else ""
    )
    if lower in FIRST_PLURAL:
        return frame.behalf, "we"
    if lower in FIRST_SINGULAR:
        return frame.speaker, "I"
    if lower in {"he", "she", "him", "her", "his"}:
        return resolver.last_person, "pronoun"
    if lower in {"they", "them"}:
        antecedents = _antecedents(token, frame, resolver)
        return (antecedents[0], "they") if antecedents else (None, "")
    if token.pos_ == "PRON" or lower in _VAGUE:
        return None, ""
    actor = resolver.resolve(token)
    if (
        actor is None
        and token.lemma_.lower() in _STATE_NOUNS
        and resolver.behalf is not None
        and resolver.behalf.type == "state"
        and [c.lower_ for c in token.children] == ["the"]
    ):
        return resolver.behalf, "the_state"  # "Prince Faisal said the kingdom rejected ...": his state
    if actor is None and token.lemma_.lower() not in _RELATIONAL:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in FIRST_PLURAL:
            return frame.behalf, "our"
        if owner is not None and owner.pos_ != "PRON":
            return resolver.resolve(owner), "owner"
        if (
            owner is None
            and token.tag_ == "NNS"
            and token.lemma_.lower() not in PROPOSAL_NOUNS
            and any(c.lower_ in {"these", "those"} and c.dep_ == "det" for c in token.children)
        ):
            # "These hawks demand ...": a demonstrative group is the group last spoken of
            antecedents = _antecedents(token, frame, resolver)
            return (antecedents[0], "these") if antecedents else (None, "")
        if owner is None and token.lemma_.lower() in PROPOSAL_NOUNS and resolver.last_proposer is not None:
            # "The draft agreements also call on the Western bloc to ...": the proposer's
            if any(c.lower_ in {"the", "these", "this", "those"} for c in token.children):
                return resolver.last_proposer, "proposer"
    return actor, "subject"


def conjuncts(token: Token) -> list[Token]:
    """Tokens coordinated with `token` ("the US, France and Germany")."""
    found = []
    for child in token.children:
        if child.dep_ == "conj":
            found.append(child)
            found.extend(conjuncts(child))
    return found


def targets(token: Token, resolver: Resolver) -> list[Target]:
    """The targets headed by `token` and its conjuncts."""
    found = []
    for member in [token, *conjuncts(token)]:
        target = make_target(member, resolver)
        if target is not None:
            found.append(target)
    return found


def make_target(token: Token, resolver: Resolver) -> Target | None:
    """An actor if the phrase names one, else an issue phrase; None for pronouns and vague words.

    "us" and "our country" in a speaker's words are the actor the speaker stands for.
    """
    behalf = resolver.behalf
    if behalf is not None and (
        token.lower_ in {"us"}
        and token.pos_ == "PRON"
        or (
            token.lemma_.lower() in {"country", "state", "nation", "people", "homeland", "side"}
            and any(c.lower_ == "our" for c in token.children)
        )
    ):
        return Target(behalf.label, behalf)
    relative = next((c for c in token.children if c.dep_ == "relcl"), None)
    if token.lower_ in {"those", "people", "anyone", "everyone"} and relative is not None:
        # "embraces those who at one time made a coup"
        end = max(t.i for t in relative.subtree) + 1
        return Target(" ".join(token.doc[token.i : min(end, token.i + MAX_TARGET_TOKENS)].text.split()))
    if _vague(token) or token.pos_ in {"PRON", "DET", "NUM", "PUNCT", "SYM"}:
        return None
    if token.ent_type_ in _NOT_TARGETS:
        return None  # "approved in March 2023"
    described = resolver.last_proposals.get(token.lemma_.lower())
    if described and token.pos_ == "NOUN" and _anaphoric(token):
        return Target(described)  # "Kyiv rejected the plan": the plan described before
    actor = resolver.resolve(token) if token.pos_ in {"PROPN", "NOUN"} else None
    if actor is not None and _bare(token):
        return Target(actor.label, actor)
    text = phrase(token)
    return Target(text, head=token.text) if text and text.lower() not in _VAGUE else None


def _anaphoric(token: Token) -> bool:
    """Whether a noun phrase only points back: "the plan", "these proposals", "our draft"."""
    children = [c for c in token.children if c.dep_ not in {"punct"}]
    return bool(children) and all(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "these", "that", "those", "our", "their", "its"}
        for c in children
    )


def _bare(token: Token) -> bool:
    """Whether the phrase is just a name, with no "of"-phrase or clause making it an issue."""
    return not any(c.dep_ in {"prep", "acl", "relcl"} and c.i > token.i for c in token.children)


def phrase_span(token: Token) -> Span:
    """The span of the phrase headed by token, without clauses, appositions or conjuncts."""
    keep = [token]
    # a bare noun says what it is in its relative clause: "the architecture that has developed
    # around ASEAN"
    bare = token.pos_ == "NOUN" and not any(
        c.dep_ in {"compound", "poss", "prep", "nmod", "acl"} for c in token.children
    )

    def kept(c: Token) -> bool:
        if c.dep_ == "relcl" and c.head.i == token.i and bare:
            return True
        return c.dep_ not in _CUT_DEPS and not (c.dep_ == "prep" and c.lower_ in _EXAMPLE_PREPS)

    stack = [c for c in token.children if kept(c)]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if kept(c))
    indices = sorted(t.i for t in keep)
    start, end = indices[0], indices[-1] + 1
    # stay contiguous around the head
    while start < token.i and token.doc[start].lower_ in _DETERMINERS | {"'s", "’s"}:
        start += 1
    doc = token.doc
    span = doc[start:end]
    if len(span) > MAX_TARGET_TOKENS:
        span = doc[max(start, token.i - 4) : min(end, token.i + MAX_TARGET_TOKENS - 4)]
    while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ in {"cc", "case"}):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return span


def phrase(token: Token) -> str:
    """The text of `phrase_span(token)`, whitespace normalised, quotes stripped."""
    text = " ".join(phrase_span(token).text.split())
    return text.strip("\"'“”‘’«» ")


def clause_target(verb: Token, resolver: Resolver) -> Target | None:
    """A clause as a target: "seeks to revise the UN Charter" -> "revise the UN Charter"."""
    that_clause = verb.dep_ == "ccomp" or (
        verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )  # "the idea that the CICA could focus on ...": the clause keeps its subject
    own_subject = {"nsubj", "nsubjpass"} if not that_clause else set()
    # a reported clause keeps its coordinated predicates ("wouldn't sit idly by, and would take
    # all the necessary measures"); an infinitive stops at them
    cut = {"advcl", "relcl", "ccomp"} | (set() if verb.dep_ == "ccomp" else {"conj", "cc"})
    words = [
        t
        for t in verb.subtree
        if t.dep_ not in own_subject | {"aux", "mark", "punct", "neg"}
        and t.lower_ not in {"not", "n't", "n’t"}
        and not (t.dep_ in cut and t.i != verb.i)
    ]
    keep = [t for t in words if all(a.dep_ not in cut or a.i == verb.i for a in _ancestors_until(t, verb))]
    if not keep:
        return None
    reach = 6 if verb.dep_ == "ccomp" else 2
    start = min(t.i for t in keep if t.i >= verb.i - reach) if any(t.i >= verb.i - reach for t in keep) else verb.i
    end = min(max(t.i for t in keep) + 1, start + (24 if verb.dep_ == "ccomp" else 14))
    stops = [c.left_edge.i for c in verb.children if c.dep_ in cut & {"conj", "cc"} and c.i > verb.i]
    if stops:
        end = min(end, min(stops))  # "to recognise X and to curtail Y": the first infinitive only
    text = " ".join(verb.doc[start:end].text.split()).strip("\"'“”‘’,. ")
    if not text or len(text.split()) < 2:
        return None
    if verb.doc[start].lower_ in {"it", "this", "that", "they", "these", "those"}:
        return None  # "I hope that it will be discussed": about something named elsewhere
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is not None and verb.lemma_.lower() in {"be", "have", "do"}:
        return make_target(obj, resolver)
    return Target(text, head=verb.text)


def predicate_target(verb: Token) -> Target | None:
    """The act itself, without who does it: "strike the United States", "build up its forces
    at the Russian borders"."""
    dropped = {"nsubj", "nsubjpass", "aux", "auxpass", "advcl", "punct", "mark", "neg", "cc", "conj"}
    keep = [verb]
    stack = [c for c in verb.children if c.dep_ not in dropped]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if c.dep_ not in {"punct", "relcl", "advcl"})
    start = min(t.i for t in keep if t.i >= verb.i - 2)
    end = min(max(t.i for t in keep) + 1, start + 14)
    text = " ".join(verb.doc[start:end].text.split()).strip("\"'“”‘’,. ")
    return Target(text, head=verb.text) if len(text.split()) >= 2 else None


def _ancestors_until(token: Token, top: Token) -> list[Token]:
    found, current = [], token
    while current.i != top.i and current.head.i != current.i:
        found.append(current)
        current = current.head
    return found


def added_targets(token: Token, resolver: Resolver) -> list[Target]:
    """ "Along with limits on the deployment of troops, Russia proposed ...": the limits are
    proposed too ("along with X", "besides X", "in addition to X" on the verb)."""
    found = []
    for child in (c for c in token.children if c.dep_ == "prep"):
        objects: list[Token] = []
        if child.lower_ == "along":
            objects = [p for w in child.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
        elif child.lower_ == "besides":
            objects = [p for p in child.children if p.dep_ == "pobj"]
        elif child.lower_ == "in":
            objects = [
                p
                for a in child.children
                if a.lower_ == "addition"
                for w in a.children
                if w.lower_ == "to"
                for p in w.children
                if p.dep_ == "pobj"
            ]
        found += [t for p in objects for t in targets(p, resolver) if t.actor is None]
    return found
