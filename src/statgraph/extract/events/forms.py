"""The event forms of ontology/event_forms.toml, wired for `acts.find_events`: invasions and
forces in a place (aggression.py), members described or listed (member_lists.py), meetings told
by discussions and talks (discussions.py), paired sides (pair_ties.py), visits told by their
noun or a journey (visits.py), and acts done together (coalitions.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from ...link.person_names import PARTY_LETTERS
from ...link.resolve import Resolver
from ..context.frame import Frame
from ..cues import Lexicon
from ..found import Found
from .abroad import SPEECH_MADE_VERBS, owned_talks_abroad, spoke_abroad
from .arrivals import GATHERING_ARRIVAL_VERBS, arrived_at_gathering
from .attendance import ATTEND_VERBS, attended, note_gathering, note_taking_place
from .aggression import AGGRESSION_VERBS, PRESENT_NOUNS, aggression_noun, aggression_verb, forces_in, garrison
from .ally_titles import titled_allies
from .coalitions import CO_SPONSOR_VERBS, COALITION_NOUNS, co_sponsors, coalition_list, joined_forces, joint_subjects
from .discussions import (
    COUNTERPART_NOUNS,
    DISCUSS_VERBS,
    GATHER_VERBS,
    TALK_NOUNS,
    alongside,
    counterparts_from,
    discussed_with,
    gathered,
    talks_with,
)
from .cooperation import MANNER_TIES, in_partnership
from .founders import FOUNDING_VERBS, founders
from .founding_acts import FOUNDING_ANNOUNCE_VERBS, announced_founding, known_together
from .encounters import (
    CALL_NOUNS,
    CALL_VERBS,
    JOINT_APPEARANCES,
    PHONE_VERBS,
    WITH_MEETING_VERBS,
    call_received,
    joint_appearance,
    met_in_person,
    posted_meeting,
    phoned,
    telephoned,
)
from .hospitality import HOSPITALITY_NOUNS, thanked_hosts
from .body_parties import BODY_KIND_NOUNS, body_parties
from .chairs import chairs_body
from .chaired import CO_CHAIR_VERBS, chaired_together
from .membership import ALLY_NOUNS
from .parties import PARTY_NOUNS, party_members
from .parties import PARTY_TITLES
from .party_titles import LEGISLATORS, PARTY_FIRST_WORDS, party_lettered, party_named_legislator, party_titled
from .movements import MOVE_VERBS, WITHDRAW_VERBS, WITHDRAWAL_NOUNS, forces_acting_in, forces_moved, forces_withdrawn
from .gates import AGGRESSION_NOUN_CUES, FORCE_NAME_HEADS, PAIR_NOUNS, forces_told
from .member_lists import (
    GROUPED_NOUNS,
    IN_BODY_VERBS,
    MEMBER_HEADS,
    described_members,
    grouped,
    hyphen_led,
    in_body,
    listed_members,
    may_list_members,
    representative_word,
    representatives_of_members,
)
from .named_members import MEMBER_WORDS, named_members
from .office_parties import office_party
from .pair_ties import paired
from .presence import (
    CASUALTY_VERBS,
    HELD_WORDS,
    HOST_FORCE_VERBS,
    PRESENCE_NOUNS,
    forces_being_in,
    forces_hit,
    held_place,
    led_forces_in,
    hosted_forces,
    military_presence,
    named_force,
    present_forces,
)
from .delegations import delegation_in, delegation_received
from .summons import SUMMON_VERBS, summoned
from .visits import (
    DELEGATION_NOUNS,
    DEPART_VERBS,
    RETURN_VERBS,
    TRAVEL_VERBS,
    VISIT_NOUNS,
    being_in,
    companions,
    departed,
    visit_made,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


# The verb lemmas `verb_forms` reads (besides a joint act, coalitions.acts_jointly): a verb of none
# of them, nor of cues.toml's event verbs, tells no event (acts._may_tell)
VERB_FORM_CUES = (
    AGGRESSION_VERBS | MOVE_VERBS | DISCUSS_VERBS | DEPART_VERBS | RETURN_VERBS | TRAVEL_VERBS | GATHER_VERBS
    | CO_SPONSOR_VERBS | SUMMON_VERBS | ATTEND_VERBS | CALL_VERBS | HOST_FORCE_VERBS | CASUALTY_VERBS | {"chair"}
    | PHONE_VERBS | FOUNDING_VERBS | WITH_MEETING_VERBS | CO_CHAIR_VERBS | SPEECH_MADE_VERBS | GATHERING_ARRIVAL_VERBS
)


# The words and lemmas `_token_forms` reads on a word of any part of speech (its other readers
# read a noun, a name or a verb only): a word of none of them, of no such part, reads nothing
_FORM_WORDS = (
    PARTY_NOUNS | PARTY_FIRST_WORDS | LEGISLATORS | PARTY_TITLES | MEMBER_WORDS | BODY_KIND_NOUNS | WITHDRAWAL_NOUNS
    | HELD_WORDS | {"led", "alongside", "present", "met", "known"}
)
_FORM_LEMMAS = frozenset({"be"}) | IN_BODY_VERBS
_FORM_POS = frozenset({"NOUN", "PROPN", "VERB"})
# The lower-case forms of a word of no such part that an event reader may read: `_FORM_WORDS`
# (with "led", which `acts.led_by` reads) and PARTY_LETTERS in lower case
_OTHER_POS_FORMS = _FORM_WORDS | {letter.lower() for letter in PARTY_LETTERS}


def tells_nothing(lower: str, lemma: str, pos: str) -> bool:
    """Whether no event reader of `acts._token_events` can read a word, by its lower-case form,
    lower-case lemma and part of speech (read off the sentence's array): a word of no part they
    read (a noun, a name, a verb) whose form and lemma none of `token_forms` reads ("the", ",",
    "said"). Exact: `_FORM_LEMMAS` and `_FORM_WORDS` are lower case, so a lemma or text in them
    is one whose lower-case form is."""
    return pos not in _FORM_POS and lower not in _OTHER_POS_FORMS and lemma not in _FORM_LEMMAS


def token_forms(token: Token, frame: Frame, resolver: Resolver, lower: str, pos: str) -> Iterable[Found]:
    """The forms read on any word: "the Indian foreign minister is in Kazakhstan", "the Russia-led EAEU", "the G7 foreign ministers of A, B and C",
    "the Japan-US Alliance", "The BRICS – Brazil, Russia ... –". Every word of every sentence comes
    here: one that none of the forms reads ("the", ",", "said") makes no generator (`lower`,
    `pos`: the word's `lower_` and `pos_`, read off the sentence's array by the caller)."""
    if (
        pos in _FORM_POS
        or lower in _FORM_WORDS
        or token.lemma_ in _FORM_LEMMAS
        or token.text in PARTY_LETTERS
    ):
        return _token_forms(token, frame, resolver, lower, pos)
    return ()


def _token_forms(token: Token, frame: Frame, resolver: Resolver, word: str, pos: str) -> Iterator[Found]:
    """`token_forms` on a word some form may read (`word`, `pos`: its `lower_` and `pos_`)."""
    lemma = token.lemma_  # read once
    if word in PARTY_NOUNS:
        yield from party_members(token, resolver)  # "Scholz's Social Democratic Party"
    if word in PARTY_FIRST_WORDS:
        yield from party_titled(token, resolver)  # "Democratic Senator Michael Bennet"
    if token.text in PARTY_LETTERS:
        yield from party_lettered(token, resolver)  # "Sen. Jane Doe (D-N.Y.)"
    if word in LEGISLATORS or word in PARTY_TITLES:
        yield from party_named_legislator(token, resolver)  # "PTI lawmaker Jane Doe"
    if word == "led":
        yield from hyphen_led(token, resolver)
        yield from led_forces_in(token, resolver)  # "the Saudi-led coalition in Yemen"
    if word == "alongside" and token.dep_ == "prep":
        yield from alongside(token, frame, resolver)
    if lemma == "be":
        yield from being_in(token, frame, resolver)
    if lemma in IN_BODY_VERBS:
        yield from in_body(token, frame, resolver)  # "Estonia is in NATO"
    if lemma == "be":
        yield from forces_being_in(token, frame, resolver)  # "Russian troops are in Belarus"
    if pos in {"NOUN", "PROPN"} and representative_word(word):
        yield from representatives_of_members(token, resolver)
    if word in MEMBER_WORDS:
        yield from named_members(token, resolver)  # "ECOWAS members Nigeria and Senegal"
    if word in BODY_KIND_NOUNS:
        yield from body_parties(token, resolver)  # "the AUKUS pact between Australia, Britain and the US"
    if pos == "NOUN" and word in GROUPED_NOUNS:
        yield from grouped(token, resolver)
    if pos == "PROPN":  # each reader behind its own opening test (gates.py)
        if word in PAIR_NOUNS:
            yield from paired(token, resolver)
        if may_list_members(token):
            yield from listed_members(token, resolver)
        if word in FORCE_NAME_HEADS:
            yield from named_force(token, frame, resolver)  # "the UN Interim Force in Lebanon"
        yield from office_party(token, resolver)  # "Tom Reeve, leader of the Unity Party"
    if pos == "VERB" and lemma.lower() in WITHDRAW_VERBS or word in WITHDRAWAL_NOUNS:
        yield from forces_withdrawn(token, frame, resolver)  # even one asked for: the forces are there
    if word in HELD_WORDS:
        yield from held_place(token, frame, resolver)  # "Russian-occupied Crimea": a state, not an act
    if word == "known":
        yield from known_together(token, resolver)  # "Mali, Niger and Burkina Faso, collectively known as the AES"
    if word == "present":
        yield from present_forces(token, frame, resolver)
    if word == "met":
        yield from posted_meeting(token, frame, resolver)  # a quoted post: "Met with FM Wang Yi today."
    if pos == "VERB" and forces_told(token.doc):
        yield from forces_acting_in(token, frame, resolver)  # "Israeli forces killed three people in Jenin"


def verb_forms(token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The forms read on a verb of an act done (acts._done)."""
    if lemma in AGGRESSION_VERBS:
        yield from aggression_verb(token, frame, resolver)
    if lemma in MOVE_VERBS:
        yield from forces_moved(token, frame, resolver)
    if lemma == "chair":
        yield from chairs_body(token, frame, resolver)
    if lemma in CO_CHAIR_VERBS:
        yield from chaired_together(token, resolver, lexicon.events["met_with"]["gatherings"])
    if lemma in DISCUSS_VERBS:
        yield from discussed_with(token, frame, resolver)
    if lemma in CALL_VERBS:
        yield from phoned(token, frame, resolver, lexicon.events["met_with"])
    if lemma in PHONE_VERBS:
        yield from telephoned(token, frame, resolver)
    if lemma in WITH_MEETING_VERBS:
        yield from met_in_person(token, frame, resolver)  # "sat down with Xi", "shook hands with Xi"
    if lemma in lexicon.events["visited"]["appearance_verbs"] or lemma in SPEECH_MADE_VERBS:
        yield from spoke_abroad(token, frame, resolver)
    if lemma in GATHERING_ARRIVAL_VERBS:
        yield from arrived_at_gathering(token, frame, resolver)  # "The ELN delegation arrived on Saturday"
    if lemma in DEPART_VERBS or lemma in RETURN_VERBS:
        yield from departed(token, frame, resolver)
    if lemma in TRAVEL_VERBS:
        yield from companions(token, frame, resolver)
    yield from joint_subjects(token, frame, resolver)
    if lemma in lexicon.events["member_of"]["verbs"]:
        yield from joined_forces(token, frame, resolver)
    if lemma in GATHER_VERBS:
        yield from gathered(token, resolver)
    if lemma in CO_SPONSOR_VERBS:
        yield from co_sponsors(token, resolver)
    if lemma in SUMMON_VERBS:
        yield from summoned(token, frame, resolver)
    if lemma in ATTEND_VERBS:
        yield from attended(token, frame, resolver, _gatherings(lexicon))
    if lemma in HOST_FORCE_VERBS:
        yield from hosted_forces(token, frame, resolver)
    if lemma in CASUALTY_VERBS:
        yield from forces_hit(token, frame, resolver)
    if lemma in FOUNDING_VERBS:
        yield from founders(token, resolver)  # "Mali, Burkina Faso and Niger founded the AES"
    if lemma in FOUNDING_ANNOUNCE_VERBS:
        yield from announced_founding(token, resolver)  # "... announced the creation of the AES"


Made = dict[int, tuple[dict[str, dict[str, frozenset[str]]], frozenset[str]]]
_GATHERINGS: Made = {}


def made_per_lexicon(cache: Made, lexicon: Lexicon, make: Callable[[dict], frozenset[str]]) -> frozenset[str]:
    """A word set made from a lexicon's event sections once per lexicon (asked on every word),
    made anew when the lexicon's sections are replaced."""
    events = lexicon.events
    made = cache.get(id(lexicon))
    if made is not None and made[0] is events:
        return made[1]
    value = make(events)
    cache[id(lexicon)] = (events, value)
    return value


def _gatherings(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of gatherings one attends: "summit", "forum", "meeting", "event"."""
    return made_per_lexicon(
        _GATHERINGS, lexicon, lambda events: events["visited"]["events_abroad"] | events["met_with"]["gatherings"]
    )


# The words and lemmas `noun_forms` reads a common noun by, besides the lexicon's (`_gatherings`,
# deployed_to's and met_with's "nouns"): a noun of none of them reads nothing (acts._noun_cues)
NOUN_FORM_CUES = frozenset({"place"}).union(
    AGGRESSION_NOUN_CUES, MEMBER_HEADS, TALK_NOUNS, PAIR_NOUNS, VISIT_NOUNS, DELEGATION_NOUNS, COALITION_NOUNS,
    COUNTERPART_NOUNS, PRESENT_NOUNS, MANNER_TIES, ALLY_NOUNS, JOINT_APPEARANCES, CALL_NOUNS, PRESENCE_NOUNS,
    HOSPITALITY_NOUNS,
)


def noun_forms(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The forms read on a common noun."""
    word = token.lower_
    deployed = lexicon.events["deployed_to"]
    note_gathering(token, resolver, _gatherings(lexicon))
    if word == "place":
        note_taking_place(token, resolver)  # "COP29 took place in Baku"
    if token.lemma_.lower() in AGGRESSION_NOUN_CUES:
        yield from aggression_noun(token, frame, resolver)
    if word in MEMBER_HEADS:
        yield from described_members(token, resolver)
    if word in TALK_NOUNS:
        yield from talks_with(token, frame, resolver)
    if word in PAIR_NOUNS:
        yield from paired(token, resolver)
    if word in VISIT_NOUNS:
        yield from visit_made(token, frame, resolver)
    if word in DELEGATION_NOUNS:
        yield from delegation_in(token, frame, resolver)
        yield from delegation_received(token, frame, resolver, lexicon)  # "Egypt received a Hamas delegation"
    if word in COALITION_NOUNS:
        yield from coalition_list(token, resolver)
    if word in COUNTERPART_NOUNS:
        yield from counterparts_from(token, frame, resolver)
    if word in deployed["nouns"]:
        yield from garrison(token, frame, resolver, deployed.get("areas", frozenset()))
    if word in PRESENT_NOUNS:
        yield from forces_in(token, frame, resolver)
    if word in MANNER_TIES:
        yield from in_partnership(token, frame, resolver)
    if word in ALLY_NOUNS:
        yield from titled_allies(token, frame, resolver)
    if word in lexicon.events["met_with"]["nouns"]:
        yield from owned_talks_abroad(token, resolver)
    if word in JOINT_APPEARANCES:
        yield from joint_appearance(token, frame, resolver)
    if word in CALL_NOUNS:
        yield from call_received(token, frame, resolver)  # "received a phone call from Scholz"
    if word in PRESENCE_NOUNS:
        yield from military_presence(token, frame, resolver)
    if word in HOSPITALITY_NOUNS:
        yield from thanked_hosts(token, frame, resolver)
