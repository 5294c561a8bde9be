"""Round twenty-four's parties: an acronym a text spells out itself with a possessive inside the
name ("the All People's Congress (APC)") means what it spells, not the lexicon's same acronym of
another state's party."""

from __future__ import annotations

from statgraph import Settings
from statgraph.link.acronyms import defined_acronyms
from statgraph.nlp import load_nlp
from statgraph.pipeline import load_resources


def _acronyms(text: str) -> dict[str, str]:
    gazetteer = load_resources(Settings()).gazetteer
    return {k: v.id for k, v in defined_acronyms([load_nlp(Settings().model)(text)], gazetteer).items()}


def test_an_acronym_spelled_with_a_possessive_inside_its_name_is_that_name() -> None:
    # APC is a Nigerian party in the lexicon; this text spells it out as a party of its own
    assert _acronyms("The opposition All People's Congress (APC) rejected the results.") == {
        "APC": "All_People_s_Congress"
    }
    assert _acronyms("The count was disputed by Tom Reeve\u2019s All People\u2019s Congress (APC) on Monday.") == {
        "APC": "All_Peoples_Congress"
    }
    # a state's possessive before a body's name still makes the acronym the state's
    assert _acronyms("South Korea's presidential National Security Council (NSC) met.") == {"NSC": "South_Korea"}
    # a name the acronym does not spell still leaves the lexicon's sense
    assert _acronyms("Tom Reeve's Progressive Alliance (APC) met on Monday.") == {}
