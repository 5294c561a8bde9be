"""Targets a careful reader would not write down, whatever rule found them: the holder's own
speaker ("Venezuela criticizes Delcy Rodríguez" where she speaks for Venezuela), or words that
only point ("We all know", "them back"), with no noun or name to say what they are about.

`screens.screen_reason` drops findings by their wording and cue; these screens also need the
sentence's frame (who speaks, for whom).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .found import Found

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .context.frame import Frame

# Stances whose target is never the one who speaks for the holder: one does not praise, blame,
# ask or warn oneself. Cooperation and events are left alone ("Maduro said ... with Pakistan").
_POLAR = frozenset({"criticizes", "demands", "opposes", "proposes", "rejects", "supports", "warns"})
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "it", "they", "them", "us", "him", "her", "me"})
# Openings that only point, like a personal pronoun: "(protesting) what is said (was ...)".
_POINTING_OPENINGS = _PERSONAL | {"what"}
# Words a target cut short ends on: a modal whose verb was cut off ("the killing of civilians
# in Gaza must | stop").
_MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would"})
_NAMING = frozenset({"NOUN", "PROPN", "NUM"})


def unfit_target(found: Found, frame: Frame) -> str | None:
    """The name of the target screen that drops a finding, or None."""
    if _own_speaker(found, frame):
        return "own_speaker"
    if _only_pointing(found):
        return "only_pointing"
    if _own_condition(found):
        return "own_condition"
    if _cut_short(found):
        return "cut_short"
    if _own_state(found):
        return "own_state"
    return None


def _own_speaker(found: Found, frame: Frame) -> bool:
    """A stance aimed at the person who speaks for its holder: the speaker is no party to what
    they say (a clause read from the speech verb up, not from the clause said)."""
    actor, speaker = found.target.actor, frame.speaker
    if found.relation not in _POLAR or actor is None or speaker is None or speaker.id == found.holder.id:
        return False
    speaks_for = frame.behalf is not None and frame.behalf.id == found.holder.id
    return actor.id == speaker.id and speaks_for


def _own_condition(found: Found) -> bool:
    """A stance on its holder's own state in some condition ("the US's support for a strong,
    prosperous Vietnam" read as Vietnam's): a stance on oneself, like one aimed at oneself, is
    none a reader records (`arguments.make_target` words "a neutral Malaysia" as an issue)."""
    head, text = found.target.head, found.target.text
    if found.relation not in _POLAR or found.target.actor is not None or not head[:1].isupper():
        return False
    return text.endswith(head) and found.holder.label.split()[-1] == head


def _only_pointing(found: Found) -> bool:
    """An issue target that opens on a personal pronoun and has no noun or name: "We all know
    (what the solution is)", "(We want) them back" say nothing of what is at issue."""
    if found.target.actor is not None or found.relation == "holds_role":
        return False
    words = found.target.text.split()
    if not words or words[0].lower().strip(_MARKS) not in _POINTING_OPENINGS:
        return False
    tokens = _tokens_of(found.cue.sent, found.target.text)
    return tokens is not None and not any(t.pos_ in _NAMING and t.lower_ not in _PERSONAL for t in tokens)


def _own_state(found: Found) -> bool:
    """A stance of a person on the state they serve, as the gazetteer knows it ("Egypt's foreign
    minister reaffirmed *Egypt's* solidarity with Sudan" is not his stance on Egypt): a state is
    the one a minister speaks for, not the one they praise, blame or ask."""
    actor, holder = found.target.actor, found.holder
    return found.relation in _POLAR and actor is not None and holder.type == "person" and holder.of == actor.id


def _cut_short(found: Found) -> bool:
    """An issue target that ends on a modal, its verb cut off: "the killing of civilians in
    Gaza must" says what must be, not what must happen to it."""
    text = found.target.text
    words = text.split()
    if found.target.actor is not None or len(words) < 2 or "," in text:
        return False  # "... confident in the country, where democratic processes will": an aside cut, not the matter
    return words[-1].lower().strip(_MARKS) in _MODALS


_MARKS = "\"'“”‘’-–—.,;:!?"


def _tokens_of(sent: Span, text: str) -> Span | None:
    """The sentence's tokens that the target's words were read from, if found there."""
    at = sent.text.find(text)
    if at < 0:
        return None
    return sent.char_span(at, at + len(text), alignment_mode="expand")
