"""Offices as titles name them: the words that head an office ("minister", "secretary-general"),
and the reading of a title into its words, its state or organisation and the place it is held
at ("US Permanent Representative to the UN" -> Permanent Representative, of the United States,
to the United Nations)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...words import word_table, words
from .party_spans import party_at, party_begun
from .title_bodies import body_after, named_bodies

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...link.gazetteer import Actor
    from ...link.resolve import Resolved, Resolver

# The words that head an office, and the departments after "<office> of": data in
# ontology/names.toml (the words of titles are link/person_names.py's TITLE_WORDS).
OFFICE_HEADS = words("names", "office_heads")
# Heads that name an office only with its state or organisation ("the representative of a
# generation", "the head of the family" are not offices).
WEAK_HEADS = frozenset("head chief leader deputy representative chair director commander speaker ruler".split())
# Heads that make no office of a title on their own, only with a state or organisation named
# in it ("EU foreign policy chief", "North Korean leader", "head of the Atomic Energy Organization").
OWNED_HEADS = frozenset("deputy head chief leader speaker ruler".split())
# Heads that are an office only with a word before them: "Crown Prince", not "Prince Faisal";
# "the country's top diplomat", not "a Chinese diplomat"; "Iran's top nuclear official", not
# "a US official".
QUALIFIED_HEADS = {
    "prince": frozenset({"crown"}),
    "diplomat": frozenset({"top", "chief"}),
    "official": frozenset({"top"}),
}
# The departments in "Secretary of Commerce", "Minister of Homeland Security": title words after
# "<office> of", not the start of a name.
DEPARTMENTS = words("names", "departments")
POSSESSIVE = frozenset({"'s", "’s"})
# Words before an office and endings after it that make it one still to be taken
AWAITING_WORDS = frozenset({"would-be", "future"})
AWAITED_SUFFIXES = ("-in-waiting", " -in-waiting", "in waiting", "in-waiting", "-to-be")
# The last words of the names of bodies that are no ministry of a state ("National Army",
# "Support Mission", "Security Council"): an office "of" them keeps the body's name.
BODY_WORDS = words("names", "body_words")
# Abbreviated office words and the office they write ("Sen." -> Senator): names.toml
ABBREVIATIONS = {short: min(full) for short, full in word_table("names", "office_abbreviations").items()}


@dataclass(frozen=True)
class Office:
    """An office as read from a title: its words, its state or organisation, and the place
    it is held at ("Permanent Representative" of the United States to the United Nations)."""

    words: str
    owner: Actor | None = None
    at: Actor | None = None
    at_word: str = "to"
    # a phrase after the office that names no actor ("to international organizations in Vienna")
    tail: str = ""

    def label(self, fallback: Actor | None = None) -> str:
        owner = self.owner or fallback
        if self.tail.startswith("of "):  # the tail names whose office it is
            owner = self.owner
        label = self.words
        if owner is not None and owner != self.at:
            label += f" of {owner.label}"
        if self.at is not None:
            label += f" {self.at_word} {self.at.label}"
        if self.tail:
            label += f" {self.tail}"
        return label


def country_word(token: Token, resolver: Resolver) -> bool:
    actor = resolver.gazetteer.demonym(token.text) or resolver.gazetteer.find(token.text)
    return actor is not None and actor.type in {"state", "organization"}


def office_span(head: Token, *, prepositions: frozenset[str] | set[str] = frozenset({"of", "to", "for"})) -> Span:
    """The words of an office headed by `head`: its modifiers and its "of", "to" and "for"
    phrases, without relative clauses and the like."""
    # "Russia's foreign minister", not "the president's spokesman"
    lefts = [c for c in head.lefts if c.dep_ != "det" and not (c.dep_ == "poss" and c.pos_ != "PROPN")]
    first = min([head.i] + [t.i for c in lefts for t in c.subtree])
    last = head.i
    for child in head.rights:
        if child.i == last + 2 and head.doc[last + 1].text == "-" and not head.doc[last].whitespace_:
            last = child.i  # "the UN secretary-general": a word the tokenizer split at its hyphen
            continue
        if child.dep_ == "prep" and child.lower_ in prepositions:
            # without a relative clause on its object ("of the Serbian List party who has ...")
            # and without a parenthesis ("of the Libyan National Army (LNA)")
            clause = min((t.left_edge.i for t in child.subtree if t.dep_ == "relcl" or t.text == "("), default=None)
            subtree = [t for t in child.subtree if clause is None or t.i < clause]
            # a participle may qualify a noun of it ("of the Tripoli-based government")
            if len(subtree) <= 10 and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in subtree):
                last = max(last, subtree[-1].i)
        else:
            break
    return head.doc[first : last + 1]


@dataclass
class _Reading:
    """What a title's words give as they are read: the office's words, its owner, where it
    sits ("to the UN") and a tail kept as written."""

    words: list[str] = field(default_factory=list)
    owner: Actor | None = None
    at: Actor | None = None
    at_word: str = "to"
    tail: str = ""
    tail_actor: bool = False


def read_office(title: Span, resolver: Resolver) -> Office | None:
    """ "Russian Foreign Minister" -> Foreign Minister, of Russia; "US Permanent Representative
    to the UN" -> Permanent Representative, of the United States, to the United Nations; "CDU
    leader" -> leader, of the CDU (an organisation the lexicon does not know: title_bodies.py)."""
    reading = _read_title(title, resolver)
    heads = _heads(reading.words)
    if heads and heads <= OWNED_HEADS and not _owned(reading):
        bodies = named_bodies(title, resolver)
        if bodies:
            reading = _read_title(title, resolver, bodies)
            heads = _heads(reading.words)
        elif reading.words == [title[-1].text]:  # "leader of the right-wing People's Party for ...,"
            reading.owner = body_after(title, resolver)
    words = _without_empty_brackets(reading.words)
    if not heads or (heads <= OWNED_HEADS and not _owned(reading) and not _speaker_title(title)) or _awaited(title):
        return None
    # "then-ambassador", "Then-Prime Minister": an office held then, a former one
    words = [f"former {w[5:]}" if w.lower().startswith("then-") and len(w) > 5 else w for w in words]
    words = ["former" if w.lower() == "then" else w for w in words]
    return Office(" ".join(words), reading.owner, reading.at, reading.at_word, reading.tail)


def _without_empty_brackets(words: list[str]) -> list[str]:
    """A title's words without the brackets an acronym read as an actor left empty ("CPN ( )
    Chairman" -> "CPN Chairman")."""
    kept: list[str] = []
    for word in words:
        if word == ")" and kept and kept[-1] == "(":
            kept.pop()
        else:
            kept.append(word)
    return kept


def _speaker_title(title: Span) -> bool:
    """A capitalised "Speaker" before a name ("Speaker Ayaz Sadiq", "House Speaker Ana Ruiz"):
    a chamber's office as written, not a speaker at an event ("keynote speaker")."""
    cue = [t for t in title if t.lower_ in OFFICE_HEADS]
    return len(cue) == 1 and cue[0].text == "Speaker" and cue[0].i == title.end - 1


def _heads(words: list[str]) -> set[str]:
    """The office words of a title's words (a last "of", "to" or "for" dropped from them)."""
    while words and words[-1].lower() in {"of", "to", "for"}:
        words.pop()
    lowered = [w.lower() for w in words]
    heads = {part for w in lowered for part in (w, *w.split("-"))} & OFFICE_HEADS
    return {
        h
        for h in heads
        if h not in QUALIFIED_HEADS
        or any(QUALIFIED_HEADS[h] & set(lowered[:k]) for k in range(1, len(lowered)) if lowered[k] == h)
    }


def _awaited(title: Span) -> bool:
    """Whether a title names an office still to be taken, no office held: "the chancellor-in-waiting",
    "the prime minister-to-be", "would-be president" ("President-elect", "Prime Minister-designate"
    name an office of its own and are read as written)."""
    doc = title.doc
    heads = [t for t in title if t.lower_ in OFFICE_HEADS or t.lower_.split("-")[0] in OFFICE_HEADS]
    if not heads:
        return False
    lead = doc[max(0, title.start - 3) : heads[-1].i].text.lower().replace(" - ", "-")
    if any(word in AWAITING_WORDS for word in lead.split()):
        return True
    after = "".join(t.text_with_ws for t in doc[heads[-1].i + 1 : heads[-1].i + 5]).lower()
    return after.startswith(AWAITED_SUFFIXES)


def _owned(reading: _Reading) -> bool:
    """Whether a leader's, chief's or head's office has a state, organisation or body named with
    it, or is the opposition's ("main opposition leader", "Leader of the Opposition")."""
    opposition = any(w.lower() == "opposition" for w in reading.words)
    return reading.owner is not None or reading.at is not None or reading.tail_actor or opposition


def _read_title(title: Span, resolver: Resolver, bodies: dict[int, tuple[Actor, int]] | None = None) -> _Reading:
    """Read a title's tokens: actors become owner or place, other words the office's words;
    `bodies` are organisations named in it that the lexicon does not know."""
    reading = _Reading()
    words = reading.words
    glue = False
    appended = -1  # the last token kept as a word: "-" glues only to it ("vice-president")
    actors = _actor_spans(title, resolver)
    for start, (body, end) in (bodies or {}).items():
        if not any(start < e and s < end for s, (_, e) in actors.items()):
            actors[start] = (body, end)
    i = title.start
    while i < title.end:
        token = title.doc[i]
        if i in actors and _compounded(title.doc, actors[i][1]) and words and words[-1].lower() in {"to", "for", "at"}:
            # "for the Belgrade-Pristina dialogue": a phrase kept as written, not Serbia's office
            reading.tail = f"{words.pop()} {title.doc[i : title.end].text}"
            break
        if i in actors:
            actor, i = actors[i]
            _note_actor(reading, actor)
            continue
        body = _body_of(token, words, actors)
        if body or _tail_starts(token, words, actors):
            reading.tail = title.doc[i : title.end].text
            reading.tail_actor = body or any(k in actors for k in range(i, title.end))
            break
        i += 1
        # "Head of the Office of the President": an article inside the office is kept as written
        inner = token.lower_ == "the" and words and words[-1].lower() == "of" and token.i + 1 not in actors
        if token.lower_ in {"the", "a", "an"} | POSSESSIVE and not inner:
            continue
        if token.lower_ == "of" and (token.i + 1 in actors or _next_actor(token, actors)):
            continue
        if token.text == "-" and not token.whitespace_ and words == ["ex"] and appended == token.i - 1:
            words[-1] = "former"  # "ex-President": a former office, written as the lexicon writes it
            continue
        if token.text == "-" and not token.whitespace_ and words and appended == token.i - 1:
            words[-1] += "-"
            glue = True
            continue
        if glue:
            words[-1] += token.text
            glue = False
        else:
            words.append(ABBREVIATIONS.get(token.lower_, token.text))
        appended = token.i
    return reading


def _note_actor(reading: _Reading, actor: Actor) -> None:
    """An actor in a title: where the office sits ("to the UN"), else its owner."""
    words = reading.words
    # "ambassador to the UN", "envoy for Syria", "ambassador of Kenya in Washington"
    at_words = {"to", "for", "on", "in"}
    if words and words[-1].lower() in at_words and not (words[-1].lower() == "for" and _speaker(words)):
        reading.at, reading.at_word = reading.at or actor, words.pop().lower()
    elif words and words[-1].lower() == "for":
        words.pop()
        reading.owner = reading.owner or actor  # "a spokeswoman for the Chinese Foreign Ministry"
    else:
        reading.owner = reading.owner or actor


def _tail_starts(token: Token, words: list[str], actors: dict[int, tuple[Actor, int]]) -> bool:
    """Whether a phrase after the office's head starts at a token that is kept as written: a
    lower-case "to", "for" or "at" phrase that names no actor ("ambassador to international
    organizations in Vienna"), or an "of" phrase where an actor only modifies a noun ("head
    of the U.N. nuclear watchdog")."""
    if token.lower_ not in {"to", "for", "at", "of"} or not any(w.lower() in OFFICE_HEADS for w in words):
        return False
    doc = token.doc
    following = token.i + 1
    while following < len(doc) and doc[following].lower_ in {"the", "a", "an"}:
        following += 1
    if following >= len(doc):
        return False
    if token.lower_ == "of":
        after = actors[following][1] if following in actors else None
        if after is None or after >= len(doc):
            return False
        glued = doc[after].text == "-" and not doc[after - 1].whitespace_  # "of the Tripoli-based government"
        return glued or (doc[after].is_lower and doc[after].pos_ in {"NOUN", "ADJ"})
    return following not in actors and doc[following].is_lower


def _body_of(token: Token, words: list[str], actors: dict[int, tuple[Actor, int]]) -> bool:
    """Whether "of" after an office's head names a body by a name of its own ("Commander of the
    Libyan National Army", "spokesman of the Philippines' National Security Council", "Head of
    the Presidential Council"): capitalised words that end in a body's word, after an actor's
    name or its possessive or none, kept as written."""
    if token.lower_ != "of" or not any(w.lower() in OFFICE_HEADS for w in words):
        return False
    doc = token.doc
    following = token.i + 1
    while following < len(doc) and doc[following].lower_ == "the":
        following += 1
    k = actors[following][1] if following in actors else following
    if k < len(doc) and k > following and doc[k].text in POSSESSIVE | {"'", "’"}:
        k += 1
    name = []
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
        name.append(doc[k].lower_)
        k += 1
    return any(w in BODY_WORDS for w in name)


def known_office(office: Office, person: Resolved, resolver: Resolver) -> Office:
    """A bare title before a known person's name takes the office the lexicon knows for them
    ("Secretary Blinken" -> Secretary of State, of the United States)."""
    known = resolver.gazetteer.actors.get(person.id)
    words = office.words.split()
    if known is None or not known.role or len(words) != 1 or office.owner or office.at or office.tail:
        return office
    if words[0].lower() not in known.role.lower().split() or words[0].lower() == known.role.lower():
        return office
    return Office(known.role, resolver.gazetteer.actors.get(known.of) if known.of else None)


def _compounded(doc: Doc, end: int) -> bool:
    """Whether an actor's name is the first part of a hyphenated word ("Belgrade-Pristina")."""
    return end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_


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
    begun = party_begun(title)  # "Citizens Coalition for | Change (CCC) leader"
    if begun is not None:
        found[i], i = begun, begun[1]
    while i < title.end:
        match = party_at(title.doc, i, title.end) or actor_at(title.doc, i, title.end, resolver, whole=True)
        if match is not None and not _inside_name(title.doc, i, title.start, match[0]):
            found[i] = match
            i = match[1]
        else:
            i += 1
    return found


def _inside_name(doc: Doc, start: int, floor: int, actor: Actor) -> bool:
    """Whether an organisation's name is the end of a longer name the entity recogniser marks
    ("National | Security Council" is not the UN's)."""
    token = doc[start]
    return (
        actor.type == "organization"
        and token.ent_iob_ == "I"
        and start - 1 >= floor
        and doc[start - 1].ent_type_ == token.ent_type_
        and doc[start - 1].text[:1].isupper()
    )


def actor_at(doc: Doc, start: int, stop: int, resolver: Resolver, whole: bool = False) -> tuple[Actor, int] | None:
    """The state or organisation whose name starts at a token, longest first: (actor, end)."""
    gazetteer = resolver.gazetteer
    last = min(stop, start + 6)
    if last <= start or not doc[start].text[:1].isupper():
        return None
    tokens = [doc[k] for k in range(start, last)]  # each made once (a Doc makes a Token at every index)
    # the first "of", "to" or "for": a name taking one in is no actor's, but in a title (`whole`) a body's
    linked = next((k for k, t in enumerate(tokens) if t.lower_ in {"of", "to", "for"}), len(tokens))
    spaced = [t.text_with_ws for t in tokens]
    for size in range(len(tokens) if whole else linked, 0, -1):
        text = "".join(spaced[: size - 1]) + tokens[size - 1].text  # as Span.text
        if size > linked:
            actor = None if any(t.lower_ in OFFICE_HEADS for t in tokens[:size]) else gazetteer.find(text)
            actor = actor if actor is not None and actor.type == "organization" else None
        elif size == 1:
            named = tokens[0].pos_ == "PROPN" or (len(text) > 1 and text.isupper())  # "RSF leader"
            actor = gazetteer.demonym(text) or (gazetteer.find(text) if named else None)
        else:  # "European Commission", "North Korean"
            actor = gazetteer.find(text) or gazetteer.demonym(text)
        if actor is not None and actor.type in {"state", "organization"}:
            return actor, start + size
    return None


def owner_of(person: Resolved, resolver: Resolver) -> Actor | None:
    """The state or organisation a person is known to serve: from the lexicon, or an earlier office."""
    if person.of:
        return resolver.gazetteer.actors.get(person.of)
    noted = resolver.offices.get(person.id)
    return resolver.gazetteer.actors.get(noted.id) if noted is not None and noted.type == "state" else None


def note_title(resolver: Resolver, person: Resolved, office: Office) -> None:
    """Remember a person's office (without "former"), for "his Turkish counterpart"."""
    words = " ".join(w for w in office.words.split() if w.lower() not in {"former", "acting", "ex", "then"})
    if words and office.at is None:
        resolver.titles.setdefault(person.id, words)
