"""Which fields appointments, tasks and visit notes show in the record form."""

from __future__ import annotations

from carebook.core.vocabularies import AppointmentKind, NoteKind, TaskPriority, Transport
from carebook.ui.forms.field_spec import FieldSpec

# The repeat rule is edited in its own dialog, not here.
TASK_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "Task", required=True, placeholder="e.g. Call the pharmacy"),
    FieldSpec("details", "Details", "long_text"),
    FieldSpec(
        "patient_id", "Patient", "patient", hint="Leave empty for a task about no one patient"
    ),
    FieldSpec("due_date", "Due", "date"),
    FieldSpec("due_time", "Due time", "time"),
    FieldSpec("priority", "Priority", "choice", TaskPriority),
    FieldSpec("rrule", "Schedule", "repeat", anchor=("due_date", "due_time")),
)

NOTE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("written_at", "Written", "datetime", required=True),
    FieldSpec("kind", "Kind", "choice", NoteKind),
    FieldSpec("text", "Note", "long_text", required=True),
    FieldSpec(
        "appointment_id",
        "About the visit",
        "visit",
        empty_label="(no visit)",
        hint="The visit this note records, if any: one visit, not every visit of its series",
    ),
)

APPOINTMENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("kind", "Kind", "choice", AppointmentKind),
    FieldSpec("purpose", "Purpose", placeholder="e.g. Wound check"),
    FieldSpec("start", "Starts", "datetime", required=True),
    FieldSpec("duration_min", "Duration", "minutes"),
    FieldSpec("rrule", "Schedule", "repeat", anchor=("start",)),
    FieldSpec("location", "Location", hint="Leave empty for a home visit at the patient's address"),
    FieldSpec("with_whom", "With", placeholder="e.g. Dr. Haddad"),
    FieldSpec("contact_id", "Contact", "contact"),
    FieldSpec("transport", "Transport", "choice", Transport),
    FieldSpec(
        "transport_details",
        "Transport details",
        "long_text",
        lines=2,
        placeholder="e.g. Wheelchair taxi booked, pick-up 09:15",
    ),
    FieldSpec("notes", "Notes", "long_text"),
)
