"""The column specs of the Patients, Medications, Appointments and Tasks tabs."""

from __future__ import annotations

from typing import Any

from carebook.core import display
from carebook.ui.forms.appointment_editor import AppointmentEditor
from carebook.ui.forms.medication_editor import MedicationEditor
from carebook.ui.forms.patient_editor import PatientEditor
from carebook.ui.forms.task_editor import TaskEditor
from carebook.ui.lists.list_tab import TabSpec
from carebook.ui.widgets.table_model import Column, Emphasis


def _patient_emphasis(row: dict[str, Any]) -> Emphasis:
    return Emphasis.MUTED if row["status"] in ("discharged", "deceased") else Emphasis.NONE


def _medication_emphasis(row: dict[str, Any]) -> Emphasis:
    return Emphasis.MUTED if row["status"] == "stopped" else Emphasis.NONE


def _appointment_emphasis(row: dict[str, Any]) -> Emphasis:
    return Emphasis.MUTED if row["status"] in ("cancelled", "no_show") else Emphasis.NONE


def _task_emphasis(row: dict[str, Any]) -> Emphasis:
    if row["status"] in ("done", "cancelled"):
        return Emphasis.MUTED
    return Emphasis.ALERT if row["overdue"] else Emphasis.NONE


PATIENTS = TabSpec(
    title="Patients",
    listing="patients",
    singular="patient",
    plural="patients",
    columns=(
        Column("name", "Name", width=26),
        Column("birth_date", "Born (age)", display.birth, width=16),
        Column("phone", "Phone", width=15),
        Column("address", "Address", width=26),
        Column("city", "City", width=14),
        Column("allergies", "Allergies", width=20, badge=True),
        Column("payer", "Payer", width=16),
        Column("status", "Status", display.code, width=10),
    ),
    filters=(("active", "Active and on hold"), ("discharged", "Discharged"), ("all", "Everyone")),
    search_hint="Search name, phone, MRN or postcode  (Ctrl+F)",
    kinds=frozenset({"patient", "allergy"}),
    emphasis=_patient_emphasis,
    editor=PatientEditor,
)

MEDICATIONS = TabSpec(
    title="Medications",
    listing="medications",
    singular="medication",
    plural="medications",
    columns=(
        Column("patient", "Patient", width=22),
        Column("name", "Medication", width=24),
        Column("allergies", "Allergies", width=14, badge=True),
        Column("strength", "Strength", width=12),
        Column("dose", "Dose", width=12),
        Column("route", "Route", width=10),
        Column("frequency", "Frequency", width=18),
        Column("as_needed", "As needed", display.yes, width=9),
        Column("prescriber", "Prescriber", width=18),
        Column("next_review", "Review", display.day, width=12),
        Column("status", "Status", display.code, width=8),
    ),
    filters=(
        ("current", "Current"),
        ("review_due", "Review due"),
        ("stopped", "Stopped"),
        ("all", "All"),
    ),
    search_hint="Search drug, indication or patient  (Ctrl+F)",
    kinds=frozenset({"medication", "patient", "allergy"}),
    patient_filter=True,
    extra_fields=("patient_id",),
    emphasis=_medication_emphasis,
    editor=MedicationEditor,
)

APPOINTMENTS = TabSpec(
    title="Appointments",
    listing="appointments",
    singular="appointment",
    plural="appointments",
    columns=(
        Column("start", "When", display.day_and_time, width=22),
        Column("patient", "Patient", width=22),
        Column("allergies", "Allergies", width=14, badge=True),
        Column("kind", "Kind", display.code, width=11),
        Column("purpose", "Purpose", width=22),
        Column("with_whom", "With", width=16),
        Column("transport", "Transport", display.code, width=10),
        Column("repeats", "Repeats", display.repeats, width=26),
        Column("status", "Status", display.code, width=9),
    ),
    filters=(
        ("upcoming", "Upcoming"),
        ("past", "Past"),
        ("done", "Done"),
        ("missed", "Cancelled or no-show"),
        ("all", "All"),
    ),
    search_hint="Search patient, purpose or with whom  (Ctrl+F)",
    kinds=frozenset({"appointment", "appointment_change", "patient", "allergy"}),
    patient_filter=True,
    emphasis=_appointment_emphasis,
    search_delay_ms=200,
    extra_fields=("appointment_id", "original_start", "ends", "patient_id"),
    editor=AppointmentEditor,
    date_range=True,
)

TASKS = TabSpec(
    title="Tasks",
    listing="tasks",
    singular="task",
    plural="tasks",
    columns=(
        Column("due_date", "Due", display.day, width=12),
        Column("due_time", "Time", display.clock, width=6),
        Column("title", "Task", width=32),
        Column("patient", "Patient", width=22),
        Column("priority", "Priority", display.code, width=8),
        Column("repeats", "Repeats", display.repeats, width=18),
        Column("status", "Status", display.code, width=9),
    ),
    filters=(
        ("open", "Open"),
        ("overdue", "Overdue"),
        ("done", "Done"),
        ("cancelled", "Cancelled"),
        ("all", "All"),
    ),
    search_hint="Search task or patient  (Ctrl+F)",
    kinds=frozenset({"task", "patient"}),
    patient_filter=True,
    extra_fields=("overdue", "patient_id"),
    emphasis=_task_emphasis,
    editor=TaskEditor,
    date_range=True,
)

LIST_TABS = (PATIENTS, MEDICATIONS, APPOINTMENTS, TASKS)
