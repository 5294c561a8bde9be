"""Members an organisation includes: member_of from "an organisation that now includes India and
Pakistan", "BRICS comprises Brazil, Russia ...", "Its members include Brazil, Russia ..." (the
organisation named before, in the same passage), "ASEAN, whose members include Vietnam" and
"the bloc, made up of Kenya, Uganda and Tanzania".

The verb list is cues.toml's [member_of] include_verbs; "the alliance", "the bloc" are
actor_nouns.toml's organization_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.subjects import conjuncts, prep_objects, subject_of
from ..found import Found
from ..moods import event_mood, negated

if TYPE_CHECKING:
    from spacy.tokens import Token


def included(token: Token, frame: Frame, resolver: Resolver, hedges: frozenset[str]) -> Iterator[Found]:
    """ "an organisation that now includes India and Pakistan", "BRICS comprises Brazil, Russia
    ...", "Its members include Brazil and Russia": the states an organisation (or its members)
    includes are its members (not "soon perhaps Saudi Arabia")."""
    if negated(token):
        return
    # "the bloc, made up of Kenya and Uganda"; "a group of economies including Brazil and India"
    whole = token.head if token.dep_ in {"acl", "prep"} else subject_of(token)
    relative = next((c for c in token.children if c.dep_ == "nsubj" and c.lower_ in {"that", "which"}), None)
    if relative is not None and token.dep_ == "relcl":
        whole = _name_before(relative) or token.head
    parts = _parts(token, whole)
    made = _made_up(token)
    if made is not None:  # "Russia and its allies making up the bloc": the parts make up the whole
        whole, parts = made
    if whole is None or not parts:
        return
    org = resolver.resolve(whole) if token.dep_ != "prep" else None  # "countries including X" is no body
    if org is None and whole.lemma_.lower() in ORGANIZATION_NOUNS and token.dep_ != "prep":
        org = organization_named_before(whole, resolver)  # "an organisation that includes ..."
    org = org or _members_owner(whole, resolver) or _described_body(whole, resolver)  # "Its members include ..."
    if whole.lower_ == "it" and org is None and len(parts) > 1 and _last_named_body(whole):
        org = organization_named_before(whole, resolver)  # "Initially, it consisted of Russia, China ..."
    if whole.lower_ == "it" and org is None and len(parts) > 1:
        org = _body_subject_before(whole, resolver)  # "The organization was founded in 2001. It consisted of ..."
    if org is None or org.type != "organization":
        return
    for member in parts:
        if any(c.lower_ in hedges for c in member.children if c.dep_ == "advmod"):
            continue
        actor = resolver.resolve(member)
        if actor is not None and actor.type == "state" and actor.id != org.id:
            yield Found(actor, "member_of", Target(org.label, org), token, "included", 0.6)


def _made_up(token: Token) -> tuple[Token, list[Token]] | None:
    """ "Kenya, Uganda and Tanzania make up the bloc", "Russia and other states making up the
    alliance": the whole is the object of "make up", the parts its subject or the noun the
    participle qualifies, with their conjuncts."""
    if token.lemma_.lower() != "make" or not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return None
    whole = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if whole is None or whole.lemma_.lower() not in ORGANIZATION_NOUNS and whole.pos_ != "PROPN":
        return None
    first = token.head if token.dep_ == "acl" else subject_of(token)
    while first is not None and first.dep_ == "conj":
        first = first.head  # "Russia and its allies making up": the list's first name
    return (whole, _named([first, *conjuncts(first)])) if first is not None else None


def _body_subject_before(pronoun: Token, resolver: Resolver) -> Resolved | None:
    """The organisation a pronoun that opens a sentence refers to: the subject of the sentence
    before, a body's noun or name ("The organization was founded in 2001. Initially, it ...")."""
    doc = pronoun.doc
    sent = pronoun.sent
    if sent.start == 0 or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    before = doc[sent.start - 1].sent
    subject = next((t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
    if subject is None or not (subject.lemma_.lower() in ORGANIZATION_NOUNS or subject.pos_ == "PROPN"):
        return None
    found = resolver.resolve(subject)
    return found if found is not None and found.type == "organization" else None


def _name_before(relative: Token) -> Token | None:
    """The name right before the comma or dash that opens a relative clause, read on the words:
    "the Mercosur -- the Southern Common Market -- which includes Brazil" (the parser may hang
    the clause on a noun further back)."""
    doc, k = relative.doc, relative.i - 1
    if k - 1 < relative.sent.start or doc[k].text not in _OPENING_MARKS or doc[k - 1].pos_ != "PROPN":
        return None
    return doc[k - 1]


_OPENING_MARKS = frozenset({",", "\u2014", "\u2013", "-"})


def members_are(noun: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "ASEAN, whose members are Vietnam and Laos", "Its members are Kenya and Uganda": the names
    after "be" whose subject is an organisation's members (`noun`)."""
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and any(c.dep_ == "poss" for c in noun.children):
        yield from included(noun.head, frame, resolver, frozenset())
    elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be":
        yield from _among_members(noun, noun.head.head, resolver)


def _among_members(noun: Token, verb: Token, resolver: Resolver) -> Iterator[Found]:
    """ "Among its members are Britain, China and France", "Among NATO's members are five
    nations: A, B ...": the names after "be" (its subject or attribute, read inverted) are members
    of the body whose members these are (not "Among its members are not ...", nor "would be")."""
    org = _members_owner(noun, resolver)
    if org is None or org.type != "organization" or negated(verb) or event_mood(verb) is not None:
        return
    named = [c for c in verb.children if c.dep_ in {"nsubj", "attr"} and c.i > verb.i]
    parts = [t for c in named for t in [c, *conjuncts(c)]]
    parts += [t for c in parts if c.pos_ == "NOUN" for t in _after_colon(c)]
    for member in parts:
        actor = resolver.resolve(member) if member.pos_ == "PROPN" else None
        if actor is not None and actor.type == "state" and actor.id != org.id:
            yield Found(actor, "member_of", Target(org.label, org), noun, "members_among", 0.6)


def _after_colon(group: Token) -> list[Token]:
    """The names a group noun is given after a colon, however the parser chains them ("five
    nations: Britain, China, France" as appositions and conjuncts, or as a new sentence)."""
    doc = group.doc
    colon = group.i + 1  # the group noun ends its phrase: "five nations: ..."
    if colon + 1 >= len(doc) or doc[colon].text != ":" or group.lemma_.lower() not in _GROUP_WORDS | _KIND_WORDS:
        return []
    first = doc[colon + 1] if doc[colon + 1].lower_ != "the" else doc[colon + 2] if colon + 2 < len(doc) else None
    if first is None or first.pos_ != "PROPN":
        return []
    first = first.head if first.dep_ == "compound" else first
    found, todo = [], [first]
    while todo:
        word = todo.pop()
        found.append(word)
        todo += [c for c in word.children if c.dep_ in {"conj", "appos"} and c.pos_ == "PROPN" and c.i > word.i]
    return found


ORGANIZATION_NOUNS = words("actor_nouns", "organization_nouns")
# verbs whose parts follow "of": "made up of", "composed of", "consisting of"
_OF_VERBS = frozenset({"compose", "consist", "make"})


_GROUP_WORDS = words("event_forms", "member_heads") | words("event_forms", "body_kind_nouns")
_KIND_WORDS = frozenset({"country", "nation", "state", "economy", "power"})  # "five nations: A, B ..."


def _described_body(whole: Token, resolver: Resolver) -> Resolved | None:
    """The organisation a group noun describes or is named by: "BRICS, a group of emerging
    economies including ...", "the OPEC+ group, which includes ...", "NATO allies including ..."."""
    if whole.lemma_.lower() not in _GROUP_WORDS:
        return None
    if whole.dep_ == "pobj" and whole.head.lower_ == "of" and whole.head.head.lemma_.lower() in _GROUP_WORDS:
        whole = whole.head.head  # "a group of emerging economies"
    named = [c for c in whole.children if c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN"]
    named += [whole.head] if whole.dep_ == "appos" and whole.head.pos_ == "PROPN" else []
    found = [a for t in named if (a := resolver.resolve(t)) is not None and a.type == "organization"]
    return found[0] if found else None


def _parts(token: Token, whole: Token | None) -> list[Token]:
    """What an including verb names as the parts: its object ("comprises Kenya and Uganda"), or
    after "of" ("is made up of Kenya and Uganda"; "make" only with "up", "bring" only with
    "together"); "be" names them only after members ("whose members are Kenya and Uganda")."""
    lemma = token.lemma_.lower()
    if token.dep_ == "prep":  # "including Brazil and India"
        return _named([t for p in token.children if p.dep_ == "pobj" for t in [p, *conjuncts(p)]])
    if lemma in _PARTICLE_VERBS and not any(c.lower_ == _PARTICLE_VERBS[lemma] for c in token.children):
        return []
    if lemma in _HOSTING_VERBS and (token.tag_ not in {"VBZ", "VBP"} or any(c.dep_ == "prep" for c in token.children)):
        return []  # "the OSCE brought together Armenia and Azerbaijan (for talks)": a host, not a body's members
    if lemma in _BEING:
        members = whole is not None and whole.lemma_.lower() == "member" and token.dep_ in {"ROOT", "relcl", "ccomp"}
        attr = next((c for c in token.children if c.dep_ == "attr"), None) if members else None
        return [attr, *conjuncts(attr)] if attr is not None else []
    if lemma not in _OF_VERBS:
        obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
        if lemma in _HAVING and (obj is None or obj.lemma_.lower() != "member"):
            return []  # "has four members: China, Russia ...", not "has allies: ..."
        return _named([obj, *conjuncts(obj)]) if obj is not None else []
    return _named(prep_objects(token, {"of"}))


# verbs that include only with their particle: "made up of", "brings together Kenya and Uganda"
_PARTICLE_VERBS = {"make": "up", "bring": "together"}
_BEING = frozenset({"be"})
# verbs that name the parts only as the names given to their object "members": "has four members: China, ..."
_HAVING = frozenset({"have"})
# verbs that tell a composition only in the present, without a purpose: "brings together Kenya and Uganda"
_HOSTING_VERBS = frozenset({"bring"})


def _named(parts: list[Token]) -> list[Token]:
    """The parts, a group noun among them replaced by the names it is given after a colon or a
    dash: "consists of five countries: Kenya, Uganda ..." (the names in apposition)."""
    named = []
    for part in parts:
        listed = [a for a in part.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
        if part.lemma_.lower() in _GROUP_WORDS and listed:
            named += [t for a in listed for t in [a, *conjuncts(a)]]
        else:
            named.append(part)
    return named


def _last_named_body(token: Token) -> bool:
    """Whether the last name before a pronoun in its passage is a body's, not a place's: "The
    SCO was set up in 2001. It consisted of ..." (not "China is vast. It includes ...")."""
    last = next((e for e in reversed(token.doc.ents) if e.end <= token.i and e.label_ in {"GPE", "ORG", "LOC", "NORP"}), None)
    return last is not None and last.label_ == "ORG"


def organization_named_before(token: Token, resolver: Resolver) -> Resolved | None:
    """The organisation named last before a token in its passage ("the alliance" after "NATO")."""
    here = id(token.doc)
    named = [(i, found) for doc, i, found in resolver.organizations if doc == here and i < token.i]
    return max(named, key=lambda m: m[0])[1] if named else None


def _members_owner(whole: Token, resolver: Resolver) -> Resolved | None:
    """ "Its members include ...", "the bloc's member states include ...", "NATO's members
    include ...": the organisation whose members the subject names ("its", "the bloc": the one
    named last before)."""
    members = whole.lemma_.lower() == "member" or any(c.dep_ == "compound" and c.lower_ == "member" for c in whole.children)
    owner = next((c for c in whole.children if c.dep_ == "poss"), None)
    if not members or owner is None or owner.lower_ in {"his", "her", "their", "our", "my", "your"}:
        return None
    if owner.lower_ == "its" or owner.pos_ == "NOUN" and owner.lemma_.lower() in ORGANIZATION_NOUNS:
        return organization_named_before(whole, resolver)
    verb = whole.head
    if owner.lower_ == "whose" and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
        return resolver.resolve(verb.head)  # "ASEAN, whose members include Vietnam": the antecedent
    return resolver.resolve(owner)

