"""Medications in the store: every change is kept as a dated event, the history to print."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from carebook.core.records import Allergy, Medication, MedicationEvent
from carebook.core.validation import check_medication, validate_medication
from carebook.core.vocabularies import MedicationEventKind, MedicationStatus
from carebook.store.base import Part, Writes

if TYPE_CHECKING:  # the checks and the medicine knowledge load when a check is first asked for
    from carebook.core.medication_checks import MedicationWarning

#: The fields the medication checks read (carebook.core.medication_checks).
_CHECKED = (
    "id",
    "patient_id",
    "name",
    "dose",
    "as_needed",
    "as_needed_reason",
    "max_per_day",
    "prescriber_id",
    "status",
)

#: Fields that make up how a medication is taken: changing one is a dose change.
DOSE_FIELDS = ("strength", "dose", "route", "frequency", "times_of_day", "as_needed", "max_per_day")


class Medications(Part):
    """Starting, changing, holding, stopping and resuming medications, each with its event."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "medication": Writes(
                self.add_medication, self.update_medication, self.delete_medication
            )
        }

    def add_medication(
        self, medication: Medication, reason: str = "", *, complete: bool = True
    ) -> Medication:
        """Record a medication and the dated event that it was started. `complete=False` keeps
        one that only lacks what the form would ask for (a discharge list's as-needed order
        with no reason): the medication checks then flag it as incomplete."""
        (validate_medication if complete else check_medication)(medication)
        with self._transaction():
            self._insert(medication)
            assert medication.id is not None
            self._insert(
                MedicationEvent(
                    medication_id=medication.id,
                    on_date=medication.start_date or self.today(),
                    kind=MedicationEventKind.STARTED,
                    detail=dose_text(medication),
                    reason=reason,
                )
            )
            self._log("create", "medication", medication.id, _overridden(medication))
        return medication

    def medications(self, patient_id: int) -> list[Medication]:
        return self._all(
            Medication, "patient_id = ?", [patient_id], "status = 'stopped', name COLLATE NOCASE"
        )

    def medication_history(self, medication_id: int) -> list[MedicationEvent]:
        return self._all(MedicationEvent, "medication_id = ?", [medication_id], "on_date, id")

    def medication(self, medication_id: int) -> Medication | None:
        return self._get(Medication, medication_id)

    # -- the checks on what the patient takes ------------------------------------------------

    def warnings_for(self, patient_id: int) -> list[MedicationWarning]:
        """Every medication warning of one patient (carebook.core.medication_checks)."""
        return self.warnings_by_patient([patient_id]).get(patient_id, [])

    def warnings_by_patient(
        self, patient_ids: Sequence[int] | None = None
    ) -> dict[int, list[MedicationWarning]]:
        """The medication warnings of each patient who has any: of `patient_ids`, or of the
        whole caseload (None). Two reads, whatever the number of patients."""
        where, params = "1", []
        if patient_ids is not None:
            if not patient_ids:
                return {}
            holders = ", ".join("?" * len(patient_ids))
            where, params = f"patient_id IN ({holders})", list(patient_ids)
        # Only what the checks read, built directly: a whole caseload's medicines load in a
        # fraction of a second, not seconds.
        taken = [
            Medication(
                id=row[0],
                patient_id=row[1],
                name=row[2],
                dose=row[3],
                as_needed=bool(row[4]),
                as_needed_reason=row[5],
                max_per_day=row[6],
                prescriber_id=row[7],
                status=MedicationStatus(row[8]),
            )
            for row in self.conn.execute(
                f"SELECT {', '.join(_CHECKED)} FROM medication"
                f" WHERE {where} AND status IN ('active', 'on_hold')"
                " ORDER BY patient_id, name COLLATE NOCASE, id",
                params,
            )
        ]
        allergic = self._all(Allergy, f"{where} AND status = 'active'", params, "patient_id, id")
        allergies: dict[int, list[Allergy]] = {}
        for allergy in allergic:
            allergies.setdefault(allergy.patient_id, []).append(allergy)
        by_patient: dict[int, list[Medication]] = {}
        for medication in taken:
            by_patient.setdefault(medication.patient_id, []).append(medication)
        # The medicine knowledge (a data file) is read only when a check is first asked for.
        from carebook.core.medication_checks import check_medications
        from carebook.core.medicine_knowledge import knowledge

        found: dict[int, list[MedicationWarning]] = {}
        known = knowledge()
        for patient_id, medications in by_patient.items():
            warnings = check_medications(medications, allergies.get(patient_id, []), known)
            if warnings:
                found[patient_id] = warnings
        return found

    def active_duplicates(self, medication: Medication) -> list[Medication]:
        """Other current medications of the same patient with the same drug (first word)."""
        drug = medication.name.strip().split()[0].casefold() if medication.name.strip() else ""
        return [
            other
            for other in self._all(
                Medication,
                "patient_id = ? AND status <> 'stopped' AND id IS NOT ?",
                [medication.patient_id, medication.id],
                "name",
            )
            if other.name.strip() and other.name.split()[0].casefold() == drug
        ]

    def update_medication(
        self,
        medication: Medication,
        reason: str = "",
        on: date | None = None,
        *,
        complete: bool = True,
    ) -> None:
        """Save an edit, recorded as a dose change (how it is taken) or another change
        (`complete` as for add_medication)."""
        (validate_medication if complete else check_medication)(medication)
        assert medication.id is not None
        old = self._need(Medication, medication.id)
        changed = [name for name in DOSE_FIELDS if getattr(old, name) != getattr(medication, name)]
        with self._transaction():
            self._update(medication)
            if changed:
                detail = f"{dose_text(old)} → {dose_text(medication)}"
                self._event(medication.id, MedicationEventKind.DOSE_CHANGED, detail, reason, on)
            elif replace(old, status=medication.status) != medication:
                self._event(medication.id, MedicationEventKind.CHANGED, "", reason, on)
            if old.status != medication.status:
                self._event(medication.id, _STATUS_EVENTS[medication.status], "", reason, on)
            overridden = (
                _overridden(medication) if medication.warning_reason != old.warning_reason else ""
            )
            self._log("change", "medication", medication.id, overridden)

    def stop_medication(self, medication_id: int, reason: str, on: date | None = None) -> None:
        """Stop a medication from `on` (today), with the reason kept in its history."""
        old = self._need(Medication, medication_id)
        day = on or self.today()
        end = day if old.start_date is None or day >= old.start_date else old.start_date
        self._set_status(
            old, MedicationStatus.STOPPED, reason, day, end_date=end, stop_reason=reason
        )

    def hold_medication(self, medication_id: int, reason: str, on: date | None = None) -> None:
        old = self._need(Medication, medication_id)
        self._set_status(
            old,
            MedicationStatus.ON_HOLD,
            reason,
            on or self.today(),
            end_date=old.end_date,
            stop_reason=old.stop_reason,
        )

    def resume_medication(
        self, medication_id: int, reason: str = "", on: date | None = None
    ) -> None:
        old = self._need(Medication, medication_id)
        self._set_status(
            old, MedicationStatus.ACTIVE, reason, on or self.today(), end_date=None, stop_reason=""
        )

    def delete_medication(self, medication_id: int) -> None:
        self._delete(Medication, medication_id)

    def _set_status(
        self,
        old: Medication,
        status: MedicationStatus,
        reason: str,
        day: date,
        *,
        end_date: date | None,
        stop_reason: str,
    ) -> None:
        assert old.id is not None
        with self._transaction():
            self._update(replace(old, status=status, end_date=end_date, stop_reason=stop_reason))
            self._event(old.id, _STATUS_EVENTS[status], "", reason, day)
            self._log("change", "medication", old.id, status.value)

    def _event(
        self,
        medication_id: int,
        kind: MedicationEventKind,
        detail: str,
        reason: str,
        on: date | None,
    ) -> None:
        self._insert(
            MedicationEvent(
                medication_id=medication_id,
                on_date=on or self.today(),
                kind=kind,
                detail=detail,
                reason=reason,
            )
        )


_STATUS_EVENTS = {
    MedicationStatus.ACTIVE: MedicationEventKind.RESUMED,
    MedicationStatus.ON_HOLD: MedicationEventKind.ON_HOLD,
    MedicationStatus.STOPPED: MedicationEventKind.STOPPED,
}


def dose_text(medication: Medication) -> str:
    """How a medication is taken, in one line: "5 mg 1 tablet oral once daily"."""
    parts = [medication.strength, medication.dose, medication.route, medication.frequency]
    if medication.as_needed:
        parts.append("as needed")
    return " ".join(part for part in parts if part)


def _overridden(medication: Medication) -> str:
    """The activity log's word that a medication was saved over a check's warning (never the
    reason itself: the log says what was done, not what a record says)."""
    return "saved over a medication warning" if medication.warning_reason.strip() else ""
