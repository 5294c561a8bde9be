"""Verdicts: what someone calls a thing takes a stance on it.

Two general forms of evaluation that need no stance verb:

- a verb of judging with a small clause: "Kenya deemed the tax law unconstitutional",
  "France considers the move unacceptable", "the court declared the vote invalid": the
  judge (the verb's subject) opposes or supports what the adjective is said of;
- a predicate noun of verdict, in someone's words: "the vote marks an important milestone",
  "the election was a positive development", "the decision is a mistake": the speaker's side
  supports or opposes the subject.

Notes:
    The words are data in ontology/evaluation.toml (judging_verbs, verdict_nouns_*,
    verdict_carriers, verdict_modifiers_*, verdict_links); an adjective's polarity is the
    cue lexicon's or the evaluation lexicon's (`word_score`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...words import words
from ..arguments import Target, targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..referents import clause_referent
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolver
    from ..cues import Lexicon

_JUDGING = words("evaluation", "judging_verbs")
_LINKS = words("evaluation", "verdict_links")
_NOUNS = {1: words("evaluation", "verdict_nouns_positive"), -1: words("evaluation", "verdict_nouns_negative")}
_CARRIERS = words("evaluation", "verdict_carriers")
_MODIFIERS = {1: words("evaluation", "verdict_modifiers_positive"), -1: words("evaluation", "verdict_modifiers_negative")}
_THRESHOLD = 1.5
# "a step towards war", "a dangerous step towards escalation": where the step leads is judged too
_TOWARDS = frozenset({"to", "toward", "towards"})
# adverbs that turn or hedge a verdict adjective
_PENDING = frozenset({"will", "would", "shall", "could", "might", "may", "'ll", "’ll"})
_WEAKENING = frozenset({"hardly", "less", "least", "never", "no", "not", "n't", "scarcely"})


@extractor(cues=lambda lexicon: _JUDGING)
def judged_small_clauses(sent: Span, context: Context) -> Iterator[Found]:
    """ "Kenya deemed the new tax law unconstitutional": the judge's stance on what is judged."""
    frame, resolver = context.frame, context.resolver
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _JUDGING or negated(verb) or _pending(verb):
            continue
        judged, verdict = _small_clause(verb)
        if judged is None or verdict is None or judged.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.dep_ in {"advmod", "neg"} and c.lower_ in _WEAKENING for c in verdict.children):
            continue  # "find X less responsive", "deemed it not unreasonable": no plain verdict
        scores = [word_score(w, context.polarity, context.lexicon) for w in (verdict, *verdict.conjuncts)]
        sign = -1 if min(scores) <= -_THRESHOLD else 1 if max(scores) >= _THRESHOLD else 0
        if sign == 0:
            continue
        for holder, how in holders(subject_of(verb), frame, resolver):
            for target in _judged_targets(judged, sign, resolver):
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, _relation(sign, target), target, verdict, f"judged/{how}", 0.55)


def _pending(verb: Token) -> bool:
    """A verdict only foretold or supposed: "will hold Hamas responsible for any attack" warns,
    "would find it unacceptable" supposes; neither judges yet."""
    return irrealis(verb) or any(c.dep_ == "aux" and c.lower_ in _PENDING for c in verb.children)


def _small_clause(verb: Token) -> tuple[Token | None, Token | None]:
    """The thing judged and the adjective judging it, however the parser hung them: "considers
    [the law]nsubj [unacceptable]ccomp", "deemed [the law]compound [unconstitutional]dobj",
    "found [the law]dobj [unconstitutional]oprd"."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    for child in verb.children:
        if child.pos_ != "ADJ" or child.dep_ not in {"ccomp", "oprd", "xcomp", "dobj", "obj"}:
            continue
        inner = [c for c in child.children if c.i < child.i and c.dep_ in {"nsubj", "compound", "npadvmod"}]
        if inner and inner[-1].pos_ in {"NOUN", "PROPN"}:
            return inner[-1], child
        if obj is not None and obj.i != child.i:
            return obj, child
    return None, None


def _judged_targets(judged: Token, sign: int, resolver: Resolver) -> list[Target]:
    """What is judged; an actor only when blamed ("declared the junta illegitimate")."""
    return [t for t in targets(judged, resolver) if t.actor is None or sign < 0]


@extractor(cues=lambda lexicon: _LINKS)
def verdict_predicates(sent: Span, context: Context) -> Iterator[Found]:
    """ "The vote marks an important milestone", "the decision was a mistake", in someone's
    words: the speaker's side supports or opposes the subject."""
    frame, resolver = context.frame, context.resolver
    if frame.behalf is None:
        return
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.dep_ not in {"attr", "dobj", "obj"} or frame.voice_of(noun) == "author":
            continue
        link = noun.head
        if link.lemma_.lower() not in _LINKS or (noun.dep_ != "attr") == (link.lemma_.lower() in {"be", "remain"}):
            continue  # "is a milestone" (attr of "be"), "marks a milestone" (object of "mark")
        sign = verdict_sign(noun)
        if sign == 0 or negated(link) or clause_referent(link) or link.dep_ == "relcl":
            continue  # "the accord, which was a milestone": said in passing of its antecedent
        subject = subject_of(link)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            continue  # "this is a mistake": what "this" is, is said elsewhere
        for target in _judged_targets(subject, sign, resolver):
            if target.actor is None or target.actor.id != frame.behalf.id:
                yield Found(frame.behalf, _relation(sign, target), target, noun, "verdict", 0.5)


def verdict_sign(noun: Token) -> int:
    """+1 or -1 for a noun of verdict ("milestone", "mistake") or a neutral one with an
    adjective of verdict ("a positive development", "a dangerous step"); 0 otherwise."""
    lemma = noun.lemma_.lower()
    for sign, nouns in _NOUNS.items():
        if lemma in nouns:
            return sign
    if lemma not in _CARRIERS:
        return 0
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    leads = any(c.dep_ == "prep" and c.lower_ in _TOWARDS for c in noun.children)
    for sign, words_ in _MODIFIERS.items():
        if modifiers & words_ and not (leads and sign > 0):
            return sign  # not "an important step towards war": where it leads decides
    return 0


def _relation(sign: int, target: Target) -> str:
    if sign > 0:
        return "supports"
    return "criticizes" if target.actor is not None else "opposes"


def word_score(token: Token, polarity: dict[str, float], lexicon: Lexicon) -> float:
    """A word's polarity: the evaluation lexicon, or -2 for an opposing or criticising cue adjective."""
    cues = lexicon.adjectives.get(token.lemma_.lower()) or []
    if any(c.relation in {"opposes", "criticizes", "rejects"} for c in cues):
        return -2.0
    if any(c.relation == "supports" for c in cues):
        return 2.0
    return polarity.get(token.lower_, polarity.get(token.lemma_.lower(), 0.0))
