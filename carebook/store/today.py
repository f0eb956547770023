"""Today's reads (never a write): the day's visits, what needs doing, reviews, warnings."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from carebook.core.agenda import AgendaSpan
from carebook.core.dates import LATEST_DATE
from carebook.core.today import (
    OverdueInvoice,
    PatientWarnings,
    Timed,
    TodayCounts,
    TodayView,
    Unbilled,
)
from carebook.core.views import AgendaTask, Visit
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus, TaskPriority, TaskStatus
from carebook.storage import today_queries as sql
from carebook.storage.records import stored_moment
from carebook.store.caseload import Store
from carebook.store.visits import day_after

#: How many lines each part of Today shows; the rest are counted, and one line says where.
LINES = 30

_PRIORITIES = {priority.value: priority for priority in TaskPriority}
_STATUSES = {status.value: status for status in TaskStatus}
_VISIT_STATUSES = {status.value: status for status in AppointmentStatus}
_KINDS = {kind.value: kind for kind in AppointmentKind}


def has_patients(store: Store) -> bool:
    return bool(store.conn.execute(sql.HAS_PATIENTS).fetchone()[0])


def next_visit_day(store: Store, first: date) -> date | None:
    """The first day from `first` on with a visit (laid out to the horizon), or None."""
    found = store.conn.execute(sql.NEXT_VISIT_DAY, {"first": first.isoformat()}).fetchone()[0]
    return date.fromisoformat(found) if found else None


def counts(store: Store, now: datetime) -> TodayCounts:
    """Urgent and overdue tasks, and the visits still to come today: the tray's counts."""
    today = now.date()
    _total, urgent, overdue = task_counts(store, today)
    left = store.conn.execute(
        sql.VISITS_LEFT, {"now": stored_moment(now), "after": day_after(today)}
    ).fetchone()[0]
    return TodayCounts(urgent=urgent, overdue=overdue, visits_left=int(left))


def task_counts(store: Store, today: date) -> tuple[int, int, int]:
    """How many tasks need doing by `today`, how many of them are urgent, how many overdue."""
    total, urgent, overdue = store.conn.execute(
        sql.NEEDS_DOING_COUNTS, {"today": today.isoformat()}
    ).fetchone()
    return int(total), int(urgent), int(overdue)


def needs_doing(store: Store, today: date, limit: int = LINES) -> list[AgendaTask]:
    """The first `limit` open tasks due today or before: urgent first, then by due."""
    rows = store.conn.execute(sql.NEEDS_DOING, {"today": today.isoformat(), "limit": limit})
    return [
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


def timeline(store: Store, day: date, limit: int = LINES) -> list[Visit]:
    """The day's first `limit` visits by time, with what the timeline shows of each (time,
    patient, kind, place, status); the Agenda has the rest of what a visit needs."""
    rows = store.conn.execute(
        sql.TIMELINE, {"first": day.isoformat(), "after": day_after(day), "limit": limit}
    )
    parse = datetime.fromisoformat
    return [
        Visit(
            appointment_id=appointment_id,
            original_start=parse(original),
            start=parse(start),
            end=parse(ends),
            patient_id=patient_id,
            patient=patient,
            address=address,
            phone="",
            purpose=purpose,
            kind=_KINDS[kind],
            status=_VISIT_STATUSES[status],
            location=location,
        )
        for (
            appointment_id,
            original,
            start,
            ends,
            status,
            patient_id,
            patient,
            address,
            purpose,
            kind,
            location,
        ) in rows
    ]


def unbilled(store: Store) -> Unbilled | None:
    """The time no invoice holds yet, all clients (one aggregate read), or None."""
    minutes, cents, clients = store.conn.execute(sql.UNBILLED_TIME).fetchone()
    return Unbilled(int(minutes), int(cents), int(clients)) if minutes else None


def overdue_invoices(store: Store, today: date, limit: int = LINES) -> list[OverdueInvoice]:
    """Issued invoices past their due day with a balance left, the longest overdue first."""
    rows = store.conn.execute(sql.OVERDUE_INVOICES, {"today": today.isoformat(), "limit": limit})
    return [
        OverdueInvoice(
            invoice_id=invoice_id,
            number=number,
            client=client,
            patient_id=patient_id,
            days_overdue=(today - date.fromisoformat(due)).days,
            balance_cents=int(owed),
        )
        for invoice_id, number, client, due, patient_id, owed in rows
    ]


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
        view.visits = timeline(store, view.day, limit)
    view.task_total, view.urgent, view.overdue = task_counts(store, today)
    view.tasks = needs_doing(store, today, limit) if view.task_total else []
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
    view.unbilled = unbilled(store)
    view.overdue_invoices = overdue_invoices(store, today, limit)
    view.currency = store.agreements.settings().currency
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
