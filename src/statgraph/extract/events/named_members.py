"""Structure: member_of, the states named next to a body's member noun, read on the words.

"ECOWAS members Nigeria and Senegal condemned the coup", "two members of the bloc, Mali and
Burkina Faso, signed a pact", "the members of ASEAN are Brunei, Cambodia ...", "Among the members
of the African Union, Kenya and Nigeria voted", "Hungary and fellow EU members", "the CSTO summit ... a representative from member-state
Armenia" (the body named last before in the passage): the small
parser often breaks these phrases (it reads "ECOWAS" as a noun, "Mali" as a person, or a list
after a comma as the subject of the verb), so they are read on the word sequence around
"member"/"members": the body is named right before the noun ("ECOWAS members", "NATO's members")
or after "of" ("members of the bloc": the body "the bloc" refers back to), and the members are
the states listed right after it, or before "and fellow".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..found import Found
from ..context.subjects import conjuncts, subject_of
from ..moods import irrealis, negated
from .membership import not_member_word, wished

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MEMBER_WORDS = frozenset({"member", "members"})
_KIND_WORDS = frozenset({"state", "states", "country", "countries", "nation", "nations"})  # "member states"
_LIST_MARKERS = words("event_forms", "list_markers") | {"are", "were", "include", "includes", "such", "as", "among", "them"}
_OPENERS = frozenset({",", "–", "—", "-", "(", ":"})
_CLOSERS = frozenset({",", "–", "—", ")", ";", "."})
_SEPARATORS = frozenset({",", "and"})
_NEGATIONS = frozenset({"not", "never", "no", "nor"})
# verbs over "as a member" whose subject is not the member, or not yet one
_NOT_ACTING = words("event_forms", "not_acting_as_member_verbs")
_SUPPOSING = frozenset({"if", "unless", "whether"})  # "if Ukraine were among the members of NATO"
# a kind of body between its name and "members": "Mercosur bloc members Argentina and Brazil"
_BODY_KINDS = frozenset({"alliance", "bloc", "group", "union"})


def named_members(token: Token, resolver: Resolver) -> Iterator[Found]:
    """The states named next to `token` ("member"/"members") as members of the body it names."""
    sent = token.sent
    if sent[-1].text == "?" or _not_member(token):
        return
    end = token.i + 1
    if end + 1 < sent.end and token.doc[end].text in {"-", "–"} and token.doc[end + 1].lower_ in _KIND_WORDS:
        end += 1  # "member-state Armenia"
    kind = end < sent.end and token.doc[end].lower_ in _KIND_WORDS
    end += 1 if kind else 0  # "ECOWAS member states Nigeria and Ghana", "member states of the EU"
    body = _body_before(token, resolver)
    if body is None:
        body, end = _body_after(token, end, resolver)
    if body is None and kind and end < sent.end and token.doc[end].pos_ == "PROPN":
        body = _named_before(token, resolver)  # "the CSTO summit ... member-state Armenia"
    if body is None:
        return
    listed = _listed_after(token.doc, end, sent, among=_among(token)) + _fellows_before(token)
    listed += _acting_as_member(token)
    for member in _states(listed, resolver):
        if member.id != body.id:
            yield Found(member, "member_of", Target(body.label, body), token, "named_members", 0.6)


def _acting_as_member(token: Token) -> list[Token]:
    """ "Turkey voted against the resolution as a NATO member", "Turkey, as a member of NATO,
    opposed the plan": the subject of the act done as a member (the clause the "as" phrase hangs
    on; not one asked or hoped for: "invited Ukraine as a member", "wants to join as a member")."""
    k = token.i - 1
    while k > token.sent.start and (token.doc[k].lower_ in {"a", "an", "the"} or token.doc[k].pos_ in {"PROPN", "ADJ"}):
        k -= 1  # "as a full NATO member"
    as_word = token.doc[k] if k >= token.sent.start and k < token.i and token.doc[k].lower_ == "as" else None
    if as_word is None:
        return []
    verb = as_word.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in _NOT_ACTING or negated(verb) or wished(verb):
        return []
    subject = subject_of(verb)
    return [subject, *conjuncts(subject)] if subject is not None else []


def _not_member(token: Token) -> bool:
    """ "former EU members", "candidate members", "would-be members", or said of a clause that
    denies or supposes it ("if Ukraine were among NATO's members")."""
    before = token.doc[max(token.sent.start, token.i - 3) : token.i]
    if any(not_member_word(t) for t in before):
        return True
    if any(t.lower_ in _NEGATIONS for t in before) or irrealis(token.head):
        return True
    return any(t.lower_ in _SUPPOSING for t in token.doc[token.sent.start : token.i])


def _body_before(token: Token, resolver: Resolver) -> Resolved | None:
    """ "ECOWAS members", "NATO's members", "the EU's member states": the body named right before."""
    k = token.i - 1
    if k > token.sent.start and token.doc[k].lower_ in _BODY_KINDS:
        k -= 1  # "Mercosur bloc members": the name before the body's kind
    if k > token.sent.start and token.doc[k].lower_ in {"'s", "’s", "'"}:
        k -= 1
    if k < token.sent.start or not token.doc[k].text[:1].isupper():
        return None
    named = token.doc[k]
    body = resolver.resolve(named) if named.pos_ in {"PROPN", "NOUN"} else None
    if body is None and (known := resolver.gazetteer.find(named.text)) is not None:
        body = resolver.actor(known)  # "ECOWAS members ...", the name read as a verb
    return body if body is not None and body.type == "organization" else None


def _named_before(token: Token, resolver: Resolver) -> Resolved | None:
    """The organisation named last before `token` in its passage."""
    for named in reversed(token.doc[: token.i]):
        if named.pos_ == "PROPN" and (named.i + 1 == token.i or named.nbor().pos_ != "PROPN"):
            body = resolver.resolve(named)
            if body is not None and body.type == "organization":
                return body
    return None


def _body_after(token: Token, k: int, resolver: Resolver) -> tuple[Resolved | None, int]:
    """ "members of ECOWAS", "members of the bloc": the body after "of" (at `k`), and where its
    name ends."""
    doc = token.doc
    if k >= token.sent.end or doc[k].lower_ != "of":
        return None, k
    k += 1
    while k < token.sent.end and doc[k].lower_ in {"the", "this", "that"}:
        k += 1
    end = k
    while end < token.sent.end and (doc[end].pos_ == "PROPN" or doc[end].ent_type_ == "ORG" and doc[end].is_alpha):
        end += 1
    if end == k:
        end = k + 1  # "the bloc", "the alliance": one common noun
    if end > token.sent.end:
        return None, k
    body = resolver.resolve(doc[end - 1])
    return (body, end) if body is not None and body.type == "organization" else (None, end)


def _among(token: Token) -> bool:
    """ "Among the members of the AU, Kenya ...", opening the sentence: one state after the
    comma is enough."""
    before = [t for t in token.doc[token.sent.start : token.i] if not t.is_punct]
    return bool(before) and before[0].lower_ == "among" and len(before) <= 3


def _listed_after(doc, start: int, sent: Span, among: bool) -> list[Token]:
    """The states listed from `start`: right away ("EU members Hungary and Slovakia"), after a
    list marker ("including", "such as", "are"), or in apposition after a comma or dash, where
    it takes two states closed off ("two members of the bloc, Mali and Burkina Faso, signed";
    not "members of the EU, Hungary said") or an "among" before ("Among the members of the AU,
    Kenya voted")."""
    k, marked, opened = start, False, False
    while k < sent.end and (doc[k].lower_ in _LIST_MARKERS or doc[k].text in _OPENERS):
        opened = opened or doc[k].text in _OPENERS
        marked = marked or doc[k].lower_ in _LIST_MARKERS
        k += 1
    if k < sent.end and doc[k].lower_ in _NEGATIONS:
        return []  # "the members of ASEAN are not ..."
    names, k = names_from(doc, k, sent)
    closed = k >= sent.end or doc[k].text in _CLOSERS
    if opened and not marked and not among and (len(names) < 2 or not closed):
        return []
    return names


def names_from(doc, k: int, sent: Span) -> tuple[list[Token], int]:
    """The heads of the proper names from `k` separated by ",", "and" or ", and", and where
    they stop."""
    names: list[Token] = []
    while k < sent.end:
        k += 1 if doc[k].lower_ == "the" else 0
        run = k
        while run < sent.end and doc[run].pos_ == "PROPN":
            run += 1
        if run == k:
            break
        names.append(doc[run - 1])
        k = run
        if k < sent.end and doc[k].lower_ in {"'s", "’s"}:
            return [], k  # a possessor, not a member: "members of NATO, Poland's neighbours"
        following = k + 1
        while following < sent.end and doc[following].lower_ in {"and", "the"}:
            following += 1
        if k < sent.end and doc[k].lower_ in _SEPARATORS and following < sent.end and doc[following].pos_ == "PROPN":
            k = following
            continue
        break
    return names, k


def _fellows_before(token: Token) -> list[Token]:
    """ "Hungary and fellow EU members", "Mali, Niger and fellow members of ECOWAS": the states
    listed before "and fellow"."""
    doc, k = token.doc, token.i - 1
    while k > token.sent.start and (doc[k].pos_ == "PROPN" or doc[k].lower_ in {"'s", "’s"}):
        k -= 1  # the body before the noun
    if k - 1 <= token.sent.start or doc[k].lower_ != "fellow" or doc[k - 1].lower_ != "and":
        return []
    names: list[Token] = []
    k -= 2
    while k >= token.sent.start and doc[k].pos_ == "PROPN":
        names.append(doc[k])
        while k >= token.sent.start and doc[k].pos_ == "PROPN":
            k -= 1
        if k >= token.sent.start and doc[k].lower_ == "the":
            k -= 1
        if k > token.sent.start and doc[k].lower_ == ",":
            k -= 1
            continue
        break
    return names


def _states(tokens: list[Token], resolver: Resolver) -> list[Resolved]:
    found = [a for t in tokens if (a := resolver.resolve(t)) is not None and a.type == "state"]
    return list({a.id: a for a in found}.values())
