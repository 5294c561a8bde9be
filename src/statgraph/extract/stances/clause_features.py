"""What the group model sees of a clause candidate (clause_candidates.Reading): general features
of the clause, named strings as the judge's are.

The predicate's lemma and its negation, its modal and mood (moods.py), the verb it is the
complement of, the path from the predicate to the target, the polarity of the words of the
predicate, the clause and the target (VADER and ontology/evaluation.toml, as the evaluation
rule reads them), the target's head lemma and kind, and how the holder was found.

The classes of the words (cues.toml, user-extensible), which carry what a clause's lemma
teaches to lemmas the training articles never showed: the relations the predicate is a cue of
(a verb or the verb of a phrasal cue: "reaffirm" supports), those the head of the target's
phrase is a noun cue of ("its commitment to X": supports; "a call for X": demands), those of the
complement's verb and of the governing verb (a phrasal cue only with its particle: "say no to"
rejects, "say" alone nothing); and the holder's way crossed with the voice.
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
    return out + word_classes(reading, context)


def word_classes(reading: Reading, context: Context) -> list[str]:
    """The cue relations (cues.toml) of the predicate, of the target phrase's head noun, of the
    complement's verb and of the governing verb; the holder's way by voice."""
    lexicon, verb = context.lexicon, reading.predicate
    argument = reading.argument
    relations = _verb_relations(lexicon, verb)
    out = [f"predicate_cue={r}" for r in relations]
    out += [f"predicate_cue|negated={r}|{negated(verb)}" for r in relations]
    if reading.target.actor is None:
        out += [f"argument_cue={r}" for r in sorted({c.relation for c in lexicon.nouns.get(argument.lemma_.lower(), [])})]
    if reading.path in {"xcomp", "ccomp"}:
        out += [f"complement_cue={r}" for r in _verb_relations(lexicon, argument)]
    if verb.dep_ in {"xcomp", "ccomp", "conj", "advcl"} and verb.head.pos_ == "VERB":
        out += [f"governor_cue={r}" for r in _verb_relations(lexicon, verb.head)]
    out.append(f"holder|voice={reading.how}|{context.frame.voice}")
    return out


def _verb_relations(lexicon, verb: Token) -> list[str]:
    """The relations a verb's lemma is a cue of, alone or as the verb of a phrasal cue whose
    particle follows it ("stand by": "stand" alone is none)."""
    lemma = verb.lemma_.lower()
    after = {c.lower_ for c in verb.children if c.i > verb.i}
    phrasal = [c for c in lexicon.phrasal.get(lemma, []) if c.particle and c.particle.split()[0] in after]
    return sorted({c.relation for c in lexicon.verbs.get(lemma, []) + phrasal})


def _subtree_ids(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def _sign(value: float) -> str:
    return "pos" if value >= 1.0 else "neg" if value <= -1.0 else "0"


def _tone(words: list[Token], polarity: dict[str, float]) -> str:
    """Whether a stretch of words holds positive words, negative ones, both or neither."""
    signs = {_sign(polarity.get(t.lemma_.lower(), polarity.get(t.lower_, 0.0))) for t in words} - {"0"}
    return "+".join(sorted(signs)) or "0"
