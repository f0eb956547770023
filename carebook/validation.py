"""What makes each record savable: one rule per field, each failure naming its field and the fix."""

from __future__ import annotations

import re
import typing
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime, time
from operator import attrgetter
from typing import Any

from carebook import recurrence
from carebook.domain import (
    EARLIEST_DATE,
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
    ValidationError,
)

#: Longest text kept in a one-line field, and in a free-text field (notes, instructions).
SHORT_TEXT = 300
LONG_TEXT = 20_000
#: Free-text fields; every other text field is a one-line field.
LONG_FIELDS = frozenset({"notes", "access_notes", "instructions", "details", "text", "outcome",
                         "transport_details"})
EARLIEST = EARLIEST_DATE

# A number ("2", "0.5", "2,5", "½", "1½"), optionally a range up to a second one ("1-2", "1 to 2");
# a unit may follow at once ("5mg") or after a space.
_NUMBER = r"(\d+(?:[.,]\d+)?[¼½¾⅓⅔⅛]?|[¼½¾⅓⅔⅛])"
_AMOUNT = re.compile(rf"\s*{_NUMBER}(?:\s*(?:-|to|–)\s*{_NUMBER})?(?![\d.,])")


_UNSAVABLE = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class _TextFields:
    """A record class's fields as check_lengths reads them."""

    #: the values of the fields typed plain `str`, in one call
    plain: Callable[[object], tuple[Any, ...]]
    #: those fields, and every other one, each with the most characters it keeps
    plain_limits: tuple[tuple[str, int], ...]
    other_limits: tuple[tuple[str, int], ...]


_TEXT_FIELDS: dict[type, _TextFields] = {}


def _text_fields(cls: type) -> _TextFields:
    known = _TEXT_FIELDS.get(cls)
    if known is None:
        hints = typing.get_type_hints(cls)
        limits = [(item.name, LONG_TEXT if item.name in LONG_FIELDS else SHORT_TEXT)
                  for item in fields(cls)]
        plain = [name for name, _ in limits if hints[name] is str]
        getter: Callable[[object], tuple[Any, ...]] = (
            attrgetter(*plain) if len(plain) > 1 else
            (lambda record: tuple(getattr(record, name) for name in plain)))
        known = _TEXT_FIELDS[cls] = _TextFields(
            getter, tuple(item for item in limits if item[0] in plain),
            tuple(item for item in limits if item[0] not in plain))
    return known


def check_lengths(record: object) -> None:
    """Refuse text too long to be typed (a pasted document in a name field, say), or holding a
    character that cannot be saved."""
    spec = _text_fields(type(record))
    try:
        joined = "".join(spec.plain(record))
    except TypeError:  # a field holding other than text: each is looked at below
        joined = None
    # The usual record, all its text short and savable, passes on one look at that text joined
    # up (an import checks a million cells); any other is looked at field by field.
    quick = (joined is not None and len(joined) <= SHORT_TEXT
             and _UNSAVABLE.search(joined) is None)
    for name, limit in spec.other_limits if quick else spec.plain_limits + spec.other_limits:
        value = getattr(record, name)
        if not isinstance(value, str):
            continue
        if _UNSAVABLE.search(value):
            # SQLite's text functions stop at a NUL (a name or address built in SQL would lose
            # what follows), and half a UTF-16 pair cannot be written at all. No keyboard types
            # either; a damaged file or paste might.
            raise ValidationError("This has a character in it that cannot be saved (a NUL or "
                                  "half of one, from a damaged file?); type it again.", name)
        if len(value) > limit:
            raise ValidationError(
                f"This is {len(value):,} characters long; at most {limit:,} are kept here. "
                "Shorten it, or put the full text in a note.", name)


def _not_future(value: date | None, today: date, field: str, what: str) -> None:
    if value is not None and value > today:
        raise ValidationError(f"{what} is in the future.", field)


def _plausible(value: date | None, field: str, what: str) -> None:
    if value is not None and value < EARLIEST:
        raise ValidationError(f"{what} is before {EARLIEST.year}; check the year.", field)


def _in_order(first: date | None, last: date | None, field: str, message: str) -> None:
    if first is not None and last is not None and last < first:
        raise ValidationError(message, field)


def validate_patient(patient: Patient, today: date) -> None:
    """Raise ValidationError when the patient cannot be saved as entered."""
    if not (patient.given.strip() or patient.family.strip() or patient.preferred_name.strip()):
        raise ValidationError("A patient needs a name: enter a given or family name.", "given")
    check_lengths(patient)
    _not_future(patient.birth_date, today, "birth_date", "Date of birth")
    _plausible(patient.birth_date, "birth_date", "Date of birth")
    if patient.lat is not None and not -90 <= patient.lat <= 90:
        raise ValidationError("Latitude must lie between -90 and 90.", "lat")
    if patient.lon is not None and not -180 <= patient.lon <= 180:
        raise ValidationError("Longitude must lie between -180 and 180.", "lon")
    if patient.email and "@" not in patient.email:
        raise ValidationError("An email address needs an @, e.g. name@example.org.", "email")


def validate_contact(contact: Contact) -> None:
    if not contact.name.strip():
        raise ValidationError("A contact needs a name.", "name")
    check_lengths(contact)
    if contact.email and "@" not in contact.email:
        raise ValidationError("An email address needs an @, e.g. name@example.org.", "email")


def validate_condition(condition: Condition, today: date) -> None:
    if not condition.description.strip():
        raise ValidationError("Describe the condition.", "description")
    check_lengths(condition)
    _not_future(condition.onset_date, today, "onset_date", "The onset date")
    _plausible(condition.onset_date, "onset_date", "The onset date")
    _in_order(condition.onset_date, condition.abatement_date, "abatement_date",
              "The condition cannot resolve before its onset.")


def validate_allergy(allergy: Allergy, today: date) -> None:
    if not allergy.substance.strip():
        raise ValidationError("Name the substance the patient is allergic to.", "substance")
    check_lengths(allergy)
    _not_future(allergy.noted_date, today, "noted_date", "The date noted")


def dose_amount(text: str) -> bool:
    """True when a dose starts with a positive amount ("2 tablets", "0.5 ml", "1-2 puffs")."""
    match = _AMOUNT.match(text)
    if not match:
        return False
    numbers = [_value(n) for n in match.groups() if n]
    return all(n > 0 for n in numbers) and (len(numbers) == 1 or numbers[0] <= numbers[1])


def _value(number: str) -> float:
    """"2,5" -> 2.5, "1½" -> 1.5, "¼" -> 0.25."""
    fraction = number[-1] if number and not number[-1].isdigit() else ""
    whole = number[:-1] if fraction else number
    value = float(whole.replace(",", ".")) if whole else 0.0
    return value + (unicodedata.numeric(fraction) if fraction else 0.0)


#: How a dose without a figure may begin: a number in words, or directions given elsewhere.
WORDED_DOSES = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
    "a ", "an ", "apply", "as per", "as directed", "as required", "see ", "use ", "instil",
    "insert", "inhale", "spray", "titrate", "sliding scale",
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


def validate_medication(medication: Medication) -> None:
    if not medication.name.strip():
        raise ValidationError("Enter the medication's name.", "name")
    check_lengths(medication)
    if not readable_dose(medication.dose):
        raise ValidationError(
            "The dose must start with a positive amount, e.g. \"1 tablet\" or \"2.5 ml\"; "
            "for other doses write \"as directed\" and put the directions under Instructions.",
            "dose")
    maximum = medication.max_per_day.strip()
    if maximum and not dose_amount(maximum):
        raise ValidationError("The most per day must be a positive amount, e.g. \"4\".",
                              "max_per_day")
    if medication.as_needed and not medication.as_needed_reason.strip():
        raise ValidationError("Say what an as-needed medication is taken for.",
                              "as_needed_reason")
    _plausible(medication.start_date, "start_date", "The start date")
    _in_order(medication.start_date, medication.end_date, "end_date",
              "The end date is before the start date.")


def validate_appointment(appointment: Appointment) -> None:
    check_lengths(appointment)
    if not 1 <= appointment.duration_min <= 24 * 60:
        raise ValidationError("A visit lasts between 1 minute and 24 hours.", "duration_min")
    _plausible(appointment.start.date(), "start", "The start")


def validate_task(task: Task) -> None:
    if not task.title.strip():
        raise ValidationError("A task needs a title.", "title")
    check_lengths(task)
    _plausible(task.due_date, "due_date", "The due date")
    if task.due_time is not None and task.due_date is None:
        raise ValidationError("A time needs a due date too.", "due_date")
    if task.rrule and task.due_date is None:
        raise ValidationError("A repeating task needs a due date to repeat from.", "due_date")


def validate_note(note: Note) -> None:
    if not note.text.strip():
        raise ValidationError("The note is empty.", "text")
    check_lengths(note)


NAME_LENGTH = 80
#: The window locks after 1 to 240 minutes unused: never is not offered, for a laptop full of
#: health information.
LOCK_MINUTES = (1, 240)


def validate_preferences(preferences: Preferences) -> None:
    """The coordinator's name fits the head of a printed page; the lock comes within hours."""
    name = preferences.coordinator_name
    if len(name) > NAME_LENGTH:
        raise ValidationError(f"Your name is {len(name)} characters long; at most "
                              f"{NAME_LENGTH} fit the head of a printed page.", "coordinator_name")
    if any(unicodedata.category(character).startswith("C") for character in name):
        raise ValidationError("Your name has a control character in it (a pasted tab or line "
                              "break?); type it again.", "coordinator_name")
    low, high = LOCK_MINUTES
    if not low <= preferences.lock_minutes <= high:
        raise ValidationError(f"Lock after {low} to {high} minutes.", "lock_minutes")


def _required(text: str, field: str, what: str) -> None:
    if not text.strip():
        raise ValidationError(f"{what} is needed.", field)


def validate_care_plan(plan: CarePlan) -> None:
    """A plan needs a title; its period must not end before it starts."""
    check_lengths(plan)
    _required(plan.title, "title", "A title for the plan (e.g. 'Staying safely at home')")
    _plausible(plan.period_start, "period_start", "The start")
    _in_order(plan.period_start, plan.period_end, "period_end",
              "The plan's end is before its start.")
    _in_order(plan.period_start, plan.next_review, "next_review",
              "The next review is before the plan starts.")


def validate_problem(problem: Problem) -> None:
    check_lengths(problem)
    _required(problem.description, "description", "What the problem or need is")


def validate_goal(goal: Goal) -> None:
    check_lengths(goal)
    _required(goal.description, "description", "What the goal is")
    _plausible(goal.due_date, "due_date", "The due date")


def validate_intervention(intervention: Intervention) -> None:
    check_lengths(intervention)
    _required(intervention.description, "description", "What will be done")


def validate_care_plan_review(review: CarePlanReview, today: date) -> None:
    """A review says what came of it, on a day that has come."""
    check_lengths(review)
    _plausible(review.on_date, "on_date", "The review date")
    _not_future(review.on_date, today, "on_date", "The review date")
    _required(review.outcome, "outcome", "What came of the review")


def _repeating_appointment(appointment: Appointment, _today: date) -> None:
    validate_appointment(appointment)
    if appointment.rrule:
        recurrence.parse_rule(appointment.rrule, appointment.start)


def _repeating_task(task: Task, _today: date) -> None:
    validate_task(task)  # a repeating task has a due date to repeat from
    if task.rrule and task.due_date is not None:
        recurrence.parse_rule(task.rrule, datetime.combine(task.due_date,
                                                           task.due_time or time()))


_RECORD_CHECKS: dict[type, Callable[[Any, date], None]] = {
    Patient: validate_patient,
    Contact: lambda record, _today: validate_contact(record),
    Condition: validate_condition,
    Allergy: validate_allergy,
    Medication: lambda record, _today: validate_medication(record),
    Appointment: _repeating_appointment,
    Task: _repeating_task,
    CarePlan: lambda record, _today: validate_care_plan(record),
    Problem: lambda record, _today: validate_problem(record),
    Goal: lambda record, _today: validate_goal(record),
    Intervention: lambda record, _today: validate_intervention(record),
    CarePlanReview: validate_care_plan_review,
    Note: lambda record, _today: validate_note(record),
}


def validate_record(record: object, today: date) -> None:
    """Any record as its own check above sees it, a repeat rule included (it must be one that
    can happen); for the imports, which write many kinds at once."""
    check = _RECORD_CHECKS.get(type(record))
    if check is not None:
        check(record, today)
