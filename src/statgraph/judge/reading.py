"""The `reading` block: how the text around a candidate reads, from what the rules did not use.

    cue_in_quote     the cue stands inside quotation marks (the holder's own words) or not
    framed           the cue is governed by a verb of reporting ("said it opposes": reported
                     speech), is one itself ("warned"), or neither (the author's own account)
    sentence         the sentence's place in the article: the lede, the next two, or later
    cue_readings     how many candidates the same cue word gave, and whether they read it in
                     more than one group (a cue read as support and as opposition is torn)
    holder_here      whether the holder's or speaker's name is in the sentence itself, not
                     only resolved from an earlier one
    target_entity    the kind of named entity inside the target (GPE, ORG, PERSON...), if any

Every feature reads the parse already made (spaCy's entities, dependencies, lemmas) and the
document's other candidates; the reporting verbs are `ontology/speech.toml`'s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Passage, Statement
from ..words import words
from .gold import group_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

READING = "reading"
_REPORTING = words("speech", "reporting_verbs")
SENTENCE_BANDS = (0, 2, 5)  # the lede, the next two, the next three, later


def cue_in_quote(sent: Span, cue: Token) -> bool:
    """Whether an odd number of quotation marks of the sentence come before the cue."""
    return sum(1 for t in sent if t.i < cue.i and t.is_quote) % 2 == 1


def framing(cue: Token) -> str:
    """`reports` when the cue is a reporting verb, `framed` when one governs it, else `plain`."""
    if cue.lemma_.lower() in _REPORTING:
        return "reports"
    return "framed" if any(a.lemma_.lower() in _REPORTING for a in cue.ancestors) else "plain"


def sentence_starts(parsed: Sequence[tuple[Passage, Doc]]) -> list[int]:
    """The start, in the document's characters, of each sentence of the parse, in order."""
    return [passage.start + sent.start_char for passage, doc in parsed for sent in doc.sents]


def sentence_band(index: int) -> str:
    """The band of a sentence's place in the article (0: the lede)."""
    return next((str(edge) for edge in SENTENCE_BANDS if index <= edge), "more")


def name_starts(statement: Statement) -> set[str]:
    """The first five letters, lower-cased, of each capitalised word of the holder's and the
    speaker's labels ("sergey lavrov" -> {"serge", "lavro"}): how a name is matched in the text."""
    label = f"{statement.holder} {statement.speaker or ''}".replace("-", " ")
    return {w[:5].lower() for w in label.split() if len(w) >= 3 and w[:1].isupper()}


def names_holder(token: Token, starts: set[str]) -> bool:
    """Whether the token is a capitalised word that begins like one of the name `starts`."""
    return token.is_alpha and token.text[:1].isupper() and token.lower_[:5] in starts


def holder_here(sent: Span, statement: Statement) -> bool:
    """Whether a word of the sentence itself names the holder or the speaker (context.holder_token
    looks in the whole passage)."""
    starts = name_starts(statement)
    return any(names_holder(t, starts) for t in sent)


def target_entity(sent: Span, target_text: str) -> str:
    """The label of the first named entity inside the target's words in the sentence, or `none`."""
    start = sent.text.find(target_text[:60]) if target_text else -1
    if start < 0:
        return "unfound"
    first, last = sent.start_char + start, sent.start_char + start + len(target_text)
    return next((e.label_ for e in sent.ents if e.start_char >= first and e.end_char <= last), "none")


def reading_features(statements: Sequence[Statement], sentences: Sequence[Span | None],
                     cues: Sequence[Token | None], parsed: Sequence[tuple[Passage, Doc]]) -> list[list[str]]:
    """The block's features of each candidate of one document (unprefixed)."""
    starts = sentence_starts(parsed)
    readings: Counter[tuple[int, str]] = Counter((s.start, s.cue) for s in statements)
    groups: dict[tuple[int, str], set[str]] = defaultdict(set)
    for s in statements:
        groups[(s.start, s.cue)].add(group_of(s.relation))
    rows = []
    for statement, sent, cue in zip(statements, sentences, cues, strict=True):
        key = (statement.start, statement.cue)
        row = [f"sentence={sentence_band(max(0, bisect_right(starts, statement.start) - 1))}",
               f"cue_readings={min(readings[key], 3)}", f"cue_groups={min(len(groups[key]), 2)}"]
        if sent is not None:
            row += [f"holder_here={holder_here(sent, statement)}",
                    f"target_entity={target_entity(sent, statement.target_text or statement.target)}"]
        if sent is not None and cue is not None:
            row += [f"cue_in_quote={cue_in_quote(sent, cue)}", f"framed={framing(cue)}"]
        rows.append(row)
    return rows
