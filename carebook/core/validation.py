"""What makes each record savable: one rule per field, each failure naming its field and the fix."""

from __future__ import annotations

import re
import typing
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime, time
from itertools import islice
from operator import attrgetter
from typing import Any

from carebook.core import recurrence
from carebook.core.dates import EARLIEST_DATE, out_of_range, range_message
from carebook.core.errors import ValidationError
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

#: Longest text kept in a one-line field, and in a free-text field (notes, instructions).
SHORT_TEXT = 300
LONG_TEXT = 20_000
#: Free-text fields; every other text field is a one-line field.
LONG_FIELDS = frozenset(
    {"notes", "access_notes", "instructions", "details", "text", "outcome", "transport_details"}
    # what an invoice prints: a time entry's narrative, an expense's note, addresses on lines
    | {"narrative", "note", "billing_address", "payer_address", "practice_address"}
)
EARLIEST = EARLIEST_DATE

# A number ("2", "0.5", "2,5", "½", "1½"), optionally a range up to a second one ("1-2", "1 to 2");
# a unit may follow at once ("5mg") or after a space.
_NUMBER = r"(\d+(?:[.,]\d+)?[¼½¾⅓⅔⅛]?|[¼½¾⅓⅔⅛])"
_AMOUNT = re.compile(rf"\s*{_NUMBER}(?:\s*(?:-|to|–)\s*{_NUMBER})?(?![\d.,])")


_UNSAVABLE = re.compile("[\x00\ud800-\udfff]")
#: The invisible marks that reorder text: a right-to-left override makes "Smith" show as "htimS"
#: and a phone number's digits read in another order than they are dialled.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
#: Not kept in a one-line field: line breaks, tabs and other control characters, bidi controls.
_NOT_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI_CONTROLS}]")
#: Not kept in free text, which keeps its line breaks (\n, or \r\n from a Windows file) and tabs.
_NOT_FREE_TEXT = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")
#: How a field is named in a message, where its name alone would not say it.
_FIELD_WORDS = {
    "given": "The given name",
    "family": "The family name",
    "phone": "The phone number",
    "phone_alt": "The other phone number",
    "email": "The email address",
    "address_line": "The address",
    "external_id": "The MRN",
    "member_id": "The member id",
    "with_whom": "Who the visit is with",
    "max_per_day": "The most per day",
    "as_needed_reason": "What it is taken for as needed",
    "tz": "The time zone",
    "rrule": "The repeat rule",
    "birth_date": "The date of birth",
    "on_date": "The date",
    "noted_date": "The date noted",
    "abatement_date": "The date it resolved",
    "completed_at": "The date it was done",
    "written_at": "The date written",
    "period_start": "The plan's start",
    "period_end": "The plan's end",
}


def field_words(name: str) -> str:
    """ "phone" -> "The phone number": a field as a message names it."""
    return _FIELD_WORDS.get(name) or f"The {name.replace('_', ' ')}"


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
        limits = [
            (item.name, LONG_TEXT if item.name in LONG_FIELDS else SHORT_TEXT)
            for item in fields(cls)
        ]
        plain = [name for name, _ in limits if hints[name] is str]
        getter: Callable[[object], tuple[Any, ...]] = (
            attrgetter(*plain)
            if len(plain) > 1
            else (lambda record: tuple(getattr(record, name) for name in plain))
        )
        known = _TEXT_FIELDS[cls] = _TextFields(
            getter,
            tuple(item for item in limits if item[0] in plain),
            tuple(item for item in limits if item[0] not in plain),
        )
    return known


def check_lengths(record: object) -> None:
    """Refuse text too long to be typed (a pasted document in a name field, say), or holding a
    character that cannot be saved; and a line break or an invisible control character in a
    one-line field (free text keeps its line breaks and tabs)."""
    spec = _text_fields(type(record))
    try:
        joined = "".join(spec.plain(record))
    except TypeError:  # a field holding other than text: each is looked at below
        joined = None
    # The usual record, all its text short, savable and on one line, passes on one look at that
    # text joined up (an import checks a million cells); any other is looked at field by field.
    quick = (
        joined is not None
        and len(joined) <= SHORT_TEXT
        and _NOT_ONE_LINE.search(joined) is None
        and _UNSAVABLE.search(joined) is None
    )
    for name, limit in spec.other_limits if quick else spec.plain_limits + spec.other_limits:
        value = getattr(record, name)
        if not isinstance(value, str):
            continue
        if _UNSAVABLE.search(value):
            # SQLite's text functions stop at a NUL (a name or address built in SQL would lose
            # what follows), and half a UTF-16 pair cannot be written at all. No keyboard types
            # either; a damaged file or paste might.
            raise ValidationError(
                "This has a character in it that cannot be saved (a NUL or "
                "half of one, from a damaged file?); type it again.",
                name,
            )
        if len(value) > limit:
            raise ValidationError(
                f"This is {len(value):,} characters long; at most {limit:,} are kept here. "
                "Shorten it, or put the full text in a note.",
                name,
            )
        if limit == LONG_TEXT:
            if _NOT_FREE_TEXT.search(value):
                raise ValidationError(
                    f"{field_words(name)} holds an invisible control character, which can hide "
                    "or reorder what it says; type it again without it.",
                    name,
                )
        elif _NOT_ONE_LINE.search(value):
            raise ValidationError(
                f"{field_words(name)} holds a line break or an invisible control character; "
                "type it on one line.",
                name,
            )


_DATE_FIELDS: dict[type, tuple[str, ...]] = {}


def check_dates(record: object) -> None:
    """Refuse a date (or date and time) outside the dates carebook keeps, naming the field."""
    names = _DATE_FIELDS.get(type(record))
    if names is None:
        hints = typing.get_type_hints(type(record))
        names = _DATE_FIELDS[type(record)] = tuple(
            item.name
            for item in fields(type(record))  # type: ignore[arg-type]
            if {date, datetime} & {hints[item.name], *typing.get_args(hints[item.name])}
        )
    for name in names:
        value = getattr(record, name)
        day = value.date() if isinstance(value, datetime) else value
        if isinstance(day, date) and out_of_range(day):
            raise ValidationError(range_message(field_words(name), day) + ".", name)


def check_fields(record: object) -> None:
    """Every text field's length and characters, every date field's range."""
    check_lengths(record)
    check_dates(record)


def _not_future(value: date | None, today: date, field: str, what: str) -> None:
    if value is not None and value > today:
        raise ValidationError(f"{what} is in the future.", field)


def _in_order(first: date | None, last: date | None, field: str, message: str) -> None:
    if first is not None and last is not None and last < first:
        raise ValidationError(message, field)


def validate_patient(patient: Patient, today: date) -> None:
    """Raise ValidationError when the patient cannot be saved as entered."""
    if not (patient.given.strip() or patient.family.strip() or patient.preferred_name.strip()):
        raise ValidationError("A patient needs a name: enter a given or family name.", "given")
    check_fields(patient)
    _not_future(patient.birth_date, today, "birth_date", "Date of birth")
    if patient.lat is not None and not -90 <= patient.lat <= 90:
        raise ValidationError("Latitude must lie between -90 and 90.", "lat")
    if patient.lon is not None and not -180 <= patient.lon <= 180:
        raise ValidationError("Longitude must lie between -180 and 180.", "lon")
    if patient.email and "@" not in patient.email:
        raise ValidationError("An email address needs an @, e.g. name@example.org.", "email")


def validate_contact(contact: Contact) -> None:
    if not contact.name.strip():
        raise ValidationError("A contact needs a name.", "name")
    check_fields(contact)
    if contact.email and "@" not in contact.email:
        raise ValidationError("An email address needs an @, e.g. name@example.org.", "email")


def validate_condition(condition: Condition, today: date) -> None:
    if not condition.description.strip():
        raise ValidationError("Describe the condition.", "description")
    check_fields(condition)
    _not_future(condition.onset_date, today, "onset_date", "The onset date")
    _in_order(
        condition.onset_date,
        condition.abatement_date,
        "abatement_date",
        "The condition cannot resolve before its onset.",
    )


def validate_allergy(allergy: Allergy, today: date) -> None:
    if not allergy.substance.strip():
        raise ValidationError("Name the substance the patient is allergic to.", "substance")
    check_fields(allergy)
    _not_future(allergy.noted_date, today, "noted_date", "The date noted")


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


#: How a dose without a figure may begin: a number in words, or directions given elsewhere.
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
        raise ValidationError("Enter the medication's name.", "name")
    check_fields(medication)
    if not readable_dose(medication.dose):
        raise ValidationError(
            'The dose must start with a positive amount, e.g. "1 tablet" or "2.5 ml"; '
            'for other doses write "as directed" and put the directions under Instructions.',
            "dose",
        )
    maximum = medication.max_per_day.strip()
    if maximum and not dose_amount(maximum):
        raise ValidationError(
            'The most per day must be a positive amount, e.g. "4".', "max_per_day"
        )
    _in_order(
        medication.start_date,
        medication.end_date,
        "end_date",
        "The end date is before the start date.",
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
        raise ValidationError("A visit lasts between 1 minute and 24 hours.", "duration_min")


def validate_task(task: Task) -> None:
    if not task.title.strip():
        raise ValidationError("A task needs a title.", "title")
    check_fields(task)
    if task.due_time is not None and task.due_date is None:
        raise ValidationError("A time needs a due date too.", "due_date")
    if task.rrule and task.due_date is None:
        raise ValidationError("A repeating task needs a due date to repeat from.", "due_date")


def validate_note(note: Note) -> None:
    if not note.text.strip():
        raise ValidationError("The note is empty.", "text")
    check_fields(note)


NAME_LENGTH = 80
#: The window locks after 1 to 240 minutes unused: never is not offered, for a laptop full of
#: health information.
LOCK_MINUTES = (1, 240)
#: The travel between two visits and the reminder's lead, in minutes (a reminder of 0 is none).
TRAVEL_MINUTES = (0, 240)
REMINDER_MINUTES = (0, 240)


def validate_preferences(preferences: Preferences) -> None:
    """The coordinator's name fits the head of a printed page; the lock, the travel between
    visits and the reminders come within hours."""
    name = preferences.coordinator_name
    if len(name) > NAME_LENGTH:
        raise ValidationError(
            f"Your name is {len(name)} characters long; at most "
            f"{NAME_LENGTH} fit the head of a printed page.",
            "coordinator_name",
        )
    if any(unicodedata.category(character).startswith("C") for character in name):
        raise ValidationError(
            "Your name has a control character in it (a pasted tab or line break?); type it again.",
            "coordinator_name",
        )
    low, high = LOCK_MINUTES
    if not low <= preferences.lock_minutes <= high:
        raise ValidationError(f"Lock after {low} to {high} minutes.", "lock_minutes")
    low, high = TRAVEL_MINUTES
    if not low <= preferences.travel_minutes <= high:
        raise ValidationError(
            f"Travel between visits takes {low} to {high} minutes.", "travel_minutes"
        )
    if not 1 <= preferences.document_limit_mb <= 500:
        raise ValidationError("Keep documents of 1 to 500 MB.", "document_limit_mb")
    low, high = REMINDER_MINUTES
    if not low <= preferences.reminder_minutes <= high:
        raise ValidationError(
            f"Remind {low} to {high} minutes before (0 for no reminders).", "reminder_minutes"
        )


def _required(text: str, field: str, what: str) -> None:
    if not text.strip():
        raise ValidationError(f"{what} is needed.", field)


def validate_care_plan(plan: CarePlan) -> None:
    """A plan needs a title; its period must not end before it starts."""
    check_fields(plan)
    _required(plan.title, "title", "A title for the plan (e.g. 'Staying safely at home')")
    _in_order(
        plan.period_start, plan.period_end, "period_end", "The plan's end is before its start."
    )
    _in_order(
        plan.period_start,
        plan.next_review,
        "next_review",
        "The next review is before the plan starts.",
    )


def validate_problem(problem: Problem) -> None:
    check_fields(problem)
    _required(problem.description, "description", "What the problem or need is")


def validate_goal(goal: Goal) -> None:
    check_fields(goal)
    _required(goal.description, "description", "What the goal is")


def validate_intervention(intervention: Intervention) -> None:
    check_fields(intervention)
    _required(intervention.description, "description", "What will be done")


def validate_care_plan_review(review: CarePlanReview, today: date) -> None:
    """A review says what came of it, on a day that has come."""
    check_fields(review)
    _not_future(review.on_date, today, "on_date", "The review date")
    _required(review.outcome, "outcome", "What came of the review")


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
            f"This series repeats without end from {appointment.start:%d %b %Y}: by "
            f"{horizon:%d %b %Y} it would hold more than {MOST_IN_A_SERIES:,} visits, the most "
            "one series keeps. Start it later, or give it an end (a date or a number of times).",
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
