"""What a target phrase is about (link/issue_frames.py): its event, object and polarity."""

from __future__ import annotations

import pytest

from statgraph.link.issue_frames import WITHIN_DOCUMENT_FRAMES, frame_features, read_frame, within_document_frames


@pytest.mark.parametrize(("a", "b"), [
    ("rebels immediately stop the raids", "an immediate halt to the raids"),
    ("the council approve the budget bill", "approval of the budget bill"),
    ("both sides reach a truce in the valley", "a ceasefire in the valley"),
])
def test_issue_frames_a_demand_and_its_nominal_are_one_event(a: str, b: str) -> None:
    fa, fb = read_frame(a), read_frame(b)
    assert fa.event and fa.event == fb.event
    assert fa.undone == fb.undone
    assert frame_features(fa, fb)["same_event"] == 1.0


def test_issue_frames_an_undone_event_is_no_event_upheld() -> None:
    halted, waged = read_frame("an immediate halt to the raids"), read_frame("the raids on the border towns")
    assert halted.undone and not waged.undone
    assert frame_features(halted, waged)["same_event"] == 0.0


def test_issue_frames_withdrawing_forces_is_its_own_event() -> None:
    frame = read_frame("withdrawal of foreign troops from the northern province")
    assert frame.event == "withdraw" and not frame.undone
    assert "troop" in frame.objects


def test_issue_frames_the_subject_of_a_demand_is_no_part_of_its_object() -> None:
    frame = read_frame("the ministry release the voting records")
    assert "ministry" not in frame.objects and "record" in frame.objects


def test_issue_frames_count_only_within_one_article() -> None:
    a, b = read_frame("rebels immediately stop the raids"), read_frame("an immediate halt to the raids")
    assert within_document_frames(a, None) == dict.fromkeys(WITHIN_DOCUMENT_FRAMES, 0.0)
    assert within_document_frames(a, b)["same_document_event"] == 1.0
