"""Tasks about a patient, and the team's own."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from carebook.core.records import Task
from carebook.core.vocabularies import PatientStatus, TaskStatus
from carebook.sample.builder.base import Builder, Person
from carebook.sample.routine import PATIENT_TASKS, PRIORITY, RECURRING_TASKS, TASK_COUNT, TEAM_TASKS


def build_tasks(b: Builder, person: Person) -> None:
    words = person.words()
    # A discharged or deceased patient's tasks were all finished or called off.
    closed = person.patient.status in (PatientStatus.DISCHARGED, PatientStatus.DECEASED)
    for _ in range(TASK_COUNT.draw(b.rng)):
        if b.chance(0.05) and not closed:
            title, rule = b.pick(RECURRING_TASKS)
            _add_task(b, person.id, title.format(**words), rule)
        else:
            _add_task(b, person.id, b.pick(PATIENT_TASKS).format(**words), "", closed)


def build_team_task(b: Builder) -> None:
    _add_task(b, None, b.pick(TEAM_TASKS), "FREQ=MONTHLY" if b.chance(0.3) else "")


def _add_task(
    b: Builder, patient_id: int | None, title: str, rule: str = "", closed: bool = False
) -> None:
    rng = b.rng
    roll = 0.22 + 0.28 * rng.random() if closed else rng.random()
    task = Task(
        id=b.next_id("task"),
        patient_id=patient_id,
        title=title,
        rrule=rule,
        priority=PRIORITY.draw(rng),
    )
    if roll < 0.22:  # overdue and still open (a fifth of all tasks, with the closed ones)
        task.due_date = b.days_ago(1, 30)
    elif roll < 0.45:
        task.due_date = b.days_ago(1, 60)
        task.status = TaskStatus.DONE
        done_on = min(b.today - timedelta(days=1), task.due_date + timedelta(days=b.randint(-3, 3)))
        task.completed_at = datetime.combine(done_on, time(b.randint(8, 17), b.randint(0, 59)))
    elif roll < 0.5:
        task.due_date = b.days_ago(0, 30)
        task.status = TaskStatus.CANCELLED
    else:
        task.due_date = b.days_ahead(0, 60)
    if b.chance(0.2):
        task.due_time = time(b.randint(9, 16), b.pick((0, 15, 30, 45)))
    b.bundle.tasks.append(task)
