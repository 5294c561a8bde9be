"""What ought to be done to something, in a speaker's words: "All political prisoners must be
released", "diplomatic immunities should be respected", "the agreement ought to be dropped",
"those involved in the killings need to be punished": the speaker's side demands that act.

A passive names no one who is to act, so deontics.py leaves it out; here it is read only in
someone's words (or an op-ed author's own voice), with a modal of obligation ("must", "should",
"shall", "ought to") or a semi-modal ("needs to", "has to") over the passive participle. What
asks nothing is left out: a negated or past obligation ("must not be used", "should have been
done"), a condition or a question, a pronoun subject ("it should be recalled", "this must be
said"), a relative clause ("a concept that needs to be shared"), a step still to come in a
process ("the seats still have to be determined"), the speaker's own side ("Chile must be
prepared") or ties ("relations with China must be enhanced": [cooperates_with] tie_nouns),
participles of remark, allowance or talk (ontology/cues.toml [demands] unasked_passives: "should
be noted", "should be allowed", "should be discussed") and of settling, which norms.py reads
("must be resolved on the basis of the law": [demands] settling_verbs).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target
from ..clause_wording import ancestors_until
from ..context.holders import holders
from ..found import Found
from ..moods import negated
from ..phrases import phrase_span
from ..registry import Context, extractor
from ..wording import tidy
from .deontics import DEONTIC, SEMI_MODALS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved
    from ..cues import Lexicon

_CONDITIONS = frozenset({"if", "unless", "whether", "when", "once"})
# A relative clause ("a concept that needs to be shared") describes its noun, asking no act.
_RELATIVES = frozenset({"that", "which", "who", "whom"})
_MOST_WORDS = 16
# Adverbs of a step still to come in a process.
_PENDING = frozenset({"still", "yet", "now", "first"})


@extractor(cues=lambda lexicon: DEONTIC | SEMI_MODALS)
def owed_passives(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the speaker's demand of what a passive says must or should be done to something."""
    lexicon = context.lexicon
    unasked = lexicon.listed("demands", "unasked_passives") | lexicon.listed("demands", "settling_verbs")
    for verb in sent:
        governor = _owing(verb)
        if governor is None or verb.lemma_.lower() in unasked:
            continue
        if _conditioned(verb, governor) or _pending(verb, governor):
            continue
        subject = next((c for c in governor.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        holder = _holder(verb, context)
        if subject is None or holder is None or subject.lower_ in _RELATIVES:
            continue
        if not _named(subject) or _own_side(subject, holder, context) or _ties(subject, lexicon):
            continue
        text = _text(subject, verb, governor)
        if len(text.split()) >= 3:
            yield Found(holder, "demands", Target(text, head=verb.text), verb, "owed_passive", 0.5)


def _owing(verb: Token) -> Token | None:
    """The word the obligation hangs on when `verb` is a passive participle owed: the participle
    itself ("must be released"), or the semi-modal over it ("need to be punished")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children):
        return None
    if negated(verb) or any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return None  # "must not be used", "should have been done"
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children):
        return verb
    head = verb.head
    semi = (
        verb.dep_ == "xcomp" and head.i < verb.i
        and (head.lemma_.lower() in SEMI_MODALS and head.pos_ == "VERB" or head.lower_ == "ought")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
    if not semi or negated(head) or head.tag_ == "VBN":
        return None
    return head


def _named(noun: Token) -> bool:
    """Whether the subject names something: a noun, or "those" with what picks them out ("those
    involved in the killings", "those who ordered it")."""
    if noun.pos_ in {"NOUN", "PROPN"}:
        return not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)  # "no business shall be done"
    return noun.lower_ == "those" and any(c.dep_ in {"acl", "relcl"} for c in noun.children)


def _pending(verb: Token, governor: Token) -> bool:
    """Whether the passive tells what is still to be done in a process ("the seats still have to be
    determined", "the bill must now be debated", "a referendum must first be held"): no one's ask."""
    return any(c.dep_ == "advmod" and c.lower_ in _PENDING for t in (verb, governor) for c in t.children)


def _conditioned(verb: Token, governor: Token) -> bool:
    """Whether the obligation is only supposed: "if X must be done", "when it has to be paid"."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for t in (verb, governor) for c in t.children)


def _holder(verb: Token, context: Context) -> Resolved | None:
    """The speaker's side; in an op-ed's own voice, its author; in a report's own voice, no one."""
    return context.frame.behalf if context.frame.voice_of(verb) != "author" else context.author


def _ties(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the subject is ties ("relations with China must be enhanced"): a side's ties are
    its own to build, support read elsewhere, not a demand ([cooperates_with] tie_nouns)."""
    return noun.lower_ in lexicon.listed("cooperates_with", "tie_nouns")


def _own_side(noun: Token, holder: Resolved, context: Context) -> bool:
    """Whether the passive's subject is the holder itself ("Finland should be prepared")."""
    return any(a.id == holder.id for a, _ in holders(noun, context.frame, context.resolver))


def _text(noun: Token, verb: Token, governor: Token) -> str:
    """The demand's words: the subject's phrase, then the participle with what it governs, up to
    a coordinated clause or a clause of reason ("must be released immediately, as ...")."""
    span = phrase_span(noun)
    lead = span.text if span is not None else noun.text
    kept = [
        t for t in verb.subtree
        if t.i >= verb.i and t.dep_ not in {"punct", "cc"}
        and not any(a.dep_ in {"advcl", "relcl", "conj", "parataxis"} for a in ancestors_until(t, verb))
    ]
    words = [t.text for t in kept][: _MOST_WORDS - len(lead.split())]
    tail = " ".join(words)
    modal = " ".join(c.text for c in governor.children if c.dep_ == "aux" and c.lower_ in DEONTIC)
    modal = modal if governor.i == verb.i else f"{governor.text} to"  # "need to be punished"
    return tidy(" ".join(w for w in (lead, modal, "be" if modal else "", tail) if w))
