"""Extraction on real text: the seeds and articles of our own on other topics."""

from __future__ import annotations

from pathlib import Path

import pytest

from statgraph.models import Statement
from statgraph.pipeline import Report, extract_statements, iter_documents
from conftest import RULES

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
pytestmark = pytest.mark.model


def _extract(path: Path) -> list[Statement]:
    documents = list(iter_documents([path], Report()))
    return [s for _, statements in extract_statements(documents, RULES) for s in statements]


def _has(statements: list[Statement], holder: str, relation: str, target: str) -> bool:
    return any(
        s.holder_id == holder
        and s.relation == relation
        and target.lower() in f"{s.target} {s.target_text} {s.target_id}".lower()
        for s in statements
    )


@pytest.fixture(scope="module")
def iran() -> list[Statement]:
    return _extract(ARTICLES / "iran_sanctions.txt")


@pytest.fixture(scope="module")
def taiwan() -> list[Statement]:
    return _extract(ARTICLES / "taiwan_drills.md")


@pytest.fixture(scope="module")
def gaza() -> list[Statement]:
    return _extract(ARTICLES / "un_statement.html")


def test_extract_metonymy_and_verb_cue(iran: list[Statement]) -> None:
    assert _has(iran, "Iran", "rejects", "sanctions")  # "Tehran rejects the new sanctions"


def test_extract_we_in_a_quote_is_the_speakers_state(iran: list[Statement]) -> None:
    """ "We ... will never accept unilateral demands," Araghchi told reporters."""
    found = [s for s in iran if s.target_text == "unilateral demands"]
    assert found and all(s.holder_id == "Iran" and s.voice == "quoted" for s in found)
    assert all(s.speaker and "Araghchi" in s.speaker for s in found)


def test_extract_demand_with_object_control(iran: list[Statement]) -> None:
    """ "urged Iran to cooperate fully with the IAEA": the EU demands; Iran cooperates."""
    assert _has(iran, "European_Union", "demands", "return to the talks")
    assert _has(iran, "European_Union", "demands", "cooperate")
    assert not _has(iran, "European_Union", "cooperates_with", "IAEA")


def test_extract_spokesman_speaks_for_his_state(iran: list[Statement]) -> None:
    assert _has(iran, "China", "opposes", "sanctions")
    assert not any(s.holder_id == "Abbas_Araghchi" and "against Iran" in s.target_text for s in iran)


def test_extract_events(iran: list[Statement], taiwan: list[Statement]) -> None:
    assert _has(iran, "Antonio_Guterres", "visited", "Iran")
    assert _has(iran, "Antonio_Guterres", "met_with", "Pezeshkian")
    assert any(s.relation == "deployed_to" and "South China Sea" in s.target for s in taiwan)
    assert _has(taiwan, "Finland", "member_of", "NATO")


def test_extract_roles(iran: list[Statement], gaza: list[Statement]) -> None:
    assert _has(iran, "Abbas_Araghchi", "holds_role", "Foreign Minister of Iran")
    assert any(s.relation == "holds_role" and "Nebenzia" in s.holder for s in gaza)


def test_extract_html_ignores_scripts_and_comments(gaza: list[Statement]) -> None:
    text = (ARTICLES / "un_statement.html").read_text(encoding="utf-8")
    assert gaza
    for statement in gaza:
        assert text[statement.start : statement.end] == statement.evidence
        assert "tracking" not in statement.evidence and "spam" not in statement.evidence
    assert _has(gaza, "Russia", "supports", "resolution")
    assert _has(gaza, "Algeria", "proposes", "draft resolution")


def test_extract_markdown_metadata_and_quote(taiwan: list[Statement]) -> None:
    documents = list(iter_documents([ARTICLES / "taiwan_drills.md"], Report()))
    assert documents[0].title == "Beijing warns Washington over arms sales to Taiwan"
    assert documents[0].outlet == "Example Wire" and documents[0].date == "2025-05-14"
    quoted = [s for s in taiwan if s.voice == "quoted"]
    assert any(s.holder_id == "China" and s.relation == "opposes" for s in quoted)


def test_extract_every_statement_records_rule_and_confidence(iran: list[Statement]) -> None:
    assert all(s.rule and 0 < s.confidence <= 1 for s in iran)


@pytest.fixture(scope="module")
def enlargement() -> list[Statement]:
    return _extract(ARTICLES / "nato_enlargement.txt")


@pytest.fixture(scope="module")
def chips() -> list[Statement]:
    return _extract(ARTICLES / "china_sanctions.txt")


def test_extract_inner_cue_speaks_for_agree(enlargement: list[Statement]) -> None:
    """ "agreed to back Sweden's bid to join NATO": support for the bid, not for "back"."""
    assert _has(enlargement, "Recep_Tayyip_Erdogan", "supports", "Sweden's bid to join NATO")
    assert not any(s.target_text.startswith("back") for s in enlargement)


def test_extract_conditional_is_no_event(enlargement: list[Statement]) -> None:
    """ "... if NATO deployed troops and infrastructure to Swedish territory" did not happen."""
    assert not any(s.relation == "deployed_to" for s in enlargement)
    assert _has(enlargement, "Finland", "member_of", "NATO")


def test_extract_demand_on_others_and_accusation(enlargement: list[Statement], chips: list[Statement]) -> None:
    assert _has(enlargement, "Recep_Tayyip_Erdogan", "demands", "Sweden crack down")
    assert _has(chips, "European_Union", "demands", "avoid an escalation")
    assert _has(chips, "China", "opposes", "export controls")  # criticism of an issue: sg:criticizes takes an actor


def test_extract_evaluation_in_a_quote(chips: list[Statement]) -> None:
    """ "The United States has abused export control measures," the spokesperson said."""
    found = [s for s in chips if s.rule == "evaluation"]
    assert any(s.holder_id == "China" and s.target_id == "United_States" and s.voice == "quoted" for s in found)


def test_extract_speech_about_a_threat_is_a_warning() -> None:
    """A statement about a threat warns of it; a statement on its inadmissibility opposes it."""
    from statgraph.documents import make_document

    text = (
        "Everyone has heard the statements of Emmanuel Macron and Olaf Scholz about a coming war in Europe.\n\n"
        "The leaders of China and France signed a statement on the inadmissibility of nuclear war."
    )
    found = [s for _, f in extract_statements([make_document(text, "w.txt")], RULES) for s in f]
    assert _has(found, "Emmanuel_Macron", "warns", "war") and _has(found, "Olaf_Scholz", "warns", "war")
    assert _has(found, "China", "opposes", "nuclear war") and _has(found, "France", "opposes", "nuclear war")
    assert not any(s.relation == "warns" and s.holder_id in {"China", "France"} for s in found)


@pytest.mark.parametrize(
    "text, sides",
    [
        ("Talks between Moscow and Washington took place in Geneva on Monday.", ("Russia", "United_States")),
        ("A meeting of the leaders of France and Germany was held in Paris.", ("France", "Germany")),
    ],
)
def test_extract_meetings_between_two_sides(text: str, sides: tuple[str, str]) -> None:
    from statgraph.documents import make_document

    found = [s for _, f in extract_statements([make_document(text, "m.txt")], RULES) for s in f]
    pairs = {(s.holder_id, s.target_id) for s in found if s.relation == "met_with"}
    assert pairs == {sides}  # one meeting, held by the side named first


def test_extract_opposing_sanctions_is_not_sanctioning(iran: list[Statement]) -> None:
    """ "China opposes the unilateral sanctions against Iran": China is no party against Iran."""
    assert not any(s.holder_id == "China" and s.target_id == "Iran" for s in iran)
