"""Extraction: parsed passages of one document -> Statements with their passages.

`extract_document` walks the document's sentences in reading order, so that speakers,
speaker segments and anaphora carry across paragraphs, and runs the stance, event and
role extractors on each sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..link.gazetteer import Gazetteer, mint_id
from ..link.resolve import Resolved, Resolver
from ..link.topics import Topic, canonical_phrase, topic_for
from ..models import Document, Passage, Statement
from .arguments import Target
from .attribution import Attributor, Frame, quote_ranges
from .clauses import blamed, called_as, condemned_actions, deontic_demands, dismissals, regarded_as
from .cues import Lexicon
from .evaluation import find_evaluations
from .events import find_events
from .found import Found
from .holders import note_subjects
from .nouns import noun_stances
from .proposals import note_proposals
from .roles import find_roles
from .screens import Screens, screen_reason
from .stance import find_stances
from .threats import foretold_threats

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["Lexicon", "extract_document"]


@dataclass(frozen=True)
class Resources:
    """The lexicons extraction reads from ontology/."""

    gazetteer: Gazetteer
    topics: tuple[Topic, ...]
    lexicon: Lexicon
    polarity: dict[str, float]
    screens: Screens = Screens()


def extract_document(
    document: Document,
    parsed: Iterable[tuple[Passage, Doc]],
    resources: Resources,
    *,
    text: str | None = None,
) -> list[Statement]:
    """Extract the statements of one document from its parsed passages, in reading order.

    Args:
        document: the document.
        parsed: (passage, parsed Doc) pairs in reading order.
        resources: gazetteer, topics and cue lexicon.
        text: the analysis text the passages were parsed from (for quote detection).

    Returns:
        Statements, deduplicated, in document order.
    """
    resolver = Resolver(resources.gazetteer)
    author = Resolved(mint_id(document.author), document.author, "person") if document.author else None
    attributor = Attributor(resolver, quote_ranges(text if text is not None else document.text))
    statements: dict[tuple[str, str, str, int], Statement] = {}
    for passage, doc in parsed:
        attributor.start_paragraph(doc.text, passage.start)
        if _headline(doc.text) and " ".join(doc.text.split()) != " ".join((document.title or "").split()):
            continue  # a headline of another story (a "related" link) in a scraped page
        sentences = list(doc.sents)
        for number, sent in enumerate(sentences):
            resolver.person_before = resolver.last_person
            for person, office, cue in find_roles(sent, resolver):
                _note_office(resolver, person, office, resources.gazetteer)
                found = Found(person, "holds_role", Target(office), cue, "title", 0.8)
                _add(statements, document, passage, sent, Frame(), found, resources)
            frame = attributor.frame(sent, passage.start, number == len(sentences) - 1)
            resolver.behalf = frame.behalf
            if _question(sent):
                note_subjects(sent, frame, resolver)
                continue  # "Will Wang Yi meet Blinken?" states nothing
            for found in _consistent(
                *find_stances(sent, frame, resolver, resources.lexicon),
                *noun_stances(sent, frame, resolver, resources.lexicon),
                *condemned_actions(sent, frame, resolver),
                *deontic_demands(sent, frame, resolver, author),
                *dismissals(sent, frame, resolver, resources.lexicon),
                *blamed(sent, frame, resolver),
                *regarded_as(sent, frame, resolver, resources.polarity),
                *called_as(sent, frame, resolver, resources.polarity, resources.lexicon),
                *find_evaluations(sent, frame, resolver, resources.polarity, author),
                *find_events(sent, frame, resolver, resources.lexicon),
                *foretold_threats(sent, frame, resolver, resources.lexicon),
            ):
                if screen_reason(found, resources.screens):
                    continue  # a finding a careful reader would not record (screens.py)
                _add(statements, document, passage, sent, frame, found, resources)
                if found.relation == "proposes":
                    resolver.last_proposer = found.holder
            note_subjects(sent, frame, resolver)
            note_proposals(sent, resolver, resources.lexicon)
    return sorted(statements.values(), key=lambda s: (s.start, s.relation, s.holder_id, s.target_id))


_POLARITY = {"supports": 1, "cooperates_with": 1, "opposes": -1, "rejects": -1, "criticizes": -1}


def _consistent(*found: Found) -> list[Found]:
    """A sentence's findings without the stances it gives both ways: when one sentence yields
    that a holder supports and opposes the same target, the reading is unsure, and neither is kept."""
    signs: dict[tuple[str, str], set[int]] = {}
    for f in found:
        if f.relation in _POLARITY:
            key = (f.holder.id, f.target.actor.id if f.target.actor else f.target.text.lower())
            signs.setdefault(key, set()).add(_POLARITY[f.relation])
    torn = {key for key, seen in signs.items() if len(seen) > 1}
    return [
        f
        for f in found
        if f.relation not in _POLARITY
        or (f.holder.id, f.target.actor.id if f.target.actor else f.target.text.lower()) not in torn
    ]


def _question(sent: Span) -> bool:
    """Whether a sentence asks rather than states (its last word before closing quotes is "?")."""
    return sent.text.rstrip().rstrip("\"'”’»)").endswith("?")


def _headline(text: str) -> bool:
    """Whether a line is a headline in Title Case: no closing full stop, and nearly all of
    its longer words capitalised ("Kremlin Says Moscow, Havana Have 'Synchronised Positions'")."""
    stripped = text.rstrip()
    if len(stripped) > 300 or stripped.endswith((".", "!", ":", ";", ",")):
        return False
    words = [w.strip("'‘’\"“”(") for w in stripped.split()]
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if len(long_words) < 3:
        return False
    return sum(1 for w in long_words if w[0].isupper()) / len(long_words) >= 0.8


def _note_office(resolver: Resolver, person: Resolved, office: str, gazetteer: Gazetteer) -> None:
    """Remember the state a person's office belongs to, for "we" in their words, and the
    office, for "the minister" later on."""
    resolver.person_offices[person.id] = office
    if " of " in office:
        country = gazetteer.find(office.rsplit(" of ", 1)[1])
        if country is not None:
            resolver.offices.setdefault(person.id, resolver.actor(country))


def _add(
    statements: dict[tuple[str, str, str, int], Statement],
    document: Document,
    passage: Passage,
    sent: Span,
    frame: Frame,
    found: Found,
    resources: Resources,
) -> None:
    if found.cue.i in frame.hearsay:
        return  # said by someone the text does not name
    start = passage.start + sent.start_char
    end = passage.start + sent.end_char
    while end > start and document.text[end - 1].isspace():
        end -= 1
    target = found.target
    if target.actor is not None:
        target_id, target_label, target_type = (
            target.actor.id,
            target.actor.label,
            target.actor.type,
        )
    elif found.relation == "holds_role":
        target_id, target_label, target_type = mint_id(target.text), target.text, "office"
    else:
        target_id, target_label = topic_for(
            canonical_phrase(target.text, resources.gazetteer), resources.topics, target.head
        )
        target_type = "office" if found.relation == "holds_role" else "topic"
    voice = frame.voice_of(found.cue)
    speaker = frame.speaker if voice != "author" else None
    statement = Statement(
        doc_id=document.id,
        doc_name=document.name,
        holder=found.holder.label,
        holder_id=found.holder.id,
        holder_type=found.holder.type,
        relation=found.relation,
        target=target_label,
        target_id=target_id,
        target_type=target_type,
        target_text=target.text[:200],
        speaker=speaker.label if speaker else document.author,
        speaker_id=speaker.id if speaker else None,
        voice=voice,
        start=start,
        end=end,
        evidence=document.text[start:end],
        confidence=round(found.confidence, 2),
        rule=found.rule,
        cue=found.cue.text,
        negated=found.negated,
    )
    key = (statement.holder_id, statement.relation, statement.target_id, start)
    statements.setdefault(key, statement)
