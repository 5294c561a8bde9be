"""Warnings of resolve: who "will not hesitate to use force against any aggressor" or "reserves
the right to take countermeasures" warns of the act, as one who vows it does.

The act is a to-infinitive of cues.toml [warns] threat_verbs or resolve_acts; "will not hesitate
to help our partners" warns of nothing, and hesitating ("hesitated to act") or a hypothetical
("if Iran did not hesitate to ...") states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import clause_target
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_RESOLVE = frozenset({"hesitate", "reserve"})


@extractor(cues=lambda lexicon: _RESOLVE)
def stated_resolve(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the warning that not hesitating to act, or reserving the right to, states."""
    lexicon = context.lexicon
    acts = lexicon.listed("warns", "threat_verbs") | lexicon.listed("warns", "resolve_acts")
    for token in sent:
        act = _resolved_act(token)
        if act is None or act.lemma_.lower() not in acts or irrealis(token) or negated(act):
            continue
        target = clause_target(act, context.resolver)
        if target is None:
            continue
        for holder, how in holders(subject_of(token), context.frame, context.resolver):
            yield Found(holder, "warns", target, token, f"resolve/{how}", 0.6)


def _resolved_act(verb: Token) -> Token | None:
    """The act of "will not hesitate to V" or "reserves the right to V"; None otherwise."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _RESOLVE:
        return None
    if lemma == "hesitate":
        governor, wanted = (verb, negated(verb))
    else:
        governor = next((c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() == "right"), None)
        wanted = governor is not None and not negated(verb)
    if governor is None or not wanted:
        return None
    return next(
        (
            c
            for c in governor.children
            if c.dep_ in {"xcomp", "acl"} and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
