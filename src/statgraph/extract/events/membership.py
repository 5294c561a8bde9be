"""Structure: member_of from membership nouns and "other members".

"Sweden's accession to NATO", "X is a member of Y", "Russia, along with other CSTO countries";
joining ("Finland joined NATO") is read in joining.py, allies in allies.py (both named here too,
for the readers that import them from this module), a body's leaders and chairs in chairs.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.doers import doers
from ..context.frame import Frame
from ..context.subjects import conjuncts, prep_objects, subject_of
from ..cues import Lexicon
from ..found import Found
from ..moods import event_mood, irrealis, negated
from .allies import ALLY_NOUNS as ALLY_NOUNS
from .allies import allies as allies
from .inclusion import ORGANIZATION_NOUNS as _ORGANIZATION_NOUNS
from .inclusion import members_are
from .inclusion import organization_named_before as _organization_named_before
from .joining import joining as joining
from .parties import is_party

if TYPE_CHECKING:
    from spacy.tokens import Token

SEAT_NOUNS = words("event_forms", "seat_nouns")
_SEAT_VERBS = words("event_forms", "seat_verbs")
MEMBER_NOUNS = frozenset({"country", "countries", "member", "members", "state", "states", "nation", "nations"})
_NOT_MEMBERS = words("event_forms", "not_members")


def as_members(token: Token, verbs: frozenset[str]) -> list[Token]:
    """Who "as members" describes: "welcome Egypt and Iran as new full members", "admitted
    Belarus as its tenth member" (the object); "joined as a full member" (the subject)."""
    if token.dep_ != "pobj" or token.head.lower_ != "as" or token.head.head.pos_ != "VERB":
        return []
    verb = token.head.head
    if verb.lemma_.lower() not in verbs or negated(verb):
        return []
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is not None:
        return [obj]
    subject = subject_of(verb)
    return [subject] if subject is not None and verb.lemma_.lower() in {"join", "enter"} else []


def membership_noun(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Finland's accession to NATO", "X is a member of Y", "NATO members such as Poland",
    "admitted Belarus as the organisation's tenth member"."""
    if _sought(token) or _qualified_away(token):
        return  # "Ukraine's future membership of NATO", "opposes Ukraine's membership of NATO"
    yield from members_are(token, frame, resolver)  # "ASEAN, whose members are Vietnam and Laos"
    # "Brazil's non-permanent seat on the UN Security Council" (a seat "of" a body is its site);
    # "Finland's entry into NATO"
    prepositions = {"on", "in"} if token.lower_ in SEAT_NOUNS else {"of", "to", "in", "into"}
    orgs = [
        a
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for p in c.children
        if p.dep_ == "pobj"
        for b in [p, *conjuncts(p)]  # "a member of both NATO and the EU"
        if (a := resolver.resolve(b)) and a.type == "organization"
    ]
    holder_tokens: list[Token] = [c for c in token.children if c.dep_ == "poss"]
    if token.lower_ in {"member", "members"} or not orgs:  # "Finland's NATO membership"
        holder_tokens = _modifier_organizations(token, resolver, orgs, holder_tokens)
    if token.lower_ in {"member", "members"}:
        orgs += (_the_body(token, resolver) or _of_which(token, resolver)) if not orgs else []
        # "two members of the bloc, Burkina Faso and Mali": the members named in apposition
        holder_tokens += [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if not orgs:
        return
    holder_tokens += _members(token, lexicon)
    # "India's membership of the Quad, alongside the United States and Japan": they belong too
    if holder_tokens:
        holder_tokens += [p for p in _alongside(token) if p.pos_ == "PROPN"]
    for holder_token in holder_tokens:
        for holder, how in doers(holder_token, frame, resolver):
            if token.lower_ in SEAT_NOUNS and holder.type != "state":
                continue  # "the party has six seats in the parliament": a party's seats are no membership
            for org in orgs:
                if (holder.type != "person" or is_party(org)) and org.id != holder.id:
                    yield Found(holder, "member_of", Target(org.label, org), token, f"membership/{how}", 0.65)


# verbs over a membership that is sought or fought, not held: "opposes Ukraine's membership of NATO"
_SOUGHT_BY = words("event_forms", "membership_sought_verbs")
_SOUGHT_KINDS = words("event_forms", "membership_kinds")


def _sought(noun: Token) -> bool:
    """Whether a membership noun ("membership", "accession") names one not (yet) held: told as
    to come ("future", "possible": not_members), as the kind of another thing ("membership
    bid") or as what a verb of seeking or opposing is about."""
    if noun.lower_ in {"member", "members"} or noun.lower_ in SEAT_NOUNS:
        return False  # read by _members and wished()
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ == "compound" or after is not None and after.lower_ in _SOUGHT_KINDS:
        return True  # "Ukraine's NATO membership bid" (however parsed), "accession talks"
    if any(c.dep_ == "amod" and c.lower_ in _NOT_MEMBERS for c in noun.children):
        return True
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return noun.dep_ in {"dobj", "obj", "pobj"} and verb.lemma_.lower() in _SOUGHT_BY


def _qualified_away(noun: Token) -> bool:
    """ "a former member", "an aspiring member", "a non-member of the EU" (however the parser
    splits the hyphen): a member noun a not_members word qualifies names no member now ("new"
    members are members)."""
    if noun.lower_ not in {"member", "members"}:
        return False
    before = []
    for word in reversed(noun.doc[max(noun.i - 3, noun.sent.start) : noun.i]):
        if word.is_punct and word.text != "-" or word.pos_ in {"PROPN", "AUX"}:
            break  # the noun's own words only: not "former Soviet states, members of ..."
        before.append(word)
    return any(not_member_word(w) and w.lower_ != "new" for w in before)


def not_member_word(word: Token) -> bool:
    """A word of not_members ("former", "candidate", "non" of "non-member"), but not the "non"
    of "a non-permanent member", who is a member."""
    if word.lower_ not in _NOT_MEMBERS:
        return False
    doc, i = word.doc, word.i
    return not (word.lower_ == "non" and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "permanent")


def _of_which(token: Token, resolver: Resolver) -> list[Resolved]:
    """ "the African Union, of which Kenya is a member": the body the relative clause hangs on."""
    verb = token.head
    if token.dep_ != "attr" or verb.dep_ != "relcl":
        return []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not any(p.lower_ == "which" for c in preps for p in c.children):
        return []
    body = resolver.resolve(verb.head)
    return [body] if body is not None and body.type == "organization" else []


def _the_body(token: Token, resolver: Resolver) -> list[Resolved]:
    """ "members of the bloc": the organisation named last before, when "of" names it by its kind."""
    kinds = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj" and (p.lemma_.lower() in _ORGANIZATION_NOUNS or p.lower_ in _BODY_SPELLINGS)
             and any(d.lower_ == "the" for d in p.children)]
    org = _organization_named_before(kinds[0], resolver) if kinds else None
    return [org] if org is not None else []


# other spellings of organisation nouns: "two members of the block" (the bloc named before)
_BODY_SPELLINGS = frozenset({"block"})


def _modifier_organizations(
    token: Token, resolver: Resolver, orgs: list[Resolved], holder_tokens: list[Token]
) -> list[Token]:
    """ "NATO's 31st member", "a NATO member", "NATO and EU members": the organisations in the noun's own modifiers,
    added to `orgs`; returns the holder tokens without them."""
    named = [
        c
        for c in token.children
        if c.dep_ in {"poss", "compound", "nmod"}
        and (c.pos_ == "PROPN" or c.dep_ == "poss" and c.lemma_.lower() in _ORGANIZATION_NOUNS)
    ]
    # "have become NATO and EU members": the bodies joined to a modifier name are members' bodies too
    named += [j for c in named if c.dep_ in {"compound", "nmod"} for j in conjuncts(c) if j.pos_ == "PROPN"]
    for modifier in named:
        org = resolver.resolve(modifier)
        if org is not None and org.type == "organization":
            orgs.append(org)
            holder_tokens = [t for t in holder_tokens if t.i != modifier.i]
    return holder_tokens


def _members(token: Token, lexicon: Lexicon) -> list[Token]:
    """The members a membership noun's clause names: a predicate's subject, an apposition's head,
    the noun as subject, or those described as members."""
    if token.lower_ == "members" and token.dep_ == "pobj" and token.head.head.lower_ == "one":
        token = token.head.head  # "Brazil is one of the founding members", "Poland, one of NATO's members"
    if token.dep_ in {"attr"}:
        # "is not a member of NATO", "wants to be a member", "will become a member": none yet
        verb = token.head
        if verb.dep_ == "pcomp" and verb.head.lower_ in _GRANTING and verb.head.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head.head  # "Despite being a member of NATO, Turkey bought ...": the main clause's subject
        subject = subject_of(verb) if not negated(token.head) and not wished(token.head) else None
        return [subject] if subject is not None else []
    if token.dep_ == "appos" and token.lower_ in {"member", "members", "one"}:
        return [token.head]  # "The UAE, the Arab member of the Security Council"
    if token.dep_ == "pobj" and token.head.lower_ == "among" and token.head.head.lemma_ == "be":
        verb = token.head.head  # "Kenya is among the 15 members of the Council" (not "is not among")
        subject = subject_of(verb) if not (negated(verb) or irrealis(verb) or wished(verb)) else None
        return [subject] if subject is not None else []
    if (subject := as_subject(token)) is not None:
        return [subject]
    verb = token.head
    if token.lower_ in SEAT_NOUNS and token.dep_ == "dobj" and verb.lemma_.lower() in _SEAT_VERBS and not negated(verb):
        subject = subject_of(token.head)  # "Japan holds a non-permanent seat on the Security Council"
        return [subject] if subject is not None else []
    return as_members(token, lexicon.events["member_of"].get("as_member_verbs", frozenset()))


def wished(verb: Token) -> bool:
    """Whether being or becoming something is only wished, expected or supposed: "wants to be a
    member of NATO", "hopes to be in the EU", "will become a member", "would be in NATO"."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in _STILL_VERBS:
        return True  # not "continues to remain a full member of the CSTO"
    return event_mood(verb) is not None


_STILL_VERBS = words("event_forms", "still_verbs")
_GRANTING = frozenset({"besides", "despite"})  # prepositions over a being that grant it


def _alongside(token: Token) -> list[Token]:
    """The objects of "alongside X", "along with X", "together with X" hung on a noun."""
    found = []
    for child in token.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ == "alongside":
            found += [p for p in child.children if p.dep_ == "pobj"]
        elif child.lower_ in {"along", "together"}:
            found += [p for w in child.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
    return found


def other_members(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "Russia, along with other CSTO countries", "China, other BRICS countries", "Germany, like
    other EU member states": the actors listed with "other ORG members" are members of ORG too; so is the owner of an
    act done along with them ("Russia's involvement, along with other CSTO countries")."""
    if not any(c.lower_ == "other" for c in token.children if c.dep_ == "amod"):
        return
    if any(t.lower_ in _NOT_MEMBERS for t in token.subtree if t.i < token.i):
        return  # "along with other EU candidate countries"
    org = organization_modifier(token, resolver) or _organization_of(token, resolver)
    if org is None:
        return
    head = token.head
    listed: list[Token] = []
    if token.dep_ == "conj" or token.dep_ == "appos":
        listed = [head, *[c for c in head.children if c.dep_ == "conj" and c.i != token.i]]
    elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.lower_ in {"along", "together"}:
        listed = [head.head.head]
    elif token.dep_ == "pobj" and head.lower_ == "with" and head.head.dep_ in {"advmod", "prep"}:
        listed = [head.head.head]
    elif token.dep_ == "pobj" and head.lower_ in {"like", "unlike"} and head.dep_ == "prep":
        listed = [head.head]  # "Germany, like other EU member states, agreed": Germany is one
    # "Hungary, along with other EU members, blocked the decision": the phrase on the verb
    listed = [subject_of(m) if m.pos_ in {"VERB", "AUX"} else m for m in listed]
    for member in (m for m in listed if m is not None):
        actor = resolver.resolve(member)
        if actor is None and member.pos_ == "NOUN":
            owner = next((c for c in member.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            actor = resolver.resolve(owner) if owner is not None else None
        if actor is not None and actor.type == "state" and actor.id != org.id:
            yield Found(actor, "member_of", Target(org.label, org), token, "other_members", 0.6)


def organization_modifier(token: Token, resolver: Resolver) -> Resolved | None:
    """The organisation named in a noun's modifiers: "CSTO countries", "the BRICS chair", "EU
    member states"."""
    modifiers = [c for c in token.children if c.dep_ in {"compound", "nmod", "amod"}]
    modifiers += [g for c in modifiers if c.lower_ in {"member", "members"} for g in c.children if g.dep_ == "compound"]
    return next(
        (a for c in modifiers if (a := resolver.resolve(c)) is not None and a.type == "organization"),
        None,
    )


def _organization_of(token: Token, resolver: Resolver) -> Resolved | None:
    """ "Kazakhstan and other members of the CSTO": the organisation after "of" on "members"."""
    if token.lower_ not in {"member", "members"}:
        return None
    return next((a for p in prep_objects(token, {"of"})
                 if (a := resolver.resolve(p)) is not None and a.type == "organization"), None)


def as_subject(token: Token) -> Token | None:
    """Who is what an "as" phrase says: "As the BRICS chair, Russia ...", "As a member of the
    G7, Japan ..." (the parser takes "as" for a preposition or a subordinator)."""
    start = token.left_edge.i
    if start <= token.sent.start or token.doc[start - 1].lower_ != "as":
        return None
    clause = token.head.head if token.dep_ == "pobj" else token.head
    return next(
        (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > token.i),
        None,
    )
