"""Ways denied: "violence is not a solution", "'sanctions are no answer to the crisis,' the
minister said", "unilateral measures are not the way forward", "our response cannot be a race to
rearm". In someone's words (or an op-ed's
own voice), what is said to be no solution, answer or way is opposed by the speaker's side.

The nouns are data in ontology/cues.toml [opposes] no_way_nouns. Only a denial counts ("not" on
the copula, or "no" on the noun); "not the only way" or "not the best answer" leaves room for it
(the [supports] way_modifiers), and a question or a condition states nothing. What names an actor
("Russia is not the answer") is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import targets
from ..context.subjects import subject_of
from ..found import Found
from ..moods import negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# What makes a clause only supposed or asked: "if sanctions are not the answer", "whether ...".
_SUPPOSING = frozenset({"if", "unless", "whether", "until"})


@extractor(cues=lambda lexicon: lexicon.listed("opposes", "no_way_nouns"))
def denied_ways(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the speaker's opposition to what is said to be no solution, answer or way."""
    lexicon, frame = context.lexicon, context.frame
    nouns = lexicon.listed("opposes", "no_way_nouns")
    modifiers = lexicon.listed("supports", "way_modifiers")
    if sent.text.rstrip().endswith("?"):
        return  # "is violence not the answer?"
    for token in sent:
        if token.dep_ not in {"attr", "nsubj"} or token.lemma_.lower() not in nouns or token.head.lemma_.lower() != "be":
            continue
        copula = token.head
        if not _denied(token, copula) or any(c.lower_ in modifiers for c in token.children):
            continue  # "is the only way", "is not the only answer"
        if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in copula.children):
            continue
        holder = frame.behalf if frame.voice_of(token) != "author" else context.author
        denied = _denied_thing(token, copula)
        if holder is None or denied is None or denied.pos_ == "PRON":
            continue
        if token.dep_ == "nsubj" and denied.lemma_.lower() in nouns:
            continue  # "nationalist solutions are not the answer": the answer's own reading names them
        for target in targets(denied, context.resolver):
            if target.actor is None:
                yield Found(holder, "opposes", target, token, "denied_way", 0.5)


def _denied_thing(noun: Token, copula: Token) -> Token | None:
    """What is said to be no way: the subject of "X is not a solution", or the complement of
    "our answer cannot be a race to rearm", "the answer is not more sanctions"."""
    if noun.dep_ == "attr":
        return subject_of(copula)
    return next((c for c in copula.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}), None)


def _denied(noun: Token, copula: Token) -> bool:
    """ "is not a solution", "are no answer", "is never the way"."""
    if noun.dep_ == "nsubj":  # "the answer is not more sanctions": the copula's own denial
        return negated(copula)
    return negated(copula) or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
