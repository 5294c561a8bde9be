"""Extraction: parsed passages of one document -> Statements with their passages.

`extract_document` walks the document's sentences in reading order, so that speakers,
speaker segments and anaphora carry across paragraphs; on each sentence it reads the roles,
the attribution frame, and then runs the registered extractors (`registry.EXTRACTORS`) in
the order `PIPELINE` lists them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..errors import ExtractionError
from ..headline_case import is_headline
from ..link.acronyms import with_acronyms
from ..link.gazetteer import Gazetteer, mint_id
from ..link.person_names import foreseen_people, place_names
from ..link.resolve import INSTITUTIONS, Resolved, Resolver
from ..link.state_organs import note_organs
from ..link.topics import canonical_phrase, topic_for
from ..models import Document, Passage, Statement
from ..words import words
from ..relations import polarities
from .arguments import Target
from .context.attribution import Attributor
from .context.frame import Frame
from .context.defined_terms import note_defined_terms
from .context.memory import note_meeting, note_subjects
from .context.quoting import quote_ranges
from .cues import Lexicon
from .found import Found
from .order import PIPELINE
from .registry import Context, Pipeline, Resources, pipeline
from .roles.titles import find_roles
from .screens import screen_reason
from .target_screens import unfit_target
from .voice_screens import voice_reason
from .sentence import sentences
from .stances.proposals import note_proposals
from .trace import KEPT, Trace
from .wording import tidy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["PIPELINE", "Lexicon", "Resources", "extract_document"]

# Heads of an unlinked target that is still a collective of people (see _collective)
_COLLECTIVE_NOUNS = INSTITUTIONS | words("actor_nouns", "group_nouns")

StatementKey = tuple[str, str, str, int]


def extract_document(
    document: Document,
    parsed: Iterable[tuple[Passage, Doc]],
    resources: Resources,
    *,
    text: str | None = None,
    trace: Trace | None = None,
) -> list[Statement]:
    """Extract the statements of one document from its parsed passages, in reading order.

    Args:
        document: the document.
        parsed: (passage, parsed Doc) pairs in reading order.
        resources: gazetteer, topics and cue lexicon.
        text: the analysis text the passages were parsed from (for quote detection).
        trace: where to note every candidate and what became of it (`statgraph explain`).

    Returns:
        Statements, deduplicated, in document order.
    """
    parsed = list(parsed)
    docs = [doc for _, doc in parsed]
    gazetteer = with_acronyms(resources.gazetteer, docs)  # "Reporters Without Borders (RSF)": RSF here
    resolver = Resolver(gazetteer, foreseen=foreseen_people(docs, gazetteer), places=place_names(docs))
    note_organs(resolver, docs, document.text)  # "the Ministry ...": whose, and where the story is filed
    extraction = _Extraction(
        document,
        resources,
        resolver,
        Attributor(resolver, quote_ranges(text if text is not None else document.text)),
        Resolved(mint_id(document.author), document.author, "person") if document.author else None,
        pipeline(PIPELINE),
        trace=trace,
    )
    for passage, doc in parsed:
        # the text the Doc was parsed from (Doc.text joins every token anew at each reading)
        paragraph = text[passage.start : passage.end] if text is not None else doc.text
        extraction.attributor.start_paragraph(paragraph, passage.start)
        if is_headline(paragraph) and " ".join(paragraph.split()) != " ".join((document.title or "").split()):
            continue  # a headline of another story (a "related" link) in a scraped page
        sents = sentences(doc, paragraph)
        for number, sent in enumerate(sents):
            extraction.read_sentence(passage, sent, last=number == len(sents) - 1)
    return sorted(extraction.statements.values(), key=lambda s: (s.start, s.relation, s.holder_id, s.target_id))


@dataclass
class _Extraction:
    """One document's extraction: its discourse state, and the statements found so far."""

    document: Document
    resources: Resources
    resolver: Resolver
    attributor: Attributor
    author: Resolved | None
    extractors: Pipeline
    statements: dict[StatementKey, Statement] = field(default_factory=dict)
    trace: Trace | None = None

    def read_sentence(self, passage: Passage, sent: Span, *, last: bool) -> None:
        """Read one sentence: its roles, its frame, then what the extractors find in it."""
        resolver = self.resolver
        # "he" in a new sentence is first who the last one was about, else the person last named
        resolver.person_before = resolver.subject_person or resolver.last_person
        for person, office, cue in find_roles(sent, resolver):
            _note_office(resolver, person, office, self.resources.gazetteer)
            self.add(passage, sent, Frame(), Found(person, "holds_role", Target(office), cue, "title", 0.8), "find_roles")
        frame = self.attributor.frame(sent, passage.start, last)
        resolver.behalf = frame.behalf
        if _question(sent):
            note_subjects(sent, frame, resolver)
            return  # "Will Wang Yi meet Blinken?" states nothing
        context = Context(frame, resolver, self.resources, self.author)
        found = []
        for name, extract in self.extractors.for_sentence(sent, self.resources.lexicon):
            batch = list(extract(sent, context))
            if batch:  # most extractors find nothing in a sentence
                found += [(name, candidate) for candidate in batch]
                context.earlier.extend(batch)
        consistent = {id(c) for c in _consistent(polarities(self.resources.relations), *(c for _, c in found))}
        for name, original in found:
            candidate = _worded(_issue_relation(original))
            if id(original) not in consistent:
                self.note(passage, sent, name, candidate, "torn: the sentence gives both polarities")
                continue
            reason = (
                screen_reason(candidate, self.resources.screens)
                or _outside_range(candidate, self.resources)
                or unfit_target(candidate, frame)
                or voice_reason(candidate, frame, self.resolver)
            )
            if reason:
                self.note(passage, sent, name, candidate, f"screened: {reason}")
                continue  # a finding a careful reader would not record (screens.py)
            self.add(passage, sent, frame, candidate, name)
            for copy in _joint_copies(frame, candidate):
                self.add(passage, sent, frame, copy, name)
            if candidate.relation == "proposes":
                resolver.last_proposer = candidate.holder
        note_meeting([c for _, c in found if c.relation == "met_with"], resolver)
        note_subjects(sent, frame, resolver)
        note_defined_terms(sent, frame, resolver)
        note_proposals(sent, resolver, self.resources.lexicon)

    def add(self, passage: Passage, sent: Span, frame: Frame, found: Found, extractor: str) -> bool:
        """Keep a finding as a statement of the sentence, unless hearsay; the first of a key
        wins. Returns whether it was kept."""
        if found.cue.i in frame.hearsay:
            self.note(passage, sent, extractor, found, "hearsay: said by someone the text does not name")
            return False
        if found.relation not in self.resources.relations:
            raise ExtractionError(f"rule {found.rule} found {found.relation!r}, which is no relation of statgraph.ttl")
        statement = _statement(self.document, passage, sent, frame, found, self.resources)
        key = (statement.holder_id, statement.relation, statement.target_id, statement.start)
        first = key not in self.statements
        self.statements.setdefault(key, statement)
        self.note(passage, sent, extractor, found, KEPT if first else "duplicate of an earlier finding", key)
        return True

    def note(self, passage: Passage, sent: Span, extractor: str, found: Found, outcome: str,
             key: StatementKey | None = None) -> None:
        if self.trace is not None:
            start = passage.start + sent.start_char
            self.trace.note(start, start + len(sent.text), extractor, found, outcome, key)


def _joint_copies(frame: Frame, found: Found) -> list[Found]:
    """The same finding for each other side of a joint statement: in the quoted words of "Romania
    and Poland are quoted as saying", what the first side holds the others hold too."""
    if len(frame.joint) < 2 or found.holder.id != frame.joint[0].id or found.cue.i not in frame.quoted:
        return []
    target = found.target.actor.id if found.target.actor is not None else None
    return [replace(found, holder=side) for side in frame.joint[1:] if side.id != target]


def _outside_range(found: Found, resources: Resources) -> str | None:
    """ "actor_range" when the relation's range is an actor (statgraph.ttl: criticizes,
    cooperates_with, met_with), the target names none, and it is a stance whose target is no
    collective of people (`_collective`): one accuses or allies with someone, not an issue
    ("denounces the use of violence" is no criticism of an actor). An event's unlinked party
    ("summoned the Chinese ambassador") is kept: the event words found a party."""
    relation = resources.relations.get(found.relation)
    if relation is None or not relation.takes_actor or found.target.actor is not None:
        return None
    if relation.kind == "stance" and not _collective(found):
        return "actor_range: the relation's range is an actor and the target names none"
    return None


def _issue_relation(found: Found) -> Found:
    """Criticism aimed at an issue rather than an actor (or a collective of people) is
    opposition: the converse of found.actor_relation, as sg:criticizes's range (sg:Actor) says
    ("denounces the use of violence", "undermined export controls")."""
    if found.relation == "criticizes" and found.target.actor is None and not _collective(found):
        return replace(found, relation="opposes")
    return found


def _worded(found: Found) -> Found:
    """An issue's words as a reader writes them down (wording.tidy), whichever rule wrote them."""
    target = found.target
    if target.actor is not None or found.relation == "holds_role":
        return found
    text = tidy(target.text)
    return found if text == target.text else replace(found, target=replace(target, text=text))


def _collective(found: Found) -> bool:
    """Whether an unlinked target is a collective of people: one of its words (or its singular)
    is an actor noun of ontology/actor_nouns.toml ("Duma lawmakers", "the countries of Asia")."""
    for word in found.target.text.lower().split():
        if {word, word.removesuffix("s"), word.removesuffix("ies") + "y"} & _COLLECTIVE_NOUNS:
            return True
    return False


def _consistent(polarity: dict[str, int], *found: Found) -> list[Found]:
    """A sentence's findings without the stances it gives both ways: when one sentence yields
    that a holder supports and opposes the same target, the reading is unsure, and neither is kept.
    `polarity` is each relation's sg:polarity (statgraph.relations)."""
    signs: dict[tuple[str, str], set[int]] = {}
    for f in found:
        if f.relation in polarity:
            key = (f.holder.id, f.target.actor.id if f.target.actor else f.target.text.lower())
            signs.setdefault(key, set()).add(polarity[f.relation])
    torn = {key for key, seen in signs.items() if len(seen) > 1}
    return [
        f
        for f in found
        if f.relation not in polarity
        or (f.holder.id, f.target.actor.id if f.target.actor else f.target.text.lower()) not in torn
    ]


def _question(sent: Span) -> bool:
    """Whether a sentence asks rather than states (its last word before closing quotes is "?"),
    or is only a quoted question and who asked it: '"Will X seize another country?" he wrote'."""
    return sent.text.rstrip().rstrip("\"'”’»)").endswith("?") or _quoted_question(sent)


_OPENING, _CLOSING = frozenset("\"'“‘«"), frozenset("\"'”’»")
_ASKING = words("speech", "reporting_verbs") | words("speech", "question_verbs")


def _quoted_question(sent: Span) -> bool:
    """Whether a sentence opens a quote that ends in "?" and goes on only to say who asked it."""
    if len(sent) < 4 or sent[0].text[:1] not in _OPENING:
        return False
    ends = [t.i for t in sent[:-1] if t.text == "?" and sent.doc[t.i + 1].text[:1] in _CLOSING]
    if not ends:
        return False
    tail = [t for t in sent.doc[ends[-1] + 2 : sent.end] if not t.is_punct]
    return 0 < len(tail) <= 6 and any(t.lemma_.lower() in _ASKING for t in tail)


_OWN_OFFICES = words("names", "own_offices")


def _note_office(resolver: Resolver, person: Resolved, office: str, gazetteer: Gazetteer) -> None:
    """Remember the state a person's office belongs to, for "we" in their words, and the
    office, for "the minister" later on."""
    resolver.person_offices[person.id] = office
    if any(word in _OWN_OFFICES or word.startswith("ex-") for word in office.lower().split()):
        resolver.own_voice.add(person.id)  # "opposition leader", "former president": no state's office
        return
    if " of " in office:
        country = gazetteer.find(office.rsplit(" of ", 1)[1])
        if country is not None:
            resolver.offices.setdefault(person.id, resolver.actor(country))


def _statement(
    document: Document, passage: Passage, sent: Span, frame: Frame, found: Found, resources: Resources
) -> Statement:
    """The statement a finding makes, with the sentence as its passage."""
    start = passage.start + sent.start_char
    end = passage.start + sent.end_char
    while end > start and document.text[end - 1].isspace():
        end -= 1
    target_id, target_label, target_type = _target(found, resources)
    voice = frame.voice_of(found.cue)
    speaker = frame.speaker if voice != "author" else None
    return Statement(
        doc_id=document.id,
        doc_name=document.name,
        holder=found.holder.label,
        holder_id=found.holder.id,
        holder_type=found.holder.type,
        relation=found.relation,
        target=target_label,
        target_id=target_id,
        target_type=target_type,
        target_text=found.target.text[:200],
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


def _target(found: Found, resources: Resources) -> tuple[str, str, str]:
    """A finding's target as (id, label, type): an actor, an office, else a topic."""
    target = found.target
    if target.actor is not None:
        return target.actor.id, target.actor.label, target.actor.type
    if found.relation == "holds_role":
        return mint_id(target.text), target.text, "office"
    relation = resources.relations.get(found.relation)
    if relation is not None and relation.takes_actor:  # a collective the gazetteer does not know (_outside_range)
        label = canonical_phrase(target.text, resources.gazetteer)
        return mint_id(label), label, "group"
    target_id, target_label = topic_for(
        canonical_phrase(target.text, resources.gazetteer), resources.topics, target.head
    )
    return target_id, target_label, "topic"
