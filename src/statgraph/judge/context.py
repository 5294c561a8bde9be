"""Optional feature blocks: what the judge can see of a candidate beyond its rule, cue and
sentence (features.py), each block chosen by name when a model is trained.

    path       where the holder and the target sit in the parse relative to the cue: the
               dependency path (`^nsubj` the cue's subject, `>dobj` its object), its
               length, the distance in tokens, and whether the holder is named at all
    shape      how the target is worded: capitalised, cut at a function word ("that
               should be"), with odd characters ("<"), a pronoun
    head       the lemma of the target's head ("sovereignty", "ceasefire")
    agree      how many different rules propose the same holder, group and target
    position   where in the document: the passage number and the fifth of the text
    document   the style of the whole article: how often rules agree, candidates per
               sentence, the share of stances (style.py)
    reading    quote or reported speech, the sentence's place, how many readings the cue
               gave, whether the holder is named in the sentence (reading.py)
    phrase     the target phrase's length, the words its canonical form dropped, and the
               issue-word lists its words are on (phrase.py)

A block's features are named `<block>:<feature>`, so a model trained on some blocks ignores
the others. Every block reads only the parse already made; `bench/bench_judge.py` measures
what each adds on dev and what it costs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..models import Passage, Statement
from .gold import group_of
from .phrase import PHRASE, phrase_features
from .reading import READING, name_starts, names_holder, reading_features
from .style import document_style, style_features

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

BASE = "base"
# parts of speech a whole phrase does not end on: a target that does was cut
CUT_ENDINGS = {"DET", "ADP", "AUX", "PART", "CCONJ", "SCONJ", "PRON"}
PLAIN_CHARS = " -,.()'’"
MAX_PATH = 3  # longer paths are named by their length only
DISTANCES = (1, 3, 6, 12, 25)


def dependency_path(start: Token, end: Token) -> list[str] | None:
    """The labels from `start` up to the lowest common ancestor (`^dep`) and down to `end`
    (`>dep`); empty when they are one token, None when no ancestor joins them."""
    up = [start, *start.ancestors]
    down = [end, *end.ancestors]
    down_index = {t.i: n for n, t in enumerate(down)}
    for n, token in enumerate(up):
        if token.i in down_index:
            rising = [f"^{t.dep_}" for t in up[:n]]
            falling = [f">{t.dep_}" for t in reversed(down[: down_index[token.i]])]
            return rising + falling
    return None


def path_features(name: str, cue: Token | None, other: Token | None) -> list[str]:
    """The path from a holder or target token to the cue, and their distance in tokens."""
    if cue is None:
        return [f"{name}_path=no_cue"]
    if other is None:
        return [f"{name}_path=absent"]
    path = dependency_path(other, cue)
    if path is None:
        return [f"{name}_path=other_sentence"]
    shown = "".join(path) if len(path) <= MAX_PATH else f"len{min(len(path), 6)}"
    distance = abs(other.i - cue.i)
    bucket = next((str(b) for b in DISTANCES if distance <= b), "more")
    return [f"{name}_path={shown}", f"{name}_steps={min(len(path), 5)}", f"{name}_distance={bucket}",
            f"{name}_before_cue={other.i < cue.i}"]


def holder_token(sent: Span, statement: Statement) -> Token | None:
    """The capitalised token of the passage nearest the evidence that begins like a word of
    the holder's or the speaker's label ("Lavrov" for Sergey Lavrov); None when the passage
    never names it (a pronoun, an earlier sentence, a byline)."""
    starts = name_starts(statement)
    found = [t for t in sent.doc if names_holder(t, starts)]
    middle = (sent.start + sent.end) / 2
    return min(found, key=lambda t: (abs(t.i - middle), t.i)) if found else None


def target_span(sent: Span, target_text: str) -> Span | None:
    """The target's words in the evidence, or None when they are not there verbatim."""
    start = sent.text.find(target_text[:60]) if target_text else -1
    if start < 0:
        return None
    span = sent.char_span(start, min(len(sent.text), start + len(target_text)), alignment_mode="expand")
    return span if span is not None and len(span) else None


def target_shape(target_text: str, span: Span | None) -> list[str]:
    """How the target is worded: capitalised, with odd characters, cut at a function word."""
    odd = any(not (c.isalnum() or c in PLAIN_CHARS) for c in target_text)
    out = [f"capitalised={target_text[:1].isupper()}", f"odd_chars={odd}",
           f"lower_only={all(w.islower() for w in target_text.split())}"]
    if span is not None:
        out += [f"last_pos={span[-1].pos_}", f"cut={span[-1].pos_ in CUT_ENDINGS}",
                f"first_det={span[0].pos_ == 'DET'}", f"pronoun={span.root.pos_ == 'PRON'}"]
    return out


def agreement(statements: Sequence[Statement]) -> list[int]:
    """For each candidate, how many different rules propose its holder, group and target."""
    rules: dict[tuple[str, str, str], set[str]] = {}
    for s in statements:
        rules.setdefault((s.holder_id, group_of(s.relation), s.target_id), set()).add(s.rule)
    return [len(rules[(s.holder_id, group_of(s.relation), s.target_id)]) for s in statements]


class _Candidate:
    """One candidate as the blocks read it: the statement, its evidence span, cue and target."""

    def __init__(self, statement: Statement, sent: Span | None, cue: Token | None, parsed: Sequence[tuple[Passage, Doc]],
                 agree: int, style: dict[str, str]) -> None:
        self.statement, self.sent, self.cue = statement, sent, cue
        self.agree, self.style = agree, style
        self.target = target_span(sent, statement.target_text or statement.target) if sent is not None else None
        self.passage = next((n for n, (p, _) in enumerate(parsed) if p.start <= statement.start < p.end), 0)
        self.length = parsed[-1][0].end if parsed else 1


def _path(c: _Candidate) -> list[str]:
    if c.sent is None:
        return ["path=no_parse"]
    holder = holder_token(c.sent, c.statement)
    return path_features("holder", c.cue, holder) + path_features("target", c.cue, c.target.root if c.target else None)


def _shape(c: _Candidate) -> list[str]:
    return target_shape(c.statement.target_text or c.statement.target, c.target)


def _head(c: _Candidate) -> list[str]:
    return [f"target_head={c.target.root.lemma_.lower()}"] if c.target is not None else []


def _agree(c: _Candidate) -> list[str]:
    return [f"rules={min(c.agree, 3)}"]


def _position(c: _Candidate) -> list[str]:
    fifth = min(4, 5 * c.statement.start // max(1, c.length))
    return [f"fifth={fifth}", f"passage={min(c.passage, 3)}"]


def _document(c: _Candidate) -> list[str]:
    return style_features(c.style, c.statement)


def _phrase(c: _Candidate) -> list[str]:
    return phrase_features(c.statement)


BLOCKS: dict[str, Callable[[_Candidate], list[str]]] = {
    "path": _path, "shape": _shape, "head": _head, "agree": _agree, "position": _position, "document": _document,
    PHRASE: _phrase,
}


def block_features(statements: Sequence[Statement], sentences: Sequence[Span | None], cues: Sequence[Token | None],
                   parsed: Sequence[tuple[Passage, Doc]], blocks: Sequence[str]) -> list[list[str]]:
    """The features of the named optional blocks for each candidate, `<block>:`-prefixed."""
    wanted = [b for b in blocks if b in BLOCKS]  # the embed block's numbers are dense.py's
    rows: list[list[str]] = [[] for _ in statements]
    if READING in blocks:
        rows = [[f"{READING}:{f}" for f in row] for row in reading_features(statements, sentences, cues, parsed)]
    if not wanted:
        return rows
    agree = agreement(statements)
    style = document_style(statements, parsed, agree) if "document" in wanted else {}
    for row, statement, sent, cue, n in zip(rows, statements, sentences, cues, agree, strict=True):
        candidate = _Candidate(statement, sent, cue, parsed, n, style)
        row[:0] = [f"{name}:{f}" for name in wanted for f in BLOCKS[name](candidate)]
    return rows
