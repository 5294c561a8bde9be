"""What will not be accepted: in a speaker's words, a negated passive of acceptance with no agent
("The annexation of Crimea will never be accepted", "abduction, torture and indiscriminate killings
cannot and will not be tolerated") rejects its subject for the speaker's side; in an op-ed's own
voice, for its author.

The verbs are cues.toml [rejects] unaccepted_verbs. With an agent ("cannot be accepted by China")
the verb rules read the passive; a past one ("the proposal was not accepted") reports what
happened; a question, a condition or a pronoun subject states nothing.

An actor who "cannot be trusted" (cues.toml [rejects] distrusted_verbs), the subject named or a
pronoun standing for one, is criticized: "Lukashenka cannot be trusted", "he cannot be trusted".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..context.holders import holders
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon

_CONDITIONS = frozenset({"if", "unless", "whether"})


def _cues(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.listed("rejects", "unaccepted_verbs") | lexicon.listed("rejects", "distrusted_verbs")


@extractor(cues=_cues)
def unaccepted(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the rejection a negated, agentless passive of acceptance states, and the criticism
    of an actor said not to be trusted."""
    verbs = context.lexicon.listed("rejects", "unaccepted_verbs")
    distrusted = context.lexicon.listed("rejects", "distrusted_verbs")
    if sent.text.rstrip().endswith("?"):
        return
    frame = context.frame
    for token in sent:
        holder = frame.behalf if frame.voice_of(token) != "author" else context.author
        if holder is None:
            continue
        subject = _unaccepted_subject(token, distrusted, pronoun=True)
        for actor, how in holders(subject, frame, context.resolver):
            if actor.id != holder.id:
                yield Found(holder, "criticizes", Target(actor.label, actor=actor), token, f"distrusted/{how}", 0.55)
        subject = _unaccepted_subject(token, verbs)
        for target in targets(subject, context.resolver) if subject is not None else []:
            if target.actor is None:
                yield Found(holder, "rejects", target, token, "unaccepted", 0.55)


def _unaccepted_subject(verb: Token, verbs: frozenset[str], *, pronoun: bool = False) -> Token | None:
    """The subject of "X will not be tolerated"; None unless the verb is a negated passive of
    acceptance with no agent and no condition ("cannot and will not be tolerated" shares it);
    a pronoun only with `pronoun` ("he cannot be trusted")."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() not in verbs:
        return None
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBN":
        first = first.head
    children = [*first.children, *verb.children]
    if any(c.dep_ == "agent" for c in children) or any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
        return None
    if not any(c.dep_ == "auxpass" for c in children) or not (negated(verb) or negated(first)) or irrealis(first):
        return None
    if any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in children):
        return None  # "the proposal was not accepted": what happened, not a stance
    subject = next((c for c in first.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "AUX":
        # "torture cannot and will not be tolerated": the parser hangs the subject on "can"
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON" and not pronoun:
        return None
    return subject
