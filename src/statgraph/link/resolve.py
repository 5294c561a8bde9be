"""Mentions -> canonical actors, with a per-document memory of who was named.

Resolution order for a noun phrase: a gazetteer name or metonym ("the Kremlin"); a demonym
on an institutional head ("the Russian side", "American troops"); an office held by a known
person ("the Russian Foreign Minister"); a surname already seen in the document ("Lavrov");
an unknown named entity, which becomes an actor of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..words import words
from .armed_groups import armed_group
from .bodies import PART_NOUNS, Mention, body_before, counted, kind_of, kinds_of_name, organ_of_another
from .entities import entity_actor, surname
from .gazetteer import Actor, Gazetteer, fold, mint_id
from .name_spans import NAME_DEPS, hyphenated, longer_name, name_span, surfaces
from .offices import OTHERS, TITLE_NOUNS, describes_office, field_body, fits, is_country_word, office_and_owner, office_state
from .offices import officer_or_owner, ours, own_side, unnamed_holder
from .organization_names import organization_name
from .person_names import possessed_person
from .resolved import Resolved
from .state_organs import legislature, organ_state

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Heads that stand for the state or organisation named by their modifier.
INSTITUTIONS = words("actor_nouns", "institutions")
# Generational suffixes ("Jr.", "III"): part of a name, never one on their own.
_SUFFIXES = words("names", "suffixes")
# Who are sent somewhere: "troops in Ukraine" are not Ukraine's; "officials in Washington" are.
_POSTED = frozenset(
    "army contingent force forces military navy peacekeeper peacekeepers soldier soldiers troop troops "
    "units embassy mission envoy diplomat diplomats delegation".split()
)
# Definite descriptions that refer back to the organisation last named.
_ORGANIZATION_NOUNS = words("actor_nouns", "organization_nouns")
# Kinds that refer back to a body only bare and singular: "The group also criticized ..."
_BARE_KINDS = words("actor_nouns", "bare_kind_nouns")
_STATE_ORGANS = words("actor_nouns", "state_organ_nouns")  # organs, for the state last named: "the government"
_RANKS = frozenset("acting assistant deputy ex former junior vice".split())  # set an office apart ("deputy minister")
# Heads whose referent depends on what came before, so `resolve` does not cache it
_UNCACHED_HEADS = _ORGANIZATION_NOUNS | TITLE_NOUNS | _STATE_ORGANS


@dataclass
class Resolver:
    """Resolves mentions in one document; remembers the persons and actors named so far."""

    gazetteer: Gazetteer
    surnames: dict[str, Resolved] = field(default_factory=dict)
    foreseen: dict[str, str] = field(default_factory=dict)  # surname -> full name given later on
    places: frozenset[str] = frozenset()  # names the document gives a place ("the Svalbard archipelago")
    offices: dict[str, Resolved] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # person id -> office words ("Foreign Minister")
    last_person: Resolved | None = None
    behalf: Resolved | None = None  # whom "we" stands for in the sentence at hand
    organizations: list[tuple[int, int, Resolved]] = field(default_factory=list)  # (doc, token, actor) named
    mentions: dict[tuple[int, int], Mention] = field(default_factory=dict)  # organisations and kinds named
    passages: dict[int, int] = field(default_factory=dict)  # id of a passage's Doc -> its number
    person_before: Resolved | None = None  # the person last named before the sentence at hand
    subject_person: Resolved | None = None  # the person the last sentence's main clause is about
    cache: dict[tuple[int, int], Resolved | None] = field(default_factory=dict)
    last_proposer: Resolved | None = None  # who last proposed something, for "the proposals"
    last_subjects: tuple[Resolved, ...] = ()  # the actors of the last sentence subject, for "they"
    last_list: tuple[Resolved, ...] = ()  # the last list of actors named, for "the three countries"
    # the last proposal described, by noun ("proposal" -> "twin security proposals"), for "our proposals"
    last_proposals: dict[str, str] = field(default_factory=dict)
    recent_people: list[Resolved] = field(default_factory=list)  # persons in order of last mention
    person_offices: dict[str, str] = field(default_factory=dict)  # person id -> office the text gives
    own_voice: set[str] = field(default_factory=set)  # persons whose stated office serves no state ("opposition leader")
    meeting_sides: tuple[Resolved, ...] = ()  # the two people last said to meet, for "both leaders"
    gathering_place: Resolved | None = None  # where the gathering last told of is held, for "the summit"
    defined: dict[str, tuple[Resolved, ...]] = field(default_factory=dict)  # "(participants)" -> the parties
    subject_before: tuple[Resolved, ...] = ()  # the actors of the last sentence's main subject, for "It urged"
    last_issuer: Resolved | None = None  # the state or body last heard speaking, for "The statement stressed"
    last_issuers: tuple[Resolved, ...] = ()  # the states or bodies that last issued a joint text, for "The statement"
    spokes: dict[str, Resolved] = field(default_factory=dict)  # "spokesperson" -> the body one last spoke for
    signatories: tuple[Resolved, ...] = ()  # "We, the leaders of A and B": whom the author's "we" stands for
    people: dict[str, Resolved] = field(default_factory=dict)  # person id -> the person as first named
    organ_states: dict[str, Resolved] = field(default_factory=dict)  # "ministry of foreign affairs" -> its state
    home: Resolved | None = None  # the state of the dateline the story is filed from
    told: dict[str, tuple[Resolved, ...]] = field(default_factory=dict)  # "resolution" -> who adopted it (told.py)
    party_forms: dict[int, dict[str, str]] = field(default_factory=dict)  # passage -> "DPP" -> party (text_parties)

    def actor(self, actor: Actor) -> Resolved:
        return Resolved(actor.id, actor.label, actor.type, actor.of)

    def remember(self, found: Resolved) -> Resolved:
        """Note a mention for later surnames and pronouns."""
        if found.type == "person":
            found = self.people.setdefault(found.id, found)  # "Ivan Marquez" after "Iván Márquez": as first written
            names = [surname(found.label), fold(surname(found.label))]  # "Marquez said" after "Iván Márquez"
            first, whole = found.label.split()[0], len(found.label.split()) >= 2
            names += [first] if whole and first in self.gazetteer.family_first else []  # "Wang Wenbin ... Wang said"
            for name in names:  # a surname two persons share is the one last named in full (Kim Yo Jong after Kim Jong Un)
                self.surnames[name] = found if whole or name not in self.surnames else self.surnames[name]
            self.last_person = found
            if not self.recent_people or self.recent_people[-1] != found:
                self.recent_people = [p for p in self.recent_people[-7:] if p != found] + [found]
        return found

    def foreseen_person(self, name: str) -> Resolved:
        """The person a surname stands for whose full name the document gives further on."""
        label = self.foreseen[name]
        known = self.gazetteer.find(label)
        return self.actor(known) if known is not None else Resolved(mint_id(label), label, "person")

    def name_span(self, token: Token) -> Span:
        """The proper-name span around a head token (see `name_spans.name_span`)."""
        return name_span(token)

    def resolve(self, token: Token) -> Resolved | None:
        """The actor the noun phrase headed by `token` refers to, if any (cached per token,
        except for anaphora, which depend on what came before)."""
        key = (id(token.doc), token.i)
        if key in self.cache:
            found = self.cache[key]
        else:
            found = self._resolve(token)
            if token.lemma_.lower() not in _UNCACHED_HEADS:
                self.cache[key] = found
        if found is not None and found.type == "organization":
            self.organizations.append((id(token.doc), token.i, found))
        if found is not None:
            self._note(token, found)
        return self.remember(found) if found else None

    def _note(self, token: Token, found: Resolved) -> None:
        """Note an organisation, or an actor named by a kind ("Russia's Foreign Ministry"), for
        "the bloc" and "the ministry" later."""
        at = (self.passages.setdefault(id(token.doc), len(self.passages)), token.i)
        if at not in self.mentions:
            kinds = kinds_of_name(self.gazetteer, found, token.lemma_)
            if found.type == "organization" or kinds:
                self.mentions[at] = Mention(at, kinds, found, found.id in self.gazetteer.actors)

    def organization_before(self, token: Token, kind: str | None = None) -> Resolved | None:
        """The organisation "the alliance", "the bloc", "the Council" refers back to (see
        `statgraph.link.bodies`); known organisations named in this passage count even if not
        yet resolved ("the head of the International Atomic Energy Agency (IAEA) comes as the
        Vienna-based organisation seeks ...")."""
        here = self.passages.setdefault(id(token.doc), len(self.passages))
        named = dict(self.mentions)
        for ent in (e for e in token.doc.ents if e.label_ == "ORG" and e.end <= token.i):
            actor = self.gazetteer.find(ent.text)
            if actor is not None and actor.type == "organization" and (here, ent.end - 1) not in named:
                found = self.actor(actor)
                kinds = kinds_of_name(self.gazetteer, found, ent[-1].lemma_)
                named[(here, ent.end - 1)] = Mention((here, ent.end - 1), kinds, found, True)
        kind = kind or kind_of(token.lemma_) or kind_of(token.text)
        found = body_before(token, kind, list(named.values()), here)
        if found is None and kind in PART_NOUNS | _STATE_ORGANS and len(self.subject_before) == 1:
            # "Baghdad asserted that ... The oil ministry said ...": with none of its kind named
            # before, an organ of the state the last sentence was about
            found = self.subject_before[0] if self.subject_before[0].type == "state" else None
        return found

    def _resolve(self, token: Token) -> Resolved | None:
        gaz = self.gazetteer
        person = possessed_person(token)
        if person is not None:
            return self.resolve(person)  # "China's Wang Yi", the name parsed apart from "China's"
        name = self.name_span(token)
        if name.text.lower() in _SUFFIXES:  # "Joseph R. Biden, Jr.": the person named before the comma
            before = token.i - 2
            named = before >= 0 and token.doc[before + 1].text == "," and token.doc[before].pos_ == "PROPN"
            return self.resolve(token.doc[before]) if named else None
        longer = longer_name(self.gazetteer, token, name)
        if longer is not None:
            return self.actor(longer)  # "Barbuda" in "Antigua and Barbuda": the longest name in the text wins
        for surface in surfaces(token, name):
            actor = gaz.find(surface) if surface else None
            if actor:
                return self.actor(organ_of_another(gaz, token, actor) or actor)
        # "the Americans", "the British"
        if token.tag_ in {"NNPS", "NNS", "NNP"} and token.text[:1].isupper():
            actor = gaz.demonym(token.text) or (gaz.demonym(token.text[:-1]) if token.text.endswith("s") else None)
            if actor is not None:
                return self.actor(actor)
        if (token.lemma_.lower() in INSTITUTIONS or token.lower_ in INSTITUTIONS or token.ent_type_ == "NORP") and not (
            token.lemma_.lower() == "member" and counted(token) or own_side(token)
        ):  # "several members of the Security Council" are some of them, not the body; "the opposition leader" no state
            owner = self.actor_behind(token)
            body = field_body(self.gazetteer, token, owner) if owner is not None else None
            if body is not None or (house := legislature(token, owner)) is not None:
                return self.actor(body) if body is not None else house  # UNHCR's "UN refugee officials", "Iraq's parliament"
            owner = officer_or_owner(self, token, owner)  # "the UN official": the one named before, if any
            if owner and not (owner.type == "state" and token.lemma_.lower() in OTHERS and not ours(token)):
                # "US allies", "China's neighbours" are others, not the state; "NATO allies" are
                # NATO, "our Kazakh friends" Kazakhstan
                return owner
        described = self._described_person(token) if describes_office(token) else None
        office = self.person_in_office(token)
        if office and described and described != office and self._same_rank(token, described):
            return described  # "the Colombian president" after "President of Colombia Ivan Duque": not today's
        if office:
            return office
        if described:
            return described
        if token.lemma_.lower() in TITLE_NOUNS and not any(c.dep_ == "appos" for c in token.children):
            state = self.state_of_office(token)
            if state:
                return state  # "the Sri Lankan president", "Cuban Foreign Minister": nobody named holds it
        described, found = self._described_body(token, name)
        if described:
            return found  # "the alliance", "the government": one named before, or none
        return self._by_surname(token) or entity_actor(self, token, name) or self._unknown_organization(token)

    def _described_body(self, token: Token, name: Span) -> tuple[bool, Resolved | None]:
        """Whether a noun phrase is a definite description of a body, and the body it refers back
        to: "the alliance", "the Department" (not "the Semiconductor Industry Association");
        "The government also demanded ...": the state last named with its government."""
        bare = [c.lower_ for c in token.children] == ["the"]
        if token.lemma_.lower() in _BARE_KINDS and not (bare and token.tag_ == "NN"):
            return False, None  # "the Iran-backed group", "the Socialist groups": as any other noun
        if token.lemma_.lower() in _STATE_ORGANS and token.text.islower() and bare:
            return True, self._state_organ_before(token)
        if (
            token.lemma_.lower() in _ORGANIZATION_NOUNS
            and any(c.lower_ in {"the", "this"} for c in token.children)
            # "the religious organization Soka Gakkai": named right there, not one named before
            and not any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == token.i + 1 for c in token.children)
            and (
                token.text.islower()
                or not any(c.dep_ in {"compound", "amod", "nmod", "prep", "appos"} for c in token.children)
                and len(name) <= 1  # "the Council on Foreign and Defence Policy" is a name
            )
        ):
            before = self.organization_before(token)
            return before is not None or token.text.islower(), before
        return False, None

    def _state_organ_before(self, token: Token) -> Resolved | None:
        """The state "the government" is: the state last named with an organ of that kind ("the
        Sudanese government", "Sudan's government"), else none (the holder of words said for a
        state is that state first: `statgraph.extract.context.kind_holders`)."""
        found = self.organization_before(token, token.lemma_.lower())
        return found if found is not None and found.type == "state" else None

    def _unknown_organization(self, token: Token) -> Resolved | None:
        group = armed_group(token, self.gazetteer)  # "the M23 rebels"
        if group is not None:
            return self.actor(group)
        state = organ_state(self, token)  # "THE Department of Foreign Affairs has conveyed ..."
        if state is not None:
            return state
        unknown = organization_name(token, self.gazetteer)  # "the Hostages and Missing Families Forum"
        return Resolved(mint_id(unknown), unknown, "organization") if unknown else None

    def _by_surname(self, token: Token) -> Resolved | None:
        """The person a surname stands for: one named before, or one named in full further on."""
        written = token.text if token.text in self.surnames else fold(token.text)
        if written in self.surnames and (token.pos_ == "PROPN" or (token.ent_type_ and token.text[:1].isupper())):
            return self.surnames[written]  # also a surname the tagger took for a noun ("Rodríguez further decried")
        joined = hyphenated(token)
        if joined in self.surnames and token.pos_ == "PROPN":
            return self.surnames[joined]  # "Al-Budaiwi stressed", three tokens, after "Jasem Al-Budaiwi"
        if token.text in self.foreseen and token.pos_ in {"PROPN", "NOUN"} and token.ent_type_ in {"", "PERSON"}:
            return self.foreseen_person(token.text)  # "Libya's Dbeibeh welcomes ...", the full name given below
        return None

    def actor_behind(self, token: Token) -> Resolved | None:
        """The state behind "the Russian side", "Russia's diplomats", "troops of NATO"."""
        for child in token.children:
            if child.dep_ in {"amod", "compound", "nmod"}:
                actor = self.gazetteer.demonym(child.text) or self.gazetteer.find(child.text)
                if actor:
                    return self.actor(actor)
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                # the owner's own words, not the whole entity ("Armenia's Foreign Ministry")
                left = min([child.i] + [t.i for t in child.lefts if t.dep_ in NAME_DEPS and t.pos_ == "PROPN"])
                actor = self.gazetteer.find(self.name_span(child).text) or self.gazetteer.find(
                    child.doc[left : child.i + 1].text
                )
                if actor:
                    return self.actor(actor)
            if (
                child.dep_ == "prep"
                and child.lower_ in {"in", "of", "from"}
                and token.lemma_.lower() not in _POSTED
                and token.lower_ not in _POSTED
            ):
                # "the think tanks in the West", "officials from Tehran"
                pobj = next(
                    (
                        g
                        for g in child.children
                        if g.dep_ == "pobj" and g.pos_ == "PROPN" and not any(c.dep_ == "conj" for c in g.children)
                    ),
                    None,
                )  # "the leaders of Russia, China and France" are each their own state's
                actor = self.gazetteer.find(self.name_span(pobj).text) if pobj is not None else None
                actor = actor or self._group_named(child)
                if actor and actor.type != "person":
                    return self.actor(actor)
        actor = self.gazetteer.demonym(token.text)
        return self.actor(actor) if actor else None

    def _group_named(self, preposition: Token) -> Actor | None:
        """The organisation a group's name gives before a plural noun ("ministers from the Group
        of Seven nations"), as the named entity its first word starts."""
        for pobj in (g for g in preposition.children if g.dep_ == "pobj" and g.tag_ == "NNS"):
            for child in (c for c in pobj.children if c.dep_ in NAME_DEPS and c.pos_ == "PROPN"):
                entity = next((e for e in pobj.doc.ents if e.start == child.i), None)
                actor = self.gazetteer.find(entity.text) if entity is not None else None
                if actor is not None and actor.type == "organization":
                    return actor
        return None

    def person_in_office(self, token: Token) -> Resolved | None:
        """ "the Russian Foreign Minister" -> the known person who holds that office; the state when
        the document names that person nowhere."""
        words = [t for t in _left_subtree(token) if t.dep_ != "det"]
        title, country = office_and_owner(self.gazetteer, words)
        if not title or country is None:
            return None
        actor = self.gazetteer.office_holder(title, country.id)
        titled = token.lemma_.lower() in TITLE_NOUNS  # "the Israeli Foreign Minister", not "... Mohammed Sudani"
        if actor is not None and titled and unnamed_holder(actor, country, self.foreseen, self.surnames):
            return self.actor(country)  # the lexicon's holder, named nowhere, may be another time's: the state
        return self.actor(actor) if actor else None

    def _described_person(self, token: Token) -> Resolved | None:
        """ "The foreign minister went on to accuse ...", "the diplomat": the person last named
        whose office, known from the lexicon or the text, fits the description. A title with its
        holder named beside it ("the president of Guyana, Irfaan Ali") points back to no one: the
        name says who."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
            return None
        named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            return self.resolve(named)
        words = [
            t.lemma_.lower()
            for t in token.subtree
            if t.i <= token.i and t.dep_ in {"amod", "compound"} and not is_country_word(self.gazetteer, t)
        ] + [token.lemma_.lower()]
        country = self.state_of_office(token)
        for person in reversed(self.recent_people):
            if country is not None and self._state_id(person) != country.id:
                continue  # "the Sri Lankan president" is not the Chinese president last named
            office = self.person_offices.get(person.id, "")
            known = self.gazetteer.actors.get(person.id)
            if not office and known is not None and known.role:
                office = self._lexicon_office(known)
            office = office.lower()
            if office and all(fits(word, office) for word in words):
                return person
        return None

    def _same_rank(self, token: Token, person: Resolved) -> bool:
        """Whether the office the text gives a person has no rank the description lacks: "the
        Russian foreign minister" is not the deputy foreign minister named before."""
        office = set(self.person_offices.get(person.id, "").lower().replace("-", " ").split())
        described = {t.lower_ for t in token.subtree if t.i <= token.i}
        return bool(office) and not (office & _RANKS) - described

    def fitting_person(self, token: Token) -> Resolved | None:
        """ "“...,” the diplomat noted": the person last named whose office fits the noun; else
        the person last named if no office of theirs is known, but not one whose office is another
        ("the spokeswoman" is not the prime minister named after her)."""
        described = self._described_person(token)
        if described is not None or self.last_person is None:
            return described
        return None if self.stated_office(self.last_person) else self.last_person

    def stated_office(self, person: Resolved) -> str:
        """A person's office: the one the text gives, else the lexicon's role; "" for none."""
        known = self.gazetteer.actors.get(person.id)
        return self.person_offices.get(person.id) or (known.role if known is not None and known.role else "")

    def _lexicon_office(self, known: Actor) -> str:
        """A person's office as the lexicon gives it, with whose it is: "Spokeswoman of Russian
        Foreign Ministry" (a diplomat's office, by its foreign ministry)."""
        owner = self.gazetteer.actors.get(known.of) if known.of else None
        return f"{known.role} of {owner.label}" if owner is not None else known.role

    def state_of_office(self, token: Token) -> Resolved | None:
        """The state an office is described by: "the Sri Lankan president", "Beijing's top diplomat"."""
        state = office_state(self.gazetteer, token)
        return self.actor(state) if state is not None else None

    def _state_id(self, person: Resolved) -> str | None:
        """The id of the state a person serves: the office the text gives, else the lexicon's."""
        stated = self.offices.get(person.id)
        if person.id in self.own_voice:
            return None
        return stated.id if stated is not None else person.of


def _left_subtree(token: Token) -> list[Token]:
    """`[t for t in token.subtree if t.i <= token.i]`, without walking right children's subtrees
    that start after the token (most of a clause's)."""
    found = [t for left in token.lefts for t in left.subtree] + [token]
    found += [t for right in token.rights if right.left_edge.i <= token.i for t in right.subtree]
    return [t for t in found if t.i <= token.i]
