"""Today's reads (never a write): the day's visits, what needs doing, reviews, warnings."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from carebook.core.agenda import AgendaSpan
from carebook.core.dates import LATEST_DATE
from carebook.core.today import PatientWarnings, Timed, TodayCounts, TodayView
from carebook.core.views import AgendaTask
from carebook.core.vocabularies import TaskPriority, TaskStatus
from carebook.storage import today_queries as sql
from carebook.storage.records import stored_moment
from carebook.store.caseload import Store
from carebook.store.visits import day_after

#: How many lines each part of Today shows; the rest are counted, and one line says where.
LINES = 60

_PRIORITIES = {priority.value: priority for priority in TaskPriority}
_STATUSES = {status.value: status for status in TaskStatus}


def has_patients(store: Store) -> bool:
    return bool(store.conn.execute(sql.HAS_PATIENTS).fetchone()[0])


def next_visit_day(store: Store, first: date) -> date | None:
    """The first day from `first` on with a visit (laid out to the horizon), or None."""
    found = store.conn.execute(sql.NEXT_VISIT_DAY, {"first": first.isoformat()}).fetchone()[0]
    return date.fromisoformat(found) if found else None


def counts(store: Store, now: datetime) -> TodayCounts:
    """Urgent and overdue tasks, and the visits still to come today: the tray's counts."""
    today = now.date()
    _total, urgent, overdue = store.conn.execute(
        sql.NEEDS_DOING_COUNTS, {"today": today.isoformat()}
    ).fetchone()
    left = store.conn.execute(
        sql.VISITS_LEFT, {"now": stored_moment(now), "after": day_after(today)}
    ).fetchone()[0]
    return TodayCounts(urgent=int(urgent), overdue=int(overdue), visits_left=int(left))


def needs_doing(store: Store, today: date, limit: int = LINES) -> tuple[list[AgendaTask], int]:
    """Open tasks due today or before, urgent first, then by due; and how many there are."""
    total = store.conn.execute(sql.NEEDS_DOING_COUNTS, {"today": today.isoformat()}).fetchone()[0]
    rows = store.conn.execute(sql.NEEDS_DOING, {"today": today.isoformat(), "limit": limit})
    tasks = [
        AgendaTask(
            id=task_id,
            title=title,
            patient_id=patient_id,
            patient=patient,
            due=date.fromisoformat(due),
            due_time=time.fromisoformat(due_time) if due_time else None,
            priority=_PRIORITIES[priority],
            status=_STATUSES[status],
            overdue=bool(overdue),
        )
        for task_id, title, patient_id, patient, due, due_time, priority, status, overdue in rows
    ]
    return tasks, int(total)


def read_today(store: Store, limit: int = LINES) -> TodayView:
    """What Today shows, read from the caseload as it is now."""
    now = store.clock()
    today = now.date()
    view = TodayView(today=today, now=now, day=None, has_patients=has_patients(store))
    if not view.has_patients:
        return view
    span = AgendaSpan.day(today)
    view.visit_total = store.visits.visit_count(span)
    if view.visit_total:
        view.day = today
    elif today < LATEST_DATE:
        view.day = next_visit_day(store, today + timedelta(days=1))
        if view.day is not None:
            span = AgendaSpan.day(view.day)
            view.visit_total = store.visits.visit_count(span)
    if view.day is not None:
        view.visits = store.visits.visits_in(span, 0, limit)
    view.tasks, view.task_total = needs_doing(store, today, limit)
    reviews = AgendaSpan.day(today)
    view.review_total = store.lists.review_count(reviews)
    view.reviews = store.lists.reviews_in(reviews, 0, limit)
    # The warnings of the patients the day's visits are with: who she will see.
    seen: dict[int, str] = {}
    for visit in view.visits:
        seen.setdefault(visit.patient_id, visit.patient)
    found = store.medications.warnings_by_patient(list(seen))
    view.warnings = [
        PatientWarnings(
            patient_id=patient_id,
            patient=name,
            explanations=tuple(warning.explanation for warning in found[patient_id]),
        )
        for patient_id, name in seen.items()
        if found.get(patient_id)
    ]
    view.counts = counts(store, now)
    return view


def timed_between(store: Store, first: datetime, last: datetime) -> list[Timed]:
    """Booked visits and open tasks with a time of day, from `first` to `last`: what a
    reminder comes before."""
    bounds = {"first": stored_moment(first), "last": stored_moment(last)}
    found = [
        Timed(
            key=f"visit:{appointment_id}:{original}",
            at=datetime.fromisoformat(start),
            patient=patient,
            visit=True,
        )
        for appointment_id, original, start, patient in store.conn.execute(
            sql.VISITS_STARTING, bounds
        )
    ]
    for task_id, due, due_time, patient in store.conn.execute(sql.TASKS_TIMED, bounds):
        at = datetime.combine(date.fromisoformat(due), time.fromisoformat(due_time))
        found.append(
            Timed(key=f"task:{task_id}:{due}T{due_time}", at=at, patient=patient, visit=False)
        )
    return sorted(found, key=lambda item: (item.at, item.key))
