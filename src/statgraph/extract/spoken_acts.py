"""Screens of acts and stances a sentence names without its holder taking or doing them.

- disowned_intent: an act under a negative quantifier of intent or need is the very act its
  holder disowns: "we have no intention whatsoever to ask China to build a base" asks nothing,
  "there is no need for Fiji to continue the agreement" backs nothing, "there are no plans for
  the premier to meet the Japanese leader" is no meeting. (Reading the opposite stance from it
  is left alone: "no need to continue" is not always opposition.)
- talked_about: an act that is only the topic of talks ("the ministers discussed strengthening
  cooperation", "discussed plans to jointly build a port", "talks regarding Skopje's accession to
  the EU") is talked about, not done or taken: no support, proposal, membership or deployment is
  read from it. The talks themselves (a meeting) are read elsewhere and kept. A tie talked about
  ("discussed the strong ties between Jordan and Iraq") is left to the readers: the corpus's
  readers count it as often as not.
- unsaid: what a speaker says is not meant, said or thought ("solidarity with Israel does not mean
  that we approve of every decision", "Fico did not announce his refusal to provide aid", "I
  don't think they have a plan") is no stance of anyone: the clause under a negated verb of
  saying or meaning is not asserted.
- coming_occasion: a visit or meeting named as the occasion of an act still to come ("Marcos will
  witness the signing of defence pacts during his visits to Jakarta and Singapore") is to come too.

The word lists are data in ontology/screens.toml ([disowned] nouns, [talks] verbs and
nouns, [unsaid] verbs); screens.screen_reason runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .moods import event_mood, negated
from .unasserted import heads_within

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .found import Found
    from .screens import Screens

# How a cue hangs inside the act a word of intent or talk governs, walking up from the cue.
_INSIDE = frozenset(
    {"xcomp", "ccomp", "acl", "advcl", "pcomp", "prep", "pobj", "dobj", "obj", "conj", "relcl", "compound"}
)
_NO = frozenset({"no", "zero"})
# the relations a talk's topic is read as: a meeting ("discussed X with Y") is the talk itself
_TOPIC_RELATIONS = frozenset({"member_of", "supports", "deployed_to", "proposes"})
_STANCES = frozenset({"supports", "proposes"})


def disowned_intent(found: Found, screens: Screens) -> bool:
    """Whether the cue lies inside an intent or need its holder says there is none of: "no
    intention to", "no need for X to", "no plans to", "does not have any intention of"."""
    if found.relation == "holds_role":
        return False
    for _, head in heads_within(found.cue, _INSIDE, 6):
        if head.pos_ in {"NOUN", "PROPN"} and head.lower_ in screens.disowned:
            return _none_of(head)
    return False


def _none_of(noun: Token) -> bool:
    """ "no intention", "not any plans" (the verb negated): the intent is said to be none."""
    if any(c.lower_ in _NO and c.dep_ in {"det", "neg", "advmod"} for c in noun.children):
        return True
    if noun.i > 0 and noun.doc[noun.i - 1].lower_ in _NO:
        return True  # "no" taken for an adverb or hung elsewhere: 'there was "no need"'
    verb = noun.head
    quantified = any(c.lower_ == "any" for c in noun.children)
    return quantified and noun.dep_ in {"dobj", "obj", "attr"} and verb.pos_ in {"VERB", "AUX"} and negated(verb)


def talked_about(found: Found, screens: Screens) -> bool:
    """Whether the cue lies inside the topic of talks: the object of a verb of talking
    ("discussed strengthening cooperation") or the "on"/"about" phrase of a talk noun ("views on
    expanding ties", "talks on joining the bloc")."""
    if found.relation not in _TOPIC_RELATIONS or found.relation in _STANCES and _owned(found.cue):
        return False  # "discussed a French proposal on a ceasefire": France's, whoever discusses it
    for child, head in heads_within(found.cue, _INSIDE, 6):
        lemma = head.lemma_.lower()
        if head.pos_ in {"VERB", "AUX"} and lemma in screens.talk_verbs:
            return child.dep_ in {"dobj", "obj", "xcomp", "ccomp", "pcomp"} or about_phrase(child)
        if head.pos_ == "NOUN" and head.lower_ in screens.talk_nouns and about_phrase(child):
            return True
        if head.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
            return False  # a clause of its own stands between: "they said they would deepen ties"
    return False


def _owned(cue: Token) -> bool:
    """Whether a cue noun names whose it is ("a French proposal", "Egypt's plan")."""
    return cue.pos_ == "NOUN" and any(
        c.dep_ == "poss" or c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}
        for c in cue.children
    )


def about_phrase(word: Token) -> bool:
    """Whether a word is the "on"/"about" preposition that opens the topic of talk ("views on ...")."""
    return word.dep_ == "prep" and word.lower_ in {"on", "about", "over", "regarding", "concerning"}


_OCCASION = frozenset({"after", "at", "during", "following", "in", "on", "upon"})


def coming_occasion(found: Found) -> bool:
    """Whether a visit or meeting noun is the occasion ("during", "at", "on") of a verb told as to
    come or possible: "will witness the signing during his visits to Jakarta"."""
    cue = found.cue
    if found.relation not in {"visited", "met_with"} or cue.pos_ not in {"NOUN", "PROPN"}:
        return False
    while cue.dep_ == "conj" and cue.head.i != cue.i:
        cue = cue.head  # "during his visits to Jakarta and talks in Singapore"
    if cue.dep_ != "pobj" or cue.head.lower_ not in _OCCASION:
        return False
    verb = cue.head.head
    return verb.pos_ in {"VERB", "AUX"} and event_mood(verb) is not None


# how the clause said or meant hangs from the verb of saying
_SAID = frozenset({"ccomp", "dobj", "obj", "prep", "xcomp"})
_UP_TO_SAYING = _INSIDE | {"nsubj", "nsubjpass", "attr", "acomp", "amod", "poss"}


def unsaid(found: Found, screens: Screens) -> bool:
    """Whether the cue lies inside the clause or object of a negated verb of saying or meaning:
    "does not mean that we approve", "did not announce his refusal", "don't think they have a plan"."""
    if found.relation == "holds_role":
        return False
    for child, head in heads_within(found.cue, _UP_TO_SAYING, 5):
        saying = head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in screens.saying
        if saying and child.dep_ in _SAID and negated(head):
            return True
    return False
