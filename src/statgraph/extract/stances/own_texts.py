"""Texts of one's own put forward: "Russia put forward its own resolution", "Washington had
circulated its own, alternative draft resolution", "the President submitted his own bills on the
Supreme Court". Who puts forward a text of their own proposes it (CONVENTIONS: `proposes`, tables
a resolution); "own" says the text is the subject's, where "its resolution" alone may be another's.

The verbs and the texts are data in ontology/cues.toml [proposes] own_text_verbs and own_texts
("put" only with "forward" or "forth"). A negated or supposed act ("did not table its own draft",
"if Russia tabled its own draft") proposes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from ..wording import tidy, usable
from .proposals import proposal_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Possessive pronouns that, with "own", make a text the subject's.
_OWNERS = frozenset({"its", "his", "her", "their", "our"})
# The particles that make "put" a proposing verb: "put forward", "put forth".
_FORWARD = frozenset({"forward", "forth"})


@extractor(cues=lambda lexicon: frozenset({"own"}))
def own_texts(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the texts of their own that subjects put forward."""
    verbs = context.lexicon.listed("proposes", "own_text_verbs")
    texts = context.lexicon.listed("proposes", "own_texts")
    for token in sent:
        if token.dep_ not in {"dobj", "obj"} or token.pos_ != "NOUN" or token.lemma_.lower() not in texts:
            continue
        verb = token.head
        if not _own(token) or not _proposing(verb, verbs) or negated(verb) or irrealis(verb):
            continue
        target = _text(token)
        if target is None:
            continue
        for holder, how in holders(subject_of(verb), context.frame, context.resolver):
            yield Found(holder, "proposes", target, verb, f"own_text/{how}", 0.6)


def _own(noun: Token) -> bool:
    """Whether a noun is "its own X", "his own X"."""
    children = list(noun.children)
    return any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in children) and any(
        c.lower_ == "own" and c.i < noun.i for c in children
    )


def _proposing(verb: Token, verbs: frozenset[str]) -> bool:
    """Whether a verb puts a text forward ("tabled", "put forward"), in the active voice."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in verbs:
        return False
    if lemma == "put" and not any(c.dep_ in {"prt", "advmod"} and c.lower_ in _FORWARD for c in verb.children):
        return False
    return not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _text(noun: Token) -> Target | None:
    """The text without its owner and "own": "its own, alternative draft resolution" ->
    "alternative draft resolution"."""
    words = proposal_phrase(noun).text.split()
    while words and words[0].lower().strip(",") in {"own", ""} | _OWNERS:
        words = words[1:]
    text = tidy(" ".join(words))
    return Target(text, head=noun.text) if usable(text) else None
