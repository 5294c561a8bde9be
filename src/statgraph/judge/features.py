"""What the judge sees of a candidate statement: the rule that proposed it, its cue, its
arguments, and the sentence around it, as named binary features.

Every feature is cheap: fields the extractor already set, and the parse of the sentence the
statement came from (no embeddings). A feature is a string; the model keeps a weight for
each string it saw in training and ignores the others.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..extract.moods import event_mood, lacking
from ..extract.sentence import Sentence
from ..models import Passage, Statement
from .context import BASE, block_features
from .gold import group_of
from .interactions import CROSS, crossed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

HEDGES = {"if", "whether", "unless", "would", "could", "might", "may", "should"}
# features that name the rule or cue itself: learnt on the articles the rules were written from,
# they flatter the rules there, so a fit may penalise them more than the others (`identity` in
# model.penalties)
IDENTITY = ("cue=", "lemma=", "relation|cue=", "relation|lemma=", "rule=", "rule|voice=")


def document_features(statements: Sequence[Statement], parsed: Sequence[tuple[Passage, Doc]],
                      blocks: Sequence[str] = (BASE,)) -> list[list[str]]:
    """Features of each statement of one document, in the same order: the base features and
    those of the optional `blocks` (context.py)."""
    starts = [passage.start for passage, _ in parsed]  # in reading order, so sorted
    made: dict[tuple[int, int], Span | None] = {}  # candidates of one passage share its sentence
    sentences = [sentence_of(s, parsed, starts, made) for s in statements]
    triples = Counter((s.holder_id, s.relation, s.target_id) for s in statements)
    holders = Counter(s.holder_id for s in statements)
    memo: dict[tuple[Any, ...], list[str]] = {}  # candidates of one sentence share its readings
    base = [
        statement_features(s, sent, triples[(s.holder_id, s.relation, s.target_id)], holders[s.holder_id], memo)
        for s, sent in zip(statements, sentences, strict=True)
    ]
    if all(b == BASE for b in blocks):
        return base
    cues = [cue_token(sent, s.cue) if sent is not None else None for s, sent in zip(statements, sentences, strict=True)]
    extra = block_features(statements, sentences, cues, parsed, blocks)
    if CROSS in blocks:
        extra = [more + crossed(s, row) for s, row, more in zip(statements, base, extra, strict=True)]
    return [row + more for row, more in zip(base, extra, strict=True)]


def sentence_of(statement: Statement, parsed: Sequence[tuple[Passage, Doc]], starts: Sequence[int],
                made: dict[tuple[int, int], Span | None] | None = None) -> Span | None:
    """The parsed span of the statement's passage, or None when no parse covers it.

    The passage is found by bisection on `starts` (the passages' starts, sorted): a long
    document's statements cost log(passages) each, not passages. The span is a `Sentence`,
    which makes its tokens once for the features' several walks; with `made`, the spans
    already made by their characters' bounds, one span for the statements of one passage.
    """
    if made is None:
        return _sentence_of(statement, parsed, starts)
    bounds = (statement.start, statement.end)
    if bounds not in made:
        made[bounds] = _sentence_of(statement, parsed, starts)
    return made[bounds]


def _sentence_of(statement: Statement, parsed: Sequence[tuple[Passage, Doc]], starts: Sequence[int]) -> Span | None:
    index = bisect_right(starts, statement.start) - 1
    if index < 0:
        return None
    passage, doc = parsed[index]
    if not passage.start <= statement.start < passage.end:
        return None
    span = doc.char_span(statement.start - passage.start, statement.end - passage.start, alignment_mode="expand")
    return None if span is None else Sentence(doc, span.start, span.end)


def statement_features(statement: Statement, sent: Span | None, repeats: int, holder_count: int,
                       memo: dict[tuple[Any, ...], list[str]] | None = None) -> list[str]:
    """The features of one candidate. (How many candidates share its sentence is left out: on
    articles the judge did not learn from it made the judge's log loss worse, not better.)
    `memo` keeps the sentence's readings for the other candidates of the same sentence (the
    caller keeps the sentence alive while it is used)."""
    group = group_of(statement.relation)
    rule = statement.rule or "none"
    out = [
        "bias", f"rule={rule}", f"relation={statement.relation}", f"group={group}",
        f"voice={statement.voice}", f"rule|voice={rule}|{statement.voice}",
        f"holder_type={statement.holder_type}", f"target_type={statement.target_type}",
        f"relation|holder_type={statement.relation}|{statement.holder_type}",
        f"relation|target_type={statement.relation}|{statement.target_type}",
        f"negated={statement.negated}", f"cue={statement.cue.lower()}",
        f"relation|cue={statement.relation}|{statement.cue.lower()}",
        f"speaker={'holder' if statement.speaker_id == statement.holder_id else bool(statement.speaker)}",
        f"target_words={min(len(statement.target.split()), 6)}",
        f"repeats={min(repeats, 3)}", f"holder_count={min(holder_count, 5)}",
    ]
    out += [f"holder_caps={statement.holder.isupper()}", f"holder_words={min(len(statement.holder.split()), 4)}"]
    if sent is not None:
        target = statement.target_text or statement.target
        out += _remembered(memo, (id(sent), "sentence", statement.cue), lambda: sentence_features(sent, statement.cue))
        out += _remembered(memo, (id(sent), "target", target), lambda: target_features(sent, target))
        out += _remembered(memo, (id(sent), "mood", statement.cue, target, statement.relation),
                           lambda: mood_features(sent, statement, group))
    return out


def _remembered(memo: dict[tuple[Any, ...], list[str]] | None, key: tuple[Any, ...],
                make: Callable[[], list[str]]) -> list[str]:
    """What `make` gives, made once a key when there is a memo."""
    if memo is None:
        return make()
    if key not in memo:
        memo[key] = make()
    return memo[key]


def mood_features(sent: Span, statement: Statement, group: str) -> list[str]:
    """Readings careful readers differ on: an event still to come or only possible ("will
    meet", "would send"), support read from a complaint about a lack; and the cue's lemma,
    which joins "opposed", "opposes" and "opposing"."""
    cue = cue_token(sent, statement.cue)
    mood = event_mood(cue) if cue is not None else None
    lack = lacking(sent, set((statement.target_text or statement.target).split()))
    lemma = [f"lemma={cue.lemma_.lower()}", f"relation|lemma={statement.relation}|{cue.lemma_.lower()}"] if cue else []
    return [f"mood={mood}", f"group|mood={group}|{mood}", f"lack_of_target={lack}", *lemma]


def target_features(sent: Span, target_text: str) -> list[str]:
    """The target's shape in the parse: its head's part of speech, a verb inside, its first word."""
    start = sent.text.find(target_text[:60]) if target_text else -1
    if start < 0:
        return ["target_found=False"]
    span = sent.char_span(start, min(len(sent.text), start + len(target_text)), alignment_mode="expand")
    if span is None or not len(span):
        return ["target_found=False"]
    root = span.root
    return [
        f"target_root_pos={root.pos_}", f"target_root_dep={root.dep_}", f"target_first_pos={span[0].pos_}",
        f"target_has_verb={any(t.pos_ == 'VERB' for t in span)}", f"target_has_ent={bool(span.ents)}",
        f"target_in_quote={any(t.is_quote for t in sent[:max(0, span.start - sent.start)])}",
    ]


def sentence_features(sent: Span, cue_text: str) -> list[str]:
    """The sentence's shape and the cue token's place in its parse."""
    words = {t.lower_ for t in sent}
    out = [
        f"sentence_tokens={min(len(sent) // 10, 6)}",
        f"question={sent.text.rstrip().endswith('?')}",
        f"quote_marks={any(t.is_quote for t in sent)}",
        f"first_sentence={sent.start == 0}",
    ]
    out += [f"hedge={w}" for w in sorted(HEDGES & words)]
    cue = cue_token(sent, cue_text)
    if cue is None:
        return out + ["cue_found=False"]
    out += [f"cue_dep={cue.dep_}", f"cue_pos={cue.pos_}", f"cue_tag={cue.tag_}", f"cue_head_pos={cue.head.pos_}"]
    out += [f"cue_child={d}" for d in sorted({c.dep_ for c in cue.children} & _CHILD_DEPS)]
    out += [f"cue_aux={a.lower_}" for a in cue.children if a.dep_ in ("aux", "auxpass") and a.lower_ in HEDGES]
    return out


_CHILD_DEPS = {"neg", "nsubj", "nsubjpass", "dobj", "prep", "ccomp", "xcomp", "agent", "mark", "advcl"}


def cue_token(sent: Span, cue_text: str) -> Token | None:
    """The first token of the sentence whose text is the cue's first word."""
    first = cue_text.split()[0] if cue_text.split() else ""
    return next((t for t in sent if t.text == first), None)


def vocabulary(rows: Sequence[list[str]], min_count: int = 2, keys: Sequence[str] | None = None) -> list[str]:
    """Features seen at least `min_count` times, sorted: the model's columns. With `keys` (each
    row's article), seen in at least `min_count` different articles: a feature only one article
    shows (its topic's cue, its target's head word) learns that article, not new text."""
    if keys is None:
        counts = Counter(f for row in rows for f in set(row))
    else:
        counts = Counter(f for f, _ in {(f, key) for row, key in zip(rows, keys, strict=True) for f in row})
    return sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
