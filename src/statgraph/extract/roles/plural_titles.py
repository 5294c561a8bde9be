"""holds_role of the persons a plural title lists: "opposition leaders Leopoldo Lopez and
Antonio Ledezma", "our deputy prime ministers A and B", "The Foreign Ministers of Azerbaijan and
Armenia, A and B" (each of their state, in order), "former Prime Ministers A of Jamaica, B of
The Bahamas and C of St Lucia" (each of the state after the name)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.person_names import TITLE_WORDS
from .names import name_end, person_named
from .offices import ABBREVIATIONS, OFFICE_HEADS, OWNED_HEADS, actor_at, owner_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...link.gazetteer import Actor
    from ...link.resolve import Resolved, Resolver


def singular(token: Token) -> str | None:
    """The singular of a plural office word ("Ministers" -> "Minister", "secretaries" ->
    "secretary", "Reps." -> "Representative"), else None."""
    text = token.text
    if _stop_after(token):  # "Sens" "." as the tokenizer may split "Sens."
        text += "."
    if text.endswith("s.") and f"{text.lower()[:-2]}." in ABBREVIATIONS:  # "Reps."
        return ABBREVIATIONS[f"{text.lower()[:-2]}."]
    if token.lower_.endswith("ies") and f"{token.lower_[:-3]}y" in OFFICE_HEADS:
        return f"{text[:-3]}y"
    if token.lower_.endswith("s") and token.lower_[:-1] in OFFICE_HEADS:
        return text[:-1]
    return None


def _stop_after(token: Token) -> bool:
    """Whether a full stop the tokenizer split off follows a word ("Sens" ".")."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "." and token.text[-1:].isalpha()


def plural_roles(doc: Doc, lead: int, sent: Span, resolver: Resolver) -> Iterator[tuple[Resolved, str, Token]]:
    """The offices of the persons listed after a plural title that ends right before the first
    of them (`lead`), or before a comma there."""
    head = _plural_head(doc, lead, sent.start, resolver)
    if head is None:
        return
    words, before = _words_before(doc, head, sent.start, resolver)
    after = _states_after(doc, head, lead, resolver)
    listed = _listed(doc, lead, sent.end, resolver)
    if words is None or after is None or len(listed) < 2 or (len(after) > 1 and len(after) != len(listed)):
        return
    if singular(doc[head]).lower() in OWNED_HEADS and not (before or after or "opposition" in words):
        return  # "leaders X and Y": whose, the text does not say
    for k, (start, end, own) in enumerate(listed):
        person = person_named(doc[start : end + 1], resolver, True)
        if person is None:
            continue
        owner = own or (after[k] if len(after) > 1 else after[0] if after else before)
        label = " ".join([*words, singular(doc[head])])
        fallback = owner_of(person, resolver) if owner is None and not words else None
        owner = owner or fallback
        yield person, f"{label} of {owner.label}" if owner is not None else label, doc[head]


def _plural_head(doc: Doc, lead: int, floor: int, resolver: Resolver) -> int | None:
    """Where a plural office word is that a list of names follows: right before it ("ministers
    A and B"), or before a comma after its "of" phrase of states ("Ministers of A and B, X")."""
    j = lead - 1
    if j > floor and doc[j].text == "." and _stop_after(doc[j - 1]):  # "Sens. A (D-N.J.) and B"
        j -= 1
    elif j > floor and doc[j].lower_ == "including":  # "senators including A, B and C"
        j -= 1
    if j > floor and doc[j].text == ",":
        j -= 1
        while j > floor and (doc[j].lower_ in {"and", "the"} or _state_at(doc, j, resolver)):
            j -= 1
        if doc[j].lower_ != "of":
            return None
        j -= 1
    return j if j >= floor and singular(doc[j]) is not None else None


def _state_at(doc: Doc, j: int, resolver: Resolver) -> bool:
    """Whether a token is the last word of a state's name."""
    return any(
        (found := actor_at(doc, k, j + 1, resolver)) is not None and found[1] == j + 1 and found[0].type == "state"
        for k in range(max(0, j - 3), j + 1)
    )


def _words_before(doc: Doc, head: int, floor: int, resolver: Resolver) -> tuple[list[str] | None, Actor | None]:
    """The words of the title before its plural head ("former Prime", "opposition") and the one
    state a demonym names there ("Venezuelan opposition leaders"); None when the title is one of
    two joined ("current and former presidents")."""
    words: list[str] = []
    state = None
    k = head - 1
    while k >= floor and (doc[k].lower_ in TITLE_WORDS or doc[k].pos_ in {"ADJ", "NOUN", "PROPN"}):
        actor = resolver.gazetteer.demonym(doc[k].text) or resolver.gazetteer.find(doc[k].text)
        if actor is not None and actor.type == "state":
            state = state or actor
        elif not doc[k].is_lower and doc[k].lower_ not in TITLE_WORDS:
            return None, None  # "Labour MPs": a body the title names, not read here
        else:
            words.insert(0, doc[k].text)
        k -= 1
    # (a comma before a capitalised title alone ends a clause: "In addition, Sens. A and B")
    if k >= floor and doc[k].lower_ in {"and", "or", ","} and (words or doc[k].text != "," or doc[head].is_lower):
        return None, None
    return words, state


def _states_after(doc: Doc, head: int, lead: int, resolver: Resolver) -> list[Actor] | None:
    """The states of the "of" phrase after a plural head, in order (none without one; None
    when it names something else: "secretaries of the Security Councils of ...")."""
    if head + 1 >= lead or doc[head + 1].lower_ != "of":
        return []
    states: list[Actor] = []
    k, end = head + 2, lead - 1 if doc[lead - 1].text == "," else lead
    while k < end:
        if doc[k].lower_ in {"the", "and", ","}:
            k += 1
            continue
        found = actor_at(doc, k, end, resolver)
        if found is None or found[0].type != "state":
            return None
        states.append(found[0])
        k = found[1]
    return states


def _listed(doc: Doc, start: int, stop: int, resolver: Resolver) -> list[tuple[int, int, Actor | None]]:
    """The names of a list from `start` on ("A, B and C"), each with the state an "of" phrase
    or a parenthesis after it names ("B of The Bahamas"), as (first token, last token, state)."""
    listed: list[tuple[int, int, Actor | None]] = []
    i = start
    while i < stop and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        end = name_end(doc, i, stop)
        k, own = end + 1, None
        if k + 1 < stop and doc[k].lower_ == "of":
            state = k + 2 if doc[k + 1].lower_ == "the" else k + 1  # "of The Bahamas"
            found = actor_at(doc, state, stop, resolver) or actor_at(doc, k + 1, stop, resolver)
            if found is None or found[0].type != "state":
                break
            own, k = found
        elif k < stop and doc[k].text == "(":
            k = next((m + 1 for m in range(k, min(stop, k + 8)) if doc[m].text == ")"), stop)
        listed.append((i, end, own))
        if k < stop and doc[k].text == ",":
            k += 1
        if k < stop and doc[k].lower_ == "and":
            k += 1
        elif not (k - 1 > end and doc[k - 1].text == ","):
            break
        i = k
    return listed
