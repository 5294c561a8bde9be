"""Collective holders: the sides an article's meeting, talks or joint statement brought together,
named again by a collective noun.

"Xi met Imran Khan ... The two sides underlined ...": the states of the two people last said to
meet; "ECOWAS leaders met in Abuja ... The leaders reiterated ...": the body last spoken of;
"We, the leaders of Moldova and the European Union, support ...": the sides the apposition names.
When the sides are not clear (no meeting, a single person, more sides than the number says), no
holder: a wrong holder misleads more than a missed one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp.bounds import sentence_of
from ...words import words
from .subjects import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver
    from .frame import Frame

# Those who meet for their side and speak together afterwards: "The ministers reaffirmed ...".
_DELEGATES = words("actor_nouns", "delegates")


_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_PARTIES = frozenset("country state nation side government capital partner ally member leader power".split())
# "the two ministers", "both presidents": the two people last said to meet, each for their state
_OFFICES = frozenset("minister president premier".split())


def numbered_group(token: Token, resolver: Resolver, pair: tuple[Resolved, ...] = ()) -> tuple[Resolved, ...]:
    """ "the two countries", "both sides", "the three countries": the last list of as many
    actors named before (a list, or the subjects of the last sentence); for two, else the sides of
    the meeting last told of, else the states of the two people last named together (`pair`)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _PARTIES | _OFFICES:
        return ()
    number = next((_NUMBERS[c.lower_] for c in token.children if c.lower_ in _NUMBERS), 0)
    if token.lemma_.lower() in _OFFICES:
        return two_sides(resolver, pair) if number == 2 else ()  # not the last two states spoken of
    if not number:
        return ()
    named = _listed_before(token, resolver)  # "Since China and the EU forged ties, the two sides have ..."
    if len(named) == number:
        return named
    for candidates in (resolver.last_subjects, resolver.last_list):
        if len(candidates) == number:
            return candidates
    return two_sides(resolver, pair) if number == 2 else ()  # "Xi met Khan ... The two sides": their states


def _listed_before(token: Token, resolver: Resolver) -> tuple[Resolved, ...]:
    """The last list of states or bodies its own sentence names before "the two sides" ("Since
    China and the EU forged ties, the two sides have ..."), or of people, each for the state they
    serve ("Aliyev and Pashinyan signed a declaration ... confirms that the two sides have
    initialed"): they, not those of an earlier sentence."""
    found: tuple[Resolved, ...] = ()
    for head in sentence_of(token):
        if head.i >= token.i:
            break
        if head.pos_ != "PROPN" or head.dep_ == "conj" or not any(c.dep_ == "conj" for c in head.children):
            continue
        members = [head, *conjuncts(head)]
        actors = [resolver.resolve(t) for t in members if t.i < token.i]
        sides = [_side_of(a, resolver) if a is not None else None for a in actors]  # "Aliyev and Pashinyan signed"
        if len(sides) == len(members) and all(a is not None and a.type in {"state", "organization"} for a in sides):
            found = tuple({a.id: a for a in sides if a is not None}.values())
    return found


def meeting_pair(resolver: Resolver) -> tuple[Resolved, ...]:
    """The two sides of the meeting last told of, each a state or body: a person stands for the
    state they serve. None unless both sides are known and distinct."""
    sides: dict[str, Resolved] = {}
    for side in resolver.meeting_sides:
        actor = _side_of(side, resolver)
        if actor is None:
            return ()
        sides.setdefault(actor.id, actor)
    return tuple(sides.values()) if len(sides) == 2 else ()


def two_sides(resolver: Resolver, pair: tuple[Resolved, ...]) -> tuple[Resolved, ...]:
    """The sides of the meeting last told of, else the states of the two people last named
    together as a subject ("Kono and Wang agreed ... The two ministers welcomed ...")."""
    found = meeting_pair(resolver)
    if found or len(pair) != 2:
        return found
    sides = [_side_of(person, resolver) for person in pair]
    distinct = {a.id: a for a in sides if a is not None}
    return tuple(distinct.values()) if len(distinct) == 2 and None not in sides else ()


def _side_of(side: Resolved, resolver: Resolver) -> Resolved | None:
    """The state or body a participant of a meeting stands for."""
    if side.type != "person":
        return side
    if side.id in resolver.own_voice:
        return None
    stated = resolver.offices.get(side.id)
    if stated is not None:
        return stated
    known = resolver.gazetteer.actors.get(side.of) if side.of else None
    return resolver.actor(known) if known is not None else None


def bare_delegates(token: Token, resolver: Resolver, pair: tuple[Resolved, ...] = ()) -> tuple[Resolved, ...]:
    """ "The ministers reaffirmed ...", "The leaders reiterated ...", "the foreign ministers
    assured ...": a definite plural of those who meet for their side, with no owner, number or
    "of" naming whose: the body last spoken of as a subject, else the states last spoken of together
    (two or more), else the two sides of the meeting last told of."""
    if token.tag_ not in {"NNS", "NNPS"} or token.lemma_.lower() not in _DELEGATES:
        return ()
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return ()  # "Participants reject ...", "Ministers often say ...": whoever, not those who met
    for child in token.children:
        if child.dep_ == "det" and child.lower_ == "the":
            continue
        if child.dep_ == "amod" and child.lower_ in {"foreign", "defence", "defense", "finance", "trade"}:
            continue  # "the foreign ministers": still the ones who met
        if _of_state(child):
            continue  # "The heads of state directed ...": still those who met
        return ()  # "some leaders", "Western leaders", "the leaders of ...", "our ministers"
    subjects = resolver.last_subjects
    if len(subjects) == 1 and subjects[0].type == "organization":
        return subjects
    if len(subjects) >= 2 and all(a.type == "state" for a in subjects):
        return subjects
    return two_sides(resolver, pair)


def _of_state(child: Token) -> bool:
    """Whether a modifier is "of state" or "of state and government" ("the heads of state")."""
    objects = [t for t in child.subtree if t.dep_ in {"pobj", "conj"}]
    return child.lower_ == "of" and bool(objects) and all(t.lemma_.lower() in {"state", "government"} for t in objects)


def signatories(token: Token, holders_of: object, frame: object, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """ "We, the leaders of Moldova and the European Union, support ...": each side the
    apposition of "we" names (a list of names, or the states its leaders stand for); the
    author's later "we" in the same joint statement stands for them too."""
    if token.lower_ not in {"we", "us", "our"} or token.pos_ != "PRON":
        return []
    found: list[tuple[Resolved, str]] = []
    for appos in (c for c in token.children if c.dep_ == "appos"):
        found += [(actor, "we_the") for actor, _ in holders_of(appos, frame, resolver)]  # type: ignore[operator]
    signed = list({a.id: (a, how) for a, how in found}.values())
    if len(signed) >= 2:
        resolver.signatories = tuple(a for a, _ in signed)  # the author's "we" from here on
    if signed:
        return signed
    signers = {a.id for a in resolver.signatories}
    # a later "We condemn ..." of the joint statement's own text: every signatory, not a quoted speaker's "we"
    if signers and token.i not in frame.quoted and (frame.speaker is None or frame.speaker.id in signers):
        return [(actor, "we_signed") for actor in resolver.signatories]
    return []


# What one side issues and speaks through: "The statement stressed ...", "The communique urged ...".
_SPEAKING = words("speech", "reporting_verbs")
_ISSUED = frozenset("statement communique communiqué declaration readout release".split())


def note_issuer(sent: Span, frame: Frame, resolver: Resolver) -> None:
    """Remember the state or body that spoke in a sentence ("the Sudanese government said"),
    for a later "The statement stressed"; any other speaker (a person, one not known) leaves none."""
    side = frame.speaker  # a person's words are theirs, not a statement's: "Ulyanov said" issues none
    if side is not None and side.type in {"state", "organization"} and len(frame.joint) < 2:
        resolver.last_issuer, resolver.last_issuers = side, ()
    elif frame.frame_tokens or any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.lemma_.lower() in _SPEAKING for t in sent):
        resolver.last_issuer = None  # "a State Department spokesperson said": someone not known spoke last
        subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lemma_.lower() not in _ISSUED | _ISSUERS | _DELEGATES | {"they"}:
            resolver.last_issuers = ()  # not "The statement called for ...", "The nations warned ..."


def spoken_again(token: Token, resolver: Resolver) -> Resolved | None:
    """ "The WHO said in a statement that ... It also said it hopes ...": "it" speaking is the one
    body or state the last sentence's main subject named; after any other sentence, nobody."""
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return None
    before = resolver.subject_before
    return before[0] if len(before) == 1 and before[0].type in {"organization", "state"} else None


def issued(token: Token, resolver: Resolver) -> tuple[Resolved, ...]:
    """ "The statement emphasized the government's commitment ...": the state or body last
    heard speaking issued it and holds what it says; "a statement", "their statement", "the
    statement of X" name another one, or nobody clear."""
    if token.lemma_.lower() not in _ISSUED or token.tag_ != "NN" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return ()
    if any(c.dep_ not in {"det", "amod"} or c.dep_ == "det" and c.lower_ != "the" for c in token.children):
        return ()
    if any(c.dep_ == "amod" and c.lower_ not in {"joint", "official", "press"} for c in token.children):
        return ()
    if resolver.last_issuers:
        return resolver.last_issuers  # "A, B and C issued a joint statement ... The statement called for": each
    return (resolver.last_issuer,) if resolver.last_issuer is not None else ()


# Verbs by which several issue one text together: "A and B issued a joint statement".
_ISSUING = frozenset("issue release sign adopt publish say agree".split())


def note_joint_issuers(sent: Span, subjects: tuple[Resolved, ...], resolver: Resolver) -> None:
    """Remember the states or bodies a sentence's main subject names when they issue one text
    together ("Brazil, Colombia and Mexico said in a joint statement ...", "A, B and C issued a
    joint statement condemning ..."), for a later "The statement called for ..."; a sentence with
    a new subject of its own forgets them."""
    if _text_follows(sent):
        signed = subjects or _listed_before_verb(sent, resolver)
        if len(signed) >= 2 and all(a.type in {"state", "organization"} for a in signed):
            resolver.signatories = signed  # "... issued the following joint communique: 1. We ...": each of them
    if len(subjects) >= 2 and all(a.type in {"state", "organization"} for a in subjects) and _joint_text(sent):
        resolver.last_issuers, resolver.last_issuer = subjects, None
    elif subjects and {a.id for a in subjects} != {a.id for a in resolver.last_issuers}:
        resolver.last_issuers = ()


_ISSUERS = frozenset("country nation government state signatory".split())


def issuers_described(token: Token, resolver: Resolver) -> tuple[Resolved, ...]:
    """ "The condemning nations warned ...", "the signatory states", "the governments": a definite
    plural of states, with no number, owner or "of", said while a joint text's issuers are still
    the subject: each of them."""
    if not resolver.last_issuers or token.tag_ != "NNS" or token.lemma_.lower() not in _ISSUERS:
        return ()
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return ()
    if any(c.dep_ not in {"det", "amod"} or c.dep_ == "det" and c.lower_ != "the" for c in token.children):
        return ()  # "the two countries" (numbered_group), "the countries of the region", "Western nations"
    return resolver.last_issuers


def _joint_text(sent: Span) -> bool:
    """Whether a sentence's main verb issues a text ("issued a joint statement", "said in a joint
    statement", "in a joint communique, ... urged")."""
    for token in sent:
        if token.lemma_.lower() not in _ISSUED or token.pos_ != "NOUN":
            continue
        joint = any(c.dep_ == "amod" and c.lower_ == "joint" for c in token.children)
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if verb == sent.root and (joint or verb.lemma_.lower() in _ISSUING and token.dep_ == "dobj"):
            return True
    return False


def _text_follows(sent: Span) -> bool:
    """Whether the text a sentence issues is printed right after it: "A, B and C issued the
    following joint communique:", "... made the following statement:" (its "we" is theirs)."""
    if not sent.text.rstrip().endswith(":"):
        return False
    return any(t.lemma_.lower() in _ISSUED and any(c.lower_ == "following" for c in t.children) for t in sent)


def _listed_before_verb(sent: Span, resolver: Resolver) -> tuple[Resolved, ...]:
    """The names listed right before a sentence's main verb, when the parser hung them on a phrase
    before them ("Upon the conclusion of the meeting, A, B and C issued ..."): each one's actor."""
    root = sent.root
    last = next((t for t in reversed(sent[: root.i - sent.start]) if not t.is_punct), None)
    if last is None or last.pos_ != "PROPN":
        return ()
    while last.dep_ == "conj" and last.head.pos_ == "PROPN":
        last = last.head
    members = [last, *conjuncts(last)]
    actors = [resolver.resolve(t) for t in members]
    return tuple({a.id: a for a in actors if a is not None}.values()) if None not in actors else ()


def modifier_issuer(token: Token, resolver: Resolver) -> Resolved | None:
    """The state or body a statement's modifier names: "the Indian readout", "a Pakistani
    statement", "the G7 communique" hold what they say."""
    if token.lemma_.lower() not in _ISSUED and token.lower_ not in _ISSUED:
        return None
    for child in (c for c in token.children if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "PROPN"}):
        actor = resolver.gazetteer.demonym(child.text) or resolver.gazetteer.find(child.text)
        if actor is not None and actor.type in {"state", "organization"}:
            return resolver.actor(actor)
    return None


GIVEN = words("speech", "speech_nouns")


def named_issuer(token: Token) -> Token | None:
    """Who gave a statement the text names with it: "a statement by the Ministry of External
    Affairs", "a statement from the Foreign Ministry", "the Kremlin's statement"; None for a
    statement of nobody named ("the statement", "their statement")."""
    if token.lemma_.lower() not in GIVEN and token.lower_ not in GIVEN:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None:
        return owner
    by = (p for c in token.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"} for p in c.children)
    return next((p for p in by if p.dep_ == "pobj" and p.pos_ in {"PROPN", "NOUN"}), None)


def unknown_given(token: Token, actor: Resolved, resolver: Resolver) -> bool:
    """Whether an actor was made up of the bare word for a statement ("The Communique reads", "the
    Declaration states"), none the lexicon knows ("the Conference on Disarmament" is a name)."""
    words_ = [w for w in actor.label.lower().split() if w != "the"]
    given = len(words_) == 1 and (words_[0] in GIVEN or token.lemma_.lower() in GIVEN)
    return given and actor.id not in resolver.gazetteer.actors


def issuing_body(sent: Span, resolver: Resolver) -> Resolved | None:
    """The body a statement is issued by, when it opens in the body's own present tense: "The
    Ministry of Foreign Affairs of Ukraine strongly condemns ...", so that the author's later "we"
    is the body's. A report's past tense ("The ministry condemned ...") or a headline (no full stop)
    names none."""
    root = sent.root
    if root.tag_ != "VBZ" or root.lemma_ in _FRAMES or not sent.text.rstrip().endswith("."):
        return None  # not "The Communique reads: ...", "Russia says ...": a report of words
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"PROPN", "NOUN"}:
        return None
    actor = resolver.resolve(subject)
    if actor is None or actor.type not in {"organization", "state"} or unknown_given(subject, actor, resolver):
        return None
    return actor


_FRAMES = _SPEAKING | {"be", "have"}
