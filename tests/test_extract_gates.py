"""The early exits that spare extraction walks change no statement: extraction with them gives
what it gives when every word is read in full."""

from __future__ import annotations

import pytest
from conftest import statements_of

pytestmark = pytest.mark.model

# Verb events of every kind `_verb_events` reads: with and without an object, done jointly,
# passive, and verbs that tell no event at all
_TEXT = (
    "Foreign Minister Ana Ruiz travelled to Lima on Tuesday. "
    "Chile and Peru jointly developed a new satellite. "
    "The draft resolution was co-sponsored by Norway and Kenya. "
    "Russian troops withdrew from Kherson last year. "
    "Kenya joined the African Union in 1963. "
    "President William Ruto met with Prime Minister Narendra Modi in Nairobi. "
    "Turkey and Russia agreed to work together on Syria. "
    "China brokered a deal between Iran and Saudi Arabia. "
    "Japan deployed two destroyers to the Red Sea. "
    "Kenya did not send troops to Haiti. "
    "The ministers ate lunch and later slept."
)


def _keys(statements: list) -> list[tuple]:
    return [(s.holder_id, s.relation, s.target_id, s.start, s.end, s.rule) for s in statements]


def test_verbs_read_only_when_they_may_tell_an_event(monkeypatch: pytest.MonkeyPatch) -> None:
    from statgraph.extract.events import acts

    gated = _keys(statements_of(_TEXT))
    monkeypatch.setattr(acts, "_may_tell", lambda *args: True)
    every_verb = _keys(statements_of(_TEXT))
    assert gated == every_verb
    relations = {key[1] for key in gated}
    assert {"visited", "cooperates_with", "member_of", "met_with", "deployed_to"} <= relations


def test_a_name_of_several_words_is_read_as_its_span_reads() -> None:
    from statgraph.extract.roles.offices import actor_at
    from statgraph.link.resolve import Resolver
    from statgraph.nlp import load_nlp
    from statgraph.pipeline import load_resources
    from statgraph.settings import Settings

    settings = Settings()
    doc = load_nlp(settings.model)("The European Commission and North Korean envoys met the Secretary of State.")
    resolver = Resolver(load_resources(settings).gazetteer)
    found = {i: (a.id, end) for i in range(len(doc)) if (m := actor_at(doc, i, len(doc), resolver)) for a, end in [m]}
    assert found == {0: ("European_Commission", 3), 1: ("European_Commission", 3), 4: ("North_Korea", 6)}
    assert actor_at(doc, 4, 5, resolver) is None  # "North" alone, the sentence cut after it
    assert actor_at(doc, 4, 4, resolver) is None
