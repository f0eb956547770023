"""What makes each record savable: one rule per field, each failure naming its field and the fix."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from itertools import islice

from carebook.core import recurrence
from carebook.core.calendar_words import day_text
from carebook.core.dates import EARLIEST_DATE
from carebook.core.errors import ValidationError
from carebook.core.field_checks import LONG_FIELDS as LONG_FIELDS
from carebook.core.field_checks import LONG_TEXT as LONG_TEXT
from carebook.core.field_checks import SHORT_TEXT as SHORT_TEXT
from carebook.core.field_checks import check_fields as check_fields
from carebook.core.field_checks import check_lengths as check_lengths
from carebook.core.incomplete import incomplete_medication
from carebook.core.records import (
    Allergy,
    Appointment,
    CarePlan,
    CarePlanReview,
    Condition,
    Contact,
    Goal,
    Intervention,
    Medication,
    Note,
    Patient,
    Preferences,
    Problem,
    Task,
)
from carebook.core.repeat_limits import MOST_IN_A_SERIES, horizon_from
from carebook.core.words import translate

EARLIEST = EARLIEST_DATE

# A number ("2", "0.5", "2,5", "½", "1½"), optionally a range up to a second one ("1-2", "1 to 2");
# a unit may follow at once ("5mg") or after a space.
_NUMBER = r"(\d+(?:[.,]\d+)?[¼½¾⅓⅔⅛]?|[¼½¾⅓⅔⅛])"
_AMOUNT = re.compile(rf"\s*{_NUMBER}(?:\s*(?:-|to|–)\s*{_NUMBER})?(?![\d.,])")


def _not_future(value: date | None, today: date, field: str, what: str) -> None:
    if value is not None and value > today:
        raise ValidationError(
            translate("Validation", "{what} is in the future.").format(what=what), field
        )


def _in_order(first: date | None, last: date | None, field: str, message: str) -> None:
    if first is not None and last is not None and last < first:
        raise ValidationError(message, field)


def validate_patient(patient: Patient, today: date) -> None:
    """Raise ValidationError when the patient cannot be saved as entered."""
    if not (patient.given.strip() or patient.family.strip() or patient.preferred_name.strip()):
        raise ValidationError(
            translate("Validation", "A patient needs a name: enter a given or family name."),
            "given",
        )
    check_fields(patient)
    _not_future(patient.birth_date, today, "birth_date", translate("Validation", "Date of birth"))
    if patient.lat is not None and not -90 <= patient.lat <= 90:
        raise ValidationError(
            translate("Validation", "Latitude must lie between -90 and 90."), "lat"
        )
    if patient.lon is not None and not -180 <= patient.lon <= 180:
        raise ValidationError(
            translate("Validation", "Longitude must lie between -180 and 180."), "lon"
        )
    if patient.email and "@" not in patient.email:
        raise ValidationError(
            translate("Validation", "An email address needs an @, e.g. name@example.org."), "email"
        )


def validate_contact(contact: Contact) -> None:
    if not contact.name.strip():
        raise ValidationError(translate("Validation", "A contact needs a name."), "name")
    check_fields(contact)
    if contact.email and "@" not in contact.email:
        raise ValidationError(
            translate("Validation", "An email address needs an @, e.g. name@example.org."), "email"
        )


def validate_condition(condition: Condition, today: date) -> None:
    if not condition.description.strip():
        raise ValidationError(translate("Validation", "Describe the condition."), "description")
    check_fields(condition)
    _not_future(
        condition.onset_date, today, "onset_date", translate("Validation", "The onset date")
    )
    _in_order(
        condition.onset_date,
        condition.abatement_date,
        "abatement_date",
        translate("Validation", "The condition cannot resolve before its onset."),
    )


def validate_allergy(allergy: Allergy, today: date) -> None:
    if not allergy.substance.strip():
        raise ValidationError(
            translate("Validation", "Name the substance the patient is allergic to."), "substance"
        )
    check_fields(allergy)
    _not_future(allergy.noted_date, today, "noted_date", translate("Validation", "The date noted"))


def dose_amount(text: str) -> bool:
    """True when a dose starts with a positive amount ("2 tablets", "0.5 ml", "1-2 puffs")."""
    match = _AMOUNT.match(text)
    if not match:
        return False
    numbers = [_value(n) for n in match.groups() if n]
    return all(n > 0 for n in numbers) and (len(numbers) == 1 or numbers[0] <= numbers[1])


def _value(number: str) -> float:
    """ "2,5" -> 2.5, "1½" -> 1.5, "¼" -> 0.25."""
    fraction = number[-1] if number and not number[-1].isdigit() else ""
    whole = number[:-1] if fraction else number
    value = float(whole.replace(",", ".")) if whole else 0.0
    return value + (unicodedata.numeric(fraction) if fraction else 0.0)


#: How a dose without a figure may begin: a number in words, or directions given elsewhere,
#: in English or Spanish.
WORDED_DOSES = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "half",
    "a ",
    "an ",
    "apply",
    "as per",
    "as directed",
    "as required",
    "see ",
    "use ",
    "instil",
    "insert",
    "inhale",
    "spray",
    "titrate",
    "sliding scale",
    # The same in Spanish: a dose is written in the words of whoever wrote the order, whatever
    # language carebook speaks.
    "un ",
    "una ",
    "uno ",
    "dos ",
    "tres ",
    "cuatro ",
    "cinco ",
    "seis ",
    "siete ",
    "ocho ",
    "nueve ",
    "diez ",
    "media ",
    "medio ",
    "aplicar",
    "según",
    "como se indica",
    "como indicado",
    "ver ",
    "usar",
    "instilar",
    "insertar",
    "inhalar",
    "rociar",
    "escala móvil",
)


def readable_dose(text: str) -> bool:
    """A dose a carer can follow: a positive amount, a number in words, or stated directions.

    "Lots" or "x" are refused; "apply thinly" and "as per INR book" are real doses.
    """
    dose = text.strip()
    if not dose:
        return True
    if not dose[0].isalpha():
        return dose_amount(dose)
    lowered = dose.casefold() + " "
    return any(lowered.startswith(opening) for opening in WORDED_DOSES)


def check_medication(medication: Medication) -> None:
    """Refuse a medication carebook cannot keep: no name, a dose or most per day that does not
    read, an end before its start. What is only missing (an as-needed reason) is not refused
    here (see core.incomplete): an import keeps such a medication and says what it lacks."""
    if not medication.name.strip():
        raise ValidationError(translate("Validation", "Enter the medication's name."), "name")
    check_fields(medication)
    if not readable_dose(medication.dose):
        raise ValidationError(
            translate(
                "Validation",
                'The dose must start with a positive amount, e.g. "1 tablet" or "2.5 '
                'ml"; for other doses write "as directed" and put the directions under '
                "Instructions.",
            ),
            "dose",
        )
    maximum = medication.max_per_day.strip()
    if maximum and not dose_amount(maximum):
        raise ValidationError(
            translate("Validation", 'The most per day must be a positive amount, e.g. "4".'),
            "max_per_day",
        )
    _in_order(
        medication.start_date,
        medication.end_date,
        "end_date",
        translate("Validation", "The end date is before the start date."),
    )


def validate_medication(medication: Medication) -> None:
    """A medication as its form checks it: keepable, and with what the form asks for (an
    as-needed medication says what it is taken for)."""
    check_medication(medication)
    for missing in incomplete_medication(medication):
        raise ValidationError(missing.ask, missing.field)


def validate_appointment(appointment: Appointment) -> None:
    check_fields(appointment)
    if not 1 <= appointment.duration_min <= 24 * 60:
        raise ValidationError(
            translate("Validation", "A visit lasts between 1 minute and 24 hours."), "duration_min"
        )


def validate_task(task: Task) -> None:
    if not task.title.strip():
        raise ValidationError(translate("Validation", "A task needs a title."), "title")
    check_fields(task)
    if task.due_time is not None and task.due_date is None:
        raise ValidationError(translate("Validation", "A time needs a due date too."), "due_date")
    if task.rrule and task.due_date is None:
        raise ValidationError(
            translate("Validation", "A repeating task needs a due date to repeat from."), "due_date"
        )


def validate_note(note: Note) -> None:
    if not note.text.strip():
        raise ValidationError(translate("Validation", "The note is empty."), "text")
    check_fields(note)


NAME_LENGTH = 80
#: The window locks after 1 to 240 minutes unused: never is not offered, for a laptop full of
#: health information.
LOCK_MINUTES = (1, 240)
#: How often a team's caseload may sync: from "only when asked" (0) to once a day.
SYNC_MINUTES = (0, 24 * 60)
#: The travel between two visits and the reminder's lead, in minutes (a reminder of 0 is none).
TRAVEL_MINUTES = (0, 240)
REMINDER_MINUTES = (0, 240)


def validate_preferences(preferences: Preferences) -> None:
    """The coordinator's name fits the head of a printed page; the lock, the travel between
    visits and the reminders come within hours."""
    name = preferences.coordinator_name
    if len(name) > NAME_LENGTH:
        raise ValidationError(
            translate(
                "Validation",
                "Your name is {count} characters long; at most {name_length} fit the "
                "head of a printed page.",
            ).format(count=len(name), name_length=NAME_LENGTH),
            "coordinator_name",
        )
    if any(unicodedata.category(character).startswith("C") for character in name):
        raise ValidationError(
            translate(
                "Validation",
                "Your name has a control character in it (a pasted tab or line "
                "break?); type it again.",
            ),
            "coordinator_name",
        )
    # Each number within its bounds, checked in the form's order; the message says the bounds.
    ranges = (
        (
            "lock_minutes",
            LOCK_MINUTES,
            translate("Validation", "Lock after {low} to {high} minutes."),
        ),
        (
            "travel_minutes",
            TRAVEL_MINUTES,
            translate("Validation", "Travel between visits takes {low} to {high} minutes."),
        ),
        ("document_limit_mb", (1, 500), translate("Validation", "Keep documents of 1 to 500 MB.")),
        (
            "reminder_minutes",
            REMINDER_MINUTES,
            translate("Validation", "Remind {low} to {high} minutes before (0 for no reminders)."),
        ),
        (
            "sync_minutes",
            SYNC_MINUTES,
            translate(
                "Validation", "Sync every {low} to {high} minutes (0 syncs only when asked)."
            ),
        ),
    )
    for field, (low, high), message in ranges:
        if not low <= getattr(preferences, field) <= high:
            raise ValidationError(message.format(low=low, high=high), field)


def _required(text: str, field: str, what: str) -> None:
    if not text.strip():
        raise ValidationError(translate("Validation", "{what} is needed.").format(what=what), field)


def validate_care_plan(plan: CarePlan) -> None:
    """A plan needs a title; its period must not end before it starts."""
    check_fields(plan)
    _required(
        plan.title,
        "title",
        translate("Validation", "A title for the plan (e.g. 'Staying safely at home')"),
    )
    _in_order(
        plan.period_start,
        plan.period_end,
        "period_end",
        translate("Validation", "The plan's end is before its start."),
    )
    _in_order(
        plan.period_start,
        plan.next_review,
        "next_review",
        translate("Validation", "The next review is before the plan starts."),
    )


def validate_problem(problem: Problem) -> None:
    check_fields(problem)
    _required(
        problem.description, "description", translate("Validation", "What the problem or need is")
    )


def validate_goal(goal: Goal) -> None:
    check_fields(goal)
    _required(goal.description, "description", translate("Validation", "What the goal is"))


def validate_intervention(intervention: Intervention) -> None:
    check_fields(intervention)
    _required(intervention.description, "description", translate("Validation", "What will be done"))


def validate_care_plan_review(review: CarePlanReview, today: date) -> None:
    """A review says what came of it, on a day that has come."""
    check_fields(review)
    _not_future(review.on_date, today, "on_date", translate("Validation", "The review date"))
    _required(review.outcome, "outcome", translate("Validation", "What came of the review"))


def check_rule(rule: str, anchor: datetime) -> None:
    """The repeat rule must read, happen, and keep within carebook's limits (ValidationError
    naming the rule's field)."""
    try:
        recurrence.parse_rule(rule, anchor)
    except ValidationError as error:
        raise ValidationError(str(error), "rrule") from None


def validate_repeats(appointment: Appointment, today: date) -> None:
    """A series' rule, and for one without end, how many visits it would already hold.

    Such a series is laid out from its start to a season or two ahead of today: one started
    decades ago (a slip of the year, or an old record imported) would fill the caseload file.
    """
    if not appointment.rrule:
        return
    check_rule(appointment.rrule, appointment.start)
    if recurrence.last_start(appointment) is not None:
        return  # it ends: the rule's own limits hold it
    horizon = horizon_from(today)
    held = sum(1 for _ in islice(recurrence.starts(appointment, horizon), MOST_IN_A_SERIES + 1))
    if held > MOST_IN_A_SERIES:
        raise ValidationError(
            translate(
                "Validation",
                "This series repeats without end from {start}: by {horizon} it would "
                "hold more than {most_in_a_series:,} visits, the most one series "
                "keeps. Start it later, or give it an end (a date or a number of "
                "times).",
            ).format(
                start=day_text(appointment.start),
                horizon=day_text(horizon),
                most_in_a_series=MOST_IN_A_SERIES,
            ),
            "rrule",
        )


def validate_repeating_appointment(appointment: Appointment, today: date) -> None:
    """An appointment as its form checks it, with its repeat rule within carebook's limits."""
    validate_appointment(appointment)
    validate_repeats(appointment, today)


def validate_repeating_task(task: Task, _today: date) -> None:
    """A task as its form checks it, with a repeat rule that can happen."""
    validate_task(task)  # a repeating task has a due date to repeat from
    if task.rrule and task.due_date is not None:
        check_rule(task.rrule, datetime.combine(task.due_date, task.due_time or time()))
