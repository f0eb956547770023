"""Paper that lists notes says which visit a visit's note belongs to."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from report_caseload import clock, edna

from carebook.core.records import VisitRecord
from carebook.core.visit_record_rules import VisitDocumentation
from carebook.core.vocabularies import AppointmentStatus
from carebook.reports.care_plan_summary import gather, render_html
from carebook.store.caseload import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=clock)
    yield store
    store.close()


def test_the_care_plan_summary_says_which_visit_a_visit_note_belongs_to(store: Store) -> None:
    patient_id = edna(store)
    weekly = next(
        a for a in store.appointments.appointments_for(patient_id) if a.purpose == "Weekly check-in"
    )
    assert weekly.id is not None
    second = datetime(2026, 3, 18, 10, 0)  # the third visit of the series, not the first
    store.visit_records.document_visit(
        VisitDocumentation(
            patient_id=patient_id,
            record=VisitRecord(appointment_id=weekly.id, original_start=second, tz=weekly.tz),
            status=AppointmentStatus.BOOKED,
            note_text="Phoned ahead: the key safe code has changed.",
        )
    )
    page = render_html(gather(store, patient_id, with_notes=True))
    notes = page[page.index("Recent notes (2)") :]
    assert "of the visit on 18 Mar 2026 10:00" in notes
    assert notes.count("of the visit on") == 1  # the progress note is of no visit
    assert "Walked to the gate" in notes
