"""holds_role: offices from titles before names ("Russian Foreign Minister Sergei Lavrov",
"Deputy Prime Minister of Canada Chrystia Freeland", "US Permanent Representative to the UN
L. Thomas-Greenfield"), from appositions ("Lavrov, Russia's foreign minister"), from
predicates ("she was the Minister of Foreign Affairs", "to have him as foreign minister") and
from counterparts ("his Turkish counterpart Recep Tayyip Erdogan")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..link.gazetteer import Actor, mint_id
from ..link.resolve import Resolved, Resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_OFFICE_HEADS = frozenset(
    "president minister secretary chancellor premier king queen prince emir spokesman "
    "spokeswoman spokesperson ambassador envoy chairman chairwoman chair director "
    "commander head chief leader governor mayor senator representative "
    "secretary-general deputy".split()
)
_TITLE_WORDS = _OFFICE_HEADS | frozenset(
    "president minister secretary chancellor premier king queen prince emir "
    "spokesman spokeswoman spokesperson ambassador envoy chairman chairwoman chair "
    "director general commander head chief leader governor mayor senator deputy "
    "foreign defence defense prime vice first state interior finance permanent affairs "
    "former acting general special".split()
)
# Heads that name an office only with its state or organisation ("the representative of a
# generation", "the head of the family" are not offices).
_WEAK_HEADS = frozenset("head chief leader deputy representative chair director commander".split())
# Words of a name run that make it an institution, not a person ("President Biden Administration").
_INSTITUTION_WORDS = frozenset(
    "administration office ministry government council department committee agency service "
    "cabinet party house court assembly commission".split()
)
# Verbs whose object holds the office named after "as" ("to have him as foreign minister",
# "appointed Ali Bagheri Kani as chief negotiator"), and verbs whose subject holds it ("served
# as president"); the last ones say the office was left.
_APPOINT_AS = frozenset(
    "have appoint name nominate elect reelect re-elect reappoint confirm install choose select pick "
    "tap keep retain designate swear".split()
)
_SERVE_AS = frozenset("serve act work remain continue stay sit return".split())
_LEAVE_AS = frozenset("resign quit retire step dismiss sack fire oust remove".split())
# Adverbials that put a past office behind its holder ("At one time, she was the minister").
_FORMERLY = ("at one time", "once", "formerly", "previously", "earlier", "at the time", "back then")
_MODALS = frozenset("will would could might may should shall 'll 'd".split())
_NOT_YET = frozenset("next future would-be incoming possible potential".split())
_POSSESSIVE = frozenset({"'s", "’s"})
_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# Lower-case particles inside personal names.
_PARTICLES = frozenset("von van der den de da di du la le al el bin ibn ben".split())


@dataclass(frozen=True)
class _Office:
    """An office as read from a title: its words, its state or organisation, and the place
    it is held at ("Permanent Representative" of the United States to the United Nations)."""

    words: str
    owner: Actor | None = None
    at: Actor | None = None
    at_word: str = "to"

    def label(self, fallback: Actor | None = None) -> str:
        owner = self.owner or fallback
        label = self.words
        if owner is not None and owner != self.at:
            label += f" of {owner.label}"
        if self.at is not None:
            label += f" {self.at_word} {self.at.label}"
        return label


def find_roles(sent: Span, resolver: Resolver) -> Iterator[tuple[Resolved, str, Token]]:
    """holds_role from titles before names ("Russian Foreign Minister Sergei Lavrov",
    "Deputy Prime Minister of Canada Chrystia Freeland"), appositions ("Lavrov, Russia's
    foreign minister"), counterparts ("his US counterpart Antony Blinken"), copulas ("she was
    the Minister of Foreign Affairs") and "as" phrases ("to have him as foreign minister").
    Yields (person, office label, cue token)."""
    doc = sent.doc
    named: list[tuple[int, int, Resolved]] = []  # (first token, last token, person)
    i = sent.start
    while i < sent.end:
        token = doc[i]
        if token.pos_ != "PROPN" or token.lower_ in _TITLE_WORDS or _country_word(token, resolver):
            i += 1
            continue
        institution = _actor_at(doc, i, sent.end, resolver)
        if institution is not None:  # "European Commission", not a name run
            i = institution[1]
            continue
        end = _name_end(doc, i, sent.end)
        name = doc[i : end + 1]
        title = _title_before(doc, i, sent.start, resolver) or _title_before_comma(doc, i, end, sent, resolver)
        person = _person(name, resolver, bool(title))
        if person is not None:
            if title is None:
                title = _apposition_title(name)
            office = _read_office(title, resolver) if title is not None else None
            if office is not None:
                label = office.label(_owner_of(person, resolver))
                _note_title(resolver, person, office)
                yield person, label, _cue(title)
            else:
                counterpart = _counterpart(doc, i, sent.start, person, named, resolver)
                if counterpart is not None:
                    words, country, cue = counterpart
                    _note_title(resolver, person, _Office(words, country))
                    yield person, f"{words} of {country.label}", cue
            named.append((i, end, person))
        i = end + 1
    yield from _predicated(sent, named, resolver)


def _cue(title: Span) -> Token:
    """The head word of a title ("Minister" in "Russian Foreign Minister")."""
    heads = [t for t in title if t.lower_ in _OFFICE_HEADS or t.lower_.split("-")[0] in _OFFICE_HEADS]
    return heads[-1] if heads else title[-1]


def _name_end(doc: Doc, start: int, stop: int) -> int:
    """The last token of a name run: proper nouns, hyphenated ones joined ("Thomas-Greenfield")."""
    end = start
    while True:
        following = end + 1
        if following < stop and doc[following].pos_ == "PROPN" and doc[following].lower_ not in _TITLE_WORDS:
            end = following
        elif (
            following + 1 < stop
            and doc[following].lower_ in _PARTICLES
            and doc[following + 1].text[:1].isupper()
            and doc[following + 1].pos_ == "PROPN"
        ):
            end = following + 1  # "Ursula von der Leyen", "Mohammed bin Salman"
        elif (
            following + 1 < stop
            and doc[following].text == "-"
            and not doc[end].whitespace_
            and not doc[following].whitespace_
            and doc[following + 1].pos_ == "PROPN"
            and doc[following + 1].text[:1].isupper()
        ):
            end = following + 1
        else:
            return end


def _country_word(token: Token, resolver: Resolver) -> bool:
    actor = resolver.gazetteer.demonym(token.text) or resolver.gazetteer.find(token.text)
    return actor is not None and actor.type in {"state", "organization"}


def _person(name: Span, resolver: Resolver, titled: bool) -> Resolved | None:
    """The person a name run refers to: known (also without initials: "L. Thomas-Greenfield"),
    NER PERSON, or capitalised words after a title that the tagger took for an organisation."""
    gazetteer = resolver.gazetteer
    initials = 0
    while initials < len(name) - 1 and _initial(name[initials]):
        initials += 1
    for surface in dict.fromkeys((name.text, name[initials:].text)):
        actor = gazetteer.find(surface)
        if actor is not None and actor.type == "person":
            return _claim(name, resolver.remember(resolver.actor(actor)), resolver)
    found = resolver.resolve(name[-1])
    if found is not None and found.type == "person":
        return found
    minted = found is None or (found.id not in gazetteer.actors and found.label.split()[-1] == name[-1].text)
    if (
        minted
        and titled
        and len(name) - initials >= 2
        and all(t.text[:1].isupper() for t in name if t.text != "-")
        and name[-1].ent_type_ in {"", "PERSON", "ORG", "NORP", "GPE"}
        and not any(t.lower_ in _INSTITUTION_WORDS or _country_word(t, resolver) for t in name)
    ):
        label = " ".join(t.text for t in name[initials:]).replace(" - ", "-")
        return _claim(name, resolver.remember(Resolved(mint_id(label), label, "person")), resolver)
    return None


def _initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _claim(name: Span, person: Resolved, resolver: Resolver) -> Resolved:
    """Let later rules resolve the name's head to the person found here."""
    resolver.cache[(id(name.doc), name[-1].i)] = person
    return person


def _title_before(doc: Doc, start: int, floor: int, resolver: Resolver) -> Span | None:
    """The title words right before a name, with their country words and "of", "to" and
    "for" phrases ("Ambassador to the UN", "Special Envoy for Iran")."""
    first = start
    while first > floor and start - first < 12:
        previous = doc[first - 1]
        if previous.text in _POSSESSIVE and first - 2 >= floor and not _country_word(doc[first - 2], resolver):
            break  # "Putin's spokesman": the title is the spokesman's, not Putin's
        if (
            previous.lower_ in _TITLE_WORDS
            or previous.lower_ in {"of", "the"} | _POSSESSIVE
            or _country_word(previous, resolver)
            or (previous.pos_ == "PROPN" and previous.text[:1].isupper())
            or (
                previous.text == "-"
                and not previous.whitespace_
                and first - 2 >= floor
                and not doc[first - 2].whitespace_
            )
            or (previous.lower_ in {"to", "for"} and first - 2 >= floor and doc[first - 2].lower_ in _OFFICE_HEADS)
        ):
            first -= 1
            continue
        break
    while first < start and doc[first].lower_ in {"of", "the", "-", "to", "for"} | _POSSESSIVE:
        first += 1
    span = doc[first:start]
    return span if any(t.lower_ in _OFFICE_HEADS for t in span) else None


def _title_before_comma(doc: Doc, start: int, end: int, sent: Span, resolver: Resolver) -> Span | None:
    """ "Iran's envoy to the IAEA, Kazem Gharibabadi, said": a title set off by a comma, when
    the name is not one of a list."""
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    # the apposition closes after the name: not "After talks with the Turkish President, Putin said"
    if end + 1 < sent.end and not (doc[end + 1].text in {",", ")", ";", "—", "–"} or doc[end + 1].is_sent_end):
        return None
    title = _title_before(doc, start - 1, sent.start, resolver)
    if title is None or (title.start > sent.start and doc[title.start - 1].text == ","):
        return None
    return title


def _apposition_title(name: Span) -> Span | None:
    """ "Lavrov, Russia's foreign minister," -> "Russia's foreign minister"; "Mao Ning, a
    spokeswoman for the Chinese Foreign Ministry" -> with its "for" phrase."""
    appos = next((c for c in name[-1].children if c.dep_ == "appos" and c.lower_ in _OFFICE_HEADS), None)
    if appos is None:
        return None
    return _office_span(appos)


def _office_span(head: Token) -> Span:
    """The words of an office headed by `head`: its modifiers and its "of", "to" and "for"
    phrases, without relative clauses and the like."""
    # "Russia's foreign minister", not "the president's spokesman"
    lefts = [c for c in head.lefts if c.dep_ != "det" and not (c.dep_ == "poss" and c.pos_ != "PROPN")]
    first = min([head.i] + [t.i for c in lefts for t in c.subtree])
    last = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "to", "for"}:
            subtree = list(child.subtree)
            if len(subtree) <= 7 and not any(t.pos_ in {"VERB", "AUX"} for t in subtree):
                last = max(last, subtree[-1].i)
        else:
            break
    return head.doc[first : last + 1]


def _read_office(title: Span, resolver: Resolver) -> _Office | None:
    """ "Russian Foreign Minister" -> Foreign Minister, of Russia; "US Permanent Representative
    to the UN" -> Permanent Representative, of the United States, to the United Nations."""
    owner: Actor | None = None
    at: Actor | None = None
    at_word = "to"
    words: list[str] = []
    glue = False
    actors = _actor_spans(title, resolver)
    i = title.start
    while i < title.end:
        token = title.doc[i]
        if i in actors:
            actor, i = actors[i]
            if words and words[-1].lower() in {"to", "for"} and not (words[-1].lower() == "for" and _speaker(words)):
                at, at_word = at or actor, words.pop().lower()
            elif words and words[-1].lower() == "for":
                words.pop()
                owner = owner or actor  # "a spokeswoman for the Chinese Foreign Ministry"
            else:
                owner = owner or actor
            continue
        i += 1
        if token.lower_ in {"the", "a", "an"} | _POSSESSIVE:
            continue
        if token.lower_ == "of" and (token.i + 1 in actors or _next_actor(token, actors)):
            continue
        if token.text == "-" and not token.whitespace_ and words:
            words[-1] += "-"
            glue = True
            continue
        if glue:
            words[-1] += token.text
            glue = False
        else:
            words.append(token.text)
    while words and words[-1].lower() in {"of", "to", "for"}:
        words.pop()
    heads = {part.lower() for w in words for part in (w, *w.split("-"))}
    if not heads & (_OFFICE_HEADS - {"deputy", "head", "chief", "leader"}):
        return None
    return _Office(" ".join(words), owner, at, at_word)


def _speaker(words: list[str]) -> bool:
    return any(w.lower().startswith("spokes") for w in words)


def _next_actor(token: Token, actors: dict[int, tuple[Actor, int]]) -> bool:
    """Whether "of" is followed by an actor, after "the" ("of the United Nations")."""
    following = token.i + 1
    while following < len(token.doc) and token.doc[following].lower_ == "the":
        following += 1
    return following in actors


def _actor_spans(title: Span, resolver: Resolver) -> dict[int, tuple[Actor, int]]:
    """States and organisations named in a title, longest first: start -> (actor, end)."""
    found: dict[int, tuple[Actor, int]] = {}
    i = title.start
    while i < title.end:
        match = _actor_at(title.doc, i, title.end, resolver)
        if match is not None:
            found[i] = match
            i = match[1]
        else:
            i += 1
    return found


def _actor_at(doc: Doc, start: int, stop: int, resolver: Resolver) -> tuple[Actor, int] | None:
    """The state or organisation whose name starts at a token, longest first: (actor, end)."""
    gazetteer = resolver.gazetteer
    if not doc[start].text[:1].isupper():
        return None
    for end in range(min(stop, start + 6), start, -1):
        span = doc[start:end]
        if any(t.lower_ in {"of", "to", "for"} for t in span):
            continue
        if end - start == 1:
            actor = gazetteer.demonym(span.text) or (gazetteer.find(span.text) if span[0].pos_ == "PROPN" else None)
        else:
            actor = gazetteer.find(span.text)
        if actor is not None and actor.type in {"state", "organization"}:
            return actor, end
    return None


def _owner_of(person: Resolved, resolver: Resolver) -> Actor | None:
    """The state or organisation a person is known to serve: from the lexicon, or from an
    office the text gave them before."""
    if person.of:
        return resolver.gazetteer.actors.get(person.of)
    noted = resolver.offices.get(person.id)
    return resolver.gazetteer.actors.get(noted.id) if noted is not None and noted.type == "state" else None


def _note_title(resolver: Resolver, person: Resolved, office: _Office) -> None:
    """Remember a person's office (without "former"), for "his Turkish counterpart"."""
    words = " ".join(w for w in office.words.split() if w.lower() not in {"former", "acting", "ex", "then"})
    if words and office.at is None:
        resolver.titles.setdefault(person.id, words)


def _counterpart(
    doc: Doc, start: int, floor: int, person: Resolved, named: list[tuple[int, int, Resolved]], resolver: Resolver
) -> tuple[str, Actor, Token] | None:
    """ "his Turkish counterpart Recep Tayyip Erdogan", "Lavrov's US counterpart, Antony
    Blinken": the possessor's office, in the counterpart's state. Needs the possessor's office
    to be known and the counterpart's state to be named."""
    j = start - 1
    if j > floor and doc[j].text == ",":
        j -= 1
    if j <= floor or doc[j].lower_ != "counterpart":
        return None
    cue = doc[j]
    countries: list[Actor] = []
    k = j - 1
    while k >= floor and (actor := _country_actor(doc[k], resolver)) is not None:
        countries.append(actor)
        k -= 1
    if len(countries) != 1 or k < floor:
        return None
    possessor: Resolved | None = None
    if doc[k].lower_ in {"his", "her"}:
        possessor = _antecedent(doc[k], named, resolver)
    elif doc[k].text in _POSSESSIVE:
        possessor = next((p for first, last, p in named if last == k - 1), None)
    if possessor is None:
        return None
    words = resolver.titles.get(possessor.id)
    known = resolver.gazetteer.actors.get(possessor.id)
    if words is None and known is not None and known.role:
        words = known.role
    owner = _owner_of(possessor, resolver)
    if not words or (owner is not None and owner.id == countries[0].id):
        return None
    # the lexicon may know the counterpart's own title for it ("Secretary of State")
    counterpart = resolver.gazetteer.actors.get(person.id)
    if counterpart is not None and counterpart.role and counterpart.of == countries[0].id:
        words = counterpart.role
    return words, countries[0], cue


def _country_actor(token: Token, resolver: Resolver) -> Actor | None:
    actor = resolver.gazetteer.demonym(token.text) or (
        resolver.gazetteer.find(token.text) if token.pos_ == "PROPN" else None
    )
    return actor if actor is not None and actor.type == "state" else None


def _antecedent(pronoun: Token, named: list[tuple[int, int, Resolved]], resolver: Resolver) -> Resolved | None:
    """The person a third-person pronoun refers to: the last person named before it in the
    sentence, not the subject of its own clause ("Putin is lucky to have him"), else the person
    named last before the sentence."""
    excluded = _clause_subjects(pronoun) if pronoun.dep_ in {"dobj", "pobj", "dative"} else set()
    for first, last, person in reversed(named):
        if last < pronoun.i and not any(first <= s <= last for s in excluded):
            return person
    return resolver.person_before


def _clause_subjects(token: Token) -> set[int]:
    """The subjects of the clause of a token, up through "to" infinitives and the adjectives
    they complete ("Xi fortunate to have him": Xi)."""
    subjects: set[int] = set()
    head = token.head
    while True:
        subjects |= {
            c.i
            for c in head.children
            if c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "npadvmod" and c.pos_ == "PROPN")
        }
        if head.head is not head and (
            head.dep_ in {"xcomp", "acomp"} or (head.dep_ == "amod" and head.pos_ == "ADJ" and head is not token.head)
        ):
            if head.head.pos_ in {"NOUN", "PROPN"}:
                return subjects
            head = head.head
        else:
            return subjects


def _predicated(
    sent: Span, named: list[tuple[int, int, Resolved]], resolver: Resolver
) -> Iterator[tuple[Resolved, str, Token]]:
    """Offices predicated of a person: "she was the Minister of Foreign Affairs", "Hassan
    Rouhani served as president of Iran", "to have him as foreign minister"."""
    for token in sent:
        if token.lower_ not in _OFFICE_HEADS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if token.dep_ == "attr" and token.head.lemma_ == "be":
            verb, holder_deps, former = token.head, {"nsubj"}, False
        elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ in {"VERB", "AUX"}:
            verb = token.head.head
            lemma = verb.lemma_.lower()
            former = lemma in _LEAVE_AS
            if lemma in _APPOINT_AS:
                holder_deps = {"dobj", "nsubjpass"}
            elif lemma in _SERVE_AS or former:
                holder_deps = {"nsubj"}
            else:
                continue
        else:
            continue
        if not _asserted(verb) or any(c.lower_ in _NOT_YET for c in token.lefts):
            continue
        holder = next((c for c in verb.children if c.dep_ in holder_deps), None)
        person = _holder_person(holder, named, resolver) if holder is not None else None
        if person is None:
            continue
        span = _office_span(token)
        office = _read_office(span, resolver)
        if office is None or (token.lower_ in _WEAK_HEADS and office.owner is None):
            continue
        former = former or (verb.tag_ == "VBD" and _formerly(sent))
        if former and not office.words.lower().startswith("former"):
            office = _Office(f"former {office.words}", office.owner, office.at, office.at_word)
        _note_title(resolver, person, office)
        yield person, office.label(_owner_of(person, resolver)), token


def _asserted(verb: Token) -> bool:
    """Whether a clause states a fact: not negated, conditional, modal or wished for."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"if", "whether", "unless"} for c in verb.children):
        return False
    return not (verb.dep_ == "xcomp" and verb.lemma_ == "be")


def _formerly(sent: Span) -> bool:
    text = f" {sent.text.lower()} "
    return any(f" {phrase} " in text or f" {phrase}," in text for phrase in _FORMERLY)


def _holder_person(holder: Token, named: list[tuple[int, int, Resolved]], resolver: Resolver) -> Resolved | None:
    """The person a predicate's subject or object names: a name run of the sentence, a
    pronoun's antecedent, or the noun a "who" clause hangs on."""
    if holder.lower_ in _PRONOUNS:
        return _antecedent(holder, named, resolver)
    if holder.lower_ in {"who", "that"} and holder.head.dep_ == "relcl":
        holder = holder.head.head
    return next((p for first, last, p in named if first <= holder.i <= last), None)
