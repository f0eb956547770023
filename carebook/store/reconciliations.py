"""Medicines reconciliations in the store: the lines a coordinator accepted applied to the
medication list in one transaction, each change dated in its medication's history, and the
reconciliation kept with every decision."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date

from carebook.core.reconciliation import ComparisonLine, DischargeLine, discharge_text
from carebook.core.reconciliation_rules import check_reconciliation
from carebook.core.records import Medication, Reconciliation, ReconciliationLine
from carebook.core.vocabularies import ReconciliationChange
from carebook.core.words import translate
from carebook.store.base import OpenCaseload, Part
from carebook.store.medications import Medications, dose_text


class Reconciliations(Part):
    """Reconciling a discharge medication list, and reading back what was decided."""

    def __init__(self, caseload: OpenCaseload, medications: Medications) -> None:
        super().__init__(caseload)
        self.medications = medications

    def reconcile(
        self,
        patient_id: int,
        lines: Sequence[ComparisonLine],
        accepted: Collection[int],
        *,
        source: str,
        reconciled_by: str = "",
        discharged_on: date | None = None,
        on: date | None = None,
    ) -> Reconciliation:
        """Apply the `accepted` lines (by number) and keep the reconciliation, all or nothing.

        A changed line takes the discharge list's dose, route and frequency; a new one starts
        the medicine; a line stopped in hospital, or not on the discharge list, stops it: each
        with the reason "hospital discharge <date>" in the medication's history. A line whose
        medication changed since the comparison was made is refused (LookupError) and nothing
        is written.
        """
        day = on or self.today()
        record = Reconciliation(
            patient_id=patient_id,
            on_date=day,
            source=source,
            reconciled_by=reconciled_by,
            discharged_on=discharged_on,
        )
        check_reconciliation(record, self.today())
        why = f"hospital discharge {(discharged_on or day).isoformat()}"
        with self._transaction():
            self._insert(record)
            assert record.id is not None
            for line in lines:
                taken = line.number in accepted and line.change.writes
                medication_id = self._apply(patient_id, line, why, day) if taken else None
                self._insert(
                    ReconciliationLine(
                        reconciliation_id=record.id,
                        line_no=line.number,
                        change=line.change,
                        medication=line.name[:500],
                        before=dose_text(line.current) if line.current else "",
                        after=discharge_text(line.discharge),
                        accepted=taken,
                        medication_id=medication_id
                        or (line.current.id if line.current is not None else None),
                    )
                )
            self._log("create", "reconciliation", record.id, f"{len(accepted)} lines accepted")
        return record

    def _apply(self, patient_id: int, line: ComparisonLine, why: str, day: date) -> int | None:
        current = line.current
        if current is not None:
            assert current.id is not None
            stored = self.medications.medication(current.id)
            if stored is None or stored != current:
                raise LookupError(
                    translate(
                        "Reconciliations",
                        "{name} was changed since the discharge list was compared; "
                        "compare it again.",
                    ).format(name=current.name)
                )
        if line.change is ReconciliationChange.NEW:
            assert line.discharge is not None
            started = self.medications.add_medication(
                _from_discharge(Medication(patient_id=patient_id, name=""), line.discharge, day),
                why,
                complete=False,
            )
            return started.id
        assert current is not None and current.id is not None
        if line.change is ReconciliationChange.CHANGED:
            assert line.discharge is not None
            self.medications.update_medication(
                _from_discharge(current, line.discharge, None), why, day, complete=False
            )
        elif line.change in (ReconciliationChange.STOPPED, ReconciliationChange.NOT_LISTED):
            self.medications.stop_medication(current.id, why, day)
        return current.id

    # -- reading back --------------------------------------------------------------------------

    def reconciliations(self, patient_id: int) -> list[Reconciliation]:
        """The patient's reconciliations, latest first."""
        return self._all(Reconciliation, "patient_id = ?", [patient_id], "on_date DESC, id DESC")

    def reconciliation(self, reconciliation_id: int) -> Reconciliation | None:
        return self._get(Reconciliation, reconciliation_id)

    def reconciliation_lines(self, reconciliation_id: int) -> list[ReconciliationLine]:
        return self._all(
            ReconciliationLine, "reconciliation_id = ?", [reconciliation_id], "line_no"
        )


def _from_discharge(base: Medication, line: DischargeLine, start: date | None) -> Medication:
    """`base` as the discharge line has it: each field the line says replaces the old one."""
    changed = replace(
        base,
        name=base.name or line.name[:200],
        strength=line.strength or base.strength,
        dose=line.dose or base.dose,
        route=line.route or base.route,
        frequency=line.frequency or base.frequency,
        as_needed=line.as_needed,
        as_needed_reason=line.as_needed_reason or base.as_needed_reason,
        indication=base.indication or line.indication,
        instructions=base.instructions or line.instructions,
    )
    return replace(changed, start_date=start) if start is not None else changed
