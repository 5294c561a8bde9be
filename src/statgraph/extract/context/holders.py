"""Holders: who holds a stance or does an act, read off the dependency parse.

The actors a subject (found by `subjects.py`) stands for (coordination, lists read as appositions, "including" examples,
"they", "these hawks", "we" and "our"), and what later sentences may refer back to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.bodies import GENERIC_NOUNS
from ...link.offices import TITLE_NOUNS, field_body, own_voice
from ...link.resolve import Resolved, Resolver
from ...nlp.bounds import sentence_bounds, sentence_of
from ...words import words
from .collectives import (
    bare_delegates,
    issued,
    issuers_described,
    modifier_issuer,
    named_issuer,
    numbered_group,
    signatories,
)
from .collectives import unknown_given
from .companions import companions
from .frame import FIRST_PLURAL, FIRST_SINGULAR, Frame
from .issuer import issuer_named
from .kind_holders import INSURGENTS, REPRESENTATIVES, STATE_NOUNS, STATE_ORGANS, body_of_members, insurgent_group
from .kind_holders import kind_referent, noun_lemma, state_noun_holder, unnamed_group, unnamed_side
from .outlets import reports
from .pairs import named_pair_of, pair_sides
from .persons import person_before, spokes_for
from .political_sides import speaker_party, titled_members
from .portfolios import portfolio_holder
from .styles import is_style, styled_person
from .subjects import SPEECH_ACTS, SUBJECT_DEPS, conjuncts
from .terms import defined_parties
from .told import sponsor_token, told_holders

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that name nothing by themselves.
VAGUE = frozenset(
    "it this that these those they them which what who something anything everything "
    "nothing one ones thing things way ways everyone anyone fact matter issue issues "
    "question situation case all both each other others lot more less much most exactly why how where when".split()
)
# Nouns for others as seen from their owner: "our friends", "Russia's allies" are not us, not Russia.
_RELATIONAL = frozenset(
    "friend partner ally neighbour neighbor colleague counterpart enemy adversary opponent rival "
    "critic supporter satellite vassal proxy client".split()
)
# A person's kin and aides: "Kim Jong Un's sister" is not Kim Jong Un
_RELATIVES = words("actor_nouns", "relatives")
# Documents that speak for whoever put them forward ("the proposals call for ...").
PROPOSAL_NOUNS = frozenset("proposal draft agreement document initiative plan treaty package".split())


_DONE = frozenset({"VBD", "VBN"})  # "you have denounced", "you've been": what the interviewee did


def holders(token: Token | None, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """The actors a subject token stands for, with how each was found, coordination expanded."""
    if token is None:
        return []
    if token.lower_ in {"they", "them"} and token.pos_ == "PRON":
        return [(actor, "they") for actor in _antecedents(token, frame, resolver)]
    # "Four council members -- Britain, France, ...": the members named, not the last four actors
    group = numbered_group(token, resolver, frame.pair) if not any(c.dep_ == "appos" for c in token.children) else ()
    group = group or bare_delegates(token, resolver, frame.pair) or issued(token, resolver)
    if group or (group := issuers_described(token, resolver)):
        return [(actor, "numbered") for actor in group]
    if told := _told(token, frame, resolver):
        return told  # "The resolution calls on ...": who adopted it; "The draft, put forward by X": X
    if token.lower_ == "you" and token.pos_ == "PRON" and frame.addressee is not None and token.head.tag_ in _DONE:
        return [(frame.addressee, "you")]  # "Question: Minister, you've been in China ...": the interviewee
    if signed := signatories(token, holders, frame, resolver):
        return signed  # "We, the leaders of Moldova and the European Union, support ..."
    if token.lower_ in FIRST_PLURAL and token.pos_ == "PRON" and frame.joint:
        return [(actor, "we") for actor in frame.joint]  # "Romania and Poland said: 'We reject ...'"
    if defined := defined_parties(token, resolver):
        return [(actor, "defined") for actor in defined]  # "Participants recognize ...": each party so called
    if token.dep_ in SUBJECT_DEPS and reports(token, token.head, resolver):
        return []  # "Interfax reported that ...": an outlet reports, it holds nothing
    found = []
    split = split_subjects(token) + _list_tail(token, resolver)
    for member in [token, *conjuncts(token), *(m for t in split for m in (t, *conjuncts(t)))]:
        actor, how = _named_counterpart(member, resolver) or resolve_holder(member, frame, resolver)
        if actor is not None:
            found.append((actor, how))
            found.extend((other, how) for other in _coordinated_owners(member, actor, resolver))
        else:
            found.extend(_examples(member, frame, resolver))
        for other in (t for c in companions(member) for t in (c, *conjuncts(c))):
            # "Saudi Arabia, alongside the United States, urged ...": the companion too
            companion, _ = resolve_holder(other, frame, resolver)
            if companion is not None and companion.type in {"state", "organization", "person"}:
                found.append((companion, "companion"))
        # "Biden regime hardliners, their key alliance counterparts, and NATO puppet Stoltenberg":
        # a list the parser read as appositions
        for appos in (c for c in member.children if c.dep_ == "appos"):
            if actor is not None and actor.type == "organization" and how == "subject":
                break  # "The BRICS – Brazil, Russia, ... – agreed": the bloc, not each member
            if actor is None or conjuncts(appos):
                found.extend(
                    (a, "apposition")
                    for t in _listed(appos)
                    if (a := resolve_holder(t, frame, resolver)[0]) is not None
                )
    # one each, in the order of their last mention
    return list({a.id: (a, how) for a, how in reversed(found)}.values())[::-1]


def _told(token: Token, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """The bodies a text or gathering stands for: those its participle says put a draft forward,
    else those the document said adopted the text or held the gathering (`told.py`)."""
    sponsor = sponsor_token(token)
    if sponsor is not None:
        return [(actor, "sponsor") for actor, _ in holders(sponsor, frame, resolver)]
    return [(actor, "told") for actor in told_holders(token, resolver)]


def split_subjects(token: Token) -> list[Token]:
    """The last members of a subject list the parser made subjects of their own of the same verb:
    "Germany, Hungary, Malta, Slovenia voted against", "China, which ..., and Pakistan opposed".
    Only a list's: the subject before has conjuncts or ends in "and"/"or", and nothing but
    commas stands between the two (not "Xi Jinping, China's president, said")."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    doc, found, current = token.doc, [], token
    for sibling in sorted((c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i), key=lambda t: t.i):
        between = doc[current.right_edge.i + 1 : sibling.left_edge.i]
        listed = conjuncts(current) or any(c.dep_ == "cc" for c in current.children)
        if not listed and not any(t.dep_ == "cc" for t in between):
            break
        if any(not t.is_punct and t.dep_ != "cc" for t in between):
            break
        found.append(sibling)
        current = sibling
    return found


def _list_tail(token: Token, resolver: Resolver) -> list[Token]:
    """The last state of a list of states the parser hung on the first as its apposition:
    "Austria, Portugal, Greece, Croatia voted": Croatia (not "the US, Britain and France, the
    three permanent members": no state's name)."""
    members = conjuncts(token)
    if not members or token.dep_ not in SUBJECT_DEPS:
        return []
    last = max(m.i for m in members)
    tails = [c for c in token.children if c.dep_ == "appos" and c.i > last and c.pos_ == "PROPN"]
    if not tails:
        return []
    states = [t for t in [token, *members, *tails] if getattr(resolver.resolve(t), "type", None) == "state"]
    return tails if len(states) == len(members) + 1 + len(tails) else []


def _named_counterpart(member: Token, resolver: Resolver) -> tuple[Resolved, str] | None:
    """ "Xi Jinping and his Russian counterpart Vladimir Putin": a coordinated counterpart is
    the person named in apposition, not the state of the adjective."""
    if member.dep_ != "conj" or member.pos_ != "NOUN" or member.lemma_.lower() not in _RELATIONAL:
        return None
    person = next((c for c in member.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    actor = resolver.resolve(person) if person is not None else None
    return (actor, "apposition") if actor is not None and actor.type == "person" else None


def _coordinated_owners(member: Token, actor: Resolved, resolver: Resolver) -> list[Resolved]:
    """ "The Indian and Chinese foreign ministers", "Russian and Chinese diplomats": the states the
    modifiers coordinated with the one that gave the holder name, each (all of them states)."""
    if actor.type != "state":
        return []
    for modifier in (c for c in member.children if c.dep_ in {"amod", "compound", "nmod"}):
        others = conjuncts(modifier)
        if not others or getattr(_modifier_state(modifier, resolver), "id", None) != actor.id:
            continue
        states = [_modifier_state(other, resolver) for other in others]
        return [s for s in states if s is not None] if all(s is not None for s in states) else []
    return []


def _modifier_state(token: Token, resolver: Resolver) -> Resolved | None:
    """The state a modifier names: "Chinese", "US"."""
    found = resolver.gazetteer.demonym(token.text) or resolver.gazetteer.find(token.text)
    return resolver.actor(found) if found is not None and found.type == "state" else None


def _listed(appos: Token) -> list[Token]:
    """The names of a list read as appositions, one hung on another ("-- Britain, France, the
    United States and Poland --": France an apposition of Britain, Poland a conjunct of France)."""
    found, stack = [], [appos]
    while stack and len(found) < 20:
        token = stack.pop(0)
        found.append(token)
        stack += [c for c in token.children if c.dep_ in {"appos", "conj"} and c.i > token.i]
    return found


def _examples(token: Token, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """The actors a vague group stands for: "most countries, including China", "the leaders
    of Russia and China"."""
    found = []
    among, copula = token.head, token.head.head
    if token.dep_ == "pobj" and among.lower_ == "among" and copula.lemma_ == "be" and token.tag_ == "NNS":
        # "Saudi Arabia and Russia were among several countries insisting ...": those the copula's subject names
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        for member in [subject, *conjuncts(subject)] if subject is not None else []:
            actor, _ = resolve_holder(member, frame, resolver)
            if actor is not None:
                found.append((actor, "among"))
        return found
    preps = [c for c in token.children if c.dep_ == "prep"]
    if not any(c.lower_ in EXAMPLE_PREPS for c in preps) and token.tag_ in {"NNS", "NNPS"}:
        # the parser often hangs "including ..." elsewhere: take one that follows the group closely,
        # or the sentence's only one when the group is a subject ("Several states switched to
        # support the resolution, including France, Japan and Canada")
        doc = token.doc
        following = doc[token.right_edge.i + 1 : min(token.right_edge.i + 4, sentence_bounds(token)[1])]
        close = [t for t in following if t.lower_ in EXAMPLE_PREPS and t.dep_ == "prep"]
        if not close and token.dep_ in SUBJECT_DEPS and token.lemma_.lower() in _GROUPS:
            # the sentence walked only for a group that is a subject
            anywhere = [
                t for t in sentence_of(token) if t.lower_ in EXAMPLE_PREPS and t.dep_ == "prep" and t.i > token.i
            ]
            close = anywhere if len(anywhere) == 1 else close
        preps += close
    for child in preps:
        # "the leaders of Russia, China and France": each state their leaders stand for
        # "the military regimes in Burkina Faso, Mali and Niger": each state's
        of_leaders = child.lower_ in {"of", "in"} and noun_lemma(token) in REPRESENTATIVES
        if of_leaders or child.lower_ in EXAMPLE_PREPS:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                for member in [pobj, *conjuncts(pobj), *(c for c in pobj.children if c.dep_ == "appos")]:
                    actor, _ = resolve_holder(member, frame, resolver)
                    if actor is not None:
                        found.append((actor, "including"))
    return found


EXAMPLE_PREPS = frozenset({"including", "like", "notably", "especially"})
_GROUPS = words("actor_nouns", "group_nouns")


def _antecedents(token: Token, frame: Frame, resolver: Resolver) -> tuple[Resolved, ...]:
    """What "they" refers to: the last actor subject before it in its sentence ("Washington
    and its allies do not hide that they ..."), else the last one before the sentence."""
    for subject in reversed([t for t in sentence_of(token) if t.i < token.i and t.dep_ in SUBJECT_DEPS]):
        if subject.pos_ == "PRON":
            continue
        actors = tuple(a for a, _ in holders(subject, frame, resolver) if a.type != "person")
        if actors:
            return actors
        if pair := pair_sides(named_pair_of(subject, resolver), resolver):
            return pair  # "Kono and Wang agreed that they will ...": the two, each for their state
        if unnamed_side(subject) and not any(c.dep_ in {"det", "nummod"} and c.lower_ != "a" for c in subject.children):
            # "Protesters marched as they demanded ...": those people, no actor named before (not
            # "The parties announced ... when they concluded": a description of those named before)
            return ()
    if frame.pair_fresh and (pair := pair_sides(frame.pair, resolver)):
        return pair  # "Okafor and Bello criticized the Speaker. They urged ...": the two just named
    return resolver.last_subjects


def resolve_holder(token: Token, frame: Frame, resolver: Resolver) -> tuple[Resolved | None, str]:
    """An actor for a holder token: pronouns by the frame and the last mentions."""
    lower = (
        token.lower_
        if token.pos_ == "PRON" or token.text.islower() or (token.i == sentence_bounds(token)[0] and not token.text.isupper())
        else ""
    )
    pronoun = _pronoun_holder(token, lower, frame, resolver)
    if pronoun is not None:
        return pronoun
    if token.pos_ == "PRON" or lower in VAGUE:
        return None, ""
    if is_style(token):
        return styled_person(token, resolver), "style"  # "His Majesty stressed ...": the king named so
    issuer = named_issuer(token)
    if issuer is not None:
        return resolve_holder(issuer, frame, resolver)  # "a statement by the ministry": the ministry
    if (issuer_state := modifier_issuer(token, resolver) or issuer_named(token, frame.issuer)) is not None:
        return issuer_state, "issuer"  # "The Indian readout underlined ...": India; "The Chairperson condemns"
    if (spoken := spokes_for(token, resolver)) is not None:
        return spoken, "spokesperson"  # "The spokeswoman urged ...": the body she was said to speak for
    if token.lemma_.lower() in STATE_ORGANS and (state := state_noun_holder(token, frame, resolver)) is not None:
        return state  # "Prince Faisal said the government rejected ...": his state, whichever was named last
    actor = resolver.resolve(token)
    if actor is None and (referent := kind_referent(token, resolver)) is not None:
        return referent, "kind"  # "The parliament strongly opposes ...": the one parliament named before
    if actor is not None and unknown_given(token, actor, resolver):
        return None, ""  # "The Communique reads": no actor of that name
    if actor is not None and actor.type == "person" and token.tag_ == "NNS" and token.lemma_.lower() in TITLE_NOUNS:
        actor = None  # "the foreign ministers agreed": more than the one minister last named
    if (named := portfolio_holder(token)) is not None and (actor is None or token.text in actor.label):
        return resolve_holder(named, frame, resolver)  # "High Commissioner for Refugees Filippo Grandi"
    if actor is not None:
        return actor, "subject"
    if token.lemma_.lower() in STATE_NOUNS:
        state = state_noun_holder(token, frame, resolver)
        if state is not None:
            return state
    body = body_of_members(token, resolver)
    if body is not None:
        return body, "members"
    side = speaker_party(token, frame, resolver) or titled_members(token, resolver)
    if side is not None:
        return side, "side"  # "Kristersson said his party will not ...", "MEPs condemn ..."
    return _group_holder(token, frame, resolver)


def _group_holder(token: Token, frame: Frame, resolver: Resolver) -> tuple[Resolved | None, str]:
    """A holder a noun names by a group: "Houthi rebels", "Protesters", "Russia's diplomats"."""
    if (token.lemma_.lower() in INSURGENTS or token.lower_ in INSURGENTS) and token.lower_ != "opposition":
        return insurgent_group(token, resolver), "subject"
    if (group := unnamed_group(token)) is not None:
        return group, "group"  # "Protesters demanded ...", "Georgian opposition parties rejected ..."
    if token.lemma_.lower() not in _RELATIONAL | _RELATIVES:
        owned = _owner_holder(token, frame, resolver)
        if owned is not None:
            return owned
    return None, "subject"


def _pronoun_holder(token: Token, lower: str, frame: Frame, resolver: Resolver) -> tuple[Resolved | None, str] | None:
    """Whom a personal pronoun stands for; None when the token is none of these pronouns."""
    if lower in FIRST_PLURAL:
        return frame.behalf, "we"
    if lower in FIRST_SINGULAR:
        return frame.speaker, "I"
    if lower in {"he", "she", "him", "her", "his"}:
        return person_before(token, resolver, frame.quoted), "pronoun"
    if lower in {"they", "them"}:
        antecedents = _antecedents(token, frame, resolver)
        return (antecedents[0], "they") if antecedents else (None, "")
    if (
        lower == "it"
        and token.dep_ in SUBJECT_DEPS
        and token.i in frame.reported
        and frame.behalf is not None
        and frame.behalf.type in {"state", "organization"}
        and frame.speaker is not None
        and frame.speaker.id == frame.behalf.id  # said by the state or body itself, not by a person
    ):
        return frame.behalf, "it"  # "Germany said it opposes the plan": the state or body reporting
    if lower == "it" and token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_ACTS:
        # "The Council condemned the attack. It urged all states to ...": the one body or state
        # the last sentence was about speaks again (not after "The draft resolution did not say ...")
        before = resolver.subject_before
        if len(before) == 1 and before[0].type in {"organization", "state"}:
            return before[0], "it"
    return None


def _owner_holder(token: Token, frame: Frame, resolver: Resolver) -> tuple[Resolved | None, str] | None:
    """The holder a noun's owner, a demonstrative group or a proposal stands for."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in FIRST_PLURAL:
        return frame.behalf, "our"
    if owner is not None and owner.pos_ != "PRON":
        if token.lemma_.lower() in GENERIC_NOUNS and (named := insurgent_group(token, resolver)) is not None:
            return named, "named"  # "Yemen's Houthi group": the Houthis, not Yemen
        actor = resolver.resolve(owner)
        if actor is not None and actor.type == "state" and own_voice(token):
            part = _named_part(token, resolver)  # "Austria's Greens party": the Greens; "Chile's court": no Chile
            return (part, "named") if part is not None else None
        body = field_body(resolver.gazetteer, token, actor) if actor is not None else None
        if body is None and actor is not None and actor.type == "state" and token.lemma_.lower() in GENERIC_NOUNS:
            return None  # "West Africa's regional bloc": a body of the place's, not the place
        return (resolver.actor(body), "owner") if body is not None else (actor, "owner")  # "the U.N.'s refugee chief": UNHCR
    if owner is not None:
        return None
    if (
        token.tag_ == "NNS"
        and token.lemma_.lower() not in PROPOSAL_NOUNS
        and any(c.lower_ in {"these", "those"} and c.dep_ == "det" for c in token.children)
    ):
        # "These hawks demand ...": a demonstrative group is the group last spoken of
        antecedents = _antecedents(token, frame, resolver)
        return (antecedents[0], "these") if antecedents else (None, "")
    if (
        token.lemma_.lower() in PROPOSAL_NOUNS
        and resolver.last_proposer is not None
        and any(c.lower_ in {"the", "these", "this", "those"} for c in token.children)
    ):
        return resolver.last_proposer, "proposer"  # "The draft agreements also call on the Western bloc to ..."
    return None


def _named_part(token: Token, resolver: Resolver) -> Resolved | None:
    """The body a possessed noun's own name gives: "Austria's Greens party" is the Greens."""
    for child in (c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
        actor = resolver.resolve(child)
        if actor is not None and actor.type in {"organization", "group"}:
            return actor
    return None
