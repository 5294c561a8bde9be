"""News outlets: the source of a report, neither its speaker nor its holder.

"..., TASS reported", "Reuters said the Kremlin had rejected the plan", "according to Xinhua":
the outlet reports; who speaks is whom it quotes ("TASS quoted Lavrov as saying"), else nobody,
and the stance belongs to the actor the reported clause names. An outlet holds a stance only in
its own editorial voice ("The Times said in an editorial that ..."). The names are data:
ontology/outlets.toml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from .collectives import GIVEN, named_issuer
from .subjects import past_dateline

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver

OUTLET_NAMES = words("outlets", "outlets")
_NAME_ENDS = words("outlets", "name_ends")
_EDITORIAL = words("outlets", "editorial_nouns")
_REPORTS = words("outlets", "report_verbs")
# Common nouns for outlets ("the newspaper reported", "Romanian outlet Calea Europeana").
OUTLET_NOUNS = words("speech", "outlet_nouns")


def reports(subject: Token, verb: Token, resolver: Resolver) -> bool:
    """Whether a subject is an outlet that reports by this verb, not in its own editorial voice:
    "..., TASS reported", "Reuters said ..." (not "Granma recalls ...", "The Times said in an
    editorial ...")."""
    return verb.lemma_.lower() in _REPORTS and not editorial(verb) and is_outlet(subject, resolver)


def is_outlet(token: Token, resolver: Resolver) -> bool:
    """Whether the noun phrase headed by `token` names a news outlet: a name of the outlet list,
    a capitalised name ending like an outlet's ("The Manila Times"), or an outlet noun
    ("the newspaper", "Romanian outlet Calea Europeana")."""
    if (token.is_lower and token.lemma_ in OUTLET_NOUNS) or any(
        c.dep_ in {"compound", "appos", "nmod"} and c.is_lower and c.lemma_ in OUTLET_NOUNS for c in token.children
    ):
        return True
    if not token.text[:1].isupper():
        return False
    compound = [t for t in token.lefts if t.dep_ in {"compound", "det"} and t.i >= token.i - 5] + [token]
    for span in (resolver.name_span(token), compound, [token]):
        name = [t.lower_ for t in span if not t.is_punct]
        if name and name[0] == "the":
            name = name[1:]
        text = " ".join(name)
        if text in OUTLET_NAMES or f"the {text}" in OUTLET_NAMES:
            return True
        if len(name) >= 2 and (name[-1] in _NAME_ENDS or " ".join(name[-2:]) in _NAME_ENDS):
            return True
    return False


def editorial(verb: Token) -> bool:
    """Whether a speech verb speaks in an outlet's own voice: "said in an editorial", "wrote in
    a commentary"."""
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _EDITORIAL for c in places for g in c.children)


def quoted_source(verb: Token) -> Token | None:
    """Whom an outlet quotes: "TASS quoted Lavrov as saying ...", "Xinhua cited the minister as
    saying ...": the object of "quote" or "cite"."""
    if verb.lemma_.lower() not in {"quote", "cite"}:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def source_of(
    speaks: Token, verb: Token, resolver: Resolver, speaker_of: Callable[[Token], Resolved | None]
) -> Resolved | None:
    """Who speaks through a speech verb (`speaks`: the verb whose subject speaks, "quoted" in
    "quoted as saying"): whom it quotes ("The agency quoted Peskov as saying"), else its subject,
    but never an outlet that reports: "..., Reuters reported" is nobody's, "The Times said in an
    editorial" the outlet's own."""
    source = quoted_source(speaks) if speaks.i != verb.i else None
    if source is not None:
        return speaker_of(source)
    subjects = [c for c in speaks.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "Abu Dhabi: Egypt's President X reiterated ...": the speaker, not the dateline
    subject = past_dateline(subjects[0], subjects[1:]) if subjects else None
    if subject is None:
        # "“...,” read a statement by the ministry": the statement put after the verb, its "by"
        # often hung on the verb
        subject = next((c for c in speaks.children if c.dep_ == "dobj" and c.lemma_.lower() in GIVEN), None)
        by = [p for c in speaks.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        subject = by[0] if subject is not None and by and named_issuer(subject) is None else subject
    if subject is None or reports(subject, speaks, resolver):
        return None
    return speaker_of(subject)
