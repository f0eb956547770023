"""The care-plan summary: every section from the caseload, escaped, self-contained, read-only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from reads_only import reads_only
from report_caseload import TODAY, clock, edna

from carebook.core.vocabularies import CarePlanStatus
from carebook.reports import care_plan_summary
from carebook.reports.care_plan_summary import gather, render_html
from carebook.store.caseload import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=clock)
    yield store
    store.close()


def _section(page: str, heading: str) -> str:
    """The HTML from the heading `heading` (a section's, or a part's) to the next heading."""
    found = re.search(f"<h[23]>{re.escape(heading)}", page)
    assert found is not None, heading
    following = re.compile("<h[23]>").search(page, found.end())
    return page[found.start() : following.start() if following else None]


def test_every_section_of_the_summary_is_there(store: Store) -> None:
    page = render_html(gather(store, edna(store), prepared_by="Ann Smith", with_notes=True))
    assert "<h1>Edna Marsh</h1>" in page and "Born 1 May 1938 (aged 87)" in page
    assert "Prepared by <b>Ann Smith</b> on 2 Mar 2026" in page
    assert "PENICILLIN</span> — Hives; severe; high risk" in page  # allergies, prominent
    about = _section(page, "About")
    assert "3 Kiln Row" in about and "0113 496 0001" in about
    assert "Medicare · member ID 1EG4-TE5-MK72" in about
    assert "Mark Marsh, caregiver, 07700 900111" in about  # the emergency contact
    team = _section(page, "Care team and contacts")
    assert "Dr Asha Patel" in team and "Physician" in team and "0113 496 0999" in team
    conditions = _section(page, "Conditions (2)")
    assert "Heart failure" in conditions and "1 Apr 2019" in conditions
    medications = _section(page, "Current medications (3)")  # the stopped ones are not
    assert "Furosemide" in medications and "Dr Asha Patel" in medications  # prescriber
    assert "<b>AS NEEDED</b>" in medications and "For knee pain" in medications
    assert "ON HOLD" in medications
    plan = _section(page, "Care plan: Staying safe at home")
    assert "Active · 5 Jan 2026 to ongoing" in plan and "Next review 1 Apr 2026" in plan
    assert "Falls at home" in _section(page, "Problems and needs (1)")
    goals = _section(page, "Goals (1)")
    assert "Walk to the corner shop" in goals and "Twice a week with a stick" in goals
    assert "1 Jun 2026" in goals and "Improving" in goals and "For: Falls at home" in goals
    steps = _section(page, "Interventions (2)")
    assert "Strength and balance exercises" in steps and "Ana Ruiz" in steps
    assert "Weekly" in steps and "Care coordinator" in steps
    assert "Two falls in January" in _section(page, "Latest reviews")
    visits = _section(page, "Upcoming appointments (2)")
    assert "Heart failure review" in visits and "Kirkstall Surgery" in visits
    assert "with Dr Asha Patel" in visits and "Arranged" in visits
    assert visits.count("Weekly check-in") == 1  # the series once, with its rule in words
    assert "Every Wednesday" in visits and "at 10:00–11:00, next 4 Mar" in visits
    tasks = _section(page, "Open tasks (1)")
    assert "Chase the physio referral" in tasks and "(overdue)" in tasks and "URGENT" in tasks
    assert "perching stool" not in page  # done
    assert "Walked to the gate" in _section(page, "Recent notes (1)")


def test_notes_only_when_asked_for(store: Store) -> None:
    page = render_html(gather(store, edna(store)))
    assert "Recent notes" not in page and "Walked to the gate" not in page
    assert "Printed 2 Mar 2026" in page


def test_a_plan_that_is_over_is_left_out(store: Store) -> None:
    patient_id = edna(store)
    plan = store.care_plans.care_plans(patient_id)[0]
    plan.status = CarePlanStatus.COMPLETED
    store.care_plans.update_care_plan(plan)
    page = render_html(gather(store, patient_id))
    assert "Staying safe at home" not in page and "No current care plan recorded." in page


def test_the_summary_is_self_contained_and_escapes_what_was_typed(store: Store) -> None:
    patient_id = edna(store)
    patient = store.patients.patient(patient_id)
    assert patient is not None
    patient.given = "<img src=x onerror=alert(1)>"
    store.patients.update_patient(patient)
    page = render_html(gather(store, patient_id, prepared_by="<script>"))
    assert "<img" not in page and "<script>" not in page and "&lt;img" in page
    lowered = page.lower()
    assert "http" not in lowered and "src=" not in lowered.replace("src=x", "")
    assert "<link" not in lowered and "@import" not in lowered
    assert re.findall(r"url\((?!data:)", lowered) == []


def test_an_unknown_patient_is_a_lookup_error(store: Store) -> None:
    with pytest.raises(LookupError, match="No patient with id 99"):
        gather(store, 99)


def test_the_summary_reads_only_the_stores_public_reads(store: Store) -> None:
    patient_id = edna(store)
    guarded = reads_only(store, care_plan_summary.SummarySource, "the summary")
    summary = gather(guarded, patient_id, with_notes=True)
    assert summary.plans and summary.upcoming and summary.prepared_on == TODAY
