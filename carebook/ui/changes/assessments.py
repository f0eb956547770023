"""An assessment recorded (with the urgent task its flag makes) or corrected as a new version;
a reading or a measure of one's own kept: each one undoable step."""

from __future__ import annotations

from collections.abc import Mapping

from carebook.core.clinical_records import AssessmentResult
from carebook.store.assessments import Scored
from carebook.ui.commands import Caseload, Root


def record_assessment(
    caseload: Caseload,
    text: str,
    result: AssessmentResult,
    answers: Mapping[str, int] | None = None,
    total: int | None = None,
) -> Scored:
    """Keep a scored result; an urgent flag (PHQ-9's item 9) makes an urgent task in the same
    step, so one undo takes both away."""
    kept: list[Scored] = []

    def run() -> list[Root]:
        scored = caseload.store.assessments.record(result, answers, total)
        kept.append(scored)
        assert scored.result.id is not None
        made: list[Root] = [("assessment_result", scored.result.id)]
        if scored.task is not None and scored.task.id is not None:
            made.append(("task", scored.task.id))
        return made

    caseload.change(text, "assessment", run)
    return kept[0]


def correct_assessment(
    caseload: Caseload,
    text: str,
    old: AssessmentResult,
    result: AssessmentResult,
    answers: Mapping[str, int] | None = None,
    total: int | None = None,
) -> Scored:
    """Keep a corrected result as a new version, the old one superseded; the undo puts the old
    one back as the current one and takes the new away."""
    assert old.id is not None
    kept: list[Scored] = []

    def run() -> list[Root]:
        scored = caseload.store.assessments.correct(old, result, answers, total)
        kept.append(scored)
        assert scored.result.id is not None
        return [("assessment_result", scored.result.id)]

    caseload.change(text, "assessment", run, touches=[("assessment_result", old.id)])
    return kept[0]
