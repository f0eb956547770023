"""What the Today tab and the reminders say: the day's lines, its counts, the notices due."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from carebook.core.calendar_words import clock_text, month_name, month_short, weekday_name
from carebook.core.money import format_cents
from carebook.core.schedule import overlapping
from carebook.core.views import AgendaTask, ReviewDue, Visit
from carebook.core.vocabularies import AppointmentStatus, TaskPriority
from carebook.core.words import QT_TRANSLATE_NOOP, translate

#: Urgent before routine: the order of a task's priority on Today.
PRIORITY_RANK = {TaskPriority.ASAP: 0, TaskPriority.URGENT: 1, TaskPriority.ROUTINE: 2}


@dataclass(slots=True, kw_only=True)
class PatientWarnings:
    """One patient's medication warnings, as Today lists them."""

    patient_id: int
    patient: str
    explanations: tuple[str, ...]


@dataclass(slots=True, kw_only=True)
class TodayCounts:
    """What the tray and the status bar count: urgent and overdue tasks, visits left today."""

    urgent: int = 0
    overdue: int = 0
    visits_left: int = 0


@dataclass(frozen=True, slots=True)
class Unbilled:
    """The time no invoice holds yet, all clients."""

    minutes: int
    cents: int
    clients: int


@dataclass(frozen=True, slots=True)
class OverdueInvoice:
    """An issued invoice past its due day with a balance left."""

    invoice_id: int
    number: int
    client: str
    patient_id: int | None
    days_overdue: int
    balance_cents: int


@dataclass(slots=True, kw_only=True)
class TodayView:
    """Everything Today shows, each list cut at its first lines, with the totals."""

    today: date
    now: datetime
    #: The day whose visits are shown: today, the next day with visits when today has none,
    #: or None when no visit is booked from today on.
    day: date | None
    visits: list[Visit] = field(default_factory=list)
    visit_total: int = 0
    tasks: list[AgendaTask] = field(default_factory=list)
    task_total: int = 0
    reviews: list[ReviewDue] = field(default_factory=list)
    review_total: int = 0
    warnings: list[PatientWarnings] = field(default_factory=list)
    urgent: int = 0  # of the tasks to do, those urgent or asap
    overdue: int = 0  # and those due before today
    has_patients: bool = True
    #: The practice's unbilled time, None when there is none; invoices overdue; the currency.
    unbilled: Unbilled | None = None
    overdue_invoices: list[OverdueInvoice] = field(default_factory=list)
    currency: str = "USD"

    @property
    def ahead(self) -> bool:
        """True when the visits shown are those of a later day (today has none)."""
        return self.day is not None and self.day != self.today


def day_words(day: date, today: date) -> str:
    """ "Monday 8 December" ("Monday 8 December 2027" in another year)."""
    names = {"weekday": weekday_name(day), "day": day.day, "month": month_name(day.month)}
    if day.year == today.year:
        return translate("Today", "{weekday} {day} {month}").format(**names)
    return translate("Today", "{weekday} {day} {month} {year}").format(**names, year=day.year)


def visits_heading(view: TodayView) -> str:
    """What the timeline is: today's visits, or why it shows another day's."""
    if view.day is None:
        return translate("Today", "No visits today, and none booked ahead.")
    if view.ahead:
        return translate("Today", "No visits today. Next visits: {day}").format(
            day=day_words(view.day, view.today)
        )
    return translate("Today", "Today's visits ({count:,})").format(count=view.visit_total)


#: What a visit's line ends with once it is no longer booked.
_MARKS = {
    AppointmentStatus.DONE: QT_TRANSLATE_NOOP("Today", "  ✓ Done"),
    AppointmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("Today", "  ✗ No-show"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("Today", "  Cancelled"),
}


def visit_line(visit: Visit) -> str:
    """ "09:00–09:45  Ada Lovelace · Home visit · 12 High St, Leeds  ✓ Done"."""
    where = visit.location or visit.address
    parts = [visit.patient, visit.kind.label, *([where] if where else [])]
    line = f"{clock_text(visit.start)}–{clock_text(visit.end)}  {' · '.join(parts)}"
    mark = _MARKS.get(visit.status)
    return line + (translate("Today", mark) if mark else "")


def overlap_marks(visits: Sequence[Visit]) -> list[str]:
    """For each visit, what Today adds when it overlaps another of the day's visits shown:
    "  ⚠ Overlaps 10:45 David Mitchell" (or "… and 2 more"), else nothing."""
    crossing = overlapping(visits)
    marks: list[str] = []
    for others in crossing:
        if not others:
            marks.append("")
            continue
        first = visits[min(others, key=lambda n: (visits[n].start, n))]
        said = {"time": clock_text(first.start), "patient": first.patient}
        if len(others) > 1:
            text = translate("Today", "  ⚠ Overlaps {time} {patient} and {more} more")
            marks.append(text.format(**said, more=len(others) - 1))
        else:
            marks.append(translate("Today", "  ⚠ Overlaps {time} {patient}").format(**said))
    return marks


def task_order(tasks: Iterable[AgendaTask]) -> list[AgendaTask]:
    """Urgent before routine, then by the day and time due."""
    return sorted(
        tasks,
        key=lambda task: (
            PRIORITY_RANK[task.priority],
            task.due,
            task.due_time is None,
            task.due_time or time.min,
            task.id,
        ),
    )


def task_line(task: AgendaTask, today: date) -> str:
    """ "Urgent · Call the pharmacy (Ada Lovelace) · overdue since 2 Dec"."""
    parts = []
    if task.priority is not TaskPriority.ROUTINE:
        parts.append(task.priority.label)
    parts.append(
        translate("Today", "{task} ({patient})").format(task=task.title, patient=task.patient)
        if task.patient
        else task.title
    )
    if task.due < today:
        parts.append(translate("Today", "overdue since {day}").format(day=_short_day(task.due)))
    elif task.due_time is not None:
        parts.append(translate("Today", "due {time}").format(time=clock_text(task.due_time)))
    else:
        parts.append(translate("Today", "due today"))
    return " · ".join(parts)


def _short_day(day: date) -> str:
    """ "2 Dec": the day without a leading zero, and the month."""
    return translate("Today", "{day} {month}", "a day of the month and its short name").format(
        day=day.day, month=month_short(day.month)
    )


#: A review's heading by what is reviewed.
_REVIEWS = {
    "medication": QT_TRANSLATE_NOOP("Today", "Medication review"),
    "goal": QT_TRANSLATE_NOOP("Today", "Goal review"),
    "care_plan": QT_TRANSLATE_NOOP("Today", "Care plan review"),
    "document": QT_TRANSLATE_NOOP("Today", "Document review"),
}
#: What is reviewed, to tell a plan still called "Care plan" from one with its own title.
_REVIEWED = {
    "medication": QT_TRANSLATE_NOOP("Today", "Medication"),
    "goal": QT_TRANSLATE_NOOP("Today", "Goal"),
    "care_plan": QT_TRANSLATE_NOOP("Today", "Care plan"),
    "document": QT_TRANSLATE_NOOP("Today", "Document"),
}


def reviewed_kind(kind: str) -> str:
    """What a review is of, in words: "Medication" for "medication" (the Agenda's column)."""
    if kind in _REVIEWED:
        return translate("Today", _REVIEWED[kind])
    return kind.replace("_", " ").capitalize()


def review_line(review: ReviewDue) -> str:
    """ "Care plan review: Staying at home (Ada Lovelace) · due 1 Dec"."""
    kind = _REVIEWED.get(review.kind, review.kind)
    heading = (
        translate("Today", _REVIEWS[review.kind])
        if review.kind in _REVIEWS
        else translate("Today", "{kind} review").format(kind=review.kind)
    )
    said = {"patient": review.patient, "day": _short_day(review.due)}
    # A plan still called "Care plan" would read "Care plan review: Care plan": say it once.
    if review.what.strip().casefold() in ("", kind.casefold()):
        if review.overdue:
            text = translate("Today", "{review} ({patient}) · overdue since {day}")
        else:
            text = translate("Today", "{review} ({patient}) · due {day}")
        return text.format(review=heading, **said)
    if review.overdue:
        text = translate("Today", "{review}: {what} ({patient}) · overdue since {day}")
    else:
        text = translate("Today", "{review}: {what} ({patient}) · due {day}")
    return text.format(review=heading, what=review.what, **said)


def warning_line(warnings: PatientWarnings) -> str:
    """ "Ada Lovelace: 2 medication warnings — Allergy: …"."""
    count = len(warnings.explanations)
    if count == 1:
        line = translate("Today", "{patient}: 1 medication warning")
    else:
        line = translate("Today", "{patient}: {count} medication warnings")
    line = line.format(patient=warnings.patient, count=count)
    first = warnings.explanations[0] if warnings.explanations else ""
    return line + (f" — {first}" if first else "")


def hours_words(minutes: int) -> str:
    """ "14 h 30 min", "45 min", "3 h"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("Today", "{minutes} min").format(minutes=rest)
    if rest:
        return translate("Today", "{hours:,} h {minutes} min").format(hours=hours, minutes=rest)
    return translate("Today", "{hours:,} h").format(hours=hours)


def unbilled_line(unbilled: Unbilled, currency: str) -> str:
    """ "Unbilled: 14 h 30 min, $1,812.50 across 6 clients"."""
    said = {
        "time": hours_words(unbilled.minutes),
        "amount": format_cents(unbilled.cents, currency),
        "count": unbilled.clients,
    }
    if unbilled.clients == 1:
        return translate("Today", "Unbilled: {time}, {amount} across 1 client").format(**said)
    return translate("Today", "Unbilled: {time}, {amount} across {count:,} clients").format(**said)


def overdue_invoice_line(invoice: OverdueInvoice, currency: str) -> str:
    """ "Invoice 12 · Ann Smith · 18 days overdue · $250.00"."""
    said = {
        "number": invoice.number,
        "client": invoice.client,
        "days": invoice.days_overdue,
        "balance": format_cents(invoice.balance_cents, currency),
    }
    if invoice.days_overdue == 1:
        text = translate("Today", "Invoice {number} · {client} · 1 day overdue · {balance}")
    else:
        text = translate("Today", "Invoice {number} · {client} · {days:,} days overdue · {balance}")
    return text.format(**said)


def status_text(view: TodayView) -> str:
    """ "4 visits today, 2 urgent, 5 overdue, 3 reviews due" (Today's status bar)."""
    if view.day != view.today:
        visits = translate("Today", "No visits today")
    elif view.visit_total == 1:
        visits = translate("Today", "1 visit today")
    else:
        visits = translate("Today", "{count:,} visits today").format(count=view.visit_total)
    if view.review_total == 1:
        reviews = translate("Today", "1 review due")
    else:
        reviews = translate("Today", "{count:,} reviews due").format(count=view.review_total)
    return ", ".join([visits, urgent_and_overdue(view.urgent, view.overdue), reviews])


def counts_text(counts: TodayCounts) -> str:
    """ "2 urgent, 5 overdue, 3 visits left today" (the tray's tooltip, the status bar)."""
    if counts.visits_left == 1:
        left = translate("Today", "1 visit left today")
    else:
        left = translate("Today", "{count:,} visits left today").format(count=counts.visits_left)
    return ", ".join([urgent_and_overdue(counts.urgent, counts.overdue), left])


def urgent_and_overdue(urgent: int, overdue: int) -> str:
    """ "2 urgent, 5 overdue": each count with its own word, since in Spanish the word agrees
    with the count ("1 urgente", "2 urgentes")."""
    if urgent == 1:
        urgent_text = translate("Today", "1 urgent")
    else:
        urgent_text = translate("Today", "{count:,} urgent").format(count=urgent)
    if overdue == 1:
        overdue_text = translate("Today", "1 overdue")
    else:
        overdue_text = translate("Today", "{count:,} overdue").format(count=overdue)
    return f"{urgent_text}, {overdue_text}"


# -- reminders ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Timed:
    """A visit or a task with a time of day: what a reminder can come before."""

    key: str  # the same visit or task at the same time has the same key
    at: datetime
    patient: str  # the spoken name, "" for a task without a patient
    visit: bool


@dataclass(frozen=True, slots=True)
class Notice:
    """A desktop notice: its title and text, and the key that keeps it from coming twice."""

    key: str
    title: str
    text: str


def initials(name: str) -> str:
    """ "A. L." for "Ada Lovelace": a notice on a shared screen names no one."""
    letters = [part[0].upper() for part in name.replace("-", " ").split() if part[:1].isalpha()]
    return " ".join(f"{letter}." for letter in letters)


def reminder(item: Timed, names: bool) -> Notice:
    """The notice for `item`: its time and the patient's initials (the name when allowed),
    never what the visit or task is about."""
    who = item.patient if names else initials(item.patient)
    at = clock_text(item.at)
    if item.visit:
        text = translate("Today", "Visit at {time}").format(time=at)
    else:
        text = translate("Today", "Task due at {time}").format(time=at)
    text += f" · {who}" if who else ""
    return Notice(key=item.key, title=translate("Today", "carebook reminder"), text=text)


def reminders_due(
    items: Sequence[Timed], now: datetime, minutes: int, names: bool, given: set[str]
) -> list[Notice]:
    """The notices to give now: for each item starting within `minutes` from `now` (and not
    yet begun) that has had none. None at all when `minutes` is 0."""
    if minutes <= 0:
        return []
    ahead = now + timedelta(minutes=minutes)
    return [
        reminder(item, names) for item in items if now <= item.at <= ahead and item.key not in given
    ]


def backup_notice(last: datetime | None, now: datetime) -> Notice | None:
    """A notice when the newest backup is more than a day old (or there is none yet)."""
    if last is not None and now - last <= timedelta(days=1):
        return None
    text = (
        translate("Today", "carebook has no backup of this caseload yet. Choose Back up now.")
        if last is None
        else translate(
            "Today",
            "The newest backup of this caseload is more than a day old. Choose Back up now.",
        )
    )
    title = translate("Today", "carebook backup")
    return Notice(key=f"backup:{now:%Y-%m-%d}", title=title, text=text)
