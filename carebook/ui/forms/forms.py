"""One form and one opener per kind of record; care plans have theirs in care_plan_forms.

The form is for tests and embedding, the opener for use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from carebook.core.patient_rules import patient_age_doubt
from carebook.core.records import (
    Allergy,
    Appointment,
    Condition,
    Contact,
    Medication,
    Note,
    Patient,
    Preferences,
    Task,
)
from carebook.core.validation import (
    validate_allergy,
    validate_appointment,
    validate_condition,
    validate_contact,
    validate_medication,
    validate_note,
    validate_patient,
    validate_preferences,
    validate_task,
)
from carebook.core.vocabularies import Paper
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store.caseload import Store
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.health_fields import ALLERGY_FIELDS, CONDITION_FIELDS, MEDICATION_FIELDS
from carebook.ui.forms.opening import form_title, run_form
from carebook.ui.forms.patient_fields import CONTACT_FIELDS, PATIENT_FIELDS
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.forms.visit_fields import APPOINTMENT_FIELDS, NOTE_FIELDS, TASK_FIELDS


def patient_form(
    record: Patient, today: date, parent: QWidget | None = None
) -> RecordForm[Patient]:
    return RecordForm(
        form_title(
            record,
            QT_TRANSLATE_NOOP("forms", "New patient"),
            QT_TRANSLATE_NOOP("forms", "Edit patient"),
        ),
        PATIENT_FIELDS,
        record,
        validate=lambda p: validate_patient(p, today),
        warn=lambda p: patient_age_doubt(p, today),
        parent=parent,
    )


def edit_patient(record: Patient, today: date, parent: QWidget | None = None) -> Patient | None:
    return run_form(patient_form(record, today, parent))


def contact_form(record: Contact, parent: QWidget | None = None) -> RecordForm[Contact]:
    return RecordForm(
        form_title(
            record,
            QT_TRANSLATE_NOOP("forms", "New contact"),
            QT_TRANSLATE_NOOP("forms", "Edit contact"),
        ),
        CONTACT_FIELDS,
        record,
        validate=validate_contact,
        parent=parent,
    )


def edit_contact(record: Contact, parent: QWidget | None = None) -> Contact | None:
    return run_form(contact_form(record, parent))


def condition_form(
    record: Condition, today: date, parent: QWidget | None = None
) -> RecordForm[Condition]:
    return RecordForm(
        form_title(
            record,
            QT_TRANSLATE_NOOP("forms", "New condition"),
            QT_TRANSLATE_NOOP("forms", "Edit condition"),
        ),
        CONDITION_FIELDS,
        record,
        validate=lambda c: validate_condition(c, today),
        parent=parent,
    )


def edit_condition(
    record: Condition, today: date, parent: QWidget | None = None
) -> Condition | None:
    return run_form(condition_form(record, today, parent))


def allergy_form(
    record: Allergy, today: date, parent: QWidget | None = None
) -> RecordForm[Allergy]:
    return RecordForm(
        form_title(
            record,
            QT_TRANSLATE_NOOP("forms", "New allergy"),
            QT_TRANSLATE_NOOP("forms", "Edit allergy"),
        ),
        ALLERGY_FIELDS,
        record,
        validate=lambda a: validate_allergy(a, today),
        warn=allergy_doubt,
        parent=parent,
    )


def allergy_doubt(allergy: Allergy) -> str | None:
    """A substance that reads like a misspelt medicine ("penicilin"): the checks match only
    names they know, so say so and suggest the name, rather than match it silently."""
    # The medicine knowledge is read when first needed, not at start.
    from carebook.core.medicine_knowledge import knowledge

    suggested = knowledge().allergy_target(allergy.substance).suggestion
    if not suggested:
        return None
    return translate(
        "forms",
        "“{substance}” is not a medicine carebook knows, so its medication "
        "checks will not match it. Did you mean “{suggested}”? Choose No to correct it.",
    ).format(substance=allergy.substance.strip(), suggested=suggested)


def edit_allergy(record: Allergy, today: date, parent: QWidget | None = None) -> Allergy | None:
    return run_form(allergy_form(record, today, parent))


def medication_form(
    record: Medication,
    contacts: Sequence[tuple[int, str]],
    parent: QWidget | None = None,
    *,
    warn: Callable[[Medication], str | None] | None = None,
) -> RecordForm[Medication]:
    """`contacts`: (id, label) of the patient's care team, offered as prescriber and pharmacy."""
    return RecordForm(
        form_title(
            record,
            QT_TRANSLATE_NOOP("forms", "New medication"),
            QT_TRANSLATE_NOOP("forms", "Edit medication"),
        ),
        MEDICATION_FIELDS,
        record,
        validate=validate_medication,
        contacts=contacts,
        warn=warn,
        parent=parent,
    )


def edit_medication(
    record: Medication,
    contacts: Sequence[tuple[int, str]],
    parent: QWidget | None = None,
    *,
    warn: Callable[[Medication], str | None] | None = None,
) -> Medication | None:
    return run_form(medication_form(record, contacts, parent, warn=warn))


def task_form(record: Task, store: Store, parent: QWidget | None = None) -> RecordForm[Task]:
    """`store` is read (never written) to find the patient a task is about."""
    return RecordForm(
        form_title(
            record, QT_TRANSLATE_NOOP("forms", "New task"), QT_TRANSLATE_NOOP("forms", "Edit task")
        ),
        TASK_FIELDS,
        record,
        validate=validate_task,
        store_for_patients=store,
        parent=parent,
    )


def edit_task(record: Task, store: Store, parent: QWidget | None = None) -> Task | None:
    return run_form(task_form(record, store, parent))


def note_form(
    record: Note, parent: QWidget | None = None, store: Store | None = None
) -> RecordForm[Note]:
    """The visit it is about is one of the patient's visits in `store` (none without one)."""
    return RecordForm(
        form_title(
            record, QT_TRANSLATE_NOOP("forms", "New note"), QT_TRANSLATE_NOOP("forms", "Edit note")
        ),
        NOTE_FIELDS,
        record,
        validate=validate_note,
        store_for_patients=store,
        parent=parent,
    )


def edit_note(
    record: Note, parent: QWidget | None = None, store: Store | None = None
) -> Note | None:
    return run_form(note_form(record, parent, store))


def appointment_form(
    record: Appointment,
    contacts: Sequence[tuple[int, str]],
    parent: QWidget | None = None,
    *,
    one_visit: bool = False,
    warn: Callable[[Appointment], str | None] | None = None,
) -> RecordForm[Appointment]:
    """The appointment form; for one visit of a series, without the repeat editor."""
    specs = tuple(s for s in APPOINTMENT_FIELDS if not (one_visit and s.kind == "repeat"))
    title = (
        translate("forms", "Edit this visit")
        if one_visit
        else form_title(
            record,
            QT_TRANSLATE_NOOP("forms", "New appointment"),
            QT_TRANSLATE_NOOP("forms", "Edit appointment"),
        )
    )
    return RecordForm(
        title,
        specs,
        record,
        validate=validate_appointment,
        contacts=contacts,
        warn=warn,
        parent=parent,
    )


def edit_appointment(
    record: Appointment,
    contacts: Sequence[tuple[int, str]],
    parent: QWidget | None = None,
    *,
    one_visit: bool = False,
    warn: Callable[[Appointment], str | None] | None = None,
) -> Appointment | None:
    return run_form(appointment_form(record, contacts, parent, one_visit=one_visit, warn=warn))


def preferences_form(
    record: Preferences, locale_paper: str, parent: QWidget | None = None, *, in_team: bool = False
) -> RecordForm[Preferences]:
    """The coordinator's preferences; `locale_paper` is what "as this computer" prints on; how
    often to sync only when the caseload belongs to a team (`in_team`)."""
    follow = QCoreApplication.translate("forms", "As this computer's region (%s)") % (
        Paper(locale_paper).label
    )
    fields: tuple[FieldSpec, ...] = (
        FieldSpec(
            "coordinator_name",
            QT_TRANSLATE_NOOP("RecordForm", "Your name"),
            placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Ann Smith"),
            max_length=80,
            hint=QT_TRANSLATE_NOOP(
                "RecordForm", "Printed at the top of day sheets and care-plan summaries"
            ),
        ),
        FieldSpec(
            "paper",
            QT_TRANSLATE_NOOP("RecordForm", "Paper"),
            "choice",
            Paper,
            allow_empty=True,
            empty_label=follow,
            hint=QT_TRANSLATE_NOOP(
                "RecordForm", "The paper your printer takes; PDFs are made the same size"
            ),
        ),
        FieldSpec(
            "lock_minutes",
            QT_TRANSLATE_NOOP("RecordForm", "Lock after"),
            "minutes",
            hint=QT_TRANSLATE_NOOP(
                "RecordForm",
                "When carebook has not been used for this long, it hides every "
                "patient detail until it is unlocked (Ctrl+L locks it at once)",
            ),
        ),
        FieldSpec(
            "travel_minutes",
            QT_TRANSLATE_NOOP("RecordForm", "Travel between visits"),
            "minutes",
            zero_label=QT_TRANSLATE_NOOP("RecordForm", "None"),
            hint=QT_TRANSLATE_NOOP(
                "RecordForm",
                "The schedule keeps this gap between two visits unless you have said how "
                "long the trip between their two places takes",
            ),
        ),
        FieldSpec(
            "reminder_minutes",
            QT_TRANSLATE_NOOP("RecordForm", "Remind me"),
            "minutes",
            zero_label=QT_TRANSLATE_NOOP("RecordForm", "Never"),
            hint=QT_TRANSLATE_NOOP(
                "RecordForm", "A desktop notice this long before a timed visit or task"
            ),
        ),
        FieldSpec(
            "notice_names",
            QT_TRANSLATE_NOOP("RecordForm", "Name the patient on notices"),
            "flag",
            hint=QT_TRANSLATE_NOOP(
                "RecordForm",
                "Otherwise a notice shows only the patient's initials and the time, "
                "so a screen seen by others tells them nothing",
            ),
        ),
        FieldSpec(
            "document_limit_mb",
            QT_TRANSLATE_NOOP("RecordForm", "Documents up to"),
            "megabytes",
            hint=QT_TRANSLATE_NOOP(
                "RecordForm",
                "The largest scan or PDF kept with a patient (kept inside the caseload, "
                "it makes its backups larger)",
            ),
        ),
    )
    if in_team:
        fields += (
            FieldSpec(
                "sync_minutes",
                QT_TRANSLATE_NOOP("RecordForm", "Sync with the team every"),
                "minutes",
                zero_label=QT_TRANSLATE_NOOP("RecordForm", "Only when asked"),
                hint=QT_TRANSLATE_NOOP(
                    "RecordForm",
                    "While carebook is open; it also syncs when it starts, when it closes "
                    "and when you press F9. This computer's own setting",
                ),
            ),
        )
    return RecordForm(
        QCoreApplication.translate("forms", "Preferences"),
        fields,
        record,
        validate=validate_preferences,
        parent=parent,
    )
