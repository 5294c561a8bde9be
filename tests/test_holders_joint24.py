"""Round twenty-four: first-person joint texts. The states that issue a text printed right after
them ("A, B and C issued the following joint communique:") are each the "we" of that text."""

from __future__ import annotations

from conftest import has_triple, statements_of, triples_of

_ISSUED = (
    "Joint Communique\n\nForeign ministers of several countries met in Geneva on 4 May 2024. At the end of the "
    "meeting, Argentina, Chile, Peru and Uruguay issued the following joint communique:\n\n"
    "1. We support the mediation efforts of the United Nations.\n\n"
)


def test_we_of_a_communique_printed_after_its_issuers_is_each_issuer() -> None:
    found = triples_of(_ISSUED)
    for state in ("Argentina", "Chile", "Peru", "Uruguay"):
        assert has_triple(found, state, "supports", "mediation efforts")


def test_a_statement_not_printed_after_the_sentence_gives_we_to_nobody() -> None:
    text = _ISSUED.replace("the following joint communique:", "a joint communique on the fighting.")
    assert not any(r == "supports" for _, r, _ in triples_of(text))


def test_a_following_text_of_one_state_is_no_joint_we() -> None:
    text = _ISSUED.replace("Argentina, Chile, Peru and Uruguay", "Argentina")
    found = triples_of(text)
    assert not any(h in {"Chile", "Peru", "Uruguay"} for h, _, _ in found)


# "call on X to A, B and C": each act asked, where the parser hung the later ones on "call"


def _demands(text: str) -> list[str]:
    return [t for h, r, t in triples_of(text) if r == "demands"]


def test_each_act_of_a_list_asked_in_a_quote_is_demanded() -> None:
    text = (
        "Visit\n\n\"I call on Ruritania to stop this war, withdraw its troops from Freedonia, recommit to the "
        "principles of the Charter and return to diplomacy,\" said Chile's foreign minister."
    )
    found = " | ".join(_demands(text))
    for act in ("withdraw its troops", "recommit to the principles", "return to diplomacy"):
        assert act in found, found


def test_the_askers_own_act_after_and_is_not_asked() -> None:
    text = (
        "Talks\n\n\"We call on all parties to exercise restraint, resume dialogue and release the journalists,\" "
        "Chile's foreign minister Alberto van Klaveren said."
    )
    listed = [s.target_text for s in statements_of(text) if s.rule.startswith("called_list")]
    assert any("resume dialogue" in t for t in listed), listed
    text = text.replace("resume dialogue and release the journalists", "and reject the use of force")
    listed = [s.target_text for s in statements_of(text) if s.rule.startswith("called_list")]
    assert not any("use of force" in t for t in listed), listed


def test_each_request_of_a_list_after_a_colon_is_demanded() -> None:
    text = (
        "Requests\n\nChile and Peru have presented three requests to Ruritania: calming the situation in the north, "
        "holding new elections in the northern municipalities, and resuming the dialogue with Freedonia."
    )
    found = triples_of(text)
    for state in ("Chile", "Peru"):
        for act in ("calming the situation", "holding new elections", "resuming the dialogue"):
            assert has_triple(found, state, "demands", act), (state, act)

