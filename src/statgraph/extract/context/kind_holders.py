"""Holders a noun names by its kind: a state by "the kingdom" or "his country", a body by "the
members of the Security Council", an armed group by "Houthi rebels"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.resolved import Resolved
from ...words import words
from .persons import person_before
from .told import named_alike

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolver
    from .frame import Frame

# Those who stand for the states named after them ("the leaders of Russia and China").
REPRESENTATIVES = words("actor_nouns", "representatives")
# A state referred to by its kind, in its own representative's words: "the kingdom".
STATE_NOUNS = words("actor_nouns", "state_nouns")
# A state's organs that stand for it: "the government" in words said for a state is that state.
STATE_ORGANS = words("actor_nouns", "state_organ_nouns")
# Those who fight or oppose a state from within: never the state that owns them.
INSURGENTS = words("actor_nouns", "insurgents")
BODY_MEMBERS = words("actor_nouns", "body_members")


def noun_lemma(token: Token) -> str:
    """A noun's lemma, also when capitalised as a name ("the Prime Ministers of ...": the tagger
    keeps a proper noun's plural as its lemma)."""
    lemma = token.lemma_.lower()
    return lemma[:-1] if token.pos_ == "PROPN" and lemma.endswith("s") and not lemma.endswith("ss") else lemma


def body_of_members(token: Token, resolver: Resolver) -> Resolved | None:
    """The organisation whose members or representatives speak together: "the members of the
    Security Council", "G7 foreign ministers" (plural, with no number: "two Council members" are not it)."""
    lemma = noun_lemma(token)
    plural = token.tag_ in {"NNS", "NNPS"} or token.pos_ == "PROPN" and lemma != token.lemma_.lower()
    if lemma not in BODY_MEMBERS | REPRESENTATIVES or not plural:
        return None
    if any(
        c.dep_ == "nummod" or c.dep_ == "amod" and lemma in BODY_MEMBERS or c.lower_ in {"some", "several", "many", "few"}
        for c in token.children
    ):
        return None  # "two Council members", "permanent members" are some of them, not the body
    named = [c for c in token.children if c.dep_ in {"compound", "nmod"}] + [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for p in c.children if p.dep_ == "pobj"
    ]  # "G7 foreign ministers", "the members of the Security Council"
    for name in named:
        actor = resolver.resolve(name)
        if actor is not None and actor.type == "organization":
            return actor
    return None


def state_noun_holder(token: Token, frame: Frame, resolver: Resolver) -> tuple[Resolved, str] | None:
    """The state "the kingdom" or "his country" is: the speaker's, or the person's last named."""
    behalf = resolver.behalf
    if behalf is not None and behalf.type == "state" and [c.lower_ for c in token.children] == ["the"]:
        return behalf, "the_state"  # "Prince Faisal said the kingdom rejected ...": his state
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
    if owner is not None and owner.i in frame.reported | frame.quoted and frame.behalf is not None:
        state: Resolved | None = frame.behalf  # "the representative of the UK said her country had joined ..."
    else:
        person = person_before(owner, resolver, frame.quoted) if owner is not None else None
        state = state_of(person, resolver) if person is not None else None
    return (state, "his_country") if state is not None else None  # "his country would not yield to intimidation"


def insurgent_group(token: Token, resolver: Resolver) -> Resolved | None:
    """The group rebels are named for ("Yemen's Houthi rebels": the Houthis), never a state
    ("Sudan's rebels", "Syrian rebels" are no Sudan or Syria)."""
    for child in (c for c in token.children if c.dep_ in {"compound", "amod"}):
        actor = resolver.gazetteer.demonym(child.text) or resolver.gazetteer.find(child.text)
        if actor is not None and actor.type != "state":
            return resolver.actor(actor)
    return None


def state_of(person: Resolved, resolver: Resolver) -> Resolved | None:
    """The state a person serves: the office the text gives, else the lexicon's."""
    if person.id in resolver.own_voice:
        return None
    stated = resolver.offices.get(person.id)
    if stated is not None:
        return stated
    known = resolver.gazetteer.actors.get(person.of) if person.of else None
    return resolver.actor(known) if known is not None else None


_UNNAMED_SIDES = words("actor_nouns", "unnamed_sides")


def unnamed_side(subject: Token) -> bool:
    """Whether a subject is people on a side the text does not name ("the other party", "protesters")."""
    return subject.pos_ == "NOUN" and (subject.lemma_.lower() in _UNNAMED_SIDES or subject.lower_ in _UNNAMED_SIDES)


_GROUP_HOLDERS = words("actor_nouns", "group_holders")
_LABEL_DEPS = frozenset({"amod", "compound", "nmod"})


def unnamed_group(token: Token) -> Resolved | None:
    """People of no named body who hold a stance as a group, labelled by the phrase's own words:
    "Protesters demanded ..." (protesters), "Six Georgian opposition parties rejected ..."
    (Georgian opposition parties); not "the parties agreed" (the sides named before)."""
    lemma, plural = noun_lemma(token), token.tag_ == "NNS"
    grouped = lemma in _GROUP_HOLDERS or token.lower_ in _GROUP_HOLDERS or _labelled(token)
    opposition = lemma == "party" and any(c.lower_ == "opposition" for c in token.children)
    plural = plural or token.lower_ in _LABELLED | _PLACED  # "MPs", tagged as a singular
    if token.pos_ != "NOUN" or not (plural and (grouped or opposition) or token.lower_ == "opposition"):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children) or _described(token):
        return None  # "their supporters": someone's, named before; "critics, including X": X
    words_of = [t for t in token.lefts if t.dep_ in _LABEL_DEPS and t.i >= token.i - 3 and not t.like_num]
    start = min([token.i] + [t.left_edge.i for t in words_of])
    label = " ".join(t.text for t in token.doc[start : token.i + 1] if not t.like_num and t.dep_ != "det")
    first = token.doc[start]
    lowered = first.is_sent_start and (first.lemma_.lower() in _GROUP_HOLDERS or first.lower_ == "opposition")
    label = label[0].lower() + label[1:] if lowered else label  # "Protesters" opening a sentence
    return Resolved(mint_id(label), label, "group")


_LABELLED = words("actor_nouns", "labelled_groups")
_PLACED = words("actor_nouns", "placed_groups")
_PLACES = frozenset({"NORP", "GPE", "LOC"})  # the entity kinds of a label naming a place or people
# Words that count or pick out some of a group, and say nothing of which group it is.
_SOME = frozenset("other many several few various numerous some certain".split())


def _labelled(token: Token) -> bool:
    """Whether a plural of people of an office or calling is a group by a word that labels it:
    "East African leaders", "Minority MPs", "Top rabbis" (not "leaders", "some leaders", "the two
    leaders": whoever, or sides named before)."""
    placed = token.lower_ in _PLACED
    if not (placed or token.lower_ in _LABELLED) or any(c.dep_ in {"nummod", "poss"} for c in token.children):
        return False  # "the two leaders", "Europe's most powerful leaders": counted, or someone's
    labels = [c for c in token.lefts if c.dep_ in _LABEL_DEPS and not c.like_num]
    if placed:  # "East African leaders", "Opposition leaders"; not "World leaders", "ruling and opposition leaders"
        labels = [c for c in labels if c.ent_type_ in _PLACES or _opposition(c)]
    return bool(labels) and not any(c.lower_ in _SOME for c in token.lefts)


def _opposition(label: Token) -> bool:
    """Whether a label is the opposition alone ("Opposition leaders"; not "ruling and opposition leaders")."""
    return label.lower_ == "opposition" and not label.conjuncts


def _described(token: Token) -> bool:
    """Whether a group noun names its members ("Critics, including Pereira"), is a stance
    ("his country's opposition to the pact") or another's part ("the leader of the opposition")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return True
    for child in token.children:
        if child.dep_ == "appos" or child.dep_ == "prep" and child.lower_ in {"including", "like", "such", "to", "against"}:
            return True
    return False


# Kinds of body a bare definite noun refers back to by the one body of that kind named before:
# "the parliament", "the court", "the authority" (ontology/actor_nouns.toml)
_REFERRING_KINDS = words("actor_nouns", "referring_kinds")


def kind_referent(token: Token, resolver: Resolver) -> Resolved | None:
    """The one body of a kind named earlier in the document that a bare "the <kind>" names again
    ("the Parliament of Iraq ... The parliament strongly opposes ...": that parliament); nobody
    when two bodies of the kind were named, or none ("the court" after two courts)."""
    kind = token.lemma_.lower()
    if kind not in _REFERRING_KINDS or token.tag_ not in {"NN", "NNP"}:
        return None
    if [c.lower_ for c in token.children if c.dep_ not in {"punct"}] != ["the"]:
        return None  # "the new parliament", "the court of appeal", "a court": not the one named before
    here = resolver.passages.setdefault(id(token.doc), len(resolver.passages))  # as the resolver numbers passages
    named = [m for m in sorted(resolver.mentions.values(), key=lambda m: m.at) if m.at < (here, token.i) and kind in m.kinds]
    if not named or not all(named_alike(m.actor, named[-1].actor) for m in named):
        return None  # two parliaments, or none
    return named[-1].actor  # the last name given it ("Parliament of Iraq" after "Iraq Parliament")
