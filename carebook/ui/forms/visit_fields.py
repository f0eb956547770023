"""Which fields appointments, tasks and visit notes show in the record form."""

from __future__ import annotations

from carebook.core.vocabularies import AppointmentKind, NoteKind, TaskPriority, Transport
from carebook.core.words import QT_TRANSLATE_NOOP
from carebook.ui.forms.field_spec import FieldSpec

# The repeat rule is edited in its own dialog, not here.
TASK_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("RecordForm", "Task"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Call the pharmacy"),
    ),
    FieldSpec("details", QT_TRANSLATE_NOOP("RecordForm", "Details"), "long_text"),
    FieldSpec(
        "patient_id",
        QT_TRANSLATE_NOOP("RecordForm", "Patient"),
        "patient",
        hint=QT_TRANSLATE_NOOP("RecordForm", "Leave empty for a task about no one patient"),
    ),
    FieldSpec("due_date", QT_TRANSLATE_NOOP("RecordForm", "Due"), "date"),
    FieldSpec("due_time", QT_TRANSLATE_NOOP("RecordForm", "Due time"), "time"),
    FieldSpec("priority", QT_TRANSLATE_NOOP("RecordForm", "Priority"), "choice", TaskPriority),
    FieldSpec(
        "rrule",
        QT_TRANSLATE_NOOP("RecordForm", "Schedule"),
        "repeat",
        anchor=("due_date", "due_time"),
    ),
)

NOTE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("written_at", QT_TRANSLATE_NOOP("RecordForm", "Written"), "datetime", required=True),
    FieldSpec("kind", QT_TRANSLATE_NOOP("RecordForm", "Kind"), "choice", NoteKind),
    FieldSpec("text", QT_TRANSLATE_NOOP("RecordForm", "Note"), "long_text", required=True),
    FieldSpec(
        "appointment_id",
        QT_TRANSLATE_NOOP("RecordForm", "About the visit"),
        "visit",
        empty_label=QT_TRANSLATE_NOOP("RecordForm", "(no visit)"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm",
            "The visit this note records, if any: one visit, not every visit of its series",
        ),
    ),
)

APPOINTMENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("kind", QT_TRANSLATE_NOOP("RecordForm", "Kind"), "choice", AppointmentKind),
    FieldSpec(
        "purpose",
        QT_TRANSLATE_NOOP("RecordForm", "Purpose"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Wound check"),
    ),
    FieldSpec("start", QT_TRANSLATE_NOOP("RecordForm", "Starts"), "datetime", required=True),
    FieldSpec("duration_min", QT_TRANSLATE_NOOP("RecordForm", "Duration"), "minutes"),
    FieldSpec("rrule", QT_TRANSLATE_NOOP("RecordForm", "Schedule"), "repeat", anchor=("start",)),
    FieldSpec(
        "location",
        QT_TRANSLATE_NOOP("RecordForm", "Location"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "Leave empty for a home visit at the patient's address"
        ),
    ),
    FieldSpec(
        "with_whom",
        QT_TRANSLATE_NOOP("RecordForm", "With"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Dr. Haddad"),
    ),
    FieldSpec("contact_id", QT_TRANSLATE_NOOP("RecordForm", "Contact"), "contact"),
    FieldSpec("transport", QT_TRANSLATE_NOOP("RecordForm", "Transport"), "choice", Transport),
    FieldSpec(
        "transport_details",
        QT_TRANSLATE_NOOP("RecordForm", "Transport details"),
        "long_text",
        lines=2,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Wheelchair taxi booked, pick-up 09:15"),
    ),
    FieldSpec("notes", QT_TRANSLATE_NOOP("RecordForm", "Notes"), "long_text"),
)
