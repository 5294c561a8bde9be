"""What the group model sees of a clause candidate (clause_candidates.Reading): general features
of the clause, named strings as the judge's are.

The predicate's lemma and its negation, its modal and mood (moods.py), the verb it is the
complement of, the path from the predicate to the target, the polarity of the words of the
predicate, the clause and the target (VADER and ontology/evaluation.toml, as the evaluation
rule reads them), the target's head lemma and kind, and how the holder was found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..moods import event_mood, irrealis, negated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..registry import Context
    from .clause_candidates import Reading

MODALS = frozenset("will would must should can could may might shall need ought".split())


def clause_features(reading: Reading, context: Context) -> list[str]:
    """The features of one clause candidate."""
    verb, path = reading.predicate, reading.path
    lemma = verb.lemma_.lower()
    negative = negated(verb)
    polarity = context.polarity
    argument = _subtree_ids(reading.argument)
    clause_words = [t for t in verb.subtree if t.i not in argument and t.i != verb.i]
    head = reading.argument.lemma_.lower() if reading.target.actor is None else reading.target.actor.type
    out = [
        "bias", f"lemma={lemma}", f"negated={negative}", f"lemma|negated={lemma}|{negative}",
        f"path={path}", f"lemma|path={lemma}|{path}", f"dep={verb.dep_}",
        f"mood={event_mood(verb)}", f"irrealis={irrealis(verb)}",
        f"target_actor={reading.target.actor is not None}", f"target_head={head}",
        f"path|target_actor={path}|{reading.target.actor is not None}",
        f"holder={reading.how}", f"holder_type={reading.holder.type}", f"voice={context.frame.voice}",
        f"verb_polarity={_sign(polarity.get(lemma, polarity.get(verb.lower_, 0.0)))}",
        f"clause_polarity={_tone(clause_words, polarity)}",
        f"target_polarity={_tone([t for t in reading.argument.subtree], polarity)}",
        f"negated|verb_polarity={negative}|{_sign(polarity.get(lemma, 0.0))}",
    ]
    out += [f"modal={a.lower_}" for a in verb.children if a.dep_ == "aux" and a.lower_ in MODALS]
    if verb.dep_ in {"xcomp", "ccomp", "conj", "advcl"} and verb.head.pos_ in {"VERB", "ADJ", "NOUN"}:
        out += [f"governor={verb.head.lemma_.lower()}", f"governor|dep={verb.head.lemma_.lower()}|{verb.dep_}"]
    if path in {"xcomp", "ccomp"}:
        out.append(f"complement={reading.argument.lemma_.lower()}")
    return out


def _subtree_ids(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def _sign(value: float) -> str:
    return "pos" if value >= 1.0 else "neg" if value <= -1.0 else "0"


def _tone(words: list[Token], polarity: dict[str, float]) -> str:
    """Whether a stretch of words holds positive words, negative ones, both or neither."""
    signs = {_sign(polarity.get(t.lemma_.lower(), polarity.get(t.lower_, 0.0))) for t in words} - {"0"}
    return "+".join(sorted(signs)) or "0"
