"""Members named by description or in a list: member_of from "Portugal, an EU member state",
"Kenya was the only African Union country to vote", "the Mercosur member states, namely
Argentina, Brazil ...", "the G20 foreign ministers of Mexico, Brazil and Canada" and "the
Moscow-led Collective Security Treaty Organization".

The word lists are ontology/event_forms.toml's member_heads, not_members and list_markers, and
actor_nouns.toml's representatives.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...nlp.bounds import sentence_bounds
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, prep_objects, subject_of
from ..found import Found
from ..moods import irrealis, negated
from .inclusion import organization_named_before
from .membership import as_subject, not_member_word, wished

if TYPE_CHECKING:
    from spacy.tokens import Token

MEMBER_HEADS = words("event_forms", "member_heads")
_LED_NOT_JOINED = words("event_forms", "led_bodies_not_joined")
# member heads that take no "of" here: an ally of a body is none of its members; "member of" is
# read by membership.membership_noun (with "a non-member of", "a former member of")
_NO_OF_HEADS = frozenset({"allies", "ally", "member", "members"})
_REPRESENTATIVES = words("actor_nouns", "representatives")
_ORGANIZATION_NOUNS = words("actor_nouns", "organization_nouns")
_BEING = frozenset({"be", "remain", "become"})
# "Estonia is in NATO", "Britain remained in the EU"; seated_verbs with "on" too: "Kenya sits on the Council"
_SEATED_VERBS = words("event_forms", "seated_verbs")
IN_BODY_VERBS = frozenset({"be", "remain", "stay"}) | _SEATED_VERBS
# Verbs of inclusion the small model reads as plural nouns after a name ("ASEAN groups Brunei, ...")
_INCLUDES_READ_AS_NOUNS = words("event_forms", "includes_read_as_nouns")
_LIST_WORDS = frozenset({",", "and", "the"})
# the words `grouped` and `representatives_of_members` read (forms.token_forms tests them first)
GROUPED_NOUNS = _INCLUDES_READ_AS_NOUNS


def representative_word(word: str) -> bool:
    """Whether a word names representatives ("ministers", "leaders"): the only words
    `representatives_of_members` reads."""
    return word in _REPRESENTATIVES or word.removesuffix("s") in _REPRESENTATIVES


def may_list_members(token: Token) -> bool:
    """Whether `listed_members` may read a name: only one with an apposition, on itself or, for
    "of" + name, on the noun before "of" (it lists nothing, and resolves nothing, otherwise)."""
    if any(c.dep_ == "appos" for c in token.children):
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and any(c.dep_ == "appos" for c in head.head.children)


def grouped(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "Established in 1967, ASEAN groups Brunei, Cambodia, ... and Vietnam": the small model
    reads the verb after the organisation's name as a noun; the states listed after it, up to
    the first word that is no name of a list, are its members."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.lower_ not in _INCLUDES_READ_AS_NOUNS or token.i == token.sent.start:
        return
    before = doc[token.i - 1]
    org = resolver.resolve(before) if before.pos_ == "PROPN" else None
    if org is None or org.type != "organization":
        return
    listed = []
    for following in doc[token.i + 1 : token.sent.end]:
        if following.ent_type_ == "GPE" and following.pos_ == "PROPN":
            if following.ent_iob_ == "B" or following.i == token.i + 1 or doc[following.i - 1].lower_ in _LIST_WORDS:
                listed.append(following)
        elif following.lower_ not in _LIST_WORDS and following.ent_type_ != "GPE":
            break
    states = {a.id: a for t in listed if (a := resolver.resolve(t)) is not None and a.type == "state"}
    if len(states) < 2:
        return  # a list, not "ASEAN groups Thailand's ..."
    for member in states.values():
        yield Found(member, "member_of", Target(org.label, org), token, "grouped", 0.6)


def described_members(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "Portugal, an EU member state", "Kenya was the only African Union country", "Mercosur
    member states, namely Argentina and Brazil": `token` is one of member_heads."""
    if any(not_member_word(c) for c in token.subtree if c.i < token.i):
        return
    described: list[Token] = []
    one = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "one" else None
    if token.dep_ == "appos" and token.head.pos_ == "PROPN":
        described = [token.head]
    elif one is not None and one.dep_ == "appos" and one.head.pos_ == "PROPN":
        described = [one.head]  # "Poland, one of the 27 EU member states"
    elif token.dep_ == "attr" and token.head.lemma_.lower() in _BEING and not _unsure(token.head) | wished(token.head):
        subject = subject_of(token.head)
        described = [subject, *conjuncts(subject)] if subject is not None else []
        # "Bulgaria, Cyprus, the Czech Republic ... are": a list the parser read as an apposition
        described += [t for a in (subject.children if subject is not None else []) if a.dep_ == "appos"
                      for t in [a, *conjuncts(a)]]
    described += [t for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" for t in _spelled_out(c)]
    described += _named_after(token) + _own_fellows(token) + _included(token)
    if (subject := as_subject(token)) is not None:
        described.append(subject)  # "As an EU member state, Hungary must comply"
    org = _organization(token, resolver) or _body_in(token, resolver) if described else None  # only when needed
    if org is None and described and _other_members(token):
        org = organization_named_before(token, resolver)  # "Other members, including Finland and Latvia"
    if org is None:
        return
    for member in _states(described, resolver):
        if member.id != org.id:
            yield Found(member, "member_of", Target(org.label, org), token, "described_member", 0.6)


def _spelled_out(first: Token) -> list[Token]:
    """The names of a list after a colon, which the parser may chain as appositions: "countries:
    Argentina, Brazil, Paraguay and Uruguay" (Brazil in apposition to Argentina, the rest its conjuncts)."""
    items = [first, *conjuncts(first)]
    nested = [a for t in items for a in t.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > first.i]
    return items + [t for a in nested for t in _spelled_out(a)]


def _other_members(token: Token) -> bool:
    """ "Other members, including Finland": members of the body told of, named by no modifier."""
    other = any(c.dep_ == "amod" and c.lower_ == "other" for c in token.children)
    return other and token.lower_ == "members" and not prep_objects(token, {"of"})  # not "members of the family"


def _body_in(token: Token, resolver: Resolver) -> Resolved | None:
    """ "Turkey is the only Muslim country in NATO", "Hungary, Russia's closest ally in the EU":
    the organisation after "in" on the description, or after "of" ("Belarus is part of the CSTO",
    "Saudi Arabia, the de facto leader of OPEC", "the founding countries of Mercosur: A, B"), but
    not on an ally ("Ukraine, an ally of the EU" is none of its members)."""
    preps = {"in"} if token.lower_ in _NO_OF_HEADS else {"in", "of"}
    found = next((a for p in prep_objects(token, preps) if p.pos_ in {"PROPN", "NOUN"} and p.ent_type_ == "ORG"
                  if (a := resolver.resolve(p)) is not None and a.type == "organization"), None)
    # "the four founding countries of the Mercosur bloc": a body noun named by its modifier
    bodies = [p for p in prep_objects(token, {"of"}) if p.lemma_.lower() in _ORGANIZATION_NOUNS]
    return found or next((a for p in bodies if (a := _organization(p, resolver)) is not None), None)


def in_body(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Estonia is in NATO", "Hungary and Poland are in the EU", "Britain remained in the EU",
    "Kenya, which sits on the Security Council":
    a state the text puts in an organisation belongs to it (`token`: one of _BEING; not asked,
    supposed or denied: "Is Ukraine in NATO?", "if Ukraine were in NATO", "is not in NATO")."""
    if _unsure(token) or wished(token) or token.sent[-1].text == "?":
        return
    preps = {"in", "on"} if token.lemma_.lower() in _SEATED_VERBS else {"in"}
    bodies = [a for p in prep_objects(token, preps) if p.pos_ == "PROPN"
              if (a := resolver.resolve(p)) is not None and a.type == "organization"]
    subject = subject_of(token) if bodies else None
    if subject is not None and subject.lower_ in {"which", "that"} and token.dep_ == "relcl":
        subject = token.head  # "Hungary, which is in the EU"
    for member, _ in holders(subject, frame, resolver):
        for body in bodies:
            if member.type == "state" and member.id != body.id:
                yield Found(member, "member_of", Target(body.label, body), token, "in_body", 0.6)


def _named_after(token: Token) -> list[Token]:
    """ "NATO member Turkey", "EU member states Hungary and Slovakia": the states named right
    after the description, each of a list ("A, B and C")."""
    doc, named = token.doc, []
    k, end = token.i + 1, sentence_bounds(token)[1]
    while k < end and (
        doc[k].ent_type_ == "GPE" and doc[k].pos_ == "PROPN" or named and doc[k].lower_ in {",", "and"}
    ):
        if doc[k].pos_ == "PROPN" and (doc[k].ent_iob_ == "B" or not named or doc[k - 1].lower_ in {",", "and"}):
            named.append(doc[k])
        k += 1
    return named if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" else []


def _included(token: Token) -> list[Token]:
    """ "The 27 EU member states, including France and Germany", "EU countries such as Hungary",
    "NATO members like Poland": the states the description's "including" phrase names."""
    return [
        t
        for c in token.children
        if c.dep_ == "prep" and (c.lower_ in {"including", "like"} or c.lower_ == "as" and _such(c))
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "PROPN"
        for t in [p, *conjuncts(p)]
    ]


def _such(prep: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ == "such" for c in prep.children)


def _own_fellows(token: Token) -> list[Token]:
    """ "Germany and its NATO allies", "France and fellow EU members", "Hungary and the other EU
    members", "Germany's NATO allies": the state coordinated with the others, or whose they are,
    belongs with them (not "Ukraine's allies in NATO": allies in a body need not share it)."""
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and token.lower_ in {"allies", "members"}:
        return [] if prep_objects(token, {"in"}) else [owner]
    if token.dep_ != "conj" or token.head.pos_ != "PROPN":
        return []
    # ("and other EU members" is read by membership.other_members)
    own = any(c.lower_ in {"its", "their", "fellow"} for c in token.children if c.dep_ in {"poss", "amod"})
    return [token.head] if own else []


def representatives_of_members(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "the G20 foreign ministers of Mexico, Brazil and Canada", "NATO leaders of France and
    Italy": the states an organisation's representatives come from are its members."""
    if not representative_word(token.lower_):
        return
    listed = [t for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" for t in [p, *conjuncts(p)]]
    org = _organization(token, resolver) if len(listed) > 1 else None
    if org is None:
        return
    states = _states(listed, resolver)
    if len(states) < 2:
        return  # "the NATO ambassador of Poland" may be one envoy to it
    for member in states:
        if member.id != org.id:
            yield Found(member, "member_of", Target(org.label, org), token, "representatives_of", 0.6)


def listed_members(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "The BRICS – Brazil, Russia, India, China and South Africa – agreed", "BRICS, a group of
    major emerging economies – Brazil, Russia ...": two or more states in apposition to an
    organisation, or to the description of one, are its members."""
    if token.i + 1 < len(token.doc) and token.nbor().pos_ == "PROPN":
        return  # not the last word of a name
    heads = [token, token.head] if token.dep_ == "pobj" and token.head.lower_ == "of" else [token]
    described = [a for h in heads for a in (h.head if h.i != token.i else h).children if a.dep_ == "appos"]
    groups = [p for a in described if a.pos_ == "NOUN" for c in a.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    lists = [
        [t for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN" for t in _listed(a)]
        for head in [token, *groups]
    ]
    lists = [listed for listed in lists if len(listed) > 1]
    org = resolver.resolve(token) if lists else None  # resolving names it: only when a list is there
    if org is None or org.type != "organization":
        return
    for listed in lists:
        states = _states(listed, resolver)
        for member in states if len(states) > 1 else []:
            if member.id != org.id:
                yield Found(member, "member_of", Target(org.label, org), token, "listed_members", 0.6)


def _listed(first: Token) -> list[Token]:
    """A list of names and the name the parser hangs on its last one as apposition when no "and"
    closes it: "the Quad (India, US, Japan, Australia)"."""
    items = [first, *conjuncts(first)]
    if len(items) > 1:
        items += [a for a in items[-1].children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    return items


def hyphen_led(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "the Moscow-led Collective Security Treaty Organization", "the CSTO, a Russia-led
    security bloc": the leader belongs to it."""
    if token.lower_ != "led" or token.dep_ != "amod":
        return
    body = token.head
    named = [c for c in body.children if c.dep_ == "appos" and c.pos_ == "PROPN"] or _named_after_comma(body)
    if body.pos_ == "NOUN" and body.dep_ == "appos" and body.lemma_.lower() in _ORGANIZATION_NOUNS:
        body = body.head  # "the CSTO, a Russia-led security bloc": the organisation described
    elif body.pos_ == "NOUN" and named and body.lemma_.lower() in _ORGANIZATION_NOUNS:
        body = named[0]  # "another Russian-led bloc, the CSTO": the organisation named after it
    elif body.pos_ != "PROPN":
        return  # "the US-led bloc" names no bloc: no anaphora here
    org = resolver.resolve(body)
    if org is None or org.type != "organization" or org.label.split()[-1].lower() in _LED_NOT_JOINED:
        return  # "the Kenya-led Multinational Security Support Mission": led, not joined
    leaders = [c for c in token.children if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i < token.i]
    for leader in _states(leaders, resolver):
        if leader.id != org.id:
            yield Found(leader, "member_of", Target(org.label, org), token, "hyphen_led", 0.55)


def _named_after_comma(noun: Token) -> list[Token]:
    """The last word of the name right after a noun and a comma ("another Russian-led bloc, the
    Collective Security Treaty Organization"), however the parser hangs it."""
    doc, k = noun.doc, noun.i + 1
    if k >= noun.sent.end or doc[k].text != ",":
        return []
    k += 1 + (k + 1 < noun.sent.end and doc[k + 1].lower_ == "the")
    end = k
    while end < noun.sent.end and doc[end].pos_ == "PROPN":
        end += 1
    return [doc[end - 1]] if end > k else []


def _organization(token: Token, resolver: Resolver) -> Resolved | None:
    """The organisation in a noun's modifiers ("EU member state", "G20 Foreign Ministers")."""
    modifiers = [c for c in token.children if c.dep_ in {"compound", "nmod", "poss"} and c.i < token.i]
    modifiers += [g for c in modifiers if c.lower_ in {"member", "members"} for g in c.children if g.dep_ == "compound"]
    for modifier in modifiers:
        actor = resolver.resolve(modifier) if modifier.pos_ == "PROPN" else None
        if actor is not None and actor.type == "organization":
            return actor
    return None


def _states(tokens: list[Token], resolver: Resolver) -> list[Resolved]:
    found = [a for t in tokens if (a := resolver.resolve(t)) is not None and a.type == "state"]
    return list({a.id: a for a in found}.values())


def _unsure(verb: Token) -> bool:
    return negated(verb) or irrealis(verb)
