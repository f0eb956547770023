"""A day's agenda: the visits in order and the tasks due or overdue, as text or JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

from carebook.core.calendar_words import (
    clock_text,
    day_number,
    month_name,
    week_start,
    weekday_name,
)
from carebook.core.calendar_words import style as calendar_style
from carebook.core.schedule import TravelTimes, plan_day
from carebook.core.views import AgendaTask, ReviewDue, Visit
from carebook.core.words import QT_TRANSLATE_NOOP, translate


@dataclass(slots=True)
class DayAgenda:
    """What one day holds for the coordinator: visits in route order, tasks, reviews due."""

    day: date
    visits: list[Visit]
    tasks: list[AgendaTask]
    reviews: list[ReviewDue] = field(default_factory=list)
    #: The trips between the day's places, for the travel before each stop.
    travel: TravelTimes = field(default_factory=TravelTimes)

    @property
    def overdue(self) -> list[AgendaTask]:
        return [task for task in self.tasks if task.overdue]

    @property
    def due(self) -> list[AgendaTask]:
        return [task for task in self.tasks if not task.overdue]


@dataclass(frozen=True, slots=True)
class AgendaSpan:
    """The days an agenda screen shows: one day, or Monday to Sunday of a week.

    Visits are those of every day from `first` to `last`, day by day in route order. Tasks are
    those due from `first` to `last` (done or not) and the open ones due before it, overdue when
    open and due before `overdue_before`. Reviews are those due on or before `last`, overdue
    when due before `overdue_before`.
    """

    first: date
    last: date
    overdue_before: date

    @classmethod
    def day(cls, day: date) -> AgendaSpan:
        return cls(day, day, day)

    @classmethod
    def week(cls, day: date, today: date) -> AgendaSpan:
        """The week of `day`, from the locale's first weekday; its tasks count as overdue when
        open and due before `today`."""
        first = week_start(day) if day - date.min >= timedelta(days=6) else date.min
        # The calendar's last week is cut short at its last day, rather than overflowing.
        return cls(first, min(first, date.max - timedelta(days=6)) + timedelta(days=6), today)

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


@dataclass(frozen=True, slots=True)
class AgendaCounts:
    """How much an agenda span holds, counted without reading the rows."""

    visits: int
    tasks_due: int
    tasks_overdue: int
    reviews: int

    @property
    def tasks(self) -> int:
        return self.tasks_due + self.tasks_overdue


class _AgendaSourceVisits(Protocol):
    """The visits reads it uses."""

    def visits_on(self, day: date) -> list[Visit]: ...


class _AgendaSourceTasks(Protocol):
    """The tasks reads it uses."""

    def agenda_tasks(self, day: date) -> list[AgendaTask]: ...


class _AgendaSourceLists(Protocol):
    """The lists reads it uses."""

    def reviews_due(self, day: date) -> list[ReviewDue]: ...


class AgendaSource(Protocol):
    """The store's reads an agenda is made of."""

    @property
    def visits(self) -> _AgendaSourceVisits: ...

    @property
    def tasks(self) -> _AgendaSourceTasks: ...

    @property
    def lists(self) -> _AgendaSourceLists: ...


def build_day(source: AgendaSource, day: date, travel: TravelTimes | None = None) -> DayAgenda:
    """One day's agenda, read from the caseload; `travel` (the caseload's timed trips) gives
    the travel before each stop, else every trip takes the usual time."""
    return DayAgenda(
        day,
        source.visits.visits_on(day),
        source.tasks.agenda_tasks(day),
        source.lists.reviews_due(day),
        travel or TravelTimes(),
    )


def to_json(agenda: DayAgenda) -> dict[str, Any]:
    """The agenda in the documented JSON shape (later versions add fields, never remove them).

    Each visit says which visits of the day it overlaps (`overlaps`: their ids) and how many
    minutes the trip to it from the stop before takes (`travel_minutes_before`: None for the
    first stop, a cancelled visit and a patient's own clinic or lab appointment, which is no
    stop of the coordinator's route), and whether the gap before it is too short for that
    trip (`tight`)."""
    stops = plan_day(agenda.visits, agenda.travel)
    return {
        "date": agenda.day.isoformat(),
        "visits": [
            {
                "id": visit.appointment_id,
                "start": visit.start.isoformat(timespec="minutes"),
                "end": visit.end.isoformat(timespec="minutes"),
                "patient": visit.patient,
                "patient_id": visit.patient_id,
                "address": visit.location or visit.address,
                "phone": visit.phone,
                "purpose": visit.purpose,
                "kind": visit.kind.value,
                "status": visit.status.value,
                "route_position": position,
                "original_start": (visit.original_start or visit.start).isoformat(
                    timespec="minutes"
                ),
                "access_notes": visit.access_notes,
                "allergies": [a.strip() for a in visit.allergies.split(",") if a.strip()],
                "transport": visit.transport.value,
                "transport_details": visit.transport_details,
                "with_whom": visit.with_whom,
                "overlaps": list(stop.overlaps),
                "travel_minutes_before": stop.travel_before,
                "tight": stop.tight,
            }
            for position, (visit, stop) in enumerate(
                zip(agenda.visits, stops, strict=True), start=1
            )
        ],
        "tasks": [
            {
                "id": task.id,
                "title": task.title,
                "patient": task.patient,
                "patient_id": task.patient_id,
                "due": task.due.isoformat(),
                "overdue": task.overdue,
                "priority": task.priority.value,
                "status": task.status.value,
            }
            for task in agenda.tasks
        ],
        "reviews_due": [
            {
                "kind": review.kind,
                "id": review.record_id,
                "patient": review.patient,
                "patient_id": review.patient_id,
                "what": review.what,
                "due": review.due.isoformat(),
                "overdue": review.overdue,
            }
            for review in agenda.reviews
        ],
    }


def to_text(agenda: DayAgenda) -> str:
    """The agenda as plain text for a terminal: visits in time order, then tasks."""
    day = agenda.day
    lines = [
        (
            translate("Agenda", "{weekday}, {month} {day}, {year}")
            if calendar_style().month_first
            else translate("Agenda", "{weekday} {day} {month} {year}")
        ).format(
            weekday=weekday_name(day),
            day=day_number(day),
            month=month_name(day.month),
            year=day.year,
        ),
        "",
    ]
    if agenda.visits:
        lines.append(translate("Agenda", "Visits ({count})").format(count=len(agenda.visits)))
        lines += _visit_lines(agenda)
    else:
        lines.append(translate("Agenda", "No visits."))
    headings = (
        (translate("Agenda", "Overdue tasks ({count})"), agenda.overdue),
        (translate("Agenda", "Tasks due ({count})"), agenda.due),
    )
    for heading, tasks in headings:
        if not tasks:
            continue
        lines += ["", heading.format(count=len(tasks))]
        for task in tasks:
            mark = "x" if task.status.value == "done" else " "
            who = f" ({task.patient})" if task.patient else ""
            due = (
                translate("Agenda", " due {day}").format(day=task.due.isoformat())
                if task.overdue
                else ""
            )
            priority = "" if task.priority.value == "routine" else f" [{task.priority.label}]"
            lines.append(f"  [{mark}] {task.title}{who}{due}{priority}")
    if agenda.reviews:
        lines += [
            "",
            translate("Agenda", "Reviews due ({count})").format(count=len(agenda.reviews)),
        ]
        for review in agenda.reviews:
            late = (
                translate("Agenda", " (due {day})").format(day=review.due.isoformat())
                if review.overdue
                else ""
            )
            kind = _REVIEW_KINDS.get(review.kind)
            kind_words = translate("Agenda", kind) if kind else review.kind.replace("_", " ")
            lines.append(f"  {kind_words}: {review.what} ({review.patient}){late}")
    return "\n".join(lines) + "\n"


#: What a review is of, as the agenda's text names it.
_REVIEW_KINDS = {
    "medication": QT_TRANSLATE_NOOP("Agenda", "medication"),
    "goal": QT_TRANSLATE_NOOP("Agenda", "goal"),
    "care_plan": QT_TRANSLATE_NOOP("Agenda", "care plan"),
    "document": QT_TRANSLATE_NOOP("Agenda", "document"),
}


def _visit_lines(agenda: DayAgenda) -> list[str]:
    """The lines of the day's visits, each with where, allergies, access and travel."""
    lines: list[str] = []
    stops = plan_day(agenda.visits, agenda.travel)
    at = {v.appointment_id: f"{clock_text(v.start)} {v.patient}" for v in agenda.visits}
    for visit, stop in zip(agenda.visits, stops, strict=True):
        status = "" if visit.status.value == "booked" else f"  [{visit.status.label}]"
        times = f"{clock_text(visit.start)}-{clock_text(visit.end)}"
        pad = " " * (len(times) + 4)  # the details under the patient's name, whatever the clock
        lines.append(
            f"  {times}  {visit.patient}  "
            f"{visit.kind.label}{': ' + visit.purpose if visit.purpose else ''}"
            f"{status}"
        )
        where = visit.location or visit.address
        details = "  ".join(part for part in (where, visit.phone) if part)
        if details:
            lines.append(f"{pad}{details}")
        if visit.allergies:
            said = translate("Agenda", "ALLERGIES: {allergies}").format(allergies=visit.allergies)
            lines.append(pad + said)
        if visit.access_notes:
            said = translate("Agenda", "Access: {notes}").format(notes=visit.access_notes)
            lines.append(pad + said)
        if visit.transport.value != "not_needed":
            transport = f"{visit.transport.label}: {visit.transport_details}".rstrip(": ")
            said = translate("Agenda", "Transport {transport}").format(transport=transport.lower())
            lines.append(pad + said)
        if stop.overlaps:
            overlaps = "; ".join(at[i] for i in stop.overlaps)
            lines.append(pad + translate("Agenda", "OVERLAPS: {visits}").format(visits=overlaps))
        if stop.tight:
            said = translate(
                "Agenda",
                "TIGHT: {travel} min travel from the stop before, {gap} min between",
            ).format(travel=stop.travel_before, gap=stop.gap_before)
            lines.append(pad + said)
    return lines
