"""A discharge medication list reconciled: the lines accepted change the medication list, and
the reconciliation is kept, as one undoable step."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from carebook.core.reconciliation import ComparisonLine
from carebook.core.records import Reconciliation
from carebook.ui.commands import Caseload, Root


def reconcile(
    caseload: Caseload,
    text: str,
    patient_id: int,
    lines: Sequence[ComparisonLine],
    accepted: Collection[int],
    *,
    source: str,
    reconciled_by: str,
    discharged_on: date | None,
) -> Reconciliation:
    """Apply the accepted lines and keep the reconciliation; undone with the patient's record."""
    kept: list[Reconciliation] = []

    def run() -> list[Root]:
        kept.append(
            caseload.store.reconciliations.reconcile(
                patient_id,
                lines,
                accepted,
                source=source,
                reconciled_by=reconciled_by,
                discharged_on=discharged_on,
            )
        )
        return []

    caseload.change(text, "medication", run, touches=[("patient", patient_id)])
    return kept[0]
