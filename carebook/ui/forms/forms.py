"""Which fields each kind of record shows in the record form, and one opener per kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from carebook.core.domain import (
    Allergy,
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    Appointment,
    AppointmentKind,
    CarePlan,
    CarePlanReview,
    CarePlanStatus,
    Condition,
    ConditionStatus,
    Contact,
    ContactRole,
    Goal,
    GoalAchievement,
    GoalLifecycle,
    Intervention,
    InterventionStatus,
    Medication,
    Note,
    NoteKind,
    Paper,
    Patient,
    PatientStatus,
    Preferences,
    Problem,
    Sex,
    Task,
    TaskPriority,
    Transport,
    ValidationError,
    parse_date,
)
from carebook.core.validation import (
    validate_allergy,
    validate_appointment,
    validate_care_plan,
    validate_care_plan_review,
    validate_condition,
    validate_contact,
    validate_goal,
    validate_intervention,
    validate_medication,
    validate_note,
    validate_patient,
    validate_preferences,
    validate_problem,
    validate_task,
)
from carebook.store.caseload import Store
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.record_form import R, RecordForm

#: Older than this is more often a mistyped year than a patient; the form asks before saving.
OLDEST_LIKELY = 110

_PHONE = "e.g. 555-0134"
_EMAIL = "e.g. name@example.org"

# Most-used field first: it has the focus when the form opens.
PATIENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "given",
        "Given name",
        placeholder="e.g. Margaret",
        hint="A given, family or preferred name is all a new patient needs",
    ),
    FieldSpec("family", "Family name", placeholder="e.g. O'Neill"),
    FieldSpec(
        "preferred_name",
        "Preferred name",
        placeholder="e.g. Peggy",
        hint="The name the patient likes to be called",
    ),
    FieldSpec("birth_date", "Date of birth", "date"),
    FieldSpec("sex", "Sex", "choice", Sex, allow_empty=True),
    FieldSpec("phone", "Phone", placeholder=_PHONE),
    FieldSpec("phone_alt", "Other phone", placeholder=_PHONE),
    FieldSpec("email", "Email", placeholder=_EMAIL),
    FieldSpec("address_line", "Address", placeholder="e.g. 12 Elm Street, Apt 3"),
    FieldSpec("city", "City"),
    FieldSpec("region", "State / region"),
    FieldSpec("postal_code", "Postal code"),
    FieldSpec(
        "language",
        "Language",
        placeholder="e.g. English, Vietnamese",
        hint="Spoken language, and whether an interpreter is needed",
    ),
    FieldSpec(
        "access_notes",
        "Access notes",
        "long_text",
        placeholder="Key safe code, pets, parking, stairs",
        hint="What a visitor needs to know to get in",
    ),
    FieldSpec("payer", "Payer", placeholder="e.g. Medicare"),
    FieldSpec("member_id", "Member ID"),
    FieldSpec("external_id", "MRN", hint="Medical record number in another system"),
    FieldSpec("status", "Status", "choice", PatientStatus),
    FieldSpec("notes", "Notes", "long_text"),
)

CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "Name", required=True, placeholder="e.g. Dr. Amal Haddad"),
    FieldSpec("role", "Role", "choice", ContactRole),
    FieldSpec("organization", "Organization", placeholder="e.g. Riverside Pharmacy"),
    FieldSpec("phone", "Phone", placeholder=_PHONE),
    FieldSpec("fax", "Fax"),
    FieldSpec("email", "Email", placeholder=_EMAIL),
    FieldSpec("address", "Address"),
    FieldSpec("notes", "Notes", "long_text"),
)

CONDITION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("description", "Condition", required=True, placeholder="e.g. Type 2 diabetes"),
    FieldSpec("status", "Status", "choice", ConditionStatus),
    FieldSpec("onset_date", "Onset", "date"),
    FieldSpec("abatement_date", "Resolved on", "date"),
    FieldSpec("code", "Code", placeholder="e.g. E11.9", hint="A diagnosis code, if known"),
    FieldSpec("notes", "Notes", "long_text"),
)

ALLERGY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("substance", "Substance", required=True, placeholder="e.g. Penicillin"),
    FieldSpec("reaction", "Reaction", placeholder="e.g. Rash, swelling"),
    FieldSpec("severity", "Severity", "choice", AllergySeverity, allow_empty=True),
    FieldSpec(
        "criticality",
        "Criticality",
        "choice",
        AllergyCriticality,
        allow_empty=True,
        hint="How dangerous a future reaction could be",
    ),
    FieldSpec("status", "Status", "choice", AllergyStatus),
    FieldSpec("noted_date", "Noted on", "date"),
)

MEDICATION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "Medication", required=True, placeholder="e.g. Metformin"),
    FieldSpec("strength", "Strength", placeholder="e.g. 500 mg"),
    FieldSpec(
        "dose",
        "Dose",
        placeholder="e.g. 1 tablet",
        hint='An amount ("2 tablets", "1-2 puffs") or words ("apply thinly")',
    ),
    FieldSpec("route", "Route", placeholder="e.g. by mouth"),
    FieldSpec("frequency", "Frequency", placeholder="e.g. twice daily"),
    FieldSpec("times_of_day", "Times of day", placeholder="e.g. 08:00, 20:00"),
    FieldSpec("as_needed", "Taken as needed", "flag"),
    FieldSpec("as_needed_reason", "As needed for", placeholder="e.g. pain"),
    FieldSpec("max_per_day", "Most per day", placeholder="e.g. 4"),
    FieldSpec("indication", "Taken for", placeholder="e.g. blood sugar"),
    FieldSpec("prescriber_id", "Prescriber", "contact"),
    FieldSpec("pharmacy_id", "Pharmacy", "contact"),
    FieldSpec("start_date", "Started", "date"),
    FieldSpec("end_date", "Ends", "date"),
    FieldSpec("instructions", "Instructions", "long_text", placeholder="e.g. Take with food"),
    FieldSpec("next_review", "Next review", "date"),
)

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
        "contact",
        hint="The appointment this note records, if any",
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


CARE_PLAN_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "Title", required=True, placeholder="e.g. Staying safely at home"),
    FieldSpec("status", "Status", "choice", CarePlanStatus),
    FieldSpec("period_start", "Starts", "date"),
    FieldSpec("period_end", "Ends", "date", hint="Leave empty while the plan runs"),
    FieldSpec(
        "next_review",
        "Next review",
        "date",
        hint="The review shows on the Agenda from this day until it is recorded",
    ),
    FieldSpec("notes", "Notes", "long_text", lines=3),
)

PROBLEM_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "description",
        "Problem or need",
        required=True,
        placeholder="e.g. Falls at home",
        hint="In your own words, or choose one of the patient's conditions below",
    ),
    FieldSpec(
        "condition_id",
        "From condition",
        "contact",
        empty_label="(none: written freely)",
        hint="Choosing a condition fills in the problem, unless you have written one",
    ),
)

GOAL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("description", "Goal", required=True, placeholder="e.g. Walks to the shop safely"),
    FieldSpec(
        "target",
        "Measurable target",
        placeholder="e.g. Twice a week, unaided",
        hint="How you will know the goal is met",
    ),
    FieldSpec(
        "due_date", "Due", "date", hint="The goal shows on the Agenda for review from this day"
    ),
    FieldSpec("lifecycle", "Status", "choice", GoalLifecycle),
    FieldSpec("achievement", "Achievement", "choice", GoalAchievement, allow_empty=True),
    FieldSpec(
        "problem_id", "For problem", "contact", hint="The problem or need this goal answers, if any"
    ),
)

INTERVENTION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "description", "What", required=True, placeholder="e.g. Strength and balance exercises"
    ),
    FieldSpec(
        "contact_id",
        "Who (care team)",
        "contact",
        hint="Someone on the patient's care team who carries it out",
    ),
    FieldSpec(
        "performer",
        "Who (in words)",
        placeholder="e.g. Daughter, home care agency",
        hint="Someone not on the care team, or more about who does it",
    ),
    FieldSpec("frequency", "How often", placeholder="e.g. Twice a week"),
    FieldSpec("status", "Status", "choice", InterventionStatus),
    FieldSpec("goal_id", "For goal", "contact", hint="The goal this works towards, if any"),
)

REVIEW_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("on_date", "Reviewed on", "date", required=True),
    FieldSpec(
        "outcome",
        "Outcome",
        "long_text",
        required=True,
        lines=4,
        placeholder="What was found, what changes",
        hint="Ctrl+Return saves from here",
    ),
)

#: Recording a review also says when the next one is due.
RECORD_REVIEW_FIELDS: tuple[FieldSpec, ...] = (
    *REVIEW_FIELDS,
    FieldSpec(
        "next_review", "Next review", "date", hint="Leave empty when no further review is planned"
    ),
)


@dataclass(slots=True, kw_only=True)
class ReviewEntry:
    """What the "Record review" form edits: the review, and when the plan is next reviewed."""

    care_plan_id: int
    on_date: date
    outcome: str = ""
    next_review: date | None = None

    def review(self) -> CarePlanReview:
        return CarePlanReview(
            care_plan_id=self.care_plan_id, on_date=self.on_date, outcome=self.outcome
        )


def validate_review_entry(entry: ReviewEntry, today: date) -> None:
    validate_care_plan_review(entry.review(), today)
    if entry.next_review is not None and entry.next_review <= entry.on_date:
        raise ValidationError(
            QCoreApplication.translate("forms", "The next review must come after this one."),
            "next_review",
        )


def _run(form: RecordForm[R]) -> R | None:
    """Wait for the user, then let the dialog go (it is parented, so it would linger)."""
    try:
        return form.run()
    finally:
        form.deleteLater()


def _title(record: object, new: str, existing: str) -> str:
    text = new if getattr(record, "id", None) is None else existing
    return QCoreApplication.translate("forms", text)


def patient_age_doubt(patient: Patient, today: date) -> str | None:
    """A question worth asking before saving: an age that is more likely a typo than true."""
    age = patient.age(today)
    if age is not None and age > OLDEST_LIKELY:
        return QCoreApplication.translate(
            "forms", "Born %s makes this patient %s years old; check the year."
        ) % (patient.birth_date, age)
    return None


# -- one form and one opener per kind: the form for tests and embedding, the opener for use ------


def patient_form(
    record: Patient, today: date, parent: QWidget | None = None
) -> RecordForm[Patient]:
    return RecordForm(
        _title(record, "New patient", "Edit patient"),
        PATIENT_FIELDS,
        record,
        validate=lambda p: validate_patient(p, today),
        warn=lambda p: patient_age_doubt(p, today),
        parent=parent,
    )


def edit_patient(record: Patient, today: date, parent: QWidget | None = None) -> Patient | None:
    return _run(patient_form(record, today, parent))


def contact_form(record: Contact, parent: QWidget | None = None) -> RecordForm[Contact]:
    return RecordForm(
        _title(record, "New contact", "Edit contact"),
        CONTACT_FIELDS,
        record,
        validate=validate_contact,
        parent=parent,
    )


def edit_contact(record: Contact, parent: QWidget | None = None) -> Contact | None:
    return _run(contact_form(record, parent))


def condition_form(
    record: Condition, today: date, parent: QWidget | None = None
) -> RecordForm[Condition]:
    return RecordForm(
        _title(record, "New condition", "Edit condition"),
        CONDITION_FIELDS,
        record,
        validate=lambda c: validate_condition(c, today),
        parent=parent,
    )


def edit_condition(
    record: Condition, today: date, parent: QWidget | None = None
) -> Condition | None:
    return _run(condition_form(record, today, parent))


def allergy_form(
    record: Allergy, today: date, parent: QWidget | None = None
) -> RecordForm[Allergy]:
    return RecordForm(
        _title(record, "New allergy", "Edit allergy"),
        ALLERGY_FIELDS,
        record,
        validate=lambda a: validate_allergy(a, today),
        parent=parent,
    )


def edit_allergy(record: Allergy, today: date, parent: QWidget | None = None) -> Allergy | None:
    return _run(allergy_form(record, today, parent))


def medication_form(
    record: Medication,
    contacts: Sequence[tuple[int, str]],
    parent: QWidget | None = None,
    *,
    warn: Callable[[Medication], str | None] | None = None,
) -> RecordForm[Medication]:
    """`contacts`: (id, label) of the patient's care team, offered as prescriber and pharmacy."""
    return RecordForm(
        _title(record, "New medication", "Edit medication"),
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
    return _run(medication_form(record, contacts, parent, warn=warn))


def task_form(record: Task, store: Store, parent: QWidget | None = None) -> RecordForm[Task]:
    """`store` is read (never written) to find the patient a task is about."""
    return RecordForm(
        _title(record, "New task", "Edit task"),
        TASK_FIELDS,
        record,
        validate=validate_task,
        store_for_patients=store,
        parent=parent,
    )


def edit_task(record: Task, store: Store, parent: QWidget | None = None) -> Task | None:
    return _run(task_form(record, store, parent))


def note_form(
    record: Note, parent: QWidget | None = None, visits: Sequence[tuple[int, str]] = ()
) -> RecordForm[Note]:
    """`visits`: (appointment id, label) of the patient's appointments the note may be about."""
    return RecordForm(
        _title(record, "New note", "Edit note"),
        NOTE_FIELDS,
        record,
        validate=validate_note,
        contacts=visits,
        parent=parent,
    )


def edit_note(
    record: Note, parent: QWidget | None = None, visits: Sequence[tuple[int, str]] = ()
) -> Note | None:
    return _run(note_form(record, parent, visits))


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
        "Edit this visit" if one_visit else _title(record, "New appointment", "Edit appointment")
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
    return _run(appointment_form(record, contacts, parent, one_visit=one_visit, warn=warn))


def preferences_form(
    record: Preferences, locale_paper: str, parent: QWidget | None = None
) -> RecordForm[Preferences]:
    """The coordinator's preferences; `locale_paper` is what "as this computer" prints on."""
    follow = QCoreApplication.translate("forms", "As this computer's region (%s)") % (
        Paper(locale_paper).label
    )
    fields = (
        FieldSpec(
            "coordinator_name",
            "Your name",
            placeholder="e.g. Ann Smith",
            max_length=80,
            hint="Printed at the top of day sheets and care-plan summaries",
        ),
        FieldSpec(
            "paper",
            "Paper",
            "choice",
            Paper,
            allow_empty=True,
            empty_label=follow,
            hint="The paper your printer takes; PDFs are made the same size",
        ),
        FieldSpec(
            "lock_minutes",
            "Lock after",
            "minutes",
            hint="When carebook has not been used for this long, it hides every "
            "patient detail until it is unlocked (Ctrl+L locks it at once)",
        ),
    )
    return RecordForm(
        QCoreApplication.translate("forms", "Preferences"),
        fields,
        record,
        validate=validate_preferences,
        parent=parent,
    )


# -- care plans: the plan, its parts, and its reviews -------------------------------------------


def care_plan_form(record: CarePlan, parent: QWidget | None = None) -> RecordForm[CarePlan]:
    return RecordForm(
        _title(record, "New care plan", "Edit care plan"),
        CARE_PLAN_FIELDS,
        record,
        validate=validate_care_plan,
        parent=parent,
    )


def edit_care_plan(record: CarePlan, parent: QWidget | None = None) -> CarePlan | None:
    return _run(care_plan_form(record, parent))


def problem_form(
    record: Problem, conditions: Sequence[Condition], parent: QWidget | None = None
) -> RecordForm[Problem]:
    """`conditions`: the patient's, offered to pick from; picking one fills in the description
    while the description is empty or still the one the last pick filled in."""
    offered = [
        (
            c.id,
            c.description
            if c.status is ConditionStatus.ACTIVE
            else f"{c.description} ({c.status.label.lower()})",
        )
        for c in conditions
        if c.id is not None
    ]
    form = RecordForm(
        _title(record, "New problem or need", "Edit problem or need"),
        PROBLEM_FIELDS,
        record,
        validate=validate_problem,
        pickers={"condition_id": offered},
        parent=parent,
    )
    described = {c.id: c.description for c in conditions}
    description, picker = form.editor("description"), form.editor("condition_id")
    assert isinstance(description, QLineEdit) and isinstance(picker, QComboBox)
    filled = [described.get(record.condition_id, "")]

    def picked(_index: int) -> None:
        text = described.get(picker.currentData(), "")
        if text and description.text().strip() in ("", filled[0]):
            description.setText(text)
            filled[0] = text

    picker.currentIndexChanged.connect(picked)
    return form


def edit_problem(
    record: Problem, conditions: Sequence[Condition], parent: QWidget | None = None
) -> Problem | None:
    return _run(problem_form(record, conditions, parent))


def goal_form(
    record: Goal, problems: Sequence[tuple[int, str]], parent: QWidget | None = None
) -> RecordForm[Goal]:
    """`problems`: (id, description) of the plan's problems the goal may answer."""
    return RecordForm(
        _title(record, "New goal", "Edit goal"),
        GOAL_FIELDS,
        record,
        validate=validate_goal,
        pickers={"problem_id": problems},
        parent=parent,
    )


def edit_goal(
    record: Goal, problems: Sequence[tuple[int, str]], parent: QWidget | None = None
) -> Goal | None:
    return _run(goal_form(record, problems, parent))


def intervention_form(
    record: Intervention,
    team: Sequence[tuple[int, str]],
    goals: Sequence[tuple[int, str]],
    parent: QWidget | None = None,
) -> RecordForm[Intervention]:
    """`team`: (contact id, label) of the patient's care team; `goals`: the plan's goals."""
    return RecordForm(
        _title(record, "New intervention", "Edit intervention"),
        INTERVENTION_FIELDS,
        record,
        validate=validate_intervention,
        pickers={"contact_id": team, "goal_id": goals},
        parent=parent,
    )


def edit_intervention(
    record: Intervention,
    team: Sequence[tuple[int, str]],
    goals: Sequence[tuple[int, str]],
    parent: QWidget | None = None,
) -> Intervention | None:
    return _run(intervention_form(record, team, goals, parent))


def review_form(
    record: CarePlanReview, today: date, parent: QWidget | None = None
) -> RecordForm[CarePlanReview]:
    """A review already recorded: its date and outcome (the next review is the plan's)."""
    return RecordForm(
        QCoreApplication.translate("forms", "Edit review"),
        REVIEW_FIELDS,
        record,
        validate=lambda r: validate_care_plan_review(r, today),
        parent=parent,
    )


def edit_review(
    record: CarePlanReview, today: date, parent: QWidget | None = None
) -> CarePlanReview | None:
    return _run(review_form(record, today, parent))


def record_review_form(
    entry: ReviewEntry, today: date, interval: Callable[[date], date], parent: QWidget | None = None
) -> RecordForm[ReviewEntry]:
    """A new review; the next review date follows the review date by `interval` until the
    user types a next review date of their own."""
    form = RecordForm(
        QCoreApplication.translate("forms", "Record review"),
        RECORD_REVIEW_FIELDS,
        entry,
        validate=lambda e: validate_review_entry(e, today),
        parent=parent,
    )
    on_date, next_review = form.editor("on_date"), form.editor("next_review")
    assert isinstance(on_date, QLineEdit) and isinstance(next_review, QLineEdit)
    proposed = [next_review.text()]

    def moved(text: str) -> None:
        if next_review.text() != proposed[0]:
            return  # typed by the user: theirs to keep
        try:
            day = parse_date(text.strip())
        except ValidationError:
            return
        proposed[0] = interval(day).isoformat()
        next_review.setText(proposed[0])

    on_date.textChanged.connect(moved)
    return form


def edit_record_review(
    entry: ReviewEntry, today: date, interval: Callable[[date], date], parent: QWidget | None = None
) -> ReviewEntry | None:
    return _run(record_review_form(entry, today, interval, parent))
