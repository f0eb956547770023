"""Medications in the store: every change is kept as a dated event, the history to print."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from carebook.core.records import Medication, MedicationEvent
from carebook.core.validation import validate_medication
from carebook.core.vocabularies import MedicationEventKind, MedicationStatus
from carebook.store.base import Part, Writes

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

    def add_medication(self, medication: Medication, reason: str = "") -> Medication:
        """Record a medication and the dated event that it was started."""
        validate_medication(medication)
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
            self._log("create", "medication", medication.id)
        return medication

    def medications(self, patient_id: int) -> list[Medication]:
        return self._all(
            Medication, "patient_id = ?", [patient_id], "status = 'stopped', name COLLATE NOCASE"
        )

    def medication_history(self, medication_id: int) -> list[MedicationEvent]:
        return self._all(MedicationEvent, "medication_id = ?", [medication_id], "on_date, id")

    def medication(self, medication_id: int) -> Medication | None:
        return self._get(Medication, medication_id)

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
        self, medication: Medication, reason: str = "", on: date | None = None
    ) -> None:
        """Save an edit, recorded as a dose change (how it is taken) or another change."""
        validate_medication(medication)
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
            self._log("change", "medication", medication.id)

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
