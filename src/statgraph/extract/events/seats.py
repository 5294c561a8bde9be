"""Where international bodies sit: a person who serves one is at home only at its seats.

"Grossi said in Washington", "Borrell, who is in Stockholm for a meeting", "Grandi told Reuters
in Brussels": the head of an international body who meets, speaks or is in a state away from
the body's seats visited it, as a state's official does abroad; "Guterres told reporters in New
York" is no visit. The seats are ontology/event_forms.toml's organization_seats table.
"""

from __future__ import annotations

from ...link.resolve import Resolved, Resolver
from ...words import word_table


def organization_seats() -> dict[str, frozenset[str]]:
    """Each international body's seats, by its actor id."""
    return word_table("event_forms", "organization_seats")


def body_served(person: Resolved, resolver: Resolver) -> Resolved | None:
    """The international body a person serves (the office the text gives, else the lexicon's),
    if it is one whose seats are known."""
    body = resolver.offices.get(person.id)
    if body is None and person.of:
        known = resolver.gazetteer.actors.get(person.of)
        body = resolver.actor(known) if known is not None else None
    return body if body is not None and body.id in organization_seats() else None


def away_from(home: Resolved, place: Resolved, resolver: Resolver) -> bool:
    """Whether a place is away from a home: another state than one's own (nor a city in it), or
    for an international body, a place that is not one of its seats (nor stands for the body:
    "Brussels" for the European Union)."""
    if place.id == home.id or resolver.gazetteer.city(place.label) == home.id:
        return False
    seats = organization_seats().get(home.id)
    if seats is None:
        return True
    named = resolver.gazetteer.find(place.label)
    # "in Vienna" is read as Austria, the state the capital stands for
    seated = {actor.id for seat in seats if (actor := resolver.gazetteer.find(seat)) is not None}
    return place.label not in seats and place.id not in seated and (named is None or named.id != home.id)
