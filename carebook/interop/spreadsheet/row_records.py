"""A row's values as the record it becomes, checked by the record's validator (a medication
only for what makes it unkeepable: what its form would still ask is said by the plan).

With what the values say beyond the record's own fields: a date of death, an end date in the
past, a start written with a UTC offset.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from carebook.core import recurrence
from carebook.core.errors import ValidationError
from carebook.core.records import Allergy, Appointment, Condition, Medication, Patient, Task
from carebook.core.validation import (
    check_medication,
    validate_allergy,
    validate_appointment,
    validate_condition,
    validate_patient,
    validate_task,
)
from carebook.core.vocabularies import (
    AllergyStatus,
    ConditionStatus,
    MedicationStatus,
    PatientStatus,
)
from carebook.core.words import translate
from carebook.interop.spreadsheet.cells import Moment
from carebook.interop.spreadsheet.clinical_terms import plain_term
from carebook.interop.spreadsheet.columns import ImportKind
from carebook.interop.spreadsheet.plan_results import Record

#: An appointment without a length lasts this long.
DEFAULT_MINUTES = 60


class RecordBuilder:
    """Builds the record of each row: `values` are a row's, by field, as its cells were read
    (a date as a Moment); ValidationError, naming the field, for a record that cannot be."""

    def __init__(self, today: date, zone: str, column_of: Mapping[str, str]) -> None:
        """`zone` is the caseload's; `column_of` the header of each mapped field's column."""
        self.today = today
        self.zone = zone
        self.column_of = column_of
        self.own: dict[type, frozenset[str]] = {
            cls: frozenset(cls.__dataclass_fields__)
            for cls in (Patient, Medication, Appointment, Task, Allergy, Condition)
        }

    def for_patient(
        self, kind: ImportKind, patient_id: int | None, values: dict[str, Any]
    ) -> Record:
        """A linked kind's record for the patient (None: a task for no patient)."""
        if kind is ImportKind.MEDICATIONS:
            assert patient_id is not None
            return self.medication(patient_id, values)
        if kind is ImportKind.APPOINTMENTS:
            assert patient_id is not None
            return self.appointment(patient_id, values)
        if kind is ImportKind.ALLERGIES:
            assert patient_id is not None
            return self.allergy(patient_id, values)
        if kind is ImportKind.CONDITIONS:
            assert patient_id is not None
            return self.condition(patient_id, values)
        return self.task(patient_id, values)

    def _fields(self, cls: type, values: dict[str, Any]) -> dict[str, Any]:
        """The values that are the record's own fields, dates without their time, empty ones
        left to the record's defaults."""
        own = self.own[cls]
        result = {}
        for name, value in values.items():
            if name not in own or value is None:
                continue
            result[name] = value[0] if isinstance(value, tuple) else value
        return result

    def patient(self, values: dict[str, Any]) -> Patient:
        patient = Patient(**self._fields(Patient, values))
        if values.get("date_of_death") is not None and values.get("status") is None:
            patient.status = PatientStatus.DECEASED
        validate_patient(patient, self.today)
        return patient

    def medication(self, patient_id: int, values: dict[str, Any]) -> Medication:
        own = self._fields(Medication, values)
        medication = Medication(patient_id=patient_id, **own)
        if (
            "status" not in own
            and medication.end_date is not None
            and medication.end_date < self.today
        ):
            medication.status = MedicationStatus.STOPPED
        check_medication(medication)  # what is only missing is said, not refused (core.incomplete)
        return medication

    def allergy(self, patient_id: int, values: dict[str, Any]) -> Allergy:
        own = self._fields(Allergy, values)
        allergy = Allergy(patient_id=patient_id, **own)
        allergy.substance = plain_term(allergy.substance)
        allergy.reaction = plain_term(allergy.reaction)
        ended = values.get("end_date")
        # An end date makes the allergy inactive, not resolved: in FHIR's AllergyIntolerance,
        # "resolved" means reassessed (by testing or re-exposure) and found gone, which a
        # date alone does not say; "inactive" only says the patient is no longer at risk.
        if "status" not in own and ended is not None and ended[0] <= self.today:
            allergy.status = AllergyStatus.INACTIVE
        validate_allergy(allergy, self.today)
        return allergy

    def condition(self, patient_id: int, values: dict[str, Any]) -> Condition:
        own = self._fields(Condition, values)
        condition = Condition(patient_id=patient_id, **own)
        condition.description = plain_term(condition.description)
        # FHIR lets a condition with an abatement be inactive, in remission or resolved;
        # an export's end date (Synthea's STOP) means it ended, which is resolved.
        if (
            "status" not in own
            and condition.abatement_date is not None
            and condition.abatement_date <= self.today
        ):
            condition.status = ConditionStatus.RESOLVED
        validate_condition(condition, self.today)
        return condition

    def appointment(self, patient_id: int, values: dict[str, Any]) -> Appointment:
        moment: Moment | None = values.get("date")
        if moment is None:
            raise ValidationError(
                translate("SpreadsheetImport", "The appointment needs a date."), "start"
            )
        clock = values.get("time")
        if clock is None and moment.clock is None:
            raise ValidationError(
                translate(
                    "SpreadsheetImport",
                    "Give the appointment's time (a time column, or the time in the date cell).",
                ),
                "time" if "time" in self.column_of else "start",
            )
        if clock is not None:  # a time column's time, on the day the date cell says
            moment = _on(moment.day, clock)
        # A time written with a UTC offset is moved to the caseload's zone.
        start = _at(moment, self.zone, translate("SpreadsheetImport", "The start"), "start")
        minutes = values.get("duration_min")
        end: time | Moment | None = values.get("end_time")
        if minutes is None and end is not None:
            if isinstance(end, time) and end.tzinfo is None:
                finish = datetime.combine(start.date(), end)
            else:
                finish = _at(
                    _on(moment.day, end) if isinstance(end, time) else end,
                    self.zone,
                    translate("SpreadsheetImport", "The end"),
                    "duration_min",
                )
            if finish <= start:
                raise ValidationError(
                    translate("SpreadsheetImport", "The appointment ends before it starts."),
                    "duration_min",
                )
            minutes = int((finish - start) / timedelta(minutes=1))
        own = self._fields(Appointment, values)
        own.pop("duration_min", None)
        appointment = Appointment(
            patient_id=patient_id,
            start=start,
            tz=self.zone,
            duration_min=DEFAULT_MINUTES if minutes is None else minutes,
            **own,
        )
        validate_appointment(appointment)
        if appointment.rrule:
            try:
                recurrence.parse_rule(appointment.rrule, appointment.start)
            except ValidationError as error:
                raise ValidationError(str(error), "rrule") from None
        return appointment

    def task(self, patient_id: int | None, values: dict[str, Any]) -> Task:
        task = Task(patient_id=patient_id, **self._fields(Task, values))
        due: Moment | None = values.get("due_date")
        if task.due_time is not None and task.due_date is not None:
            due = _on(task.due_date, task.due_time)  # a due-time column says the time
        if due is not None and due.clock is not None:
            # The due time, moved to the caseload's zone if it has a UTC offset.
            when = _at(due, self.zone, translate("SpreadsheetImport", "The due date"), "due_date")
            task.due_date, task.due_time = when.date(), when.time()
        elif task.due_time is not None:
            task.due_time = task.due_time.replace(tzinfo=None)  # no day: refused below
        validate_task(task)
        if task.rrule:
            anchor = datetime.combine(task.due_date or self.today, task.due_time or time())
            try:
                recurrence.parse_rule(task.rrule, anchor)
            except ValidationError as error:
                raise ValidationError(str(error), "rrule") from None
        return task


def _on(day: date, clock: time) -> Moment:
    """A time column's time on `day`, with the UTC offset it was written with, if any."""
    return Moment(day, clock.replace(tzinfo=None), clock.tzinfo)


def _at(moment: Moment, zone: str, what: str, field_name: str) -> datetime:
    """The moment as the clocks in `zone` show it; ValidationError on `field_name` when
    that is outside the dates carebook keeps."""
    try:
        return moment.at(zone, what)
    except ValidationError as error:
        raise ValidationError(f"{error}.", field_name) from None
