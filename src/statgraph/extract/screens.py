"""Screens: findings a careful reader would not record, dropped after the extractors ran.

Each screen names one reason a candidate is wrong however it was found: its target names
nothing concrete ("opposes the action", "rejects facts"), its cue is used in another
sense ("the actions threatened regional peace" is no warning by the actions' author), it is
or the content of a request ("urged the US to stop coercion" is no stance of the US).

A meeting, visit or membership only spoken of as possible or still to come ("Grossi would
meet Raisi", "will join BRICS") is none (CONVENTIONS.md), and `planned_event`
(events/planned.py) drops it. Some readings are doubtful rather than wrong, and careful readers
differ on them: a complaint about a lack read as support ("concerned about the lack of
transparency"). Those are not dropped here: `moods.lacking` names them, and the judge weighs
them as features, so they keep a low confidence instead of vanishing.

The word lists are data in ontology/screens.toml. `screen_reason` says which screen drops a
finding, so a reader can tell why a statement is missing. Screens of one concept live in modules
of their own: deeds told rather than stances held (deed_screens.py), cue words in another sense
(sense_screens.py), words stated of no one (unstated_screens.py, spoken_acts.py) and others.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ExtractionError
from ..relations import load_relations, names_of_kind
from .deed_screens import attempted, harm_by_other, own_deed
from .event_screens import deployment_to_come, spoken_joining
from .events.planned import planned_event
from .events.votes import voted_alike
from .found import PRESUPPOSED_RULES, Found
from .moods import negated, owed_act
from .spoken_acts import coming_occasion, disowned_intent, talked_about, unsaid
from .request_screens import asked_passive, requested
from .sense_screens import stopover
from .stance_screens import alleged, mere_reply, rehearsed, things_as_group
from .support_screens import credited_owner, hosted_guests, joint_step, lent_reversed, others_aim
from .unstated_screens import addressed_audience, awaited, declined_to_say, ruined_tie, threatened_party
from .unasserted import charged, conditioned, counterfactual, feared, foretold, lacked, on_condition, supposed, wished
from .wording import usable

# Relations that are acts which happen or not (not stances): deployed_to, visited, met_with, member_of.
EVENT_RELATIONS = frozenset(names_of_kind(load_relations(), "event"))

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

_WORD = re.compile(r"[\w’'-]+")

# the screens of a clause's mood, which a reading of what it takes for granted passes (found.PRESUPPOSED_RULES)
MOOD_SCREENS = frozenset({
    "conditional_event", "conditioned", "counterfactual", "foretold", "owed_event", "planned_event", "requested", "wished",
    "disowned_intent", "talked_about", "unsaid", "coming_occasion",
})


@dataclass(frozen=True)
class Screens:
    """The word lists of ontology/screens.toml."""

    generic_nouns: frozenset[str] = frozenset()
    generic_modifiers: frozenset[str] = frozenset()
    endangering: frozenset[str] = frozenset()
    goods: frozenset[str] = frozenset()
    request_verbs: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    countering: frozenset[str] = frozenset()
    partner_nouns: frozenset[str] = frozenset()
    deeds: frozenset[str] = frozenset()
    pointing: frozenset[str] = frozenset()
    attempts: frozenset[str] = frozenset()
    dangers: frozenset[str] = frozenset()
    views: frozenset[str] = frozenset()
    charge_verbs: frozenset[str] = frozenset()
    charge_nouns: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    denials: frozenset[str] = frozenset()
    fear_nouns: frozenset[str] = frozenset()
    raising: frozenset[str] = frozenset()
    forecasting: frozenset[str] = frozenset()
    concern_words: frozenset[str] = frozenset()
    backing: frozenset[str] = frozenset()
    rehearsing: frozenset[str] = frozenset()
    replies: frozenset[str] = frozenset()
    hostile_replies: frozenset[str] = frozenset()
    alleging: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()
    speaking: frozenset[str] = frozenset()
    ruining: frozenset[str] = frozenset()
    aim_nouns: frozenset[str] = frozenset()  # [aims], [joint_steps], [guests]: support_screens.py
    own_aims: frozenset[str] = frozenset()
    joint_steps: frozenset[str] = frozenset()
    guests: frozenset[str] = frozenset()
    disowned: frozenset[str] = frozenset()  # [disowned], [talks]: spoken_acts.py
    talk_verbs: frozenset[str] = frozenset()
    talk_nouns: frozenset[str] = frozenset()
    saying: frozenset[str] = frozenset()
    harming: frozenset[str] = frozenset()  # [harming], [declined] giving and said: deed_screens.py
    giving: frozenset[str] = frozenset()
    said_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def load_screens(ontology_dir: Path) -> Screens:
    """Read screens.toml; an ontology folder without it screens nothing.

    Raises:
        ExtractionError: the file is malformed.
    """
    path = Path(ontology_dir) / "screens.toml"
    if not path.exists():
        return Screens()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ExtractionError(f"cannot read the screens {path}: {e}") from e

    def words(section: str, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(section, {}).get(key, []))
    return Screens(
        generic_nouns=words("generic_targets", "nouns"),
        generic_modifiers=words("generic_targets", "modifiers"),
        endangering=words("endangered", "verbs"),
        goods=words("endangered", "goods"),
        request_verbs=words("requests", "verbs"),
        request_nouns=words("requests", "nouns"),
        countering=words("foretold", "countering"),
        partner_nouns=words("partners", "nouns"),
        deeds=words("deeds", "nouns"),
        pointing=words("unusable_targets", "pointing"),
        attempts=words("attempts", "nouns"),
        dangers=words("endangered", "dangers"),
        views=words("shared", "views"),
        charge_verbs=words("charges", "verbs"),
        charge_nouns=words("charges", "nouns"),
        claim_nouns=words("charges", "claims"),
        denials=words("charges", "denials"),
        fear_nouns=words("fears", "nouns"),
        raising=words("fears", "raising"),
        forecasting=words("forecasts", "words"),
        concern_words=words("cared_for", "words"),
        backing=words("agent_participles", "backing"),
        rehearsing=words("rehearsed", "words"),
        replies=words("replies", "nouns"),
        hostile_replies=words("replies", "hostile"),
        alleging=words("alleged", "modifiers"),
        given=words("awaited", "given"), audiences=words("audiences", "nouns"), speaking=words("declined", "speaking"),
        ruining=words("ruined", "verbs"), joint_steps=words("joint_steps", "verbs"), saying=words("unsaid", "verbs"),
        aim_nouns=words("aims", "nouns"), own_aims=words("aims", "own"), guests=words("guests", "nouns"),
        disowned=words("disowned", "nouns"), talk_verbs=words("talks", "verbs"), talk_nouns=words("talks", "nouns"),
        harming=words("harming", "verbs"), giving=words("declined", "giving"), said_nouns=words("declined", "said"),
    )


def screen_reason(found: Found, screens: Screens) -> str | None:
    """The name of the first screen that drops a finding, or None: the screens are asked in
    order and only until one fires (a screen of mood or time is not asked of a presupposed rule)."""
    presupposed = found.rule in PRESUPPOSED_RULES
    for name, screen in _SCREENS:
        if not (presupposed and name in MOOD_SCREENS) and screen(found, screens):
            return name
    return None


def _event_screen(screen: Callable[[Token], bool]) -> Callable[[Found, Screens], bool]:
    """A screen of a cue's mood asked of events only."""
    return lambda found, _: found.relation in EVENT_RELATIONS and screen(found.cue)


def _stance_screen(screen: Callable[[Found], bool]) -> Callable[[Found, Screens], bool]:
    """A screen asked of stances only."""
    return lambda found, screens: found.relation not in EVENT_RELATIONS and screen(found, screens)


def _issue_words(found: Found) -> list[str]:
    """The words of an issue target; none for actors and offices."""
    if found.target.actor is not None or found.relation == "holds_role":
        return []
    return _WORD.findall(found.target.text.lower())


def _unusable_target(found: Found, screens: Screens) -> bool:
    """ "<", "that", "our allies continue to do the same": words that name nothing, or whose own
    predicate only points back ("... and expressed confidence that others would follow suit"
    names what is followed)."""
    if found.target.actor is not None or found.relation == "holds_role":
        return False
    if not usable(found.target.text):
        return True
    words = _WORD.findall(found.target.text.lower())
    text = " ".join(words)
    one_clause = not {"and", "that", "which", "but"} & set(words) and "," not in found.target.text
    return one_clause and any(text == p or text.endswith(f" {p}") for p in screens.pointing)


def _generic_target(found: Found, screens: Screens) -> bool:
    """ "opposes the action", "supports legitimate interests", "an objective and just attitude":
    nothing concrete is named."""
    words = _issue_words(found)
    return (
        bool(words)
        and words[-1] in screens.generic_nouns
        and all(w in screens.generic_modifiers or w in {"and", "or"} for w in words[:-1])
    )


def _endangered(found: Found, screens: Screens) -> bool:
    """ "saying they threatened regional peace": a charge against who endangers a common good,
    not a warning by them."""
    if found.relation != "warns" or found.cue.lemma_.lower() not in screens.endangering:
        return False
    words = _issue_words(found)
    head = (found.target.head or (words[-1] if words else "")).lower()
    return bool(words) and head in screens.goods


def _cared_for(found: Found, screens: Screens) -> bool:
    """ "India is always concerned about Nepal's development": concern about a good is care for
    it, no opposition; "concerned about the development of missiles" opposes an act."""
    cue = found.cue
    words = {cue.lemma_.lower(), cue.lower_} | {c.lower_ for c in cue.children if c.dep_ == "acomp"}
    issue = _issue_words(found)
    return (
        found.relation == "opposes"
        and bool(words & screens.concern_words)
        and bool(issue)
        and issue[-1] in screens.goods
    )


def _impersonal_threat(found: Found, screens: Screens) -> bool:
    """ "the conflict in Ukraine, which threatens Europe": a danger that threatens is no warning
    by anyone (nor by the place the danger is in)."""
    cue = found.cue
    if found.relation != "warns" or cue.lemma_.lower() not in screens.endangering:
        return False
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subject is not None and subject.lower_ in {"which", "that"} and cue.dep_ == "relcl":
        subject = cue.head
    if subject is not None and subject.dep_ == "pobj" and subject.head.dep_ == "prep":
        subject = subject.head.head  # "the conflict in Ukraine, which threatens": the clause is the conflict's
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in screens.dangers


def _had_in_common(found: Found, screens: Screens) -> bool:
    """ "Malaysia and China share maritime borders", "we share a bond of friendship": what is
    shared is had in common; only a shared view ("shares our concern") is a stance."""
    if found.relation != "supports" or found.cue.lemma_.lower() != "share":
        return False
    words = _issue_words(found)
    head = (found.target.head or (words[-1] if words else "")).lower()
    return head not in screens.views


def _no_partner(found: Found, screens: Screens) -> bool:
    """ "agreed to work with urgency": cooperation names no partner."""
    if found.relation != "cooperates_with" or found.target.actor is not None:
        return False
    head = (found.target.head or found.target.text.split()[0]).lower()
    return head not in screens.partner_nouns


def _welcomed_actor(found: Found) -> bool:
    """ "proud to welcome Finland as a member": welcoming an actor is hosting or admitting it,
    no stance on it."""
    return found.relation == "supports" and found.cue.lemma_.lower() == "welcome" and found.target.actor is not None


def _countered_threat(found: Found, screens: Screens) -> bool:
    """ "Cuba will continue fighting the US blockade": a threat one fights or lifts is no
    threat foretold by anyone."""
    if found.relation != "warns" or not found.rule.startswith("foretold"):
        return False
    governor = found.cue.head
    if found.cue.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head  # "fight against the threat of drugs"
    if found.cue.dep_ not in {"dobj", "obj", "pobj"}:
        return False
    ended = any(  # "bring the conflict to an end"
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in screens.countering for g in c.children)
        for c in governor.children
    )
    return ended or governor.lemma_.lower() in screens.countering


def _agent_participle(found: Found, screens: Screens) -> bool:
    """ "chemical weapons abandoned by Japan", "the negotiations promoted by Lula": a thing named
    by what someone did to it states no stance of theirs; "a plan backed by Germany" does."""
    cue = found.cue
    return (
        found.relation in {"supports", "opposes", "rejects"}
        and cue.lemma_.lower() not in screens.backing
        and cue.tag_ == "VBN"
        and cue.dep_ in {"acl", "amod"}
        and any(c.dep_ == "agent" for c in cue.children)
    )


def _not_yet(found: Found) -> bool:
    """ "countries that have not yet recognised a Palestinian state": what is not done yet is
    pending, no refusal of it."""
    cue = found.cue
    return any(c.lower_ == "yet" for c in cue.children) and negated(cue)


# Every screen, in the order they are asked (`screen_reason`)
_SCREENS: tuple[tuple[str, Callable[[Found, Screens], bool]], ...] = (
    ("unusable_target", _unusable_target),
    ("generic_target", _generic_target),
    ("endangered", _endangered),
    ("cared_for", _cared_for),
    ("impersonal_threat", _impersonal_threat),
    ("had_in_common", _had_in_common),
    ("requested", lambda found, screens: requested(found.cue, screens)),
    ("no_partner", _no_partner),
    ("welcomed_actor", lambda found, _: _welcomed_actor(found)),
    ("countered_threat", _countered_threat),
    ("asked_passive", asked_passive),
    ("agent_participle", _agent_participle),
    ("own_deed", own_deed),
    ("attempted", attempted),
    ("harm_by_other", harm_by_other),
    ("stopover", lambda found, _: stopover(found)),
    ("not_yet", lambda found, _: _not_yet(found)),
    ("owed_event", _event_screen(owed_act)),
    ("planned_event", lambda found, _: planned_event(found.relation, found.cue)),
    ("voted_alike", lambda found, _: voted_alike(found.relation, found.cue)),
    ("conditional_event", _event_screen(on_condition)),
    ("charged", charged),
    ("conditioned", lambda found, _: conditioned(found)),
    ("counterfactual", lambda found, _: counterfactual(found)),
    ("lacked", lambda found, _: lacked(found)),
    ("feared", feared),
    ("wished", lambda found, _: wished(found)),
    ("foretold", foretold),
    ("supposed", lambda found, _: supposed(found)),
    ("rehearsed", rehearsed),
    ("mere_reply", mere_reply),
    ("alleged", _stance_screen(alleged)),
    ("things_as_group", _stance_screen(lambda found, _: things_as_group(found))),
    ("spoken_joining", lambda found, _: spoken_joining(found)),
    ("deployment_to_come", lambda found, _: deployment_to_come(found)),
    ("awaited", awaited),
    ("addressed_audience", addressed_audience),
    ("declined_to_say", declined_to_say),
    ("threatened_party", lambda found, _: threatened_party(found)),
    ("ruined_tie", ruined_tie),
    ("others_aim", others_aim),
    ("joint_step", joint_step),
    ("hosted_guests", hosted_guests),
    ("lent_reversed", lent_reversed),
    ("credited_owner", credited_owner),
    ("disowned_intent", disowned_intent),
    ("talked_about", talked_about),
    ("unsaid", unsaid),
    ("coming_occasion", lambda found, _: coming_occasion(found)),
)
