"""Assessment results: scored from their answers (or a total from paper) by the instrument's
own rules, corrected as new versions with the old kept, and an urgent flag made a task at once."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from carebook.core.clinical_records import AssessmentResult
from carebook.core.clinical_rules import check_assessment
from carebook.core.errors import ValidationError
from carebook.core.instruments import Instrument, Score, instrument, score, score_total
from carebook.core.records import Task
from carebook.core.vocabularies import TaskPriority
from carebook.core.words import translate
from carebook.store.base import Part, Writes


@dataclass(frozen=True, slots=True)
class Scored:
    """A result kept, and the urgent task its flags made (None when none)."""

    result: AssessmentResult
    task: Task | None


class Assessments(Part):
    """Scoring and keeping results; a correction is a new version."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "assessment": Writes(
                self.add_assessment_result,
                self.save_assessment_result,
                self.delete_assessment_result,
            )
        }

    def scored(
        self,
        result: AssessmentResult,
        answers: Mapping[str, int] | None = None,
        total: int | None = None,
    ) -> tuple[Instrument, Score]:
        """The result filled in from its answers (every item, each within its range) or from
        a total scored on paper; a ValidationError naming what to fix otherwise."""
        found = instrument(result.instrument)
        if answers is not None and not found.totals_only:
            outcome = score(found, answers)
            result.answers = json.dumps(dict(answers), separators=(",", ":"))
        elif total is not None:
            outcome = score_total(found, total)
            result.answers = ""
        elif found.totals_only:
            raise ValidationError(
                translate(
                    "Assessments",
                    "{short} is kept as its total only; give the total ({low}–{high}).",
                ).format(short=found.short, low=found.low, high=found.high),
                "total",
            )
        else:
            raise ValidationError(
                translate(
                    "Assessments", "Give {short}'s answers, item by item, or its total from paper."
                ).format(short=found.short),
                "answers",
            )
        result.instrument_version = found.version
        result.total = outcome.total
        result.band = outcome.band.label if outcome.band else ""
        result.flags = "; ".join(flag.text for flag in outcome.flags)
        return found, outcome

    def record(
        self,
        result: AssessmentResult,
        answers: Mapping[str, int] | None = None,
        total: int | None = None,
    ) -> Scored:
        """Score and keep a result; an urgent flag (PHQ-9's self-harm item) makes an urgent
        task for today, in the same transaction."""
        found, outcome = self.scored(result, answers, total)
        check_assessment(result, self.today())
        urgent = [flag for flag in outcome.flags if flag.urgent]
        task = None
        if urgent:
            task = Task(
                patient_id=result.patient_id,
                title=f"{found.short}: {urgent[0].text} — follow up today",
                due_date=self.today(),
                priority=TaskPriority.URGENT,
            )
        with self._transaction():
            if task is not None:
                self._insert(task)
                self._log("create", "task", task.id, "from an assessment's flag")
            self._insert(result)
            self._log("create", "assessment_result", result.id, found.id)
        return Scored(result, task)

    def correct(
        self,
        old: AssessmentResult,
        result: AssessmentResult,
        answers: Mapping[str, int] | None = None,
        total: int | None = None,
    ) -> Scored:
        """Keep a corrected result as a new version; the old one is kept, superseded."""
        stored = self._need(AssessmentResult, old.id or 0)
        if stored.superseded:
            raise ValidationError(
                translate("Assessments", "That result was corrected already; correct the latest."),
                "",
            )
        result.id = None
        result.replaces_id = stored.id
        result.patient_id = stored.patient_id
        found, outcome = self.scored(result, answers, total)
        check_assessment(result, self.today())
        del found, outcome
        with self._transaction():
            self.conn.execute(
                "UPDATE assessment_result SET superseded = 1 WHERE id = ?", [stored.id]
            )
            self._insert(result)
            self._log("create", "assessment_result", result.id, f"corrects {stored.id}")
        return Scored(result, None)

    # -- plain writes, as the kind registry's door makes them ------------------------------------

    def add_assessment_result(self, result: AssessmentResult) -> AssessmentResult:
        answers = json.loads(result.answers) if result.answers else None
        return self.record(result, answers, None if answers else result.total).result

    def save_assessment_result(self, result: AssessmentResult) -> None:
        """A comment or who scored it may change in place; a score changes by correct()."""
        stored = self._need(AssessmentResult, result.id or 0)
        if (stored.total, stored.answers, stored.on_date) != (
            result.total,
            result.answers,
            result.on_date,
        ):
            raise ValidationError(
                translate("Assessments", "A corrected score is kept as a new version."), "total"
            )
        check_assessment(result, self.today())
        self._change(result)

    def delete_assessment_result(self, result_id: int) -> None:
        self._delete(AssessmentResult, result_id)

    # -- reading ---------------------------------------------------------------------------------

    def results(
        self, patient_id: int, instrument_id: str | None = None, *, with_superseded: bool = False
    ) -> list[AssessmentResult]:
        """The patient's results, oldest first (current versions only, unless asked)."""
        where, params = "patient_id = ?", [patient_id]
        if instrument_id is not None:
            where += " AND instrument = ?"
            params.append(instrument_id)  # type: ignore[arg-type]
        if not with_superseded:
            where += " AND superseded = 0"
        return self._all(AssessmentResult, where, params, "on_date, id")

    def answers_of(self, result: AssessmentResult) -> dict[str, int]:
        """The answers kept with a result (empty for a total from paper)."""
        return (
            {str(k): int(v) for k, v in json.loads(result.answers).items()}
            if result.answers
            else {}
        )
