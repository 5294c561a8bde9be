"""Who says it: quotes, speech frames, anaphora and speaker segments across paragraphs.

`Attributor` walks a document's sentences in reading order and gives each one a `Frame`: the speaker, the actor the
speaker talks for ("we" -> Russia when Lavrov speaks), and which tokens are quoted or reported. A paragraph that ends
with a colon and names a speaker ("... Lavrov's remarks, which now follow:") opens a segment that runs over the
paragraphs after it until another speaker is introduced or the speaker is named in the third person.

Notes:
    Speech verbs follow the reporting-verb lists of Krestel et al. (2008), "Minding the Source: Automatic Tagging
    of Reported Speech in Newspaper Articles".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...nlp.bounds import sentence_of
from ...nlp.entities import entity_at
from ...words import words
from ..sentence import parts_of_speech, word_lists
from .apposed import apposed_name
from .collectives import issuing_body, named_issuer, spoken_again, unknown_given
from .datelines import is_dateline
from .frame import FIRST_PERSON, Frame
from .holders import holders
from .officials import PERSON_NOUNS, behalf, official
from .issuer import OPENING, Issuer
from .interviews import OPENS_TURN, done_by_you, interviewee_besides, question_turn_asker, turn_speaker
from .opened import OPENING_QUOTES, Opened, unknown_frame
from .outlets import is_outlet, source_of
from .pairs import named_pair
from .persons import agrees, names_actor, person_named_before, same_person
from .quoting import framed, quoted_as, quoted_words
from .readout import Readout
from .runon import RunOn, intro_speaker, stated_after
from .styles import is_style, styled_person
from .subjects import conjuncts, imperative_after

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SPEECH_VERBS = words("speech", "reporting_verbs")
# Verbs that only frame speech when they govern a clause ("called X Y" is not speech).
_CLAUSE_ONLY = words("speech", "clause_only")
SPEECH_NOUNS = words("speech", "speech_nouns")
@dataclass
class Attributor:
    """Gives sentences their frames, in reading order, for one document."""

    resolver: Resolver
    quotes: list[tuple[int, int]]
    segment: Resolved | None = None  # the speaker of a transcript segment
    last_speaker: Resolved | None = None
    pending_intro: Resolved | None = None
    pending_turn: bool = False  # whether the pending speaker opened a turn ("Name, Title: ...")
    turn_segment: bool = False  # whether the segment is such a turn's, ended by the next turn
    segment_ends: bool = False
    mask: bytearray | None = None  # 1 where a character is inside a quote
    paragraph_speakers: dict[int, Resolved] = field(default_factory=dict)
    answer: Resolved | None = None  # who speaks a paragraph opened "Mao Ning: ..."
    asking: bool = False  # a paragraph opened "Q:": the interviewer's
    questioned: bool = False  # whether a question turn was read: the document is an interview
    interviewee: Resolved | None = None  # who answers the "A:" paragraphs
    collective: Resolved | None = None  # whom "we" stands for in a declaration ("We, the Leaders of BRICS")
    addressee: Resolved | None = None  # whom "you" stands for in the paragraph at hand (an interviewee)
    joint: tuple[Resolved, ...] = ()  # who speak together ("Romania and Poland said ..."), first the speaker
    runon: RunOn = field(default_factory=RunOn)  # the speakers of quotes attributed where they close
    opened: Opened = field(default_factory=Opened)  # the speakers of quotes a framed sentence opens
    readout: Readout = field(default_factory=Readout)  # whose reported words a paragraph runs on with
    issuer: Issuer = field(default_factory=Issuer)  # who issues a text printed whole, named in its opening
    headed: bool = False  # whether the document's first sentence, maybe a transcript's heading, was read
    offset: int = 0  # where the paragraph at hand starts in the document
    opening: int = 0  # how many sentences were read: a statement's issuer speaks in the first few
    spoke_at: int = -99  # the sentence the last speaker spoke in
    pair: tuple[Resolved, ...] = ()  # the two people last named together as a subject
    pair_fresh: bool = False  # whether the last sentence named them

    def in_quote(self, offset: int) -> bool:
        """Whether a document offset lies inside a quote (a lookup in a mask built once)."""
        if self.mask is None:
            end = max((e for _, e in self.quotes), default=0)
            mask = bytearray(end + 1)
            for start, stop in self.quotes:
                mask[start + 1 : stop] = b"\x01" * max(0, stop - start - 1)
            self.mask = mask
        return offset < len(self.mask) and self.mask[offset] == 1

    def start_paragraph(self, text: str, offset: int) -> None:
        """Open or close a speaker segment at a new paragraph; "Q:" and "A:" paragraphs of an
        interview are the interviewer's and the interviewee's."""
        answered, self.answer = self.answer, None
        self.readout.start_paragraph()
        turn = _TURN.match(text)
        self.asking = bool(turn) and turn.group(1)[0] in "Qq"
        if self.asking and self.interviewee is None and self.resolver.recent_people:
            self.interviewee = self.resolver.recent_people[-1]  # the one the introduction named
        if turn and not self.asking and self.interviewee is not None:
            self.answer = self.interviewee
        asker = question_turn_asker(text) if not turn else None
        if asker is not None and self.interviewee is None:
            self.interviewee = interviewee_besides(asker, self.resolver.recent_people)
        self.addressee = self.interviewee if self.asking or asker is not None else None
        self.questioned = self.questioned or self.addressee is not None or self.asking
        if self.questioned and answered is not None and self.answer is None and not OPENS_TURN.match(text):
            self.answer = answered  # an interview's answer runs on over its paragraphs, until another turn
        if self.pending_intro is not None:
            self.segment, self.pending_intro = self.pending_intro, None
            self.turn_segment, self.pending_turn = self.pending_turn, False
        elif self.turn_segment and OPENS_TURN.match(text):
            self.segment = None  # another turn ("Question:", "AFP:") ends the words of "Name, Title: ..."
        elif self.segment is not None and (self.segment_ends or names_actor(text, self.segment)):
            self.segment = None
        self.segment_ends = False

    def frame(self, sent: Span, offset: int, paragraph_end: bool) -> Frame:
        """The frame of a sentence; `offset` maps its characters into the document."""
        self.offset = offset
        self.in_quote(0)  # makes the mask of quoted characters, once
        quoted = quoted_words(self.mask, sent, offset)  # type: ignore[arg-type]
        verb, speaker = self._speech_frame(sent, quoted)
        frame_tokens, reported = framed(verb, quoted)
        if verb is not None or unknown_frame(sent, quoted):
            self.opened.note(sent, offset, self.quotes, speaker)
        if speaker is None and verb is None:  # a quote's words: of whom it names where it closes, else the last speaker
            speaker = self._unframed_speaker(sent, offset, quoted)
        if speaker is not None:
            self.last_speaker, self.spoke_at = speaker, self.opening
        self._note_segment(sent, quoted, verb, speaker, paragraph_end)
        speaker, voice = self._voice(sent, quoted, verb, speaker)
        if speaker is None and verb is None and not self.asking:
            speaker = self.readout.continued(sent, quoted)  # "Wang Yi stressed that ... We hope ..."
            voice = "reported" if speaker is not None else voice
        else:
            self.readout.note(verb, speaker, voice)
        if speaker is None and not self.asking:
            self._note_collective(sent)
            if self.collective is None and self.opening < 3:  # "The Ministry ... condemns ... We call on ..."
                self.collective = self._behalf(issuing_body(sent, self.resolver))
        if self.opening < OPENING and (issuer := self.issuer.note(sent, self.resolver)) is not None:
            self.collective = self.collective or self._behalf(issuer)  # "The Chairperson of ... expresses ..."
        self.issuer.forget_other(sent, self.resolver)
        self.opening += 1
        behalf = self._behalf(speaker) if speaker is not None else self.collective
        if self.segment is not None and speaker is not None and voice == "reported":
            if not same_person(speaker, self.segment):
                # in a transcript, "Stoltenberg said that the alliance is waging war against our
                # country": the transcript's speaker reports, and "our" is still theirs
                behalf = self._behalf(self.segment)
        hearsay = self._hearsay(sent, quoted, verb)
        if self.asking:
            # an interviewer's words state nobody's stance, but what "you" did: the interviewee's
            hearsay = frozenset(t.i for t in sent) - (done_by_you(sent) if self.addressee else frozenset())
        joint, pair, fresh = self._joint(verb, speaker), self.pair, self.pair_fresh
        named = named_pair(sent, self.resolver)  # for the next sentences' "the two ministers", "they"
        self.pair, self.pair_fresh = named or self.pair, bool(named)
        issuer = self.issuer if self.issuer.noun else None
        return Frame(speaker, voice, behalf, quoted, reported, frame_tokens, hearsay, joint, self.addressee, pair, fresh, issuer)

    def _unframed_speaker(self, sent: Span, offset: int, quoted: frozenset[int]) -> Resolved | None:
        """The speaker of a sentence with no frame of its own: of the frame that opened the quote
        it lies in ("X said: “... . ...”"), else the one named where its quote closes, else the last."""
        opened, speaker = self.opened.speaker(sent, offset, self.quotes)
        if opened:
            return speaker  # nobody, when that frame's speaker is unknown: not whoever spoke before it
        ahead = self.runon.speaker(sent, offset, self.quotes, self._speech_frame, self.resolver)
        return ahead or self._quote_speaker(sent, quoted) or stated_after(sent, self._speaker, self.resolver)

    def _joint(self, verb: Token | None, speaker: Resolved | None) -> tuple[Resolved, ...]:
        """The states or bodies that speak together: "Romania and Poland are quoted as saying
        ...", and their quotes after it: "we" is each of them."""
        if verb is not None and verb.text != ":":
            subject = next((c for c in quoted_as(verb).children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            members = [subject, *conjuncts(subject)] if subject is not None else []
            found = [self._behalf(self.resolver.resolve(t)) for t in members if t.pos_ == "PROPN"]
            found = list({a.id: a for a in found if a is not None and a.type in {"state", "organization"}}.values())
            self.joint = tuple(found) if len(found) >= 2 and len(found) == len(members) else ()
        elif speaker is None or not self.joint or speaker.id != self.joint[0].id:
            self.joint = ()
        return self.joint

    def _note_segment(
        self, sent: Span, quoted: frozenset[int], verb: Token | None, speaker: Resolved | None, paragraph_end: bool
    ) -> None:
        """Note whether a sentence ends the speaker's segment or introduces the next one."""
        if (
            verb is not None
            and self.segment is not None
            and speaker is not None
            and same_person(speaker, self.segment)
            and not _first_person(sent, quoted)
        ):
            # the author reporting the speaker again ("he added") ends the transcript, not "as she said"
            self.segment_ends = True
        if paragraph_end and sent.text.rstrip().endswith(":"):
            self.pending_intro = speaker or intro_speaker(sent, self._speaker)
        elif paragraph_end and (not self.headed or sent.start == 0 and self.opening < OPENING):
            # a transcript's heading: "Lavrov's remarks and answers ...", "The UK's Statement on ..."
            found = self.issuer.heading(sent, self._speaker)
            if found is not None or not self.headed:
                self.pending_intro = self.interviewee = found
            if found is not None and found.type in {"state", "organization"}:
                self.collective = self.collective or self._behalf(found)  # "we" throughout
        self.headed = True

    def _voice(self, sent: Span, quoted: frozenset[int], verb: Token | None,
               speaker: Resolved | None) -> tuple[Resolved | None, str]:
        """The speaker and voice of a sentence: its own, a transcript answer's, or the segment's."""
        voice = "quoted" if speaker and len(quoted) > len(sent) / 2 else ("reported" if speaker else "author")
        if verb is not None and verb.text == ":" and sent.start == 0 and speaker is not None:
            # a transcript's "Mao Ning: China firmly opposes ... We urge ...": the whole answer is hers
            self.answer, voice = speaker, "quoted"
        elif speaker is None and self.answer is not None:
            speaker, voice = self.answer, "quoted"
        if speaker is None and self.segment is not None:
            speaker, voice = self.segment, "quoted"
        return speaker, voice

    def _speech_frame(self, sent: Span, quoted: frozenset[int]) -> tuple[Token | None, Resolved | None]:
        spoken = self._speech_verbs(sent, quoted)
        if spoken:
            # of two speakers, the one whose words hold the quote: "Though Thune said that ...,
            # Blumenthal said, “... we need ...”" is Blumenthal's
            return max(spoken, key=lambda pair: sum(1 for t in pair[0].subtree if t.i in quoted))
        # headline style: "Lavrov: ..."
        first = sent[0]
        colon = next((t for t in sent[:6] if t.text == ":"), None) if ":" in sent.text else None
        named = sent.doc[colon.i - 1] if colon is not None else first
        if colon is not None and (first.pos_ == "PROPN" or _bare_label(first, colon)) and colon.i - sent.start <= 4:
            # not "AFP: ...", an outlet's question or report
            dated = is_dateline(sent, colon, self.resolver.gazetteer, headline=self.opening == 0)  # "ISLAMABAD: ..."
            found = None if dated or is_outlet(named, self.resolver) else self.resolver.resolve(named)
            if found and (first.pos_ == "PROPN" or found.type == "person") and not (
                found.type != "person" and imperative_after(colon) is not None  # "Mexico: Reject Any New Deal" is asked of Mexico
            ):
                return colon, found
        verb, found = self._introduced(sent)
        if found is None and sent.start == 0 and sent.text.rstrip()[-1:] in {".", "!", "?"}:
            verb, found = turn_speaker(sent, self._speaker)  # "Shri Randhir Jaiswal, Official Spokesperson: ..."
            if found is not None:  # and the paragraphs after it, until another turn
                self.pending_intro, self.pending_turn = found, True
        return verb, found

    def _speech_verbs(self, sent: Span, quoted: frozenset[int]) -> list[tuple[Token, Resolved]]:
        """The speech verbs (and "according to") of a sentence outside its quotes, with their
        speakers: the first only when nothing is quoted."""
        found_all = []
        forms, lemmas = word_lists(sent)  # each word's strings read once, off the parse's array
        for token, form, lemma, pos in zip(sent, forms, lemmas, parts_of_speech(sent), strict=True):
            if token.i in quoted:
                continue
            found = None
            if form == "according" and token.dep_ in {"prep", "advmod"}:
                target = next((t for c in token.children for t in [c, *c.children] if t.dep_ == "pobj"), None)
                found = self._speaker(target) if target is not None and not is_outlet(target, self.resolver) else None
            elif pos == "VERB" and lemma in SPEECH_VERBS:
                if lemma in _CLAUSE_ONLY and not any(c.dep_ == "ccomp" for c in token.children):
                    continue
                found = source_of(quoted_as(token), token, self.resolver, self._speaker)
            if found:
                found_all.append((token, found))
                if not quoted:
                    break
        return found_all

    def _introduced(self, sent: Span) -> tuple[Token | None, Resolved | None]:
        """A person introduced by name and office before a colon and a quote: "Salome
        Zurabishvili, President of Georgia: “I welcome ...”" (no verb before the colon)."""
        colon = next((t for t in sent[:16] if t.text == ":"), None) if ":" in sent.text else None
        if colon is None or colon.i + 1 >= sent.end or sent.doc[colon.i + 1].text not in OPENING_QUOTES:
            return None, None
        if sent[0].ent_type_ != "PERSON" or any(t.pos_ in {"VERB", "AUX"} for t in sent.doc[sent.start : colon.i]):
            return None, None
        name = entity_at(sent[0])  # a person's, by the test above
        found = self.resolver.resolve(name[-1]) if name is not None else None
        return (colon, found) if found is not None and found.type == "person" else (None, None)

    def _hearsay(self, sent: Span, quoted: frozenset[int], resolved: Token | None) -> frozenset[int]:
        """Tokens under a speech verb whose speaker is nobody known: "they say, Putin will
        attack NATO" states nothing of Putin's, and "she said that ..." in a transcript is
        not the transcript speaker's."""
        found: set[int] = set()
        for token, lemma, pos in zip(sent, word_lists(sent)[1], parts_of_speech(sent), strict=True):
            if pos != "VERB" or lemma not in SPEECH_VERBS or token.i in quoted:
                continue
            if resolved is not None and token.i == resolved.i:
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ in FIRST_PERSON:
                continue
            if any(c.dep_ == "xcomp" for c in token.children):
                continue  # "Russia has annexed Crimea, it continues to destabilize ...": no speech
            # "they say", "some claim", or a "she said" that names nobody known; an unknown
            # noun ("the minister said") leaves the clause to its own subject
            if subject.pos_ == "PRON" and self._speaker(subject) is None:
                found.update(t.i for c in token.children if c.dep_ in {"ccomp", "parataxis"} for t in c.subtree)
                if token.dep_ == "parataxis":
                    found.update(t.i for t in token.head.subtree if t.i not in quoted)
        return frozenset(found)

    def _speaker(self, token: Token) -> Resolved | None:
        """The speaker a subject (or possessor) names; a title that names nobody, the full name set
        beside it ("the President of the Assembly Margareta Cederfelt said": she)."""
        found = self._named_speaker(token)
        if found is None and (named := apposed_name(token)) is not None:
            return self._named_speaker(named)
        return found

    def _named_speaker(self, token: Token) -> Resolved | None:
        """The speaker a subject (or possessor) names; "he" and "his" are the person last
        named, but never the one who speaks in the first person in a transcript."""
        lower = token.lower_
        if lower in {"he", "she", "his", "her"}:
            person = self._person_before(token)
            if person is not None and self.segment is not None and same_person(person, self.segment):
                return None  # "as she said" in Lavrov's remarks is someone else
            return person
        if lower in FIRST_PERSON or token.pos_ == "PRON":
            return spoken_again(token, self.resolver)  # "The WHO said ... It also said ...": the WHO
        if is_style(token):
            return styled_person(token, self.resolver)  # "His Majesty said": the king named so, or nobody
        if (issuer := self.issuer.named(token)) is not None:
            return issuer  # "The Authority added ...": the communiqué's issuer, named by its noun
        issuer = named_issuer(token)
        if issuer is not None:
            return self._speaker(issuer)  # "“...,” said a statement from the Foreign Ministry"
        if token.lemma_.lower() in PERSON_NOUNS and token.pos_ == "NOUN":
            return self._official(token)
        found = self.resolver.resolve(token)
        return None if found is not None and unknown_given(token, found, self.resolver) else found

    def _person_before(self, pronoun: Token) -> Resolved | None:
        """Whom "he" stands for: the person last named before it in its own sentence, outside
        the quotes it is outside of; else the person the last sentence was about, else the one
        last named."""
        resolver = self.resolver
        quoted = frozenset(t.i for t in sentence_of(pronoun) if self.in_quote(self.offset + t.idx))
        named = person_named_before(pronoun, resolver, quoted) or resolver.subject_person
        if named is None and pronoun.dep_ == "nsubj" and self.opening - self.spoke_at <= _SPEAKER_SPAN:
            # "“...,” she said" after a sentence about no one: who spoke last, not the last name
            # ("She accused Obrador of backing Pedro Castillo's attempt ...")
            named = self.last_speaker if self.last_speaker is not None and self.last_speaker.type == "person" else None
        named = named or resolver.person_before or resolver.last_person
        return named if agrees(pronoun, named) else None  # "she" is no Peter: nobody, not a guess

    def _official(self, token: Token) -> Resolved | None:
        return official(token, self.resolver)

    def _quote_speaker(self, sent: Span, quoted: frozenset[int]) -> Resolved | None:
        """The speaker of a sentence that is mostly a quote with no frame of its own."""
        if len(quoted) < max(3, len(sent) // 2):
            return None
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i not in quoted), None)
        if subject is not None and root.i not in quoted and subject.lemma_.lower() not in SPEECH_NOUNS:
            own = self._speaker(subject)
            if own is not None and own.type == "person":
                return own  # "He later denounced the agreement as “a senseless decision”": his words
            if own is None:
                return None  # "“...,” they state": whoever they are, not the last speaker
        return self.last_speaker  # "“...,” the statement reads", "NATO may build up forces, “if ...”"

    def _note_collective(self, sent: Span) -> None:
        """ "We, the Leaders of the BRICS countries, met in Kazan": the authors of a declaration
        say who "we" are; it holds for the rest of the document."""
        for token in sent:
            if token.lower_ == "we" and token.dep_ in {"nsubj", "nsubjpass"}:
                appos = next((c for c in token.children if c.dep_ == "appos"), None)
                if appos is None:
                    continue
                found = holders(appos, Frame(), self.resolver)
                # one body, or several states speaking as one ("We, the leaders of Russia and
                # China"): the first named
                if len(found) == 1 or found and all(a.type == "state" for a, _ in found):
                    self.collective = found[0][0]
                return

    def _behalf(self, speaker: Resolved | None) -> Resolved | None:
        return behalf(speaker, self.resolver)


_LABEL_TAGS = frozenset({"NOUN", "ADV", "ADJ", "X", "INTJ"})


def _bare_label(first: Token, colon: Token) -> bool:
    """A surname alone before a transcript turn's colon that the parser took for a common noun or
    an adverb ("Lavrov: We reject ...", "Holm: That is not what I said"): one capitalised word,
    right before the colon, opening the sentence (the caller keeps it only if it names a person)."""
    return first.pos_ in _LABEL_TAGS and first.is_alpha and first.text[:1].isupper() and colon.i == first.i + 1


_SPEAKER_SPAN = 3  # sentences a speaker's "she said" reaches over
_TURN = re.compile(r"\s*(Q|A|Question|Answer)\s*[:.]\s", re.I)


def _first_person(sent: Span, quoted: frozenset[int]) -> bool:
    """Whether a sentence speaks in the first person outside its quotes."""
    return any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" for t in sent if t.i not in quoted)
