"""What the Today tab and the reminders say: the day's lines, its counts, the notices due."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from carebook.core.money import format_cents
from carebook.core.schedule import overlapping
from carebook.core.views import AgendaTask, ReviewDue, Visit
from carebook.core.vocabularies import AppointmentStatus, TaskPriority

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
    words = f"{day:%A} {day.day} {day:%B}"
    return words if day.year == today.year else f"{words} {day.year}"


def visits_heading(view: TodayView) -> str:
    """What the timeline is: today's visits, or why it shows another day's."""
    if view.day is None:
        return "No visits today, and none booked ahead."
    if view.ahead:
        return f"No visits today. Next visits: {day_words(view.day, view.today)}"
    return f"Today's visits ({view.visit_total:,})"


def visit_line(visit: Visit) -> str:
    """ "09:00–09:45  Ada Lovelace · Home visit · 12 High St, Leeds  ✓ Done"."""
    where = visit.location or visit.address
    parts = [visit.patient, visit.kind.label, *([where] if where else [])]
    line = f"{visit.start:%H:%M}–{visit.end:%H:%M}  {' · '.join(parts)}"
    marks = {
        AppointmentStatus.DONE: "  ✓ Done",
        AppointmentStatus.NO_SHOW: "  ✗ No-show",
        AppointmentStatus.CANCELLED: "  Cancelled",
    }
    return line + marks.get(visit.status, "")


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
        more = f" and {len(others) - 1} more" if len(others) > 1 else ""
        marks.append(f"  ⚠ Overlaps {first.start:%H:%M} {first.patient}{more}")
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
    parts.append(f"{task.title} ({task.patient})" if task.patient else task.title)
    if task.due < today:
        parts.append(f"overdue since {task.due.day} {task.due:%b}")
    elif task.due_time is not None:
        parts.append(f"due {task.due_time:%H:%M}")
    else:
        parts.append("due today")
    return " · ".join(parts)


def review_line(review: ReviewDue) -> str:
    """ "Care plan review: Staying at home (Ada Lovelace) · due 1 Dec"."""
    kind = {
        "medication": "Medication",
        "goal": "Goal",
        "care_plan": "Care plan",
        "document": "Document",
    }.get(review.kind, review.kind)
    late = "overdue since" if review.overdue else "due"
    # A plan still called "Care plan" would read "Care plan review: Care plan": say it once.
    what = "" if review.what.strip().casefold() in ("", kind.casefold()) else f": {review.what}"
    return f"{kind} review{what} ({review.patient}) · {late} {review.due.day} {review.due:%b}"


def warning_line(warnings: PatientWarnings) -> str:
    """ "Ada Lovelace: 2 medication warnings — Allergy: …"."""
    count = len(warnings.explanations)
    noun = "medication warning" if count == 1 else "medication warnings"
    first = warnings.explanations[0] if warnings.explanations else ""
    return f"{warnings.patient}: {count} {noun}" + (f" — {first}" if first else "")


def hours_words(minutes: int) -> str:
    """ "14 h 30 min", "45 min", "3 h"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours:,} h {rest} min" if rest else f"{hours:,} h"


def unbilled_line(unbilled: Unbilled, currency: str) -> str:
    """ "Unbilled: 14 h 30 min, $1,812.50 across 6 clients"."""
    clients = "1 client" if unbilled.clients == 1 else f"{unbilled.clients:,} clients"
    amount = format_cents(unbilled.cents, currency)
    return f"Unbilled: {hours_words(unbilled.minutes)}, {amount} across {clients}"


def overdue_invoice_line(invoice: OverdueInvoice, currency: str) -> str:
    """ "Invoice 12 · Ann Smith · 18 days overdue · $250.00"."""
    days = "1 day" if invoice.days_overdue == 1 else f"{invoice.days_overdue:,} days"
    return (
        f"Invoice {invoice.number} · {invoice.client} · {days} overdue · "
        f"{format_cents(invoice.balance_cents, currency)}"
    )


def status_text(view: TodayView) -> str:
    """ "4 visits today, 2 urgent, 5 overdue, 3 reviews due" (Today's status bar)."""
    visits = f"{view.visit_total:,} visit{'' if view.visit_total == 1 else 's'} today"
    if view.day != view.today:
        visits = "No visits today"
    return (
        f"{visits}, {view.urgent:,} urgent, {view.overdue:,} overdue, "
        f"{view.review_total:,} review{'' if view.review_total == 1 else 's'} due"
    )


def counts_text(counts: TodayCounts) -> str:
    """ "2 urgent, 5 overdue, 3 visits left today" (the tray's tooltip, the status bar)."""
    left = "visit" if counts.visits_left == 1 else "visits"
    return (
        f"{counts.urgent:,} urgent, {counts.overdue:,} overdue, "
        f"{counts.visits_left:,} {left} left today"
    )


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
    what = "Visit" if item.visit else "Task due"
    text = f"{what} at {item.at:%H:%M}" + (f" · {who}" if who else "")
    return Notice(key=item.key, title="carebook reminder", text=text)


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
        "carebook has no backup of this caseload yet. Choose Back up now."
        if last is None
        else "The newest backup of this caseload is more than a day old. Choose Back up now."
    )
    return Notice(key=f"backup:{now:%Y-%m-%d}", title="carebook backup", text=text)
