"""Who holds an office named by its portfolio: "UN High Commissioner for Refugees Filippo Grandi
welcomed ...", where the parser hangs the name on "for" as if it were the portfolio, or sets it
beside the title ("The High Commissioner for Human Rights, Michelle Bachelet, ..."), and the
subject is the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp.entities import entity_at
from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

PORTFOLIO_TITLES = words("actor_nouns", "portfolio_titles")


def portfolio_holder(token: Token) -> Token | None:
    """The person a capitalised portfolio title names: the last word of a person's name (two words
    or more) that ends its "for" phrase ("Commissioner for Human Rights Zeid Ra'ad al-Hussein") or
    stands beside it; None when no person is named ("the Minister for Foreign Affairs")."""
    if token.lemma_.lower() not in PORTFOLIO_TITLES or not token.text[:1].isupper():
        return None
    fors = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"]
    named = [c for prep in fors for c in prep.children if c.dep_ == "pobj"]
    named += [c for head in [token, *named] for c in head.children if c.dep_ == "appos" and c.i > token.i]
    return next((name for name in named if ends_a_name(name)), None)


def ends_a_name(token: Token) -> bool:
    """Whether a token is the last word of a person's name of two words or more."""
    if token.ent_type_ != "PERSON":
        return False
    entity = entity_at(token)
    return entity is not None and entity.end == token.i + 1 and len(entity) >= 2
