"""Today's words and the reminders' rules, without the window: what is said, in what order."""

from __future__ import annotations

from datetime import date, datetime, time

from carebook.core.today import (
    Timed,
    TodayView,
    backup_notice,
    initials,
    overlap_marks,
    reminder,
    reminders_due,
    review_line,
    task_order,
    visits_heading,
)
from carebook.core.views import AgendaTask, ReviewDue, Visit
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus, TaskPriority, TaskStatus

SUNDAY = date(2026, 12, 6)
NOW = datetime(2026, 12, 7, 9, 45)


def _task(number: int, priority: TaskPriority, due: date, at: time | None = None) -> AgendaTask:
    return AgendaTask(
        id=number,
        title=f"Task {number}",
        patient_id=None,
        patient="",
        due=due,
        due_time=at,
        priority=priority,
        status=TaskStatus.OPEN,
        overdue=due < SUNDAY,
    )


def test_the_heading_says_when_the_next_visits_are() -> None:
    now = datetime(2026, 12, 6, 9)
    assert (
        visits_heading(TodayView(today=SUNDAY, now=now, day=date(2026, 12, 7)))
        == "No visits today. Next visits: Monday 7 December"
    )
    assert (
        visits_heading(TodayView(today=date(2026, 12, 31), now=now, day=date(2027, 1, 4)))
        == "No visits today. Next visits: Monday 4 January 2027"
    )
    assert visits_heading(TodayView(today=SUNDAY, now=now, day=None)) == (
        "No visits today, and none booked ahead."
    )
    assert visits_heading(TodayView(today=SUNDAY, now=now, day=SUNDAY, visit_total=3)) == (
        "Today's visits (3)"
    )


def test_urgent_before_routine_then_by_due_day_and_time() -> None:
    tasks = [
        _task(1, TaskPriority.ROUTINE, date(2026, 11, 1)),
        _task(2, TaskPriority.URGENT, SUNDAY, time(11, 15)),
        _task(3, TaskPriority.URGENT, SUNDAY),
        _task(4, TaskPriority.ASAP, SUNDAY, time(16, 0)),
        _task(5, TaskPriority.URGENT, date(2026, 12, 1)),
        _task(6, TaskPriority.URGENT, SUNDAY, time(9, 0)),
    ]
    assert [task.id for task in task_order(tasks)] == [4, 5, 6, 2, 3, 1]


def test_initials_name_no_one() -> None:
    assert initials("Ada Lovelace") == "A. L."
    assert initials("Mary-Jane O'Neill") == "M. J. O."
    assert initials("") == ""


def test_a_reminder_gives_the_time_and_initials_never_what_it_is_about() -> None:
    visit = Timed(key="visit:1", at=datetime(2026, 12, 7, 10), patient="Ada Lovelace", visit=True)
    task = Timed(key="task:2", at=datetime(2026, 12, 7, 11, 15), patient="", visit=False)
    assert reminder(visit, names=False).text == "Visit at 10:00 · A. L."
    assert reminder(visit, names=True).text == "Visit at 10:00 · Ada Lovelace"
    assert reminder(task, names=False).text == "Task due at 11:15"


def test_reminders_come_within_the_minutes_once_and_not_for_what_has_begun() -> None:
    items = [
        Timed(key="a", at=datetime(2026, 12, 7, 9, 40), patient="A B", visit=True),  # begun
        Timed(key="b", at=datetime(2026, 12, 7, 10, 0), patient="C D", visit=True),
        Timed(key="c", at=datetime(2026, 12, 7, 10, 1), patient="E F", visit=True),  # not yet
    ]
    given: set[str] = set()
    assert [n.key for n in reminders_due(items, NOW, 15, False, given)] == ["b"]
    assert reminders_due(items, NOW, 15, False, {"b"}) == []
    assert reminders_due(items, NOW, 0, False, given) == []


def test_a_backup_notice_only_past_a_day() -> None:
    assert backup_notice(datetime(2026, 12, 6, 10), NOW) is None
    old = backup_notice(datetime(2026, 12, 6, 9), NOW)
    assert old is not None and "more than a day old" in old.text
    none = backup_notice(None, NOW)
    assert none is not None and "no backup" in none.text


def _visit(
    number: int, start: str, end: str, status: AppointmentStatus = AppointmentStatus.BOOKED
) -> Visit:
    day = "2026-12-07T"
    return Visit(
        appointment_id=number,
        start=datetime.fromisoformat(day + start),
        end=datetime.fromisoformat(day + end),
        patient_id=number,
        patient=f"Patient {number}",
        address="",
        phone="",
        purpose="",
        kind=AppointmentKind.HOME_VISIT,
        status=status,
    )


def test_a_visit_that_overlaps_another_says_which() -> None:
    visits = [
        _visit(1, "09:00", "10:00"),
        _visit(2, "09:30", "10:15"),
        _visit(3, "09:45", "10:30"),
        _visit(4, "11:00", "11:30"),
        _visit(5, "11:15", "11:45", AppointmentStatus.CANCELLED),  # cancelled: frees its time
    ]
    assert overlap_marks(visits) == [
        "  ⚠ Overlaps 09:30 Patient 2 and 1 more",
        "  ⚠ Overlaps 09:00 Patient 1 and 1 more",
        "  ⚠ Overlaps 09:00 Patient 1 and 1 more",
        "",
        "",
    ]
    # Back to back is not an overlap.
    assert overlap_marks([_visit(1, "09:00", "10:00"), _visit(2, "10:00", "10:30")]) == ["", ""]


def test_a_review_line_names_what_is_reviewed_once() -> None:
    def review(kind: str, what: str) -> ReviewDue:
        return ReviewDue(
            kind=kind,
            record_id=1,
            patient_id=1,
            patient="Ada Lovelace",
            what=what,
            due=date(2026, 12, 1),
            overdue=True,
        )

    assert review_line(review("care_plan", "Care plan")) == (
        "Care plan review (Ada Lovelace) · overdue since 1 Dec"
    )
    assert review_line(review("care_plan", "Staying at home")) == (
        "Care plan review: Staying at home (Ada Lovelace) · overdue since 1 Dec"
    )
    assert review_line(review("medication", "Sertraline")) == (
        "Medication review: Sertraline (Ada Lovelace) · overdue since 1 Dec"
    )
