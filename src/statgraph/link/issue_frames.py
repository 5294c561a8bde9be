"""What a target phrase is about: its event and the object it names, read from its parse.

Two demands of one article often name one issue in other words ("Israel withdraw from all
Lebanese territories" / "withdrawal of Israeli forces from Lebanon"; "Houthis immediately cease
the attacks" / "an immediate halt to the attacks"): the words around them differ, what they are
about does not. `read_frame` parses the phrase (the pipeline of `nlp.load_nlp`) and reads

- its **event**: the word the phrase's root governs once past words that only lead to it (a
  verb or noun of realisation or seeking, ontology/issue_words.toml `leading`: "reach a
  ceasefire" is the ceasefire, "implementation of the agreement" the agreement) and past an
  undoing word ("halt to the attacks" is about the attacks, undone); its root (`pairs.root`,
  "withdraw" and "withdrawal" one), a kindred group read as one ("truce", "ceasefire");
- its **object**: the roots of the content words the event governs (its object and
  prepositional arguments, not its subject), a demonym read as its country's name;
- its **polarity**: whether a word undoes the event ("cease", "halt", "withdraw from" is an
  event of its own) or refuses it ("not").

`frame_features` compares two frames: the same event; the same event and a shared object word;
the share of the smaller object the other holds; and one phrase's event among the other's object
words; `within_document_frames` gives them for two phrases of one article (across articles, one
event and one object are as often two instances, two ceasefires or two resolutions, as one).

Notes:
    Round twenty tried these as four more features of the pair model (bench/TOPIC_PAIRS.md,
    "Round twenty"): cross-validated F1 on the 1,710 earlier labelled pairs rose from 0.497 to
    0.558, but on the held-back set of round twenty the model joined one right pair more
    (F1 0.50 -> 0.53) and in a train + dev build it lost about as many right network edges as it
    gained, with more wrong ones among those gained; the pair model does not read them (yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..words import words
from .pairs import issue_root

_LEADING = words("issue_words", "leading")
_UNDOING = words("issue_words", "undoing")
_REFUSING = words("issue_words", "refusing")
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
_STEPS = 4  # leading or undoing words followed at most
# Undoing words that are an event of their own when they govern a place or a force ("withdraw
# from Lebanon", "withdrawal of troops"), not an issue they undo.
_MOVING = frozenset({"withdraw", "withdrawal", "pull"})


@dataclass(frozen=True)
class Frame:
    """What a phrase is about: its event's root, its object's roots, and whether it is undone."""

    event: str
    objects: frozenset[str]
    undone: bool = False


@lru_cache(maxsize=65536)
def read_frame(text: str) -> Frame:
    """The frame of a target phrase ("" and no object for an empty one)."""
    from ..nlp import load_nlp

    doc = load_nlp()(" ".join(text.split()))
    roots = [t for t in doc if t.head.i == t.i]
    if not roots:
        return Frame("", frozenset())
    event, undone = roots[0], False
    for _ in range(_STEPS):
        lemma = event.lemma_.lower()
        if lemma not in _LEADING and (lemma not in _UNDOING or lemma in _MOVING):
            break
        following = _complement(event)
        if following is None:
            break
        undone ^= lemma in _UNDOING
        event = following
    undone ^= any(t.lower_ in _REFUSING or t.dep_ == "neg" for t in event.children)
    objects = frozenset(issue_root(t.lemma_) for t in _arguments(event)
                        if t.pos_ in _CONTENT and not t.is_stop and t.text[:1].isalnum())
    return Frame(issue_root(event.lemma_), objects - {issue_root(event.lemma_)}, undone)


def _complement(token):
    """What a leading or undoing word governs: its object, else the object of its preposition
    ("calls for a ceasefire", "halt to the attacks"), else an open clause ("seek to end")."""
    children = list(token.children)
    for dep in ("dobj", "xcomp", "ccomp", "attr"):
        found = next((c for c in children if c.dep_ == dep), None)
        if found is not None:
            return found
    for prep in (c for c in children if c.dep_ == "prep"):
        found = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if found is not None:
            return found
    return None


def _arguments(event):
    """The tokens of the event's arguments: its subtree less its subject's."""
    subjects = {t.i for c in event.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return [t for t in event.subtree if t.i != event.i and t.i not in subjects]


def frame_features(a: Frame, b: Frame) -> dict[str, float]:
    """What two frames share (each 0 or 1, but the share of objects)."""
    same_event = bool(a.event) and a.event == b.event and a.undone == b.undone
    small = min(len(a.objects), len(b.objects))
    shared = len(a.objects & b.objects)
    return {
        "same_event": float(same_event),
        "same_event_object": float(same_event and shared > 0),
        "object_overlap": shared / small if small else 0.0,
        "event_in_object": float(not same_event and (a.event in b.objects or b.event in a.objects)),
    }


# The frame features the pair model weighs, for two phrases of one article (0 for two articles).
WITHIN_DOCUMENT_FRAMES = ("same_document_event", "same_document_object", "same_document_event_object",
                          "same_document_event_in_object")


def within_document_frames(a: Frame | None, b: Frame | None) -> dict[str, float]:
    """`frame_features` of two phrases of one article, under the pair model's names (all 0 when
    either frame is None: two articles)."""
    if a is None or b is None:
        return dict.fromkeys(WITHIN_DOCUMENT_FRAMES, 0.0)
    found = frame_features(a, b)
    return dict(zip(WITHIN_DOCUMENT_FRAMES, (found["same_event"], found["object_overlap"], found["same_event_object"],
                                             found["event_in_object"]), strict=True))
