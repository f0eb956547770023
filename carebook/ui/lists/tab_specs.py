"""The column specs of the Patients, Medications, Appointments, Tasks and Directory tabs."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from carebook.core.list_columns import LIST_COLUMNS
from carebook.core.list_rows import DirectoryRow, MedicationRow, PatientRow, TaskRow, VisitRow
from carebook.core.vocabularies import AppointmentStatus, MedicationStatus, TaskStatus
from carebook.core.words import QT_TRANSLATE_NOOP
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
_FINDS_PATIENTS = QT_TRANSLATE_NOOP(
    "TabSpec",
    "A patient's name, phone, MRN or postcode is found by any three letters or more of it; "
    "one or two letters find the start of a word.",
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
    title=QT_TRANSLATE_NOOP("TabSpec", "Patients"),
    label=QT_TRANSLATE_NOOP("TabSpec", "&Patients"),
    listing="patients",
    no_match=QT_TRANSLATE_NOOP("TabSpec", "No patient matches “{search}”"),
    plural=QT_TRANSLATE_NOOP("TabSpec", "patients"),
    counts=(
        QT_TRANSLATE_NOOP("TabSpec", "1 patient"),
        QT_TRANSLATE_NOOP("TabSpec", "{count} patients"),
    ),
    columns=LIST_COLUMNS["patients"],
    filters=(
        ("active", QT_TRANSLATE_NOOP("TabSpec", "Active and on hold")),
        ("discharged", QT_TRANSLATE_NOOP("TabSpec", "Discharged")),
        ("all", QT_TRANSLATE_NOOP("TabSpec", "Everyone")),
    ),
    search_hint=QT_TRANSLATE_NOOP("TabSpec", "Search name, phone, MRN or postcode  (Ctrl+F)"),
    kinds=frozenset({"patient", "allergy"}),
    search_help=QT_TRANSLATE_NOOP(
        "TabSpec",
        "A patient's name, phone, MRN or postcode is found by any three letters or more of it; "
        "one or two letters find the start of a word, and one letter the family names "
        "beginning with it.",
    ),
    emphasis=_patient_emphasis,
    editor=_editor("patient_editor", "PatientEditor"),
)

MEDICATIONS = TabSpec(
    title=QT_TRANSLATE_NOOP("TabSpec", "Medications"),
    label=QT_TRANSLATE_NOOP("TabSpec", "&Medications"),
    listing="medications",
    no_match=QT_TRANSLATE_NOOP("TabSpec", "No medication matches “{search}”"),
    plural=QT_TRANSLATE_NOOP("TabSpec", "medications"),
    counts=(
        QT_TRANSLATE_NOOP("TabSpec", "1 medication"),
        QT_TRANSLATE_NOOP("TabSpec", "{count} medications"),
    ),
    columns=LIST_COLUMNS["medications"],
    filters=(
        ("current", QT_TRANSLATE_NOOP("TabSpec", "Current")),
        ("review_due", QT_TRANSLATE_NOOP("TabSpec", "Review due")),
        ("stopped", QT_TRANSLATE_NOOP("TabSpec", "Stopped")),
        ("all", QT_TRANSLATE_NOOP("TabSpec", "All")),
    ),
    search_hint=QT_TRANSLATE_NOOP("TabSpec", "Search drug, indication or patient  (Ctrl+F)"),
    kinds=frozenset({"medication", "patient", "allergy"}),
    search_help=_FINDS_PATIENTS,
    patient_filter=True,
    emphasis=_medication_emphasis,
    editor=_editor("medication_editor", "MedicationEditor"),
)

APPOINTMENTS = TabSpec(
    title=QT_TRANSLATE_NOOP("TabSpec", "Appointments"),
    label=QT_TRANSLATE_NOOP("TabSpec", "Appoi&ntments"),  # Alt+A is the Agenda's
    listing="appointments",
    no_match=QT_TRANSLATE_NOOP("TabSpec", "No appointment matches “{search}”"),
    plural=QT_TRANSLATE_NOOP("TabSpec", "appointments"),
    counts=(
        QT_TRANSLATE_NOOP("TabSpec", "1 appointment"),
        QT_TRANSLATE_NOOP("TabSpec", "{count} appointments"),
    ),
    columns=LIST_COLUMNS["appointments"],
    filters=(
        ("upcoming", QT_TRANSLATE_NOOP("TabSpec", "Upcoming")),
        ("past", QT_TRANSLATE_NOOP("TabSpec", "Past")),
        ("done", QT_TRANSLATE_NOOP("TabSpec", "Done")),
        ("missed", QT_TRANSLATE_NOOP("TabSpec", "Cancelled or no-show")),
        ("all", QT_TRANSLATE_NOOP("TabSpec", "All")),
    ),
    search_hint=QT_TRANSLATE_NOOP("TabSpec", "Search patient, purpose or with whom  (Ctrl+F)"),
    kinds=frozenset({"appointment", "appointment_change", "patient", "allergy"}),
    search_help=_FINDS_PATIENTS,
    patient_filter=True,
    emphasis=_appointment_emphasis,
    search_delay_ms=200,
    editor=_editor("appointment_editor", "AppointmentEditor"),
    date_range=True,
)

TASKS = TabSpec(
    title=QT_TRANSLATE_NOOP("TabSpec", "Tasks"),
    label=QT_TRANSLATE_NOOP("TabSpec", "&Tasks"),
    listing="tasks",
    no_match=QT_TRANSLATE_NOOP("TabSpec", "No task matches “{search}”"),
    plural=QT_TRANSLATE_NOOP("TabSpec", "tasks"),
    counts=(
        QT_TRANSLATE_NOOP("TabSpec", "1 task"),
        QT_TRANSLATE_NOOP("TabSpec", "{count} tasks"),
    ),
    columns=LIST_COLUMNS["tasks"],
    filters=(
        ("open", QT_TRANSLATE_NOOP("TabSpec", "Open")),
        ("overdue", QT_TRANSLATE_NOOP("TabSpec", "Overdue")),
        ("done", QT_TRANSLATE_NOOP("TabSpec", "Done")),
        ("cancelled", QT_TRANSLATE_NOOP("TabSpec", "Cancelled")),
        ("all", QT_TRANSLATE_NOOP("TabSpec", "All")),
    ),
    search_hint=QT_TRANSLATE_NOOP("TabSpec", "Search task or patient  (Ctrl+F)"),
    kinds=frozenset({"task", "patient"}),
    search_help=_FINDS_PATIENTS,
    patient_filter=True,
    emphasis=_task_emphasis,
    alert_word=("due_date", QT_TRANSLATE_NOOP("TabSpec", "Overdue")),
    editor=_editor("task_editor", "TaskEditor"),
    date_range=True,
)


def _directory_emphasis(row: DirectoryRow) -> Emphasis:
    return Emphasis.NONE if row.serves or row.services else Emphasis.MUTED


DIRECTORY = TabSpec(
    title=QT_TRANSLATE_NOOP("TabSpec", "Directory"),
    label=QT_TRANSLATE_NOOP("TabSpec", "Di&rectory"),  # Alt+D is the Agenda's Done button
    listing="directory",
    no_match=QT_TRANSLATE_NOOP("TabSpec", "No contact matches “{search}”"),
    plural=QT_TRANSLATE_NOOP("TabSpec", "contacts"),
    counts=(
        QT_TRANSLATE_NOOP("TabSpec", "1 contact"),
        QT_TRANSLATE_NOOP("TabSpec", "{count} contacts"),
    ),
    columns=LIST_COLUMNS["directory"],
    filters=(
        ("all", QT_TRANSLATE_NOOP("TabSpec", "Everyone")),
        ("resources", QT_TRANSLATE_NOOP("TabSpec", "Community resources and agencies")),
        ("clinicians", QT_TRANSLATE_NOOP("TabSpec", "Physicians, nurses and therapists")),
        ("pharmacies", QT_TRANSLATE_NOOP("TabSpec", "Pharmacies")),
        ("family", QT_TRANSLATE_NOOP("TabSpec", "Family and carers")),
    ),
    search_hint=QT_TRANSLATE_NOOP(
        "TabSpec", "Search name, organisation, services or phone  (Ctrl+F)"
    ),
    kinds=frozenset({"contact", "patient", "care_team_member"}),
    emphasis=_directory_emphasis,
    editor=_editor("directory_editor", "DirectoryEditor"),
)

LIST_TABS = (PATIENTS, MEDICATIONS, APPOINTMENTS, TASKS, DIRECTORY)
