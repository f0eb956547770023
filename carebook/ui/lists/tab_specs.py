"""The column specs of the Patients, Medications, Appointments, Tasks and Directory tabs."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from carebook.core.list_columns import LIST_COLUMNS
from carebook.core.list_rows import DirectoryRow, MedicationRow, PatientRow, TaskRow, VisitRow
from carebook.core.vocabularies import AppointmentStatus, MedicationStatus, TaskStatus
from carebook.ui.lists.tab_spec import TabSpec
from carebook.ui.widgets.emphasis import Emphasis

if TYPE_CHECKING:
    from carebook.ui.commands import Caseload
    from carebook.ui.forms.record_editor import RecordEditor


def _editor(module: str, name: str) -> Callable[[Caseload], RecordEditor]:
    """The editor `name` of carebook.ui.forms.`module`, loaded when its list is first made."""

    def make(caseload: Caseload) -> RecordEditor:
        editor: RecordEditor = getattr(
            importlib.import_module(f"carebook.ui.forms.{module}"), name
        )(caseload)
        return editor

    return make


#: How a patient is found by a list's search (the search index holds three-letter pieces).
_FINDS_PATIENTS = (
    "A patient's name, phone, MRN or postcode is found by any three letters or more of it; "
    "one or two letters find the start of a word"
)


def _patient_emphasis(row: PatientRow) -> Emphasis:
    return Emphasis.NONE if row.in_care else Emphasis.MUTED


def _medication_emphasis(row: MedicationRow) -> Emphasis:
    return Emphasis.MUTED if row.status is MedicationStatus.STOPPED else Emphasis.NONE


def _appointment_emphasis(row: VisitRow) -> Emphasis:
    missed = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
    return Emphasis.MUTED if row.status in missed else Emphasis.NONE


def _task_emphasis(row: TaskRow) -> Emphasis:
    if row.status is not TaskStatus.OPEN:
        return Emphasis.MUTED
    return Emphasis.ALERT if row.overdue else Emphasis.NONE


PATIENTS = TabSpec(
    title="Patients",
    listing="patients",
    singular="patient",
    plural="patients",
    columns=LIST_COLUMNS["patients"],
    filters=(("active", "Active and on hold"), ("discharged", "Discharged"), ("all", "Everyone")),
    search_hint="Search name, phone, MRN or postcode  (Ctrl+F)",
    kinds=frozenset({"patient", "allergy"}),
    search_help=f"{_FINDS_PATIENTS}, and one letter the family names beginning with it.",
    emphasis=_patient_emphasis,
    editor=_editor("patient_editor", "PatientEditor"),
)

MEDICATIONS = TabSpec(
    title="Medications",
    listing="medications",
    singular="medication",
    plural="medications",
    columns=LIST_COLUMNS["medications"],
    filters=(
        ("current", "Current"),
        ("review_due", "Review due"),
        ("stopped", "Stopped"),
        ("all", "All"),
    ),
    search_hint="Search drug, indication or patient  (Ctrl+F)",
    kinds=frozenset({"medication", "patient", "allergy"}),
    search_help=f"{_FINDS_PATIENTS}.",
    patient_filter=True,
    emphasis=_medication_emphasis,
    editor=_editor("medication_editor", "MedicationEditor"),
)

APPOINTMENTS = TabSpec(
    title="Appointments",
    label="Appoi&ntments",  # Alt+A is the Agenda's
    listing="appointments",
    singular="appointment",
    plural="appointments",
    columns=LIST_COLUMNS["appointments"],
    filters=(
        ("upcoming", "Upcoming"),
        ("past", "Past"),
        ("done", "Done"),
        ("missed", "Cancelled or no-show"),
        ("all", "All"),
    ),
    search_hint="Search patient, purpose or with whom  (Ctrl+F)",
    kinds=frozenset({"appointment", "appointment_change", "patient", "allergy"}),
    search_help=f"{_FINDS_PATIENTS}.",
    patient_filter=True,
    emphasis=_appointment_emphasis,
    search_delay_ms=200,
    editor=_editor("appointment_editor", "AppointmentEditor"),
    date_range=True,
)

TASKS = TabSpec(
    title="Tasks",
    listing="tasks",
    singular="task",
    plural="tasks",
    columns=LIST_COLUMNS["tasks"],
    filters=(
        ("open", "Open"),
        ("overdue", "Overdue"),
        ("done", "Done"),
        ("cancelled", "Cancelled"),
        ("all", "All"),
    ),
    search_hint="Search task or patient  (Ctrl+F)",
    kinds=frozenset({"task", "patient"}),
    search_help=f"{_FINDS_PATIENTS}.",
    patient_filter=True,
    emphasis=_task_emphasis,
    alert_word=("due_date", str(QT_TRANSLATE_NOOP("TabSpec", "Overdue"))),
    editor=_editor("task_editor", "TaskEditor"),
    date_range=True,
)


def _directory_emphasis(row: DirectoryRow) -> Emphasis:
    return Emphasis.NONE if row.serves or row.services else Emphasis.MUTED


DIRECTORY = TabSpec(
    title="Directory",
    label="Di&rectory",  # Alt+D is the Agenda's Done button
    listing="directory",
    singular="contact",
    plural="contacts",
    columns=LIST_COLUMNS["directory"],
    filters=(
        ("all", "Everyone"),
        ("resources", "Community resources and agencies"),
        ("clinicians", "Physicians, nurses and therapists"),
        ("pharmacies", "Pharmacies"),
        ("family", "Family and carers"),
    ),
    search_hint="Search name, organisation, services or phone  (Ctrl+F)",
    kinds=frozenset({"contact", "patient", "care_team_member"}),
    emphasis=_directory_emphasis,
    editor=_editor("directory_editor", "DirectoryEditor"),
)

LIST_TABS = (PATIENTS, MEDICATIONS, APPOINTMENTS, TASKS, DIRECTORY)
