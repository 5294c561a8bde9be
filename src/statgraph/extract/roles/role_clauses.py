"""holds_role from what follows a name or is said of it: appositions ("Lavrov, Russia's foreign
minister"), copulas ("she was the Minister of Foreign Affairs", "she will be Minister for
Courts") and "as" phrases ("to have him as foreign minister"); counterparts in counterparts.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.person_names import appositions
from ...words import words
from ..phrases import phrase
from ..sentence import lemmas, word_lists
from .counterparts import antecedent
from .names import person_named
from .offices import (
    OFFICE_HEADS,
    OWNED_HEADS,
    POSSESSIVE,
    WEAK_HEADS,
    Office,
    note_title,
    office_span,
    owner_of,
    read_office,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...link.resolve import Resolved, Resolver

# Verbs whose object holds the office named after "as" ("to have him as foreign minister",
# "appointed Ali Bagheri Kani as chief negotiator"), and verbs whose subject holds it ("served
# as president"); the last ones say the office was left.
_APPOINT_AS = frozenset(
    "have appoint name nominate elect reelect re-elect reappoint confirm install choose select pick "
    "tap keep retain designate swear".split()
)
# of them, verbs that tell an office held also in a to-infinitive ("fortunate to have him as foreign minister")
_HOLD_AS = frozenset({"have", "keep", "retain"})
_SERVE_AS = frozenset("serve act work remain continue stay sit return take assume come".split())
_LEAVE_AS = words("names", "leave_office_verbs")
# Adverbials that put a past office behind its holder ("At one time, she was the minister").
_FORMERLY = ("at one time", "once", "formerly", "previously", "earlier", "at the time", "back then")
# Offices that lead a state: a counterpart is not one for holding another office too.
_LEADER_OFFICES = words("names", "leader_offices")
_MODALS = frozenset("will would could might may should shall 'll 'd".split())
_NOT_YET = frozenset("next future would-be incoming possible potential".split())
_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# Office words a predicate can give a person on their own (not "leader", "head": OWNED_HEADS)
_PREDICATE_HEADS = OFFICE_HEADS - OWNED_HEADS
# what follows a hyphen in a predicate head ("general" of "secretary-general"): a word that is
# neither this nor a head is no predicate head, and its neighbours need not be read
_AFTER_HYPHENS = frozenset(h[k + 1 :] for h in _PREDICATE_HEADS for k, c in enumerate(h) if c == "-")


def apposition_title(name: Span) -> Span | None:
    """ "Lavrov, Russia's foreign minister," -> "Russia's foreign minister"; "Mao Ning, a
    spokeswoman for the Chinese Foreign Ministry" -> with its "for" phrase."""
    appos = next((c for c in appositions(name[-1]) if _office_head(c)), None)
    if appos is None:
        return None
    span = office_span(appos)
    doc, start = name.doc, span.start
    if any(t.text == ";" for t in doc[name.end : span.start]):
        return None  # "X; former Director General of Y, Z": the next item of a list, Z's office
    while start - 2 > name.end and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        start -= 2  # "a former vice-president": the whole word
    while start - 1 > name.end and doc[start - 1].lower_ in {"former", "acting", "interim"}:
        start -= 1
    return doc[start : _possessed_end(doc, span.end)]


def joined_titles(title: Span) -> Iterator[Span]:
    """The offices joined by "and" to the head of an office in apposition ("Qatar's prime
    minister | and foreign minister")."""
    head = next((t for t in title if t.dep_ == "appos"), None)
    if head is None:
        return
    for conj in head.children:
        if conj.dep_ == "conj" and _office_head(conj) and conj.i >= title.end:
            yield office_span(conj)


def _possessed_end(doc: Doc, end: int) -> int:
    """Where an office phrase ends that the parser cut at a possessive ("spokesman of the
    Philippines' | National Security Council"): after the capitalised name that follows it."""
    if end + 1 >= len(doc) or doc[end].text not in POSSESSIVE | {"'", "’"} or doc[end - 1].whitespace_:
        return end
    k = end + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    return k if k > end + 1 else end


def _office_head(token: Token) -> bool:
    """An office word, or a word an office word compounds with ("director general")."""
    return token.lower_ in OFFICE_HEADS or any(c.dep_ == "compound" and c.lower_ in OFFICE_HEADS for c in token.lefts)


def predicated(
    sent: Span, named: list[tuple[int, int, Resolved]], resolver: Resolver
) -> Iterator[tuple[Resolved, str, Token]]:
    """Offices predicated of a person: "she was the Minister of Foreign Affairs", "Hassan
    Rouhani served as president of Iran", "to have him as foreign minister"."""
    for token, form in zip(sent, word_lists(sent)[0], strict=True):  # forms off the parse's array
        # "Xi is the leader of China" describes, it names no office
        if form not in _PREDICATE_HEADS and form not in _AFTER_HYPHENS or not _predicate_head(token):
            continue  # most words: no office word (the first test of `_predicate_head`)
        # "she was the Minister of Foreign Affairs", "Milei, who became president in December"
        if token.dep_ in {"attr", "acomp"} and token.head.lemma_ in {"be", "become"}:
            verb, holder_deps, former = token.head, {"nsubj"}, False
        elif token.dep_ == "oprd" and token.head.lemma_.lower() in _APPOINT_AS - _HOLD_AS:
            # "she was appointed foreign minister", "who was elected Chairperson of the Commission"
            verb, holder_deps, former = token.head, {"nsubjpass"}, False
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue  # "is expected to be named prime minister": still to be given
        elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ in {"VERB", "AUX"}:
            verb = token.head.head
            lemma = verb.lemma_.lower()
            former = lemma in _LEAVE_AS
            if lemma in _APPOINT_AS:
                if lemma not in _HOLD_AS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                    continue  # "is expected to elect her as prime minister": an office still to be given
                holder_deps = {"dobj", "nsubjpass"}
            elif former:  # "resigned as president", "was deposed as president", "ousted him as leader"
                holder_deps = {"nsubj", "nsubjpass", "dobj"}
            elif lemma in _SERVE_AS:
                holder_deps = {"nsubj"}
            else:
                continue
        else:
            continue
        if not (_asserted(verb) or _announced(verb)) or any(c.lower_ in _NOT_YET for c in token.lefts):
            continue
        person = next(
            (p for c in verb.children if c.dep_ in holder_deps for p in [_holder_person(c, named, resolver)] if p),
            None,
        )
        if person is None:
            continue
        span = office_span(token)
        office = read_office(span, resolver)
        if office is None or (token.lower_ in WEAK_HEADS and office.owner is None):
            continue
        former = former or (verb.tag_ == "VBD" and _formerly(sent))
        if former and not office.words.lower().startswith("former"):
            office = Office(f"former {office.words}", office.owner, office.at, office.at_word)
        note_title(resolver, person, office)
        yield person, office.label(owner_of(person, resolver)), token


# Verbs of leading a body and the office they give its subject: "Grossi, who heads the IAEA",
# "Ruto, who chairs the African Union", "the mission, led by Jonas Berg".
_LEAD_VERBS = {"chair": "chair", "command": "commander", "head": "head", "lead": "leader"}
# Bodies named by a common noun whose leader holds an office: "a new government led by X".
_LED_BODIES = words("names", "body_words") | {"administration", "cabinet", "government", "junta"}


def led_bodies(
    sent: Span, named: list[tuple[int, int, Resolved]], resolver: Resolver
) -> Iterator[tuple[Resolved, str, Token]]:
    """Offices told by a verb of leading a named body: "Grossi, who heads the IAEA" (head of
    IAEA), "the Rapid Support Forces, led by General Dagalo" (head of Rapid Support Forces)."""
    if lemmas(sent).isdisjoint(_LEAD_VERBS):
        return  # no verb of leading
    for verb in sent:
        office = _LEAD_VERBS.get(verb.lemma_.lower())
        if office is None or verb.pos_ != "VERB" or not _asserted(verb) or verb.tag_ == "VBG":
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the mission, led by X"
            body = verb.head
            holders = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        else:
            body = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
            holders = [c for c in verb.children if c.dep_ == "nsubj"]
        name = _body_name(body, resolver) if body is not None and not _titled_lead(body, holders) else None
        people = (_holder_person(h, named, resolver) or _named_person(h, resolver) for h in holders)
        person = next((p for p in people if p is not None), None)
        if name is not None and person is not None:
            label = f"{'former ' if verb.tag_ == 'VBD' and _formerly(sent) else ''}{office} of {name}"
            yield person, label, verb


def _titled_lead(body: Token, holders: list[Token]) -> bool:
    """Whether a government or cabinet is led by a person whose title before the name says so
    ("a government led by Prime Minister X"): the title is the office, leading the body none
    (not "led by former Interior Minister X", "by coup leader X")."""
    if body.pos_ != "NOUN":
        return False
    titles = (" ".join(t.lower_ for t in h.doc[h.left_edge.i : h.i]) for h in holders)
    return any(
        "former" not in title and any(office in title for office in _LEADER_OFFICES | {"chief minister"})
        for title in titles
    )


def _named_person(token: Token, resolver: Resolver) -> Resolved | None:
    """The person a name the entity recogniser marks refers to ("Samia Suluhu Hassan, who
    chairs ..."), for a holder no title has named."""
    if token.lower_ in {"who", "that"} and token.head.dep_ == "relcl":
        token = token.head.head
    if token.ent_type_ != "PERSON" or token.pos_ != "PROPN":
        return None
    first = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
    return person_named(token.doc[first : token.i + 1], resolver, True)


def _body_name(noun: Token, resolver: Resolver) -> str | None:
    """The name of a body led: an organisation or group the lexicon knows, or capitalised words
    ("the Rapid Support Forces"); not a delegation, a debate or a country's people."""
    actor = resolver.resolve(noun)
    if actor is not None and actor.type in {"organization", "group"}:
        if _unit_of(noun, resolver):
            return phrase(noun)  # "who led the IMF mission to Lebanon": the mission, not the IMF
        return actor.label
    if noun.pos_ == "NOUN" and noun.lower_ in _LED_BODIES:  # "a new government led by X"
        return " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "punct", "poss"})
    if noun.pos_ != "PROPN" or not noun.text[:1].isupper():
        return None
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "punct"}]
    if words and all(t.text[:1].isupper() for t in words) and words[-1].i - words[0].i + 1 == len(words):
        return " ".join(t.text for t in words)
    return None


def _unit_of(noun: Token, resolver: Resolver) -> bool:
    """Whether a common noun led is a unit of the body its modifier names, not the body under
    another name: "the IMF mission to Lebanon", not "the UN refugee agency" (UNHCR's alias)."""
    if noun.pos_ != "NOUN" or not any(c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in noun.children):
        return False
    words = [t.text for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "punct"}]
    return resolver.gazetteer.find(" ".join(words)) is None


def _predicate_head(token: Token) -> bool:
    """An office word that can be predicated of a person: a noun ("the foreign minister"), or
    the last part of a hyphenated one ("NATO's secretary-general", parsed as "general")."""
    if token.lower_ not in _PREDICATE_HEADS and token.lower_ not in _AFTER_HYPHENS:
        return False
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        if not doc[token.i - 2].whitespace_:
            return f"{doc[token.i - 2].lower_}-{token.lower_}" in _PREDICATE_HEADS
    return token.lower_ in _PREDICATE_HEADS and token.pos_ in {"NOUN", "PROPN"}


def _asserted(verb: Token) -> bool:
    """Whether a clause states a fact: not negated, conditional, modal or wished for."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"if", "whether", "unless"} for c in verb.children):
        return False
    return not (verb.dep_ == "xcomp" and verb.lemma_ == "be")


def _announced(verb: Token) -> bool:
    """Whether a clause announces an office given: "Jane Doe will be Minister for Courts", "Tom
    Reeve will serve as Attorney-General" (a "will" of fact, not "would", "could" or "may")."""
    modals = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in _MODALS]
    if not modals or any(c.lower_ not in {"will", "'ll"} for c in modals):
        return False
    if verb.lemma_.lower() not in {"be", "become", *_SERVE_AS} or verb.dep_ in {"xcomp", "ccomp", "advcl"}:
        return False
    return _asserted_but_modal(verb)


def _asserted_but_modal(verb: Token) -> bool:
    """Whether a clause is neither negated nor conditional nor wished for."""
    conditions = {"if", "whether", "unless"}
    if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in conditions for c in verb.children):
        return False
    if any(c.dep_ == "advcl" and any(m.lower_ in conditions for m in c.children) for c in verb.children):
        return False  # "If elected, she will be president"
    return not (verb.dep_ == "xcomp" and verb.lemma_ == "be")


def _formerly(sent: Span) -> bool:
    """Whether a sentence says its past is over ("who once led", "formerly"); "once" as a
    conjunction ("the programme, once approved, will") says nothing of it."""
    text = " ".join(t.lower_ for t in sent if not _once_when(t))
    text = f" {text.replace(' ,', ',')} "
    return any(f" {phrase} " in text or f" {phrase}," in text for phrase in _FORMERLY)


def _once_when(token: Token) -> bool:
    """ "once" as a conjunction: "once approved", "once the deal is signed"."""
    return token.lower_ == "once" and (token.dep_ == "mark" or token.head.tag_ == "VBN" and token.head.dep_ in {"advcl", "acl"})


def _holder_person(holder: Token, named: list[tuple[int, int, Resolved]], resolver: Resolver) -> Resolved | None:
    """The person a predicate's subject or object names: a name run of the sentence, a
    pronoun's antecedent, or the noun a "who" clause hangs on."""
    if holder.lower_ in _PRONOUNS:
        return antecedent(holder, named, resolver)
    if holder.lower_ in {"who", "that"} and holder.head.dep_ == "relcl":
        holder = holder.head.head
    return next((p for first, last, p in named if first <= holder.i <= last), None)
