"""Every act of a list asked of someone that the parser hung on the asking verb itself: in
"“I call on Russia to stop this war, withdraw its troops from Ukraine, recommit to the principles
of the OSCE and return to diplomacy,” said X" the parser may read "withdraw" and "recommit" as acts
of the speaker, conjoined with "call"; "His party has called on the government to introduce a tax,
devolve the management of the estate and reclassify the project" likewise. Each is asked too.

The first act (the to-infinitive) is read by the verb rules, with the members `listing.act_members`
finds hung on it; here the later ones hung on the asking verb, and the first with them (the same
statement where the verb rules read it too): a bare verb (VB, or VBP as
the tagger reads a base form after "I" or "we") after a comma, with no subject, marker or tense of
its own, and the acts listed with it after "and". A verb hung on the asking verb after "and" alone
is the asker's own next act ("We call on X to stop and reject Y" rejects Y), not read.

The asking verbs are data: ontology/cues.toml [demands] verbs and asking_verbs, and "call" with
"on" or "upon".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, clause_target
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from ..listing import act_members
from ..moods import irrealis, negated
from ..phrases import phrase
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_BARE = frozenset({"VB", "VBP"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "mark", "expl"})
_TENSE = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "do", "does"})
_ON = frozenset({"on", "upon"})


def _asking(lexicon) -> frozenset[str]:  # noqa: ANN001 - the cue lexicon
    return lexicon.listed("demands", "verbs") | lexicon.listed("demands", "asking_verbs") | {"call"}


@extractor(cues=lambda lexicon: _asking(lexicon))
def listed_calls(sent: Span, context: Context) -> Iterator[Found]:
    """Yield a demand of each later act of a list asked of someone, hung on the asking verb."""
    asking = _asking(context.lexicon)
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in asking:
            continue
        first, addressee = _first_act(verb)
        if first is None or addressee is None or negated(verb) or irrealis(verb):
            continue
        taken = {t.i for t in act_members(first)}
        acts = [a for a in _hung_acts(verb, first) if a.i not in taken]
        acts = [first, *acts] if acts else []  # the first too: the rules may miss it where the list broke
        found = [(a, t) for a in acts if (t := clause_target(a, context.resolver)) is not None]
        if not found:
            continue
        asked = context.resolver.resolve(addressee)
        for holder, how in holders(subject_of(verb), context.frame, context.resolver):
            if asked is not None and asked.id == holder.id:
                continue  # no one asks it of themselves
            for act, target in found:
                text = f"{phrase(addressee)} {target.text}"
                yield Found(holder, "demands", Target(text, head=target.head), verb, f"called_list/{how}", 0.6)


def _first_act(verb: Token) -> tuple[Token | None, Token | None]:
    """The first act asked ("to stop this war") and who is asked ("the Russian Federation"): an
    "on"/"upon" object of "call", else the verb's object; none without a to-infinitive after it."""
    if verb.lemma_.lower() == "call":
        on = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in _ON for p in c.children if p.dep_ == "pobj"]
        addressee = on[0] if on else next((c for c in verb.children if c.dep_ == "dobj"), None)
        if not on and (verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].lower_ not in _ON):
            addressee = None  # "called the move a provocation": no one asked; "call on all parties" may parse so
    else:
        addressee = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if addressee is None:
        return None, None
    first = next(
        (
            c for c in verb.children
            if c.dep_ in {"xcomp", "advcl", "ccomp"} and c.pos_ == "VERB" and c.i > addressee.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    return first, (addressee if first is not None else None)


def _hung_acts(verb: Token, first: Token) -> list[Token]:
    """The bare verbs after the first act hung on the asking verb as its conjuncts, each after a
    comma (a list's middle member), with the acts conjoined with them."""
    doc, found = verb.doc, []
    for child in (c for c in verb.children if c.dep_ in {"conj", "dep"} and c.i > first.i):
        if not _bare_act(child) or child.left_edge.i < 1:
            continue
        before = doc[child.left_edge.i - 1]
        if before.text != "," and not (before.lower_ in {"and", "or"} and doc[before.i - 1].text == ","):
            continue
        if before.text != "," and not found:
            continue  # ", and reject Y" with nothing listed before it: the asker's own act
        found.append(child)
        found += [c for c in conjuncts(child) if _bare_act(c)]
    return found


def _bare_act(token: Token) -> bool:
    """A verb in its bare form with no subject, marker or tense of its own."""
    if token.pos_ != "VERB" or token.tag_ not in _BARE:
        return False
    own = any(c.dep_ in _OWN_CLAUSE for c in token.children)
    return not own and not any(c.dep_ == "aux" and c.lower_ in _TENSE for c in token.children)
