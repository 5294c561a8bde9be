"""Evaluative language aimed at a target: "reckless expansion", "an irrelevant alliance",
"US interventionism is hugely destructive", "the European Union destroyed all mechanisms".

Most stances carry no stance verb. A speaker's strongly positive or negative word is
followed along the dependency path to what it evaluates: the noun it modifies, the subject
it is predicated of, the actor a compound names, or the agent of a condemned deed. The
speaker's side (or, in the author's voice, the document's author) holds the stance.

Notes:
    Polarity comes from VADER's lexicon (Hutto & Gilbert 2014, "VADER: A Parsimonious
    Rule-based Model for Sentiment Analysis of Social Media Text", shipped in the
    vaderSentiment package), read as data, then ontology/evaluation.toml, which adds the
    vocabulary of political discourse ("hegemon", "provocative", "russophobia") and
    neutralises everyday words that carry no stance there ("support", "security").
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import ExtractionError
from ...link.resolve import INSTITUTIONS, Resolver
from ...words import words
from ..arguments import Target, make_target, phrase, targets
from ..context.frame import Frame
from ..context.holders import resolve_holder
from ..context.subjects import SPEECH_ACTS, subject_of
from ..found import Found
from ..moods import negated
from ..referents import clause_referent
from ..registry import Context, extractor
from ..sentence import word_lists
from .adjectives import ACTION_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

THRESHOLD = 1.5
# "Afghanistan's enemies", "the grievances of the Kashmiri people": their owner undergoes them
_UNDERGOING = words("evaluation", "undergoing")
_SKIP_POS = frozenset({"PRON", "DET", "AUX", "PART", "ADP", "CCONJ", "SCONJ", "PUNCT", "NUM", "PROPN"})


@lru_cache(maxsize=4)
def load_polarity(ontology_dir: Path) -> dict[str, float]:
    """VADER's word polarities, then ontology/evaluation.toml over them.

    Raises:
        ExtractionError: evaluation.toml is malformed.
    """
    table: dict[str, float] = {}
    try:
        text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        text = ""
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].isalpha():
            table[fields[0]] = float(fields[1])
    path = Path(ontology_dir) / "evaluation.toml"
    if path.exists():
        try:
            table.update(tomllib.loads(path.read_text(encoding="utf-8")).get("polarity", {}))
        except tomllib.TOMLDecodeError as e:
            raise ExtractionError(f"cannot read the evaluation lexicon {path}: {e}") from e
    return table


@extractor
def find_evaluations(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the stances that evaluative words in a sentence take towards their targets."""
    frame, resolver, polarity, author = context.frame, context.resolver, context.polarity, context.author
    forms, lemmas = word_lists(sent)  # each word's strings read once, off the parse's array
    for token, form, lemma in zip(sent, forms, lemmas, strict=True):
        score = polarity.get(form, polarity.get(lemma))
        if score is None or abs(score) < THRESHOLD:
            continue
        if token.pos_ in _SKIP_POS or token.i in frame.frame_tokens or negated(token):
            continue
        holder = frame.behalf if frame.voice_of(token) != "author" else author
        if holder is None:
            continue
        if _felt_by_subject(token, context):
            continue  # "Biden was disappointed": his feeling, no judgement of him (stances/emotions.py reads it)
        for target in _evaluated(token, score, resolver):
            if target.actor is not None and target.actor.id == holder.id:
                continue
            relation = ("criticizes" if target.actor is not None else "opposes") if score < 0 else "supports"
            yield Found(holder, relation, target, token, "evaluation", 0.45)


def _felt_by_subject(token: Token, context: Context) -> bool:
    """Whether a word is a feeling said of its subject ("the president was *disappointed*", "they
    felt *frustrated*"): the subject feels it and is not judged by it (ontology/cues.toml
    dismay_words and content_words; what the feeling is about is read in stances/emotions.py)."""
    if token.dep_ not in {"acomp", "oprd"} and not (token.tag_ == "VBN" and _stative_passive(token)):
        return False
    lexicon = context.lexicon
    return token.lower_ in lexicon.listed("opposes", "dismay_words") | lexicon.listed("supports", "content_words")


def _evaluated(token: Token, score: float, resolver: Resolver) -> list[Target]:
    """What an evaluative word is about, along the dependency path."""
    head = token.head
    if token.pos_ == "ADJ" and token.dep_ in {"amod", "conj"} and score < 0 and head.lemma_.lower() in _CONDUCT:
        # "Russia made a grave mistake", "have gone down the wrong path": whoever acts so
        verb = head.head.head if head.dep_ == "pobj" else head.head
        subject = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} and head.dep_ in {"dobj", "pobj", "attr"} else None
        return _actor(subject, resolver) if subject is not None else []
    if token.lemma_.lower() in _UNDERGOING or token.lower_ in _UNDERGOING:
        return _undergone(token, resolver)
    if token.pos_ == "ADJ" and token.dep_ == "amod":
        return _about(_predicated_of(head) or head, resolver, score < 0)
    if token.tag_ == "VBN" and score < 0 and _stative_passive(token):
        subject = subject_of(token)  # "Western policy is wrongheaded", read as a passive
        return _about(subject, resolver) if subject is not None and subject.dep_ == "nsubjpass" else []
    if token.dep_ in {"acomp", "attr", "oprd"}:
        if clause_referent(head):
            return []  # "..., which is unacceptable": the acts before it are judged, not the name
        subject = subject_of(head)
        return _about(subject, resolver, score < 0) if subject is not None else []
    if token.pos_ == "ADV" and token.dep_ == "advmod" and head.pos_ == "VERB":
        subject = subject_of(head)
        return _actor(subject, resolver) if subject is not None else []
    if token.pos_ == "NOUN" and score < 0:
        owners = [c for c in token.children if c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN"]
        found = [t for c in owners for t in _actor(c, resolver)]
        if not found and _quality_noun(token):
            # "the complete bankruptcy of the Euro-Atlantic security model", "the hypocrisy of the West";
            # not "the containment of China" (an act's "of" is its victim) nor "the anger of X"
            found = [
                t
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for pobj in c.children
                if pobj.dep_ == "pobj" and pobj.pos_ in {"NOUN", "PROPN"}
                for t in targets(pobj, resolver)
            ]
        if token.dep_ == "appos":
            found += _actor(head, resolver)
        return found or _kind_of(token, resolver)
    if (
        token.pos_ == "VERB"
        and score < 0
        and token.dep_ not in {"amod", "acl", "xcomp", "ccomp"}
        and token.lemma_.lower() not in SPEECH_ACTS  # "Macron criticized NATO": the critic is no culprit
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)  # the killed are no culprits
    ):
        subject = subject_of(token)
        return _actor(subject, resolver) if subject is not None else []
    return []


def _undergone(token: Token, resolver: Resolver) -> list[Target]:
    """A word its owner undergoes judges only whom it is predicated of: "NATO is the enemy",
    "they are adversaries"; not its owner ("Afghanistan's enemies", "the grievances of the
    Kashmiri people") nor the one who suffers ("the people of Haiti who have suffered")."""
    if token.dep_ not in {"acomp", "attr", "oprd"} or clause_referent(token.head):
        return []
    subject = subject_of(token.head)
    return _about(subject, resolver) if subject is not None else []


def _predicated_of(noun: Token) -> Token | None:
    """Whom a noun is said of when it is a predicate: the object of a regard verb's "as"
    ("views Bazoum *as the true leader* of the country": Bazoum is so judged, not the country)
    or the subject of a copula ("Bazoum is *the legitimate president*")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        verb = noun.head.head
        return next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None) if verb.pos_ == "VERB" else None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return subject_of(noun.head)
    return None


def _stative_passive(token: Token) -> bool:
    """ "Western policy is wrongheaded": a participle after a present "is", no agent, no "been"."""
    auxes = [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}]
    return (
        bool(auxes)
        and all(a in {"is", "are", "’s", "'s"} for a in auxes)
        and not any(c.dep_ == "agent" for c in token.children)
    )


# Nouns of conduct: a bad one condemns whoever pursues it.
_CONDUCT = frozenset("mistake error path game course road line gamble blunder adventure miscalculation".split())
_QUALITY_SUFFIXES = ("cy", "ity", "ness", "ism", "ance")


def _kind_of(token: Token, resolver: Resolver) -> list[Target]:
    """ "Russia's war of aggression against Ukraine", "acts of terror by the group": a bare noun
    after "of" that says what kind of deed its head is judges the deed and whose deed it is."""
    deed = head = token.head.head
    if token.dep_ != "pobj" or token.head.lower_ != "of" or head.pos_ != "NOUN":
        return []
    if any(c.dep_ in {"det", "poss", "compound", "amod", "nummod"} for c in token.children):
        return []
    doers = [
        t
        for c in deed.children
        if c.dep_ in {"poss", "compound"} or c.dep_ == "prep" and c.lower_ == "by"
        for owner in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"])
        for t in _actor(owner, resolver) or _demonym(owner, resolver)
    ]
    target = make_target(deed, resolver) if doers else None
    return doers + ([target] if target is not None and target.actor is None else [])


def _quality_noun(token: Token) -> bool:
    """A noun naming a quality of what its "of"-phrase names: bankruptcy, hypocrisy, arrogance."""
    lemma = token.lemma_.lower()
    return lemma.endswith(_QUALITY_SUFFIXES) or lemma in {"folly", "nonsense", "madness"}


def _about(token: Token, resolver: Resolver, negative: bool = True) -> list[Target]:
    """An actor, or an action or policy noun, as a target; a praised thing names no owner (`negative`)."""
    actors = _actor(token, resolver)
    if actors:
        return actors
    # "US interventionism is destructive", "Western policy is wrongheaded": whose it is
    owners = [
        a
        for c in token.children
        if c.dep_ in {"compound", "poss", "amod"} and c.text[:1].isupper()
        for a in _actor(c, resolver) or _demonym(c, resolver)
    ]
    if owners and token.pos_ == "NOUN":
        return owners if negative else []  # "Malta's best interests", "a positive campaign": no praise of an owner
    if token.pos_ == "NOUN" and (token.lemma_.lower() in ACTION_NOUNS or token.lower_ in ACTION_NOUNS):
        target = make_target(token, resolver)
        return [target] if target is not None else []
    return []


def _actor(token: Token, resolver: Resolver) -> list[Target]:
    if token.pos_ not in {"PROPN", "NOUN"} or token.pos_ == "NOUN" and token.lemma_.lower() not in INSTITUTIONS:
        return []
    found, _ = resolve_holder(token, Frame(), resolver)
    if found is None:
        found = resolver.actor_behind(token) if token.pos_ == "NOUN" else None
    return [Target(found.label, found)] if found is not None else []


__all__ = ["find_evaluations", "load_polarity", "phrase"]


def _demonym(token: Token, resolver: Resolver) -> list[Target]:
    actor = resolver.gazetteer.demonym(token.text)
    return [Target(actor.label, resolver.actor(actor))] if actor is not None else []
