"""Targets of a predicate, read off the dependency parse: an actor, or an issue phrase with
its head word; clauses and acts as targets. Holders are in `holders`; a target's phrase is
read in `phrases`, a clause's words in `clause_wording`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..link.resolve import Resolved, Resolver
from ..words import words as word_list
from .broken_lists import broken_members, gerund_words
from .clause_targets import clause_words, pointed_back, predicate_target
from .context.holders import VAGUE
from .context.subjects import conjuncts
from .listing import list_members
from .naming import acronym_head, descriptive_name, office_holder
from .phrases import MAX_TARGET_TOKENS, hung_infinitive, phrase, phrase_span, subject_gerund, takes
from .referents import doer_of, referred_act, spelled_acts, whose_phrase
from .target import Target
from .wording import tidy, usable

if TYPE_CHECKING:
    from spacy.tokens import Token

# Clause targets and the Target itself live in their own modules; the rules import them from here.
__all__ = ["Target", "clause_target", "pointed_back", "predicate_target", "targets", "make_target", "doers"]

OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
TIE_NOUNS = frozenset(
    "cooperation collaboration partnership alliance relations relationship ties "
    "friends friendship integration coordination interaction contacts".split()
)
_NOT_TARGETS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# Nouns that are vague alone ("this approach", "strengthen relations") but not qualified
# ("Russia's geopolitical approach", "relations with Japan"): ontology/phrases.toml.
VAGUE_ALONE = word_list("phrases", "vague_alone")
# Nouns that name a stance or a policy: issues, never the actor whose they are ("the one-China policy").
_STANCE_WORDS = frozenset("policy position stance view views approach line interests interest".split())
_SIDES = frozenset("side party leader country government nation state".split())
# Nouns that, bare, only point at a matter or party named elsewhere ("the incident", "this
# development", "the country"): ontology/phrases.toml.
_POINTING_NOUNS = word_list("phrases", "pointing_nouns")
# Adjectives that make a named state an issue ("a neutral Malaysia"): ontology/phrases.toml.
_CONDITIONS = word_list("phrases", "conditions")
# Verbs that put an actor forward for a standing ("recommended Moldova for candidate status").
_PUTTING_FORWARD = word_list("phrases", "putting_forward")


def _vague(token: Token) -> bool:
    if token.lower_ in VAGUE_ALONE:
        return not any(
            c.dep_ in {"poss", "compound", "amod", "nmod"}
            and c.pos_ in {"PROPN", "ADJ", "NOUN"}
            or c.dep_ == "prep"
            and (c.lower_ == "of" or takes(token, c))  # "relations with Japan"
            or c.dep_ == "acl"  # "his idea to create a group of countries"
            or c.dep_ == "relcl"  # "the issues that the US raised", not "the issue, which ..."
            and c.lemma_ != "be"  # "the issues that are important" says how they are, not which
            and not token.doc[c.left_edge.i - 1].is_punct
            for c in token.children
        )
    return token.lower_ in VAGUE


def targets(token: Token, resolver: Resolver) -> list[Target]:
    """The targets headed by `token` and the nouns listed with it (`listing.list_members`): one
    target each actor named, and each issue of a list, issues that share their words being one
    phrase, as a reader words them ("the sovereignty, stability and economic development of
    Moldova", "peace and stability across the Taiwan Strait"; but "the interference in its
    internal affairs and the politicization of refugee issues" are two)."""
    if (act := _doer_and_act(token, resolver)) is not None:
        return [act]  # "vetoes Romania and Bulgaria joining the Schengen area": the joining
    if spelled := spelled_acts(token):  # "two decisions -- using X and imposing Y": the acts
        made = [clause_target(a, resolver) if a.pos_ == "VERB" else make_target(a, resolver) for a in spelled]
        return [t for t in made if t is not None]
    made = [(member, _member_target(member, resolver)) for member in _unswallowed(_members(token))]
    found = [t for _, t in made if t is not None]
    issues = [(m, t) for m, t in made if t is not None and t.actor is None and t.text == phrase(m)]
    replaced: dict[int, Target | None] = {}
    for run in _sharing_runs(issues):
        joined = _joined([m for m, _ in run]) if len(run) > 1 else None
        if joined is not None:
            replaced.update({id(t): None for _, t in run[1:]})
            replaced[id(run[0][1])] = Target(joined, head=run[0][1].head)
    kept = [replaced.get(id(t), t) for t in found]
    return [t for t in kept if t is not None]


def _doer_and_act(noun: Token, resolver: Resolver) -> Target | None:
    """The act a noun is the doer of, worded with the doer (`phrases.subject_gerund`): "Romania
    and Bulgaria joining the Schengen area", "China meddling in Canadian democracy"; None where
    the noun does no such act or the words are too long for a target."""
    gerund = subject_gerund(noun)
    said = clause_target(gerund, resolver) if gerund is not None else None
    if gerund is None or said is None:
        return None
    doer = noun.doc[noun.left_edge.i : gerund.i]
    if said.text.lower().startswith(doer.text.lower()):
        text = said.text  # a clause's subject kept already
    else:
        text = tidy(f"{doer.text} {said.text}")
    return Target(text, head=gerund.text) if usable(text) and len(text.split()) <= MAX_TARGET_TOKENS + 4 else None


def _members(token: Token) -> list[Token]:
    """`token` and the nouns listed with it, also those the parser broke off the list
    (`broken_lists.broken_members`), in the order of the text."""
    listed = [*list_members(token), *broken_members(token)]
    return sorted({t.i: t for t in listed}.values(), key=lambda t: t.i)


def _member_target(member: Token, resolver: Resolver) -> Target | None:
    """A list member's target; a gerund the parser read as a verb words the noun it qualifies
    ("demining cooperation at the border")."""
    words = gerund_words(member) if member.pos_ == "VERB" else None
    if words is not None:
        return Target(words, head=member.doc[member.i + 1].text) if usable(words) else None
    return make_target(member, resolver)


def _unswallowed(members: list[Token]) -> list[Token]:
    """The members not already inside an earlier member's phrase ("the sovereignty, stability
    and economic development of Moldova" is one phrase, its list inside)."""
    kept: list[Token] = []
    for member in members:
        if not any(phrase_span(k).start <= member.i < phrase_span(k).end for k in kept):
            kept.append(member)
    return kept


def _sharing_runs(issues: list[tuple[Token, Target]]) -> list[list[tuple[Token, Target]]]:
    """The issues of a list in runs that share their words: a bare member ("sovereignty and")
    shares the complement of the next one ("territorial integrity of Ukraine"); a member with
    its own complement ends a run."""
    runs: list[list[tuple[Token, Target]]] = [[]]
    for member, target in issues:
        runs[-1].append((member, target))
        if phrase_span(member).end > member.i + 1:
            runs.append([])
    return [r for r in runs if r]


def _joined(members: list[Token]) -> str | None:
    """The words of a list of issues from the first one's phrase to the last one's, with what
    they share ("navigational rights and freedoms of all vessels"); None when too long."""
    spans = [phrase_span(m) for m in members]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    if end - start > MAX_TARGET_TOKENS + 6:
        return None
    return tidy(members[0].doc[start:end].text) or None


def make_target(token: Token, resolver: Resolver) -> Target | None:
    """An actor if the phrase names one, else an issue phrase; None for pronouns and vague words.

    "us" and "our country" in a speaker's words are the actor the speaker stands for.
    """
    behalf = resolver.behalf
    if behalf is not None and (
        token.lower_ in {"us"}
        and token.pos_ == "PRON"
        or (
            token.lemma_.lower() in {"country", "state", "nation", "people", "homeland", "side"}
            and any(c.lower_ == "our" for c in token.children)
        )
    ):
        return Target(behalf.label, behalf)
    relative = next((c for c in token.children if c.dep_ == "relcl"), None)
    if token.lower_ in {"those", "people", "anyone", "everyone"} and relative is not None:
        # "embraces those who at one time made a coup"
        end = max(t.i for t in relative.subtree) + 1
        return Target(" ".join(token.doc[token.i : min(end, token.i + MAX_TARGET_TOKENS)].text.split()))
    if acronym_head(token) is not None:  # "the United Nations (UN) Charter": the charter, not the UN
        return _across_acronym(token)
    if (named := _named_actor(token, resolver)) is not None:
        return Target(named.label, named)
    if hung_infinitive(token) is None and (act := referred_act(token)) is not None:
        # "Chile condemned the move": the act told before, unless the move is said here
        return _told_act(act, token)
    if _vague(token) or token.pos_ in {"PRON", "DET", "NUM", "PUNCT", "SYM"}:
        return None
    if _counted_sides(token):
        return None  # "presses both sides", "welcomed the two countries' consensus": named elsewhere
    if token.ent_type_ in _NOT_TARGETS:
        return None  # "approved in March 2023"
    described = resolver.last_proposals.get(token.lemma_.lower())
    if described and token.pos_ == "NOUN" and _anaphoric(token):
        return Target(described)  # "Kyiv rejected the plan": the plan described before
    if token.lemma_.lower() in _STANCE_WORDS and any(c.lower_ in {"our", "my", "its"} for c in token.children):
        return None  # "Our position is clear": the holder's own stance, stated elsewhere
    # "the One China Policy" is a policy, not China
    issue = token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in _STANCE_WORDS
    actor = resolver.resolve(token) if token.pos_ in {"PROPN", "NOUN"} and not issue else None
    if actor is not None and _bare(token) and not _in_condition(token):
        return Target(actor.label, actor)
    if _only_pointing(token):
        return None  # "condemned the incident", "accused the country of ...": named elsewhere
    text = whose_phrase(token)
    if text and (content := _content_after(token)) is not None:
        text = f"{text} {content}"  # "the demand to stop increasing its storage of uranium"
    return Target(text, head=token.text) if usable(text) and text.lower() not in VAGUE else None


def _named_actor(token: Token, resolver: Resolver) -> Resolved | None:
    """The actor named right after its description ("the Lebanese group Hezbollah") or the person
    named after an office ("the foreign minister, Luis Vega"): the one a reader names."""
    person = office_holder(token)
    if person is not None and (named := resolver.resolve(person)) is not None and named.type == "person":
        return named
    name = descriptive_name(token)
    return resolver.resolve(name) if name is not None and _bare(token) else None


def put_forward(target: Target, verb: Token) -> Target:
    """An actor put forward for a standing is backed in it: "recommended Moldova for EU candidate
    status" is about Moldova for candidate status (ontology/phrases.toml putting_forward)."""
    if target.actor is None or verb.lemma_.lower() not in _PUTTING_FORWARD:
        return target
    standing = next(
        (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if standing is None or standing.pos_ != "NOUN" or not phrase(standing):
        return target
    return Target(f"{target.text} for {phrase(standing)}", head=standing.text)


def possessed_after(obj: Token, resolver: Resolver) -> list[Target]:
    """The things a possessor owns where the parser took both for objects of the verb, split by a
    quotation mark: "condemned Russia’s “attacks against civilians”, as well as ..." is also about
    Russia's attacks and what is listed with them."""
    doc = obj.doc
    if obj.pos_ != "PROPN" or not any(c.dep_ == "case" for c in obj.children):
        return []
    owned = next((c for c in obj.head.children if c.dep_ in OBJECT_DEPS and obj.i < c.i <= obj.right_edge.i + 3), None)
    if owned is None or owned.pos_ != "NOUN" or not all(t.is_punct for t in doc[obj.right_edge.i + 1 : owned.left_edge.i]):
        return []
    found = targets(owned, resolver)
    owner = doc[obj.left_edge.i : obj.right_edge.i + 1].text
    return [Target(tidy(f"{owner} {t.text}"), head=t.head) if t.head == owned.text else t for t in found]


def _across_acronym(name: Token) -> Target | None:
    """The phrase of the noun a name modifies across its bracketed acronym
    (`naming.acronym_head`): "United Nations (UN) Charter"."""
    head = acronym_head(name)
    if head is None:
        return None
    text = tidy(name.doc[phrase_span(name).start : phrase_span(head).end].text)
    return Target(text, head=head.text) if usable(text) else None


def _content_after(noun: Token) -> str | None:
    """What a noun asks, plans or decides, in a to-infinitive the parser hung on the verb instead
    of the noun, with who decided where a "by"-phrase comes between (`phrases.hung_infinitive`):
    "to stop increasing its storage", "by OPEC+ to cut oil production"."""
    hung = hung_infinitive(noun)
    content = predicate_target(hung[1]) if hung is not None else None
    if hung is None or content is None:
        return None
    doer = f"by {tidy(hung[0].text)} " if hung[0] is not None else ""
    return f"{doer}to {content.text}"


def _anaphoric(token: Token) -> bool:
    """Whether a noun phrase only points back: "the plan", "these proposals", "our draft"."""
    children = [c for c in token.children if c.dep_ not in {"punct"}]
    return bool(children) and all(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "these", "that", "those", "our", "their", "its"}
        for c in children
    )


def _only_pointing(token: Token) -> bool:
    """Whether a noun only points at a matter or a party named elsewhere: a pointing noun
    (ontology/phrases.toml pointing_nouns) with nothing but a determiner or a possessive pronoun
    ("the incident", "this development", "his country"; not "the border incident", nor a list's
    member, "stability and development")."""
    if token.lower_ not in _POINTING_NOUNS or token.dep_ == "conj":
        return False  # "stability and development": a member of a list is named by it
    return all(c.dep_ == "punct" or c.dep_ in {"det", "poss"} and c.pos_ in {"DET", "PRON"} for c in token.children)


def _counted_sides(token: Token) -> bool:
    """Whether a noun only counts the sides named elsewhere: "both sides", "the two countries"
    (bare: "the two countries' relations" is about the relations, read from their own noun)."""
    if token.lemma_.lower() not in _SIDES:
        return False
    if any(c.lower_ == "both" for c in token.children):
        return True
    return any(c.lower_ == "two" and c.dep_ == "nummod" for c in token.children) and _bare(token)


def _named_body(noun: Token) -> bool:
    """Whether a noun is the common noun of an organisation's name ("the Likud party", "the Wagner
    group"): a body that acts itself, not a deed of whoever owns it."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "ORG" and c.i == noun.i - 1
               for c in noun.children)


def _in_condition(name: Token) -> bool:
    """Whether a named state is described in a condition one wants or fears it in: "a neutral
    Malaysia", "a free and democratic Belarus" (ontology/phrases.toml conditions)."""
    return name.pos_ == "PROPN" and any(
        c.dep_ == "amod" and (c.lower_ in _CONDITIONS or any(j.lower_ in _CONDITIONS for j in conjuncts(c)))
        for c in name.children
    )


def _bare(token: Token) -> bool:
    """Whether the phrase is just a name, with no "of"-phrase or clause making it an issue."""
    return not any(c.dep_ in {"prep", "acl", "relcl"} and c.i > token.i for c in token.children)


def clause_target(verb: Token, resolver: Resolver) -> Target | None:
    """A clause as a target: "seeks to revise the UN Charter" -> "revise the UN Charter"
    (`clause_targets.clause_words`); what "be", "have" or "do" has, the thing itself."""
    said = clause_words(verb)
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if said is not None and obj is not None and verb.lemma_.lower() in {"be", "have", "do"}:
        return make_target(obj, resolver)
    return said


def _told_act(act: Token, noun: Token) -> Target | None:
    """An act told before, worded with who did it: "Peru recalled its ambassador"."""
    said, doer = predicate_target(act, without=noun), doer_of(act)
    if said is None or doer is None:
        return said
    return Target(tidy(f"{doer.text} {said.text}"), head=said.head)


def added_targets(token: Token, resolver: Resolver) -> list[Target]:
    """ "Along with limits on the deployment of troops, Russia proposed ...": the limits are
    proposed too ("along with X", "besides X", "in addition to X" on the verb)."""
    found = []
    for child in (c for c in token.children if c.dep_ == "prep"):
        objects: list[Token] = []
        if child.lower_ == "along":
            objects = [p for w in child.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
        elif child.lower_ == "besides":
            objects = [p for p in child.children if p.dep_ == "pobj"]
        elif child.lower_ == "in":
            objects = [
                p
                for a in child.children
                if a.lower_ == "addition"
                for w in a.children
                if w.lower_ == "to"
                for p in w.children
                if p.dep_ == "pobj"
            ]
        found += [t for p in objects for t in targets(p, resolver) if t.actor is None]
    return found


def doers(act: Token, resolver: Resolver) -> list[Target]:
    """The actors an act noun names as its doers: its possessor ("Russia's war of aggression"),
    or its "by"-agent ("the attacks by the Houthis"); whoever condemns the act blames them
    (bench/realtext/CONVENTIONS.md: criticizes the doer and opposes the act)."""
    if act.pos_ != "NOUN" or act.lemma_.lower() in _STANCE_WORDS:
        return []  # "condemned Russia's position": a view, not a deed
    if _named_body(act):
        return []  # "accused Netanyahu's Likud party": the party is blamed, not its owner
    found = []
    for member in [act, *conjuncts(act)]:
        named = [c for c in member.children if c.dep_ == "poss"] + [
            p for c in member.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"
        ]
        found += [Target(a.label, a) for t in named if (a := resolver.resolve(descriptive_name(t) or t)) is not None]
    return list({t.actor.id: t for t in found if t.actor is not None}.values())
